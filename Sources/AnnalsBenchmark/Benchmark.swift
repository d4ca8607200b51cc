import Foundation
import AnnalsCore
import AnnalsStore
#if canImport(Glibc)
import Glibc
#endif

/// Measures ingest throughput, peak memory and search latency on a generated corpus.
///
///     swift build -c release && .build/release/AnnalsBenchmark [--megabytes 100] [--queries 1000] [--keep DIR]
///
/// The corpus is the shared Trotsky documents (or the project's samples when
/// ../shared is absent) copied with varied names and small edits until it reaches
/// the requested size. Ingest runs the real `annals` binary beside this one, so the
/// figures are what a person gets; search runs in-process against the same database.
@main
struct Benchmark {
    static func main() throws {
        let options = Options(CommandLine.arguments.dropFirst())
        if let conllu = options.grammar {
            try GrammarRun.report(conllu: conllu, model: options.model, sources: try CorpusGenerator.baseTexts())
            return
        }
        if let database = options.database {
            try SearchRun.report(database: database, queries: QueryMix.make(count: options.queries, from: try CorpusGenerator.baseTexts()))
            try AskRun.report(binary: options.annals, database: database, count: options.questions)
            return
        }
        let work = options.keep ?? NSTemporaryDirectory() + "annals-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work + "/corpus", withIntermediateDirectories: true)
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: work) } }

        let sources = try CorpusGenerator.baseTexts()
        if let sizes = options.curve {
            let linear = try CostCurveRun.report(binary: options.annals, sources: sources, folder: work, sizes: sizes)
            if !linear { exit(1) }
            return
        }
        print("base texts: \(sources.map(\.name).joined(separator: ", "))")
        let generated = try CorpusGenerator.write(into: work + "/corpus", from: sources, megabytes: options.megabytes)
        print(String(format: "generated: %d documents, %.1f MB", generated.documents, Double(generated.bytes) / 1e6))

        if let ewt = CorpusGenerator.sharedFile("external/ud/en_ewt-ud-test.conllu") {
            try GrammarRun.report(conllu: ewt, model: options.model, sources: sources)
        }
        DateExtractionRun.report(sources)
        EntityRun.report(sources)
        let linear = try LongTextRun.report(binary: options.annals, sources: sources, folder: work)

        let db = work + "/bench.sqlite"
        let ingest = try IngestRun.measure(binary: options.annals, database: db, corpus: work + "/corpus")
        print(String(format: "ingest: %.1f s wall, %.2f MB/s, peak memory %.0f MB (annals ingest, one process)",
                     ingest.seconds, Double(generated.bytes) / 1e6 / ingest.seconds, Double(ingest.peakKilobytes) / 1024))
        print(String(format: "database: %.0f MB", Double(CostCurveRun.fileSize(db)) / 1e6))
        try AddOneRun.report(binary: options.annals, sources: sources, database: db, documents: generated.documents, folder: work)

        try SearchRun.report(database: db, queries: QueryMix.make(count: options.queries, from: sources))
        try AskRun.report(binary: options.annals, database: db, count: options.questions)
        if !linear { exit(1) }
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}

struct Options {
    var megabytes = 100.0
    var queries = 1000
    var keep: String?
    var annals: String
    /// Only time searches and questions against this existing database.
    var database: String?
    var questions = 200
    /// Only time the reading grammar on this CoNLL-U file.
    var grammar: String?
    /// With --grammar: time this grammar file instead of the shipped one.
    var model: String?
    /// Only the cost curve: corpora of these sizes in MB, each ingested into a fresh database.
    var curve: [Double]?

    init(_ arguments: ArraySlice<String>) {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        annals = here.appendingPathComponent("annals").path
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch flag {
            case "--megabytes": megabytes = Double(rest.popFirst() ?? "") ?? megabytes
            case "--queries": queries = Int(rest.popFirst() ?? "") ?? queries
            case "--keep": keep = rest.popFirst()
            case "--annals": annals = rest.popFirst() ?? annals
            case "--database": database = rest.popFirst()
            case "--questions": questions = Int(rest.popFirst() ?? "") ?? questions
            case "--grammar": grammar = rest.popFirst()
            case "--model": model = rest.popFirst()
            case "--curve": curve = (rest.popFirst() ?? "").split(separator: ",").compactMap { Double($0) }
            default: print("unknown option \(flag)"); exit(64)
            }
        }
    }
}

/// Times date extraction alone (on documents already prepared) over the base texts.
enum DateExtractionRun {
    static func report(_ sources: [CorpusGenerator.BaseText]) {
        let documents = sources.map { DocumentPreparer.prepare(text: $0.text, sourceName: $0.name, format: .plainText) }
        let prepared = documents.map { (ScalarText($0.text), $0.structure) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = max(1, 20_000_000 / max(bytes, 1))
        var mentions = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            for (text, structure) in prepared { mentions += DateExtractor().extract(from: text, structure: structure).count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "date extraction: %.1f MB/s (%d rounds over %.0f KB, %d expressions a round)",
                     Double(bytes * rounds) / 1e6 / seconds, rounds, Double(bytes) / 1e3, mentions / rounds))
    }
}

/// Times entity detection and resolution over the base texts, in words per second.
enum EntityRun {
    static func report(_ sources: [CorpusGenerator.BaseText]) {
        let documents = sources.map { DocumentPreparer.prepare(text: $0.text, sourceName: $0.name, format: .plainText) }
        let inputs = documents.map { (ScalarText($0.text), $0.structure, $0.title) }
        let words = documents.reduce(0) { $0 + $1.text.split(whereSeparator: { $0.isWhitespace }).count }
        let rounds = 5
        var entities = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds { entities = EntityIndex(documents: inputs).entities.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "entities: %.0f words/s (%d words, %d entities, %.2f s a pass over the corpus)",
                     Double(words * rounds) / seconds, words, entities, seconds / Double(rounds)))
    }
}

/// Times the query mix in-process against a database: percentiles overall and by kind of
/// query, and the slowest queries (very common words are the ones ranking cannot bound).
enum SearchRun {
    static func report(database: String, queries: [String]) throws {
        let store = try SQLiteDocumentStore(path: database, createIfMissing: false)
        var timed: [(query: String, kind: String, milliseconds: Double)] = []
        var hits = 0
        for (index, query) in queries.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            hits += try store.search(SearchQuery(text: query, limit: 10)).count
            timed.append((query, QueryMix.kinds[index % QueryMix.kinds.count], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
        }
        let latencies = timed.map(\.milliseconds)
        print(String(format: "search: %d queries, %d hits (limit 10 each); median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                     queries.count, hits, Benchmark.percentile(latencies, 0.5), Benchmark.percentile(latencies, 0.9),
                     Benchmark.percentile(latencies, 0.99), latencies.max() ?? 0))
        for kind in QueryMix.kinds {
            let values = timed.filter { $0.kind == kind }.map(\.milliseconds)
            print(String(format: "  %-12@ median %.2f ms, p99 %.2f ms", kind, Benchmark.percentile(values, 0.5), Benchmark.percentile(values, 0.99)))
        }
        let slowest = Dictionary(timed.map { ($0.query, $0.milliseconds) }, uniquingKeysWith: max).sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(5)
        print("  slowest: " + slowest.map { String(format: "\"%@\" %.1f ms", $0.key, $0.value) }.joined(separator: ", "))
    }
}

/// Runs `annals ingest` on the corpus and reports wall time and its peak RSS.
enum IngestRun {
    static func measure(binary: String, database: String, corpus: String) throws -> (seconds: Double, peakKilobytes: Int) {
        try ChildProcess.run(binary, ["ingest", "--quiet", "--db", database, corpus])
    }
}

/// Times `annals ask` in batch mode (one process, questions on stdin, one JSON line
/// each): the first answer, which includes opening the record, and every later one.
enum AskRun {
    /// Question forms any biography answers, filled with the most mentioned people.
    static let forms = [
        "When was %@ born?", "Where was %@ born?", "When did %@ die?", "Where did %@ die?", "Who was %@'s father?",
        "When was %@ arrested?", "Where was %@ exiled?", "How old was %@ when he died?", "Which party did %@ join?",
        "What did %@ write?", "Who killed %@?", "When did %@ first meet Lenin?",
    ]

    static func report(binary: String, database: String, count: Int) throws {
        let store = try SQLiteDocumentStore(path: database, createIfMissing: false)
        let opening = Date()
        let index = try EntityResolution.index(of: try store.revisions().filter(\.isCurrent), in: store, withMentions: false)
        let resolving = Date().timeIntervalSince(opening)
        let people = index.entities.filter { $0.type == .person && $0.name.contains(" ") }.prefix(max(1, count / forms.count + 1)).map(\.name)
        var questions: [String] = []
        for person in people { for form in forms { questions.append(String(format: form, person)) } }
        questions = Array(questions.prefix(count))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["ask", "--db", database]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var reader = LineReader(handle: output.fileHandleForReading)
        var latencies: [Double] = []
        var statuses: [String: Int] = [:]
        for question in questions {
            let start = DispatchTime.now().uptimeNanoseconds
            input.fileHandleForWriting.write(Data((question + "\n").utf8))
            guard let line = reader.next() else { break }
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            for status in ["answered", "conflict", "not_found"] where line.contains("\"status\":\"\(status)\"") { statuses[status, default: 0] += 1 }
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard let first = latencies.first else { print("ask: no answers"); return }
        let rest = Array(latencies.dropFirst())
        print(String(format: "ask: %d questions (%@); resolution read in %.0f ms; first answer %.0f ms (opens the record); "
                     + "then median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                     latencies.count, statuses.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "),
                     resolving * 1000, first, Benchmark.percentile(rest, 0.5), Benchmark.percentile(rest, 0.9),
                     Benchmark.percentile(rest, 0.99), rest.max() ?? 0))
    }
}

/// Lines from a pipe, as they arrive.
struct LineReader {
    let handle: FileHandle
    private var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[(newline + 1)...])
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
