import Testing
import AnnalsCore

/// Lengths of time, repetitions and words pointing at the writer's time: each form as a
/// row, with the look-alikes that are none of them. Texts are written for the tests.
struct DurationAndReferenceTests {
    /// "quote = kind value" for each expression of a plain-text document.
    static func read(_ text: String, documentDate: HistoricalDate? = nil) -> [String] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        // Through the pipeline: some forms need the grammar ("the current government": an adjective before a noun).
        let dates = try! AnalysisPipeline.shipped().analyse(scalars, structure: document.structure, title: "t", documentDate: documentDate,
                                                            only: [.dates]).dates ?? []
        return dates.map { mention in
            let value: String
            if let amount = mention.amount {
                value = (mention.kind == .set ? amount.recurrence : amount.iso) + (amount.isApproximate ? "~" : "")
                    + (mention.date.map { " → " + $0.value } ?? "")
            } else if let reference = mention.reference, mention.date == nil {
                value = reference.value
            } else {
                value = mention.date?.value ?? "unresolved"
            }
            return "\(scalars.string(in: mention.range)) = \(mention.kind.rawValue) \(value)"
        }
    }

    @Test(arguments: [
        ("The siege lasted two months.", "two months = duration P2M"),
        ("They held the pass for three days.", "three days = duration P3D"),
        ("He worked there for 57 days.", "57 days = duration P57D"),
        ("The war went on for a decade.", "a decade = duration P1DE"),
        ("The empire stood for two centuries.", "two centuries = duration P2CE"),
        ("The talks took several days.", "several days = duration PXD"),
        ("The talks took a few weeks.", "a few weeks = duration PXW"),
        ("Peace came within days.", "days = duration PXD"),
        ("The front held for about a week.", "about a week = duration P1W~"),
        ("The front was static for over a year.", "over a year = duration P1Y~"),
        ("He was gone for some eight years.", "some eight years = duration P8Y~"),
        ("The shelling went on for just seven hours.", "just seven hours = duration PT7H"),
        ("The fighting went on for two and a half years.", "two and a half years = duration P2.5Y"),
        ("The average soldier was 22.8 years old.", "22.8 years = duration P22.8Y"),
        ("He made a ten-day visit to the capital.", "ten-day = duration P10D"),
        ("It ended his 24-year rule.", "24-year = duration P24Y"),
        ("They began a month-long march.", "month-long = duration P1M"),
        ("It was a 3 year long siege.", "3 year long = duration P3Y"),
        ("They fought for two bloody weeks.", "two bloody weeks = duration P2W"),
        ("They stayed there for the next six months.", "the next six months = duration P6M"),
        ("The town grew in the intervening years.", "the intervening years = duration PXY"),
        ("Much changed in the past decade.", "the past decade = duration P1DE"),
    ])
    func lengthsOfTime(text: String, expected: String) {
        #expect(Self.read(text) == [expected])
    }

    @Test func aLengthOfADateCarriesThatDate() {
        #expect(Self.read("The army advanced during the first ten months of 1915.")
                == ["the first ten months of 1915 = duration P10M → 1915"])
    }

    @Test func afterALengthTheNarrativeMovesOnByIt() {
        #expect(Self.read("The siege began in October 1941. After two months of fierce battles the line broke. The next day it rained.")
                == ["October 1941 = absolute 1941-10", "two months = duration P2M → 1941-12", "The next day = relative 1941-12~"])
    }

    @Test(arguments: [
        ("Rations were issued daily.", "daily = set XXXX-XX-XX"),
        ("The fair was held annually.", "annually = set XXXX"),
        ("The council met every year.", "every year = set XXXX"),
        ("The paper came out weekly.", "weekly = set XXXX-WXX"),
        ("They lost a thousand men per month.", "per month = set P1M"),
        ("The guard changed every two weeks.", "every two weeks = set P2W"),
        ("The planes flew twice a day.", "a day = set P1D"),
    ])
    func repetitions(text: String, expected: String) {
        #expect(Self.read(text) == [expected])
    }

    @Test func aRateIsALengthEachTime() {
        #expect(Self.read("The women sewed for ten hours a day.") == ["ten hours = duration PT10H", "a day = set P1D"])
    }

    @Test(arguments: [
        ("The city is now the capital.", "now = reference PRESENT_REF"),
        ("The fort still stands today.", "today = reference PRESENT_REF"),
        ("The town is currently a museum.", "currently = reference PRESENT_REF"),
        ("It lies in present-day Ukraine.", "present-day = reference PRESENT_REF"),
        ("The former king fled.", "former = reference PAST_REF"),
        ("The treaty was recently found.", "recently = reference PAST_REF"),
        ("He spoke of wars in the future.", "in the future = reference FUTURE_REF"),
        ("The current government fell.", "current = reference PRESENT_REF"),
    ])
    func referencesToTheWritersTime(text: String, expected: String) {
        #expect(Self.read(text) == [expected])
    }

    @Test(arguments: [
        "A second attack followed.",
        "He swam against a strong current.",
        "The former was a general and the latter a priest.",
        "Prices rose as recently as the spring.",
        "Three times the army tried.",
    ])
    func lookAlikesAreNotTimes(text: String) {
        #expect(Self.read(text).filter { !$0.contains("= absolute") && !$0.contains("= partial") } == [])
    }

    @Test func shiftsStayDatesNotLengths() {
        #expect(Self.read("The congress met in 1903. Two years later it split.") == ["1903 = absolute 1903", "Two years later = relative 1905"])
        #expect(Self.read("The congress met in 1903. About two months later it split.").last == "two months later = relative 1903~")
    }

    @Test func theDocumentsDateResolvesThePresent() {
        let written = HistoricalDate(DatePoint(year: 1927, month: 5, day: 3))
        #expect(Self.read("The party is now divided.", documentDate: written) == ["now = reference 1927-05-03"])
        #expect(Self.read("He left two years ago.", documentDate: written) == ["two years ago = relative 1925"])
        #expect(Self.read("The party is now divided.") == ["now = reference PRESENT_REF"])
    }
}
