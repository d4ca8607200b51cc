import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals quotes [--by PERSON]`: quotations and quoted primary sources, with their speakers.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations and quoted primary sources with who said or wrote them, each cited.",
        discussion: "A primary source's whole text is attributed to the author its numbered header names."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only quotations by this person (any name the documents use).", valueName: "person"))
    var by: String?

    @Option(help: "Most quotations to list.")
    var limit = 50

    func validate() throws {
        try FlagBounds.check(limit, InputBounds.commandLimit, flag: "--limit")
    }

    func run() throws {
        // One speaker's quotations are read from the claims filed under them, not the whole record.
        let record = try by.map { try LoadedRecord(store: store.open(), about: $0) } ?? LoadedRecord(store: store.open())
        let speaker = try by.map { try record.entity(named: $0) }
        let quotes = record.quotes(by: speaker)
        if output.json {
            try JSONOutput.print(["quotes": quotes.map { QuoteJSON($0, record: record) }])
            return
        }
        for located in quotes.prefix(limit) {
            let json = QuoteJSON(located, record: record)
            var head = Terminal.bold(json.speaker.name)
            if let recipient = json.recipient { head += " to " + recipient.name }
            if let description = json.description { head += Terminal.dim(" · " + description) }
            if let date = json.date { head += Terminal.dim(" · " + date.value) }
            Terminal.writeLine(head)
            Terminal.writeLine("  \"" + TimelineLine.shorten(json.text.replacingOccurrences(of: "\n", with: " "), 200) + "\"")
            Terminal.writeLine("  " + Terminal.dim(record.reference(located)))
        }
        if quotes.count > limit { Terminal.writeLine(Terminal.dim("… \(quotes.count - limit) more; --limit to see them")) }
        if quotes.isEmpty { Terminal.writeLine(Terminal.dim("no quotations found")) }
    }
}

