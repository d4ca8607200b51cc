import Testing
import Foundation
@testable import AnnalsCore
import AnnalsTesting

/// Claims and date mentions are stored in byte forms (`ClaimCoding`, `DateMentionCoding`): every
/// value must come back equal, whatever parts it has, damaged bytes must fail with an error
/// rather than a wrong value, and every claim and date read from real documents must round-trip.
struct RecordCodingTests {
    static let span = TextRange(start: 10, end: 42)

    struct DateRow: Sendable, CustomTestStringConvertible {
        let name: String
        let date: HistoricalDate
        var testDescription: String { name }
    }

    static func bounded(_ date: HistoricalDate, _ earliest: Int, _ latest: Int) -> HistoricalDate {
        var bounded = date
        bounded.bounds = DayBounds(earliest: CalendarDay(julianDayNumber: earliest), latest: CalendarDay(julianDayNumber: latest))
        return bounded
    }

    static let dates = [
        DateRow(name: "a day", date: HistoricalDate(DatePoint(year: 1879, month: 11, day: 7))),
        DateRow(name: "a year before the common era, approximate", date: HistoricalDate(DatePoint(year: -44), isApproximate: true)),
        DateRow(name: "an Old Style day with its Julian reading", date: HistoricalDate(DatePoint(year: 1917, month: 11, day: 7), calendar: .julian,
                                                                                    julian: DatePoint(year: 1917, month: 10, day: 25))),
        DateRow(name: "an open interval with a season, uncertain", date: HistoricalDate(from: DatePoint(year: 1905, season: .winter, part: .late), to: nil,
                                                                                      isUncertain: true)),
        DateRow(name: "a decade to a century, with bounds", date: bounded(HistoricalDate(from: DatePoint(span: .decade, startingIn: 1920),
                                                                                          to: DatePoint(span: .century, startingIn: 1900)), 2_422_325, 2_488_069)),
        DateRow(name: "a month early in it", date: HistoricalDate(DatePoint(year: 1918, month: 3, part: .early))),
    ]

    @Test(arguments: dates) func aDateComesBackFromItsBytes(_ row: DateRow) throws {
        var mention = DateMention(range: Self.span, kind: .absolute, date: row.date)
        #expect(try DateMentionCoding.decode(DateMentionCoding.encode(mention)) == mention)
        mention.date = nil
        #expect(try DateMentionCoding.decode(DateMentionCoding.encode(mention)) == mention)
        let claim = Claim(kind: .event, predicate: "birth", subject: Participant(name: "Anna Petrova"), date: row.date, evidence: Self.span,
                          extractor: Extractor(.treeActive), confidence: 0.7)
        #expect(try ClaimCoding.decode(ClaimCoding.encode(claim)) == claim)
    }

    static var fullMention: DateMention {
        var mention = DateMention(range: span, kind: .set, date: HistoricalDate(DatePoint(year: 1890)), anchor: TextRange(start: 0, end: 4), isInHeading: true)
        mention.amount = TimeAmount(count: 2.5, unit: .week, isApproximate: true, everyCalendarUnit: true)
        mention.ends = [TextRange(start: 10, end: 14), TextRange(start: 20, end: 42)]
        mention.timeOfDay = "MO"
        mention.reference = .future
        mention.isFromDocumentDate = true
        return mention
    }

    @Test func everyPartOfADateMentionComesBack() throws {
        var mention = Self.fullMention
        #expect(try DateMentionCoding.decode(DateMentionCoding.encode(mention)) == mention)
        mention.amount = TimeAmount(count: nil, unit: .year)
        mention.ends = []
        #expect(try DateMentionCoding.decode(DateMentionCoding.encode(mention)) == mention)
    }

    static var fullClaim: Claim {
        Claim(kind: .quote, predicate: "said", subject: Participant(name: "Leo Orlov", surface: "he", range: TextRange(start: 3, end: 5), type: .person),
              object: Participant(name: "Union", type: .org), others: [Participant(name: "Vera Lind"), Participant(name: "Riga", surface: "riga")],
              value: "Forward, comrades — «now»", date: HistoricalDate(DatePoint(year: 1905, month: 1, day: 22)), dateSpan: TextRange(start: 30, end: 40),
              dateIsInferred: true, place: Participant(name: "Riga", type: .place), modality: .reported,
              attribution: Participant(name: "the Times", type: .work), evidence: TextRange(start: 0, end: 60), trigger: TextRange(start: 6, end: 10),
              extractor: Extractor(.narrativeQuote, readAs: .event), confidence: 0.123_456_789)
    }

    @Test func everyPartOfAClaimComesBack() throws {
        #expect(try ClaimCoding.decode(ClaimCoding.encode(Self.fullClaim)) == Self.fullClaim)
        let bare = Claim(kind: .membership, predicate: "joined", subject: Participant(name: "Anna"), evidence: Self.span, extractor: Extractor(.copula), confidence: 1)
        #expect(try ClaimCoding.decode(ClaimCoding.encode(bare)) == bare)
    }

    /// Every cut of the bytes, a byte too many, another format and a mangled name fail to decode.
    @Test func damagedBytesAreAnErrorNotAValue() throws {
        for bytes in [ClaimCoding.encode(Self.fullClaim), DateMentionCoding.encode(Self.fullMention)] {
            let isClaim = bytes == ClaimCoding.encode(Self.fullClaim)
            func decodes(_ damaged: [UInt8]) -> Bool {
                isClaim ? (try? ClaimCoding.decode(damaged)) != nil : (try? DateMentionCoding.decode(damaged)) != nil
            }
            #expect(decodes(bytes))
            for length in 0..<bytes.count { #expect(!decodes(Array(bytes.prefix(length))), "cut at \(length)") }
            #expect(!decodes(bytes + [0]))
            #expect(!decodes([bytes[0] &+ 1] + bytes.dropFirst()))
        }
        var mangled = ClaimCoding.encode(Self.fullClaim)
        let kind = try #require(mangled.firstIndex(of: UInt8(ascii: "q")))
        mangled[kind] = UInt8(ascii: "x")
        #expect(throws: SentenceCoding.DecodingError.self) { _ = try ClaimCoding.decode(mangled) }
    }

    /// The claims and dates the shipped pipeline reads from the samples (and the shared corpus, when
    /// beside the project) all come back from their bytes, and the bytes are smaller than JSON.
    @Test func everyClaimAndDateReadFromDocumentsComesBack() throws {
        let pipeline = try AnalysisPipeline.shipped()
        let folders = [ProjectPaths.samples] + [ProjectPaths.sharedCorpus].compactMap { $0 }
        var claims: [Claim] = [], dates: [DateMention] = []
        for file in folders.flatMap(ProjectPaths.corpusFiles(in:)) {
            let format = DocumentFormat(fileExtension: (file as NSString).pathExtension) ?? .plainText
            let document = DocumentPreparer.prepare(text: try String(contentsOfFile: file, encoding: .utf8), sourceName: "d", format: format)
            let analysis = pipeline.analyse(ScalarText(document.text), structure: document.structure, title: document.title)
            claims += analysis.claims ?? []
            dates += analysis.dates ?? []
        }
        #expect(claims.count > 20 && dates.count > 20)
        for claim in claims { #expect(try ClaimCoding.decode(ClaimCoding.encode(claim)) == claim) }
        for date in dates { #expect(try DateMentionCoding.decode(DateMentionCoding.encode(date)) == date) }
        let bytes = claims.map { ClaimCoding.encode($0).count }.reduce(0, +), json = try claims.map { try JSONEncoder().encode($0).count }.reduce(0, +)
        #expect(bytes * 3 < json)
    }
}
