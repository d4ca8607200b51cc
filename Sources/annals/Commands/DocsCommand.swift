import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals docs`: every source and its revisions.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List the documents: each source, its latest revision and the earlier ones."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also list retracted sources, and when each was retracted or restored.")
    var all = false

    func run() throws {
        let storage = try store.open()
        let everything = try storage.revisions()
        let events = all ? try storage.sourceEvents() : []
        let revisions = all ? everything : everything.filter { !$0.isRetracted }
        if output.json {
            try JSONOutput.print(DocsJSON(documents: revisions.map(RevisionJSON.init), events: all ? events.map(SourceEventJSON.init) : nil))
            return
        }
        let hidden = Set(everything.filter(\.isRetracted).map(\.source)).count
        guard !revisions.isEmpty else {
            Terminal.writeLine(hidden > 0 ? "Every source is retracted; annals docs --all lists them."
                                          : "No documents yet. Add some with: annals ingest --db \(store.path) PATH…")
            return
        }
        let sources = Dictionary(grouping: revisions, by: \.source)
        let width = min(max(sources.keys.map { Terminal.printable($0).count }.max() ?? 6, 6), 40)
        Terminal.writeLine(Terminal.bold(Numbers.padRight("SOURCE", width) + "  REV  DOCUMENT      SENTENCES  INGESTED          TITLE"))
        let eventsBySource = Dictionary(grouping: events, by: \.source)
        for source in sources.keys.sorted() {
            let history = sources[source]!.sorted { $0.number > $1.number }
            for revision in history {
                let label = revision.isLatest ? Numbers.padRight(Terminal.printable(source), width) : Numbers.padRight("  ↳ earlier", width)
                let line = label + "  " + Numbers.padLeft("\(revision.number)", 3) + "  " + revision.document.short
                    + "  " + Numbers.padLeft(Numbers.grouped(revision.summary.sentenceCount), 9)
                    + "  " + Dates.short(revision.ingestedAt) + "  " + Terminal.printable(revision.summary.title)
                    + (revision.isLatest && revision.isRetracted ? "  [retracted]" : "")
                Terminal.writeLine(revision.isCurrent ? line : Terminal.dim(line))
            }
            for event in eventsBySource[source] ?? [] {
                Terminal.writeLine(Terminal.dim(Numbers.padRight("  ↳ " + (event.action == .retract ? "retracted" : "restored"), width)
                                                + "                                   " + Dates.short(event.at)))
            }
        }
        let documents = Set(revisions.map(\.document)).count
        var summary = [Numbers.counted(sources.count, "source"), Numbers.counted(revisions.count, "revision"),
                       Numbers.counted(documents, "distinct text")].joined(separator: ", ")
        if hidden > 0 { summary += all ? " (\(hidden) retracted)" : " · \(hidden) retracted, not shown (--all)" }
        Terminal.writeLine(summary + " · database \(Terminal.printable(store.path))")
    }
}

/// `annals docs --json`: the revisions, and with --all the retractions and restorations.
struct DocsJSON: Encodable {
    var documents: [RevisionJSON]
    var events: [SourceEventJSON]?
}

/// Dates for people, in UTC.
enum Dates {
    static func short(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
