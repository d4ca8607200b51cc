import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals search QUERY`: ranked sentences, each with its citation.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search sentences (BM25), ignoring case and diacritics.",
        discussion: """
            Words must all appear; "quoted words" form a phrase; word* matches a prefix; OR and NOT \
            (in capitals) combine terms. Only each source's latest revision is searched unless \
            --all-revisions is given. Exit status 1 when nothing matches.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("What to look for, e.g. \"ice axe\" or Bolshev*.", valueName: "query"))
    var query: [String]

    @Option(help: "Most hits to show.")
    var limit = 10

    @Option(help: ArgumentHelp("Search only this source.", valueName: "name"))
    var source: String?

    @Flag(help: "Search earlier revisions too.")
    var allRevisions = false

    func validate() throws {
        try FlagBounds.check(limit, InputBounds.commandLimit, flag: "--limit")
        _ = try FlagBounds.text(query, InputBounds.searchLength, name: "the search")
    }

    func run() throws {
        let text = try FlagBounds.text(query, InputBounds.searchLength, name: "the search")
        let opened = try store.open()
        let hits = try opened.search(SearchQuery(text: text, limit: limit, source: source, includesEarlierRevisions: allRevisions))
        if output.json {
            try JSONOutput.print(SearchJSON(query: text, hits: hits))
        } else if hits.isEmpty {
            Terminal.writeLine("No sentence matches \(text.contains("\"") ? text : "\"\(text)\"").")
            // ("No sentence matches "Petrvoa". Did you mean "Petrova"?")
            if let meant = SpellingReader.suggestion(for: text, store: opened, source: source) { Terminal.writeLine("Did you mean \"\(meant)\"?") }
        } else {
            let shown = text.contains("\"") ? text : "\"\(text)\""
            Terminal.writeLine("\(Numbers.counted(hits.count, "hit")) for \(shown)\(hits.count == limit ? " (first \(limit); --limit for more)" : "")")
            for (index, hit) in hits.enumerated() {
                Terminal.writeLine()
                var where_ = "\(hit.revision.source)\(hit.revision.isLatest ? "" : "@\(hit.revision.number)")  \(hit.range)"
                if let heading = hit.sectionHeading { where_ += "  § \(heading)" }
                Terminal.writeLine(Numbers.padLeft("\(index + 1).", 3) + " " + Terminal.dim(where_))
                Terminal.writeLine("    " + render(hit.snippet))
            }
        }
        if hits.isEmpty { throw ExitCode(CommandFailure.inputFailed) }
    }

    /// Shows highlighted matches in bold on a terminal and as **match** elsewhere.
    private func render(_ snippet: String) -> String {
        let (open, close) = Terminal.usesStyle ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**")
        return snippet.replacingOccurrences(of: SearchHit.highlightStart, with: open)
            .replacingOccurrences(of: SearchHit.highlightEnd, with: close)
            .replacingOccurrences(of: "\n", with: " ")
    }
}

