import Testing
import Foundation
import Synchronization
import AnnalsCore
import AnnalsGrammar
import AnnalsStore
import AnnalsTesting
import GRDB

/// The analysis pipeline's contract with the store: each stage runs once per document,
/// what it read is stored and read back unchanged, and a stage whose fingerprint changed
/// runs again by itself as the store opens, with the stages that read its output.
struct AnalysisStageTests {
    let folder = TemporaryDirectory("stages")
    static let grammar = try? ReadingGrammar.shipped()

    /// How many times each stage ran.
    final class Runs: Sendable {
        private let counts = Mutex<[StageName: Int]>([:])
        func add(_ name: StageName) { counts.withLock { $0[name, default: 0] += 1 } }
        subscript(name: StageName) -> Int { counts.withLock { $0[name] ?? 0 } }
        var total: Int { counts.withLock { $0.values.reduce(0, +) } }
    }

    /// A real stage that counts its runs and may claim another fingerprint.
    struct Counting<Inner: AnalysisStage>: AnalysisStage {
        static var name: StageName { Inner.name }
        static var requires: [StageName] { Inner.requires }
        static var output: WritableKeyPath<AnalyzedDocument, Inner.Output?> { Inner.output }
        let inner: Inner
        let runs: Runs
        var fingerprintOverride: String?
        var fingerprint: String { fingerprintOverride ?? inner.fingerprint }

        func run(_ document: AnalyzedDocument) -> Inner.Output {
            runs.add(Self.name)
            return inner.run(document)
        }

        static func shift(_ output: Inner.Output, by offset: Int) -> Inner.Output { Inner.shift(output, by: offset) }
        static func part(of output: Inner.Output, in span: TextRange, sentences: Range<Int>) -> Inner.Output {
            Inner.part(of: output, in: span, sentences: sentences)
        }
    }

    /// The shipped stages, counted; `stale` claims an old fingerprint for one of them.
    static func pipeline(_ runs: Runs, grammar: ReadingGrammar, stale: StageName? = nil) -> AnalysisPipeline {
        func old(_ name: StageName) -> String? { name == stale ? "\(name) v0" : nil }
        return AnalysisPipeline(stages: [
            AnyAnalysisStage(Counting(inner: GrammarStage(grammar: grammar), runs: runs, fingerprintOverride: old(.grammar))),
            AnyAnalysisStage(Counting(inner: DateStage(), runs: runs, fingerprintOverride: old(.dates))),
            AnyAnalysisStage(Counting(inner: NameStage(), runs: runs, fingerprintOverride: old(.names))),
            AnyAnalysisStage(Counting(inner: ClaimStage(), runs: runs, fingerprintOverride: old(.claims))),
        ])
    }

    static let document = DocumentPreparer.prepare(text: SampleTexts.plainAccount, sourceName: "account.txt", format: .plainText)

    @Test func eachStageRunsOnceAndNotAgainForTheSameText() throws {
        let grammar = try #require(Self.grammar, "the shipped grammar is missing; run scripts/train")
        let runs = Runs()
        let path = folder.file("a.sqlite")
        let store = try SQLiteDocumentStore(path: path, createIfMissing: true, pipeline: Self.pipeline(runs, grammar: grammar))
        _ = try store.ingest(Self.document, at: Date())
        for name in StageName.allCases { #expect(runs[name] == 1, "\(name) ran \(runs[name]) times") }
        _ = try store.ingest(Self.document, at: Date())                       // unchanged: nothing to read
        _ = try SQLiteDocumentStore(path: path, createIfMissing: false, pipeline: Self.pipeline(runs, grammar: grammar)) { _ in
            Issue.record("nothing is stale, so nothing is announced")
        }
        #expect(runs.total == 4)
    }

    /// A stale stage runs again with the stages that read it (dates, names and claims read
    /// the grammar; claims read dates and names); what they read that is still fresh is
    /// read back from the store, not worked out again: no other stage runs.
    @Test(arguments: [
        (StageName.grammar, [StageName.grammar, .dates, .names, .claims]),
        (.dates, [.dates, .claims]),
        (.names, [.names, .claims]),
        (.claims, [.claims]),
    ])
    func aStaleStageRunsAgainWhenTheStoreOpens(stale: StageName, expected: [StageName]) throws {
        let grammar = try #require(Self.grammar, "the shipped grammar is missing; run scripts/train")
        let path = folder.file("\(stale).sqlite")
        let before = Runs(), after = Runs()
        let first = try SQLiteDocumentStore(path: path, createIfMissing: true, pipeline: Self.pipeline(before, grammar: grammar, stale: stale))
        let revision = try first.ingest(Self.document, at: Date()).revision
        let readBefore = try Self.everything(first, revision)
        let announced = Mutex<[Rereading]>([])
        let second = try SQLiteDocumentStore(path: path, createIfMissing: false, pipeline: Self.pipeline(after, grammar: grammar)) { event in
            announced.withLock { $0.append(event) }
        }
        // The person waiting is told first: one document, the stage that changed and those
        // that run with it; then that it is done.
        #expect(announced.withLock { $0 } == [.starting(documents: 1, changed: [stale], run: Set(expected)), .progress(done: 1, total: 1)])
        for name in StageName.allCases { #expect(after[name] == (expected.contains(name) ? 1 : 0), "\(name) ran \(after[name]) times") }
        // Read again by the same rules, the stored analysis is what it was.
        #expect(try Self.everything(second, revision) == readBefore)
        let stored = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT fingerprint FROM stage_run WHERE stage = ?", arguments: [stale.rawValue])
        }
        #expect(stored == Self.pipeline(after, grammar: grammar).plan.stages.first { $0.name == stale }?.fingerprint)
    }

    @Test func theStoredAnalysisIsWhatThePipelineRead() throws {
        let grammar = try #require(Self.grammar, "the shipped grammar is missing; run scripts/train")
        let pipeline = AnalysisPipeline(grammar: grammar)
        let text = ScalarText(Self.document.text)
        let fresh = pipeline.analyse(text, structure: Self.document.structure, title: Self.document.title)
        for store in [try SQLiteDocumentStore(path: folder.file("b.sqlite"), createIfMissing: true, pipeline: pipeline) as any DocumentStore,
                      InMemoryDocumentStore(pipeline: pipeline)] {
            let revision = try store.ingest(Self.document, at: Date()).revision
            #expect(try store.grammar(for: revision) == fresh.grammar)
            #expect(try store.dates(for: revision) == fresh.dates)
            #expect(try store.claims(for: revision) == fresh.claims)
            #expect(try store.names(for: revision).mentions.map(\.range) == fresh.names?.mentions.map(\.range))
            // (The mentions alone, as a reader of passages takes them, each spelling folded once: the same mentions.)
            #expect(try store.mentions(for: revision) == store.names(for: revision).mentions)
            try Self.expectRangeReadsAgree(store, revision, sentences: Self.document.structure.sentences.map(\.range))
        }
        #expect(fresh.grammar?.count == Self.document.structure.sentences.count)
    }

    /// The dates and mentions read for a range (each sentence, two sentences together, the whole text, an empty
    /// span) are those of the whole list that start inside it, in text order.
    static func expectRangeReadsAgree(_ store: any DocumentStore, _ revision: Revision, sentences: [TextRange]) throws {
        let dates = try store.dates(for: revision), mentions = try store.mentions(for: revision)
        #expect(!dates.isEmpty && !mentions.isEmpty)
        let pairs = zip(sentences, sentences.dropFirst()).map { TextRange(start: $0.start, end: $1.end) }
        let whole = TextRange(start: 0, end: sentences.last?.end ?? 0)
        for range in sentences + pairs + [whole, TextRange(start: 5, end: 5)] {
            func inside(_ span: TextRange) -> Bool { span.start >= range.start && span.start < range.end }
            #expect(try store.dates(for: revision, in: range) == dates.filter { inside($0.range) }.sorted { $0.range.start < $1.range.start })
            #expect(try store.mentions(for: revision, in: range).map(\.range) == mentions.filter { inside($0.range) }.map(\.range).sorted { $0.start < $1.start })
        }
    }

    /// Every stage's stored output for a revision, in one comparable value.
    static func everything(_ store: any DocumentStore, _ revision: Revision) throws -> String {
        let grammar = try store.grammar(for: revision).map { $0.words.map { "\($0.form)/\($0.upos)/\($0.head ?? -1)/\($0.relation)" } }
        return "\(grammar)\n\(try store.dates(for: revision))\n\(try store.claims(for: revision))\n\(try store.names(for: revision))"
    }

    @Test(arguments: [
        // stored stages (fingerprints all current unless named), a plan where claims reads the grammar, the stages to run
        ([], false, ["grammar", "dates", "names", "claims"]),
        (["grammar", "dates", "names", "claims"], false, []),
        (["dates", "names", "claims"], false, ["grammar"]),
        (["dates", "names", "claims"], true, ["grammar", "claims"]),      // claims would read a stale grammar
        (["grammar", "dates", "names"], true, ["claims"]),                // the stored grammar is read back for it
        (["grammar", "names", "claims"], true, ["dates"]),
    ] as [([String], Bool, [String])])
    func whichStagesRun(current: [String], claimsReadGrammar: Bool, expected: [String]) {
        let stages = StageName.allCases.map { name in
            AnalysisPipeline.Plan.Stage(name: name, requires: name == .claims && claimsReadGrammar ? [.grammar] : [], fingerprint: "\(name) v2")
        }
        let stored = Dictionary(uniqueKeysWithValues: StageName.allCases.map { ($0, current.contains($0.rawValue) ? "\($0) v2" : "\($0) v1") })
        let plan = AnalysisPipeline.Plan(stages: stages)
        let run = plan.stagesToRun(stored: stored)
        #expect(run == Set(expected.compactMap(StageName.init(rawValue:))))
        #expect(plan.inputs(of: run) == (run == [.claims] && claimsReadGrammar ? [.grammar] : []))
    }

    /// A long document read in parts: claims run again on each part with the part's share
    /// of the stored grammar, dates and names, and store what reading it afresh gives.
    @Test func aLongDocumentsStoredReadingsAreHandedOnPartByPart() throws {
        let grammar = try #require(Self.grammar, "the shipped grammar is missing; run scripts/train")
        let path = folder.file("parts.sqlite")
        let long = DocumentPreparer.prepare(text: Array(repeating: SampleTexts.plainAccount, count: 4).joined(separator: "\n\n"),
                                            sourceName: "long.txt", format: .plainText)
        let first = try SQLiteDocumentStore(path: path, createIfMissing: true, maximumPartLength: 600,
                                            pipeline: Self.pipeline(Runs(), grammar: grammar, stale: .claims))
        let revision = try first.ingest(long, at: Date()).revision
        let readBefore = try Self.everything(first, revision)
        let runs = Runs()
        let second = try SQLiteDocumentStore(path: path, createIfMissing: false, maximumPartLength: 600, pipeline: Self.pipeline(runs, grammar: grammar))
        #expect(runs[.claims] > 1 && runs[.grammar] == 0 && runs[.dates] == 0 && runs[.names] == 0)
        #expect(try Self.everything(second, revision) == readBefore)
        #expect(try !second.claims(for: revision).isEmpty)
    }
}
