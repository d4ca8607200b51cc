import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals dates DOC`: every temporal expression in a document, normalised.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List every date expression in a document: offsets, text, value, calendar, precision, anchor.",
        discussion: """
            Values are ISO 8601 / EDTF on the Gregorian calendar at the precision the text gives \
            ("1917", "1917-05", "1923-06/1923-08" for mid-1923); Old Style dates are converted and \
            their original kept. Partial, relative and age expressions name the anchor they were \
            resolved against. Lengths of time ("P2M"), repetitions ("XXXX-XX-XX" for daily) and \
            references ("PRESENT_REF") are kinds of their own; a time of day follows its day \
            ("1775-04-18TNI", "T11:00"); a span's two written ends are in --json as "ends".
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The document: source name, NAME@N, id prefix or title.", valueName: "doc"))
    var document: String

    func run() throws {
        let store = try store.open()
        let revision = try store.resolve(document)
        let stored = try store.document(for: revision)
        let text = ScalarText(stored.text)
        let mentions = try store.dates(for: revision)
        if output.json {
            try JSONOutput.print(DatesJSON(stored: stored, text: text, mentions: mentions))
            return
        }
        Terminal.writeLine(Terminal.bold(stored.revision.summary.title) + Terminal.dim("  \(stored.revision.source) · \(Numbers.counted(mentions.count, "date expression"))"))
        for mention in mentions {
            let quote = text.string(in: mention.range).replacingOccurrences(of: "\n", with: " ")
            var value = mention.date.map { date in
                date.value + (date.calendar == .julian ? " (Old Style" + (date.julian.map { " " + $0.edtf.replacingOccurrences(of: "0000-", with: "") } ?? "") + ")" : "")
            } ?? "unresolved"
            if let time = mention.timeOfDay, let date = mention.date, date.precision == .day, !date.isInterval { value += "T" + time }
            if let amount = mention.amount { value = amount.iso + (mention.date.map { " → " + $0.value } ?? "") }
            else if let reference = mention.reference, mention.date == nil { value = reference.value }
            var line = Numbers.padRight(Terminal.dim(mention.range.description), 18) + " " + Numbers.padRight(value, 33) + " "
                + Numbers.padRight(mention.kind.rawValue, 11) + " " + quote
            if let anchor = mention.anchor { line += Terminal.dim("  ← " + text.string(in: anchor).replacingOccurrences(of: "\n", with: " ")) }
            if mention.isFromDocumentDate { line += Terminal.dim("  ← the document's date") }
            Terminal.writeLine(line)
        }
    }
}


/// `annals dates --json`.
struct DatesJSON: Encodable {
    struct Mention: Encodable {
        var start: Int
        var end: Int
        var text: String
        var kind: String
        var inHeading: Bool
        /// The expression's value: a calendar date, or a length ("P2M"), a repetition or a reference ("PRESENT_REF").
        var date: DateJSON?
        /// For a length or a reference, the calendar date it also gives ("after two months" → the month reached).
        var resolved: DateJSON?
        /// Whether the date was resolved against the document's own date.
        var fromDocumentDate: Bool
        var anchor: Citation?
        var citation: Citation
        /// For a span written as two dates ("1915-17"), each end where it is written, with its own date.
        var ends: [End]?
    }

    struct End: Encodable {
        var start: Int
        var end: Int
        var text: String
        var date: DateJSON?
    }

    var source: String
    var document: String
    var dates: [Mention]

    /// Each written end of a span with the date of that end of it.
    static func ends(of mention: DateMention, in text: ScalarText) -> [End]? {
        guard let ends = mention.ends, ends.count == 2, let date = mention.date else { return nil }
        return zip(ends, [date.start, date.end]).map { range, point in
            let quote = text.string(in: range)
            return End(start: range.start, end: range.end, text: quote,
                       date: point.map { DateJSON(HistoricalDate($0, calendar: date.calendar, isApproximate: date.isApproximate), text: quote) })
        }
    }

    init(stored: StoredDocument, text: ScalarText, mentions: [DateMention]) {
        source = stored.revision.source
        document = stored.revision.document.hex
        dates = mentions.map { mention in
            let quote = text.string(in: mention.range)
            return Mention(start: mention.range.start, end: mention.range.end, text: quote, kind: mention.kind.rawValue,
                           inHeading: mention.isInHeading, date: DateJSON(mention, text: quote),
                           resolved: mention.amount == nil ? nil : mention.date.map { DateJSON($0, text: quote) },
                           fromDocumentDate: mention.isFromDocumentDate,
                           anchor: mention.anchor.map { Citation(source: stored.revision.source, document: stored.revision.document, range: $0, in: text) },
                           citation: Citation(source: stored.revision.source, document: stored.revision.document, range: mention.range, in: text),
                           ends: Self.ends(of: mention, in: text))
        }
    }
}
