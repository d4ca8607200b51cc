import Testing
import AnnalsCore

/// A newspaper-style report with a dateline, written for the test: each dated sentence
/// read as a reader of that day would; the same words in a document without a date stay
/// relative to the story.
struct DocumentDateTests {
    static let report = """
        The Evening Courier

        MOSCOW, Nov. 7, 1927 — Crowds filled the main square today as the city marked the anniversary. \
        Yesterday the garrison paraded through the streets. \
        On Friday the committee expelled two of its members, officials said. \
        The congress will open next Monday. \
        Last year the harvest failed in the south. \
        The new canal is due to open next summer. \
        Two years ago the same square stood empty. \
        The minister now says the budget is balanced. \
        Last week the price of bread rose. \
        Tomorrow the delegates leave for the capital.
        """

    static func read(_ text: String, documentDate: HistoricalDate? = nil) -> [String: String] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "courier.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        let dates = try! AnalysisPipeline.shipped().analyse(scalars, structure: document.structure, title: "t", documentDate: documentDate,
                                                            only: [.dates]).dates ?? []
        var read: [String: String] = [:]
        for mention in dates { read[scalars.string(in: mention.range)] = mention.date?.value ?? mention.reference?.value ?? "unresolved" }
        return read
    }

    @Test func aDatelineDatesTheReport() {
        let read = Self.read(Self.report)
        #expect(read["Nov. 7, 1927"] == "1927-11-07")
        #expect(read["today"] == "1927-11-07")
        #expect(read["Yesterday"] == "1927-11-06")
        #expect(read["Friday"] == "1927-11-04")
        #expect(read["next Monday"] == "1927-11-14")
        #expect(read["Last year"] == "1926")
        #expect(read["next summer"] == "1928-06/1928-08")
        #expect(read["Two years ago"] == "1925")
        #expect(read["now"] == "1927-11-07")
        #expect(read["Last week"] == "1927-10-31/1927-11-06")
        #expect(read["Tomorrow"] == "1927-11-08")
    }

    @Test func aDateGivenAtIngestOverridesNothingTheTextLacks() {
        let text = "The minister now says the budget is balanced. On Friday the committee met. Two years ago it did not."
        let read = Self.read(text, documentDate: HistoricalDate(DatePoint(year: 1927, month: 11, day: 7)))
        #expect(read["now"] == "1927-11-07")
        #expect(read["Friday"] == "1927-11-04")
        #expect(read["Two years ago"] == "1925")
    }

    @Test func aWrittenLineDatesTheDocument() {
        let read = Self.read("Written in 1927\n\nThe party is now divided, and this year it will split.")
        #expect(read["now"] == "1927")
        #expect(read["this year"] == "1927")
    }

    @Test func theStorysOwnUnitWithNoDateBeforeItIsTheWriters() {
        let read = Self.read("Trade this month is the highest since the war.", documentDate: HistoricalDate(DatePoint(year: 1927, month: 11, day: 7)))
        #expect(read["this month"] == "1927-11")
    }

    @Test func withoutADateTheWritersTimeStaysUnresolved() {
        let read = Self.read("The minister now says the budget is balanced. On Friday the committee met.")
        #expect(read["now"] == "PRESENT_REF")
        #expect(read["Friday"] == "unresolved")
    }

    @Test func aDateInsideTheFirstSentenceIsNoDateline() {
        let read = Self.read("Anna Velinsky (7 November 1879 – 21 August 1940) was a teacher. She is now remembered.")
        #expect(read["now"] == "PRESENT_REF")
    }

    @Test(arguments: [
        ("2024-03-05T10:00:00Z", "2024-03-05"), ("1927-05", "1927-05"), ("1927", "1927"),
    ])
    func calendarDatesAsGivenAtIngest(text: String, value: String) {
        #expect(HistoricalDate(calendarDate: text)?.value == value)
    }

    @Test(arguments: ["1927-13", "May 1927", "27", "1927-02-30"])
    func notCalendarDates(text: String) {
        #expect(HistoricalDate(calendarDate: text) == nil)
    }

    @Test func htmlMetadataGivesAPagesDate() {
        let page = #"<html><head><meta property="article:published_time" content="1927-11-07T09:00:00Z"><title>T</title></head><body><p>The minister now speaks.</p></body></html>"#
        let document = DocumentPreparer.prepare(text: page, sourceName: "p.html", format: .html)
        #expect(document.documentDate?.value == "1927-11-07")
    }
}
