import Testing
import AnnalsCore

/// How a date written without its year finds one along the narrative, and where the two
/// written ends of a span lie. Texts are written for the tests.
struct DateAnchoringTests {
    static func dates(_ text: String) -> [String] { DateExtractorTests.dates(text) }

    @Test(arguments: [
        // The story has moved past January: the next year's.
        ("In December 1916 the line held. On 14 January the offensive began.", "14 January = 1917-01-14"),
        ("The siege began on 20 October 1944. In January the city fell.", "January = 1945-01"),
        // A month shortly before the story's: the same year (a look back).
        ("In May 1943 the army advanced. In March it had rested.", "March = 1943-03"),
        ("In July 1917 the riots began. In August the general marched.", "August = 1917-08"),
        // An age after the sentence's own date tells the same time; it does not move the story back.
        ("Anna Petrova was born on 22 April 1870. In January 1886, when Anna Petrova was 15, her father died. Her brother was hanged in May, after a trial.", "May = 1886-05"),
        // In January, the winter is the one under way.
        ("The march began on 3 January 1777. The army spent the winter at the river.", "the winter = 1776-12/1777-02"),
    ])
    func aMonthTakesTheNearestYearGoingForward(text: String, expected: String) {
        #expect(Self.dates(text).last == expected)
    }

    @Test func aChainAcrossTheYearEndDoesNotDriftBack() {
        #expect(Self.dates("In December 1916 the line held. On 14 January the offensive began. By 20 February it was over.")
                == ["December 1916 = 1916-12", "14 January = 1917-01-14", "20 February = 1917-02-20"])
    }

    @Test func aLookBackDoesNotMoveTheStory() {
        #expect(Self.dates("In 1965 the war grew. Two decades earlier the French had fought there. In March the marines landed.")
                == ["1965 = 1965", "Two decades earlier = 194X", "March = 1965-03"])
    }

    @Test func anAsideAboutALaterYearDoesNotMoveASectionsStory() {
        let text = "Revolution (1917)\n\nOn 8 October the soviet met. The law of November 6, 1918 came later. On November 7 the palace fell.\n"
        #expect(Self.dates(text).last == "November 7 = 1917-11-07")
    }

    @Test(arguments: [
        ("The war lasted 1915-17.", ["1915", "17"]),
        ("The battle raged 6-7 January 1916.", ["6", "7 January 1916"]),
        ("From May to October 1918 they marched.", ["May", "October 1918"]),
        ("Talks ran between December 22, 1917 and February 10, 1918.", ["December 22, 1917", "February 10, 1918"]),
        ("In 1917 the city rose on November 7-8.", ["November 7", "8"]),
    ])
    func aSpanKnowsWhereEachEndIsWritten(text: String, expected: [String]) {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        let spans = DateExtractor().extract(from: scalars, structure: document.structure).compactMap(\.ends)
        #expect(spans.map { $0.map { scalars.string(in: $0) } } == [expected])
    }
}
