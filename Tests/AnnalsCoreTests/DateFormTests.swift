import Testing
import AnnalsCore

/// Date forms of narrative history beyond full calendar dates, each a row, with the
/// look-alikes that are not dates. Texts are written for the tests.
struct DateFormTests {
    @Test(arguments: [
        ("In mid-June 1944 they began their offensive.", ["mid-June 1944 = 1944-06-11/1944-06-20"]),
        ("The siege (August-September 1950) held.", ["August-September 1950 = 1950-08/1950-09"]),
        ("The fleet sailed in August 480 BC.", ["August 480 BC = -0479-08"]),
        ("The envoys met in the autumn of 481 BC.", ["autumn of 481 BC = -0480-09/-0480-11"]),
        // Years of the era of the Creation, as Byzantium and old Russia counted them from 1 September.
        ("In the year 7150 of the old Russian calendar a decree was read.", ["7150 of the old Russian calendar = 1641/1642"]),
        ("The charter is dated 6961 Anno Mundi.", ["6961 Anno Mundi = 1452/1453"]),
        // Another era, or no era named: no date.
        ("In the year 5660 of the Jewish calendar the school opened.", []),
        ("The army had 7207 men of the old guard.", []),
        // Two centuries or two years sharing one date word are one span.
        ("The duchy flourished in the 10th and 11th centuries.", ["10th and 11th centuries = 09XX/10XX"]),
        ("Outbreaks returned from the fourteenth to seventeenth centuries.", ["fourteenth to seventeenth centuries = 13XX/16XX"]),
        ("He was ill in 1886/1887 and again in 1916/17.", ["1886/1887 = 1886/1887", "1916/17 = 1916/1917"]),
        ("The censuses of 1886/1890 were lost.", ["1886 = 1886", "1890 = 1890"]),
        // A winter written with both its years; two years "between" one another however far apart.
        ("The winter of 1886/1887 was hard.", ["winter of 1886/1887 = 1886-12/1887-02"]),
        ("Outbreaks came between 1500 and 1850.", ["1500 and 1850 = 1500/1850"]),
        // The last group of a number written with commas is no count of years: "200,000 years ago" is no "000 years ago".
        ("People lived there more than 200,000 years ago.", []),
        // A bare three-digit year after "in" ends its clause or comes before a clause word; before a noun it counts.
        ("The abbey was built in 873 as a refuge.", ["873 = 0873"]),
        ("In 845, the raiders burned the town.", ["845 = 0845"]),
        ("The fleet sailed in 300 ships.", []),
        // A chapter and verse is no clock time; a time after a preposition or a weekday is.
        ("The hymn sets Psalm 2:11 to music.", []),
        ("At 10:57 the line broke.", ["10:57 = unresolved"]),
    ])
    func writtenForms(text: String, expected: [String]) {
        #expect(DateExtractorTests.dates(text) == expected)
    }

    /// Through the pipeline: a month or season before a noun needs the grammar's reading.
    static func dates(_ text: String) -> [String] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        let dates = try! AnalysisPipeline.shipped().analyse(scalars, structure: document.structure, title: "t", only: [.dates]).dates ?? []
        return dates.map { "\(scalars.string(in: $0.range)) = \($0.date?.value ?? "unresolved")" }
    }

    @Test(arguments: [
        ("In 1943 the front held. The army prepared its summer offensive.", "summer = 1943-06/1943-08"),
        ("In 1920 the war went on. Before the onset of winter the army withdrew.", "winter = 1920-12/1921-02"),
        ("In 1920 the war went on. In the early summer the army attacked.", "the early summer = 1920-06/1920-08"),
        ("In 1942 the front held. By mid-September the battle was lost.", "mid-September = 1942-09-11/1942-09-20"),
        ("In 1917 the war went on. The costly August battles drained the army.", "August = 1917-08"),
        ("In 1917 the war went on. From October to March the front was quiet.", "October to March = 1917-10/1918-03"),
        ("In 1850 the herds grew. They migrate between June and September.", "June and September = 1850-06/1850-09"),
        ("In 1776 the army grew. Many left at the end of the year.", "the end of the year = 1776-09/1776-12"),
        ("In May 1951 the army halted. At month's end the line held.", "month's end = 1951-05-21/1951-05-31"),
        ("In 1952 the front was static. Late in the year the French attacked.", "Late in the year = 1952-09/1952-12"),
        ("In 2004 the city was taken. Attacks rose this year.", "this year = 2004"),
    ])
    func formsThatTakeTheirYearFromTheStory(text: String, expected: String) {
        #expect(Self.dates(text).last == expected)
    }

    @Test(arguments: [
        "In 1917 the October Revolution broke out.",
        "In 1917 he wrote the April Theses.",
        "In 1871 the fall of Paris ended the war.",
        "In 1929 the fall in prices ruined farmers.",
    ])
    func namesAndNounsAreNotSeasonsOrMonths(text: String) {
        #expect(Self.dates(text).count == 1)
    }
}

/// Holidays, eras written with full stops, decades before Christ, and dates that bound the
/// story without moving it.
struct DateFormMoreTests {
    @Test(arguments: [
        ("He promised victory by Christmas 1963.", ["Christmas 1963 = 1963-12-25"]),
        ("Carthage fell in 146 B.C.", ["146 B.C. = -0145"]),
        ("Athens grew in the 470s BC.", ["470s BC = -0478/-0469"]),
        // A year before a noun still dates it.
        ("The 1953 team won the cup.", ["1953 = 1953"]),
        ("The 2010 raid failed.", ["2010 = 2010"]),
    ])
    func forms(text: String, expected: [String]) {
        #expect(DateExtractorTests.dates(text) == expected)
    }

    @Test func aBoundOrATargetDoesNotMoveTheStory() {
        #expect(DateExtractorTests.dates("On 10 March 1975 the city fell. The push was planned for 1976. On 11 March the army fled.").last
                == "11 March = 1975-03-11")
        #expect(DateExtractorTests.dates("In June 1944 the siege began and lasted until February 1945. In August the city burned.").last
                == "August = 1944-08")
    }

    @Test func untilOpeningAClauseWithItsOwnDateIsNoBound() {
        #expect(DateExtractorTests.dates("Relations worsened until in March 1980, the envoy was withdrawn. The tension increased in April.").last
                == "April = 1980-04")
    }

    @Test func aBoundDatesTheStoryWhenNothingElseHas() {
        #expect(DateExtractorTests.dates("The truce held until June 1920. In August the fighting resumed.").last == "August = 1920-08")
    }

    @Test func aLengthAfterTheSentencesOwnDateDoesNotMoveFromIt() {
        #expect(DateExtractorTests.dates("In December 1916, after ten brutal months of battle, the army rested. On 14 January the talks began.").last
                == "14 January = 1917-01-14")
    }
}

/// Times of day: written with their day, or on the story's day.
struct TimeOfDayTests {
    static func times(_ text: String) -> [String] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        return DateExtractor().extract(from: scalars, structure: document.structure).map { mention in
            "\(scalars.string(in: mention.range)) = \(mention.date?.value ?? "unresolved") T\(mention.timeOfDay ?? "-")"
        }
    }

    @Test(arguments: [
        ("The riders left on the night of April 18, 1775.", "the night of April 18, 1775 = 1775-04-18 TNI"),
        ("The attack began on 31 January 1965. At 3:00 a.m. the shelling started.", "3:00 a.m. = 1965-01-31 T03:00"),
        ("The armistice was signed on 11 November 1918. The guns fell silent at 11 a.m.", "11 a.m. = 1918-11-11 T11:00"),
        ("The fort fell on 7 May 1954. By 5:30pm the last post was taken.", "5:30pm = 1954-05-07 T17:30"),
        ("The rising began on 14 July 1789. That afternoon the prison fell.", "That afternoon = 1789-07-14 TAF"),
    ])
    func timesOfDay(text: String, expected: String) {
        #expect(Self.times(text).last == expected)
    }

    @Test(arguments: ["The score was 3:1 at half time.", "He read chapter 11 and verse 3 at home."])
    func numbersThatAreNoClock(text: String) {
        #expect(Self.times(text).isEmpty)
    }
}

/// Ranges of days and months whose first end lacks what the second gives.
struct DateRangeFormTests {
    @Test(arguments: [
        ("From 15 to 22 February 1984 the offensive went on.", "15 to 22 February 1984 = 1984-02-15/1984-02-22"),
        ("Casualties between March and April 1918 were heavy.", "between March and April 1918 = 1918-03/1918-04"),
        ("The landings (May-August 1950) failed.", "May-August 1950 = 1950-05/1950-08"),
    ])
    func rangeForms(text: String, expected: String) {
        #expect(DateExtractorTests.dates(text).last == expected)
    }

    @Test func aPossessiveUnitIsTheStorysOwn() {
        #expect(DateExtractorTests.dates("In 1920 the war went on. The army seized that year's harvest.").last == "that year's = 1920")
    }
}
