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

    func run() throws {
        let revisions = try store.open().revisions()
        if output.json {
            try JSONOutput.print(["documents": revisions.map(RevisionJSON.init)])
            return
        }
        guard !revisions.isEmpty else {
            Terminal.writeLine("No documents yet. Add some with: annals ingest --db \(store.path) PATH…")
            return
        }
        let sources = Dictionary(grouping: revisions, by: \.source)
        let width = min(max(sources.keys.map(\.count).max() ?? 6, 6), 40)
        Terminal.writeLine(Terminal.bold(Numbers.padRight("SOURCE", width) + "  REV  DOCUMENT      SENTENCES  INGESTED          TITLE"))
        for source in sources.keys.sorted() {
            let history = sources[source]!.sorted { $0.number > $1.number }
            for revision in history {
                let label = revision.isLatest ? Numbers.padRight(source, width) : Numbers.padRight("  ↳ earlier", width)
                let line = label + "  " + Numbers.padLeft("\(revision.number)", 3) + "  " + revision.document.short
                    + "  " + Numbers.padLeft(Numbers.grouped(revision.summary.sentenceCount), 9)
                    + "  " + Dates.short(revision.ingestedAt) + "  " + revision.summary.title
                Terminal.writeLine(revision.isLatest ? line : Terminal.dim(line))
            }
        }
        let documents = Set(revisions.map(\.document)).count
        Terminal.writeLine([Numbers.counted(sources.count, "source"), Numbers.counted(revisions.count, "revision"),
                            Numbers.counted(documents, "distinct text")].joined(separator: ", ") + " · database \(store.path)")
    }
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
