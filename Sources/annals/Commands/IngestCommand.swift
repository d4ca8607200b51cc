public import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord
import AnnalsIngest

/// `annals ingest PATH…`: store documents, one transaction each.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest files, directories (recursively) or standard input (-).",
        discussion: """
            Plain text (.txt), Markdown (.md) and HTML (.html) are read. The same text again is a \
            no-op; a changed text under a known file name becomes a new revision, the old one kept. \
            A file that cannot be read gets a one-line error, the rest of the batch still goes in, \
            and the exit status is 1.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Files or directories to ingest; - reads standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("The source name for standard input.", valueName: "name"))
    var name = "stdin"

    @Option(help: ArgumentHelp("Read every source as this format instead of guessing from its extension: text, markdown or html.", valueName: "format"))
    var format: DocumentFormat?

    @Option(help: ArgumentHelp("Refuse sources larger than this many megabytes.", valueName: "MB"))
    var maxSize: Double = Double(Ingestor.defaultMaximumBytes) / 1_000_000

    @Option(help: ArgumentHelp("Give up on a document that takes longer than this many seconds to read; the rest of the batch still goes in.",
                               valueName: "seconds"))
    var timeLimit: Double = 600

    @Option(help: ArgumentHelp("When the documents were written (YYYY, YYYY-MM or YYYY-MM-DD): \"now\", \"last year\", \"on Tuesday\" and \"two years ago\" are read as on that day.",
                               valueName: "date"))
    var date: String?

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if paths.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be named only once") }
        if let date, HistoricalDate(calendarDate: date) == nil {
            throw ValidationError("--date must be a calendar date written YYYY, YYYY-MM or YYYY-MM-DD, not \"\(date)\"")
        }
        if let problem = IngestSource.problem(withName: name) { throw ValidationError("--name: " + problem) }
        for (flag, value, range) in [("--max-size", maxSize, InputBounds.maximumMegabytes), ("--time-limit", timeLimit, InputBounds.timeLimitSeconds)] {
            guard value.isFinite, range.contains(value) else {
                throw ValidationError("\(flag) must be a number from \(range.lowerBound.formatted()) to \(range.upperBound.formatted()), not \(value)")
            }
        }
    }

    func run() throws {
        let collected = SourceCollector(standardInputName: name).collect(paths)
        let (sources, collectFailures) = (collected.sources, collected.failures)
        for failure in collectFailures { Terminal.writeError("annals: " + failure.description) }
        if !collected.skipped.isEmpty, !quiet {
            let names = collected.skipped.prefix(5).joined(separator: ", ") + (collected.skipped.count > 5 ? ", …" : "")
            Terminal.writeError("annals: note: skipped \(Numbers.counted(collected.skipped.count, "file")) that describe a folder rather than a document "
                                + "(\(names)); name a file to ingest it")
        }
        warnAboutSharedNames(sources)
        var results: [IngestResult] = []
        if !sources.isEmpty {
            let storage = try store.open(creating: true)
            var ingestor = Ingestor(store: storage, maximumBytes: Int((maxSize * 1_000_000).rounded()), format: format)
            ingestor.timeLimit = timeLimit
            ingestor.documentDate = date.flatMap(HistoricalDate.init(calendarDate:))
            let progress = IngestProgressLine(enabled: Terminal.isErrorTerminal && !quiet)
            results = ingestor.ingest(sources) { progress.show($0) }
            // Names are joined across documents once per batch, so reading starts at once.
            let latest = try storage.revisions().filter(\.isCurrent)
            progress.phase("resolving names across \(Numbers.counted(latest.count, "document"))")
            _ = try? EntityResolution.index(of: latest, in: storage, withMentions: false)
            progress.clear()
        }
        report(results, notFound: collectFailures.count)
        let failures = results.compactMap { result -> IngestError? in
            if case .failure(let error) = result.outcome { return error }
            return nil
        }
        if let databaseFailure = failures.first(where: \.isDatabaseFailure) {
            throw CommandFailure(message: databaseFailure.storeError?.description ?? databaseFailure.description,
                                 exitCode: CommandFailure.databaseFailed)
        }
        for failure in failures { Terminal.writeError("annals: " + failure.description) }
        if !failures.isEmpty || !collectFailures.isEmpty { throw ExitCode(CommandFailure.inputFailed) }
    }

    /// Sources are named by base name, so two files called README.md in different
    /// folders become revisions of one source; say so rather than surprise.
    private func warnAboutSharedNames(_ sources: [IngestSource]) {
        let byName = Dictionary(grouping: sources, by: \.sourceName)
        for (name, group) in byName.sorted(by: { $0.key < $1.key }) where group.count > 1 {
            let paths = group.map(\.displayName)
            Terminal.writeError("annals: note: \(paths.joined(separator: ", ")) share the source name \(name); each later one is stored as a revision of the one before")
        }
    }

    private func report(_ results: [IngestResult], notFound: Int) {
        if output.json {
            try? JSONOutput.print(IngestReportJSON(results: results))
            return
        }
        guard !quiet else { return }
        var counts: [String: Int] = [:]
        for result in results {
            guard case .success(let outcome) = result.outcome else { continue }
            let revision = outcome.revision
            let summary = revision.summary
            let shape = [Numbers.counted(summary.sectionCount, "section"), Numbers.counted(summary.paragraphCount, "paragraph"),
                         Numbers.counted(summary.sentenceCount, "sentence")].joined(separator: ", ")
            let line: String
            switch outcome {
            case .added:
                counts["added", default: 0] += 1
                line = "added      \(Terminal.printable(revision.source))  \(revision.document.short)  \(shape)"
            case .revised(_, let previous):
                counts["revised", default: 0] += 1
                line = "revised    \(Terminal.printable(revision.source))  revision \(revision.number) (\(revision.document.short)) replaces \(previous.number) (\(previous.document.short))  \(shape)"
            case .unchanged:
                counts["unchanged", default: 0] += 1
                line = "unchanged  \(Terminal.printable(revision.source))  already stored as revision \(revision.number) (\(revision.document.short)); nothing to do"
            case .duplicate(let holder):
                counts["unchanged", default: 0] += 1
                line = "unchanged  \(Terminal.printable(result.source.sourceName))  same text as \(Terminal.printable(holder.source)) revision \(holder.number) (\(holder.document.short)); nothing stored"
            }
            let retracted = revision.isRetracted ? "  (the source is retracted: annals restore \(Terminal.printable(revision.source)) puts it back)" : ""
            Terminal.writeLine(line + retracted)
        }
        let failed = results.count - counts.values.reduce(0, +) + notFound
        let total = results.count + notFound
        if total > 1 || failed > 0 {
            let parts = ["added", "revised", "unchanged"].compactMap { key in counts[key].map { "\($0) \(key)" } }
                + (failed > 0 ? ["\(failed) failed"] : [])
            Terminal.writeLine(Numbers.counted(total, "source") + ": " + parts.joined(separator: ", ") + " · database \(Terminal.printable(store.path))")
        }
    }
}

extension DocumentFormat: ExpressibleByArgument {}

/// The JSON `annals ingest --json` prints.
struct IngestReportJSON: Encodable {
    struct Entry: Encodable {
        var path: String
        var source: String
        var status: String
        var document: String?
        var revision: Int?
        var previousRevision: Int?
        var sentences: Int?
        var error: String?
    }

    var results: [Entry]

    init(results: [IngestResult]) {
        self.results = results.map { result in
            switch result.outcome {
            case .success(let outcome):
                let revision = outcome.revision
                let status = switch outcome {
                case .added: "added"
                case .revised: "revised"
                case .unchanged, .duplicate: "unchanged"
                }
                var previous: Int?
                if case .revised(_, let earlier) = outcome { previous = earlier.number }
                return Entry(path: result.source.displayName, source: revision.source, status: status,
                             document: revision.document.hex, revision: revision.number, previousRevision: previous,
                             sentences: revision.summary.sentenceCount, error: nil)
            case .failure(let error):
                return Entry(path: result.source.displayName, source: result.source.sourceName, status: "failed",
                             document: nil, revision: nil, previousRevision: nil, sentences: nil, error: error.description)
            }
        }
    }
}
