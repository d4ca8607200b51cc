import Testing
import AnnalsCore

/// Every date form the extractor knows, the false positives it must avoid, and how
/// context resolves partial, relative and age expressions. Texts are written for the tests.
struct DateExtractorTests {
    /// The (quote, value) pairs found in a plain-text document.
    static func dates(_ text: String) -> [String] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        return DateExtractor().extract(from: scalars, structure: document.structure).map { mention in
            "\(scalars.string(in: mention.range)) = \(mention.date?.value ?? "unresolved")"
        }
    }

    @Test(arguments: [
        ("She was born on 7th November, 1879.", ["7th November, 1879 = 1879-11-07"]),
        ("She was born on November 7, 1879.", ["November 7, 1879 = 1879-11-07"]),
        ("She was born on 7 November 1879.", ["7 November 1879 = 1879-11-07"]),
        ("It was signed on the 3rd of March 1918.", ["3rd of March 1918 = 1918-03-03"]),
        ("He arrived in January 1898.", ["January 1898 = 1898-01"]),
        ("He arrived in January, 1898.", ["January, 1898 = 1898-01"]),
        ("The press opened in 1897.", ["1897 = 1897"]),
        ("The press opened in early 1897.", ["early 1897 = 1897-01/1897-04"]),
        ("The plan failed in mid-1923.", ["mid-1923 = 1923-06/1923-08"]),
        ("It ended in late 1920 or early 1921.", ["late 1920 or early 1921 = 1920-09/1921-04?"]),
        ("They met in the summer of 1902.", ["summer of 1902 = 1902-06/1902-08"]),
        ("It froze in the winter of 1919-1920.", ["winter of 1919-1920 = 1919-12/1920-02"]),
        ("She lived there 1904-1907 and left.", ["1904-1907 = 1904/1907"]),
        ("She lived there 1904–07 and left.", ["1904–07 = 1904/1907"]),
        // Two years joined after a word of a span are one span; after "in" they are two years.
        ("During 1918 and 1919, the council expelled the rebels.", ["1918 and 1919 = 1918/1919"]),
        ("In 1905 and 1907 she was arrested.", ["1905 = 1905", "1907 = 1907"]),
        ("Talks ran between December 22, 1917 and February 10, 1918.",
         ["between December 22, 1917 and February 10, 1918 = 1917-12-22/1918-02-10"]),
        ("The war went on from May through October 1918.", ["from May through October 1918 = 1918-05/1918-10"]),
        ("Prices rose in the 1920s.", ["1920s = 192X"]),
        ("Prices rose in the early 1920s.", ["early 1920s = 1920/1922"]),
        ("It was built in the 19th century.", ["19th century = 18XX"]),
        ("It was built in the nineteenth century.", ["nineteenth century = 18XX"]),
        ("The city fell in the 5th century BCE.", ["5th century BCE = -0499/-0400"]),
        ("Caesar died in 44 BC.", ["44 BC = -0043"]),
        ("Charles was crowned in AD 800.", ["AD 800 = 0800"]),
        ("It happened in nineteen hundred and five.", ["nineteen hundred and five = 1905"]),
        ("It happened in eighteen ninety-seven.", ["eighteen ninety-seven = 1897"]),
        ("She was born on 12 March 1861 (Old Style) in Dorvik.", ["12 March 1861 (Old Style) = 1861-03-24"]),
        ("He was born 22 April [O.S. 10 April] 1870 in Simbirsk.", ["22 April [O.S. 10 April] 1870 = 1870-04-22"]),
        ("He was born on September 27 (October 9, new style), 1888.", ["September 27 (October 9, new style), 1888 = 1888-10-09"]),
        ("The coup came on 25 October 1917 O.S. at night.", ["25 October 1917 O.S. = 1917-11-07"]),
        ("It was about 1920 when he left.", ["about 1920 = 1920~"]),
    ] as [(String, [String])])
    func absoluteForms(text: String, expected: [String]) {
        #expect(Self.dates(text) == expected)
    }

    @Test(arguments: [
        "See Chapter XII of the memoir.",
        "The score was 67(35) at the end.",
        "The quotation is on p. 1905 of the reprint.",
        "See pp. 167, 174-175 and passim.",
        "Published as ISBN 1904341624 by the press.",
        "Published as ISBN 978-0486456096 by the press.",
        "Then came the Declaration of the 46 against the leadership.",
        "The vote went 7-4 and then 28-23 against him.",
        "Some five million died of hunger.",
        "An army of 1500 men crossed the river.",
        "It cost $1890 in all.",
    ])
    func falsePositivesAreNotDates(text: String) {
        #expect(Self.dates(text) == [])
    }

    @Test func relativeExpressionsResolveAgainstTheNearestPrecedingDate() {
        let found = Self.dates("""
            The congress opened on 5 May 1903. The following day the delegates quarrelled. Two months later \
            the paper split. A year later he wrote a pamphlet. Three days after the split he resigned. \
            Later that month he left. The same year he married. That evening he wrote to his father.
            """)
        #expect(found == [
            "5 May 1903 = 1903-05-05",
            "The following day = 1903-05-06",
            "Two months later = 1903-07",
            "A year later = 1904",
            "Three days after = 1904~",
            "Later that month = 1904",
            "The same year = 1904",
            "That evening = 1904",
        ])
    }

    @Test func spansOfDaysNumericShiftsAndBareSeasons() {
        #expect(Self.dates("In 1917 the city rose. The rising came on November 7-8 (New Style).")
                == ["1917 = 1917", "November 7-8 (New Style) = 1917-11-07/1917-11-08"])
        #expect(Self.dates("It lasted from 7-9 May 1905.") == ["7-9 May 1905 = 1905-05-07/1905-05-09"])
        #expect(Self.dates("He was arrested on August 7, 1917 and released 40 days later.")
                == ["August 7, 1917 = 1917-08-07", "40 days later = 1917-09-16"])
        #expect(Self.dates("In 1917 the city rose. The summer was hot.") == ["1917 = 1917", "The summer = 1917-06/1917-08"])
    }

    @Test func partialDatesTakeTheYearFromContext() {
        #expect(Self.dates("In 1917 the city rose. On Nov. 7 the palace fell. On 18th October he spoke.")
                == ["1917 = 1917", "Nov. 7 = 1917-11-07", "18th October = 1917-10-18"])
    }

    @Test func headingRangesFrameTheDatesInside() {
        let found = Self.dates("""
            A Life

            Exile (1907-1914)

            On 18th October she wrote home. In March she moved.
            """)
        // March after October: the story has gone on into the next year of the exile.
        #expect(found == ["1907-1914 = 1907/1914", "18th October = 1907-10-18", "March = 1908-03"])
    }

    @Test func agesResolveAgainstTheBirthDate() {
        let found = Self.dates("""
            Mara was born on 12 March 1861. When she was nine her father died. At the age of eighteen she \
            left home. Her brother, then 23, stayed behind.
            """)
        #expect(found == [
            "12 March 1861 = 1861-03-12",
            "When she was nine = 1870/1871",
            "At the age of eighteen = 1879/1880",
            "then 23 = 1884/1885",
        ])
    }

    @Test func anAgeIsBoundedByTheBirthdaysAndShiftsAsASpan() {
        let text = ScalarText("Mara was born on 12 March 1861. When she was nine she went to Riga. Six years later she moved.")
        let mentions = DateExtractor().extract(from: text, structure: StructureAnalyzer(text: text, format: .plainText).analyze())
        let age = mentions[1].date
        #expect(age?.earliest?.iso == "1870-03-12" && age?.latest?.iso == "1871-03-11")
        #expect(mentions[2].date?.value == "1876/1877")
    }

    @Test func agesWithoutABirthDateStayUnresolved() {
        #expect(Self.dates("At the age of eighteen she left home.") == ["At the age of eighteen = unresolved"])
    }

    @Test func anniversariesCountFromTheEventTheyName() {
        #expect(Self.dates("The revolution broke out in November 1917. On the eleventh birthday of the revolution he was expelled.")
                == ["November 1917 = 1917-11", "eleventh birthday of the revolution = 1928-11"])
    }

    @Test func asidesInParenthesesDoNotMoveTheNarrative() {
        #expect(Self.dates("He was born on 7 November 1879 to Anna (d. 1910). Later that month his uncle fled.")
                == ["7 November 1879 = 1879-11-07", "1910 = 1910", "Later that month = 1879-11"])
    }

    @Test func aYearThatEndsANameDoesNotMoveTheNarrative() {
        #expect(Self.dates("She settled in Lyon in 1892. When the Crash of 1893 came in the following year, she left. In May of 1894 she sailed.")
                == ["1892 = 1892", "1893 = 1893", "the following year = 1893", "May of 1894 = 1894-05"])
    }

    @Test func mentionsCarryOffsetsThatRoundTrip() {
        let text = "Лев was born on 7 November 1879 🙂; in the summer of 1902 he escaped."
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        let mentions = DateExtractor().extract(from: scalars, structure: document.structure)
        #expect(mentions.map { scalars.string(in: $0.range) } == ["7 November 1879", "summer of 1902"])
        #expect(mentions.first?.range.start == 16)
    }
}
