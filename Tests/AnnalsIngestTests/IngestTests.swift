import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsIngest
import AnnalsTesting

/// Collecting sources, refusing bad ones with one line each, and going on with the rest.
struct IngestTests {
    @Test func directoriesAreSearchedRecursivelyForKnownFormats() throws {
        let folder = TemporaryDirectory()
        try folder.write("b.txt", "B.")
        try folder.write("a/deep/c.md", "# C")
        try folder.write("a/d.html", "<p>D</p>")
        try folder.write("a/skip.pdf", "not read")
        try folder.write(".hidden/e.txt", "hidden")
        let collected = SourceCollector().collect([folder.path])
        let (sources, failures) = (collected.sources, collected.failures)
        #expect(failures.isEmpty)
        #expect(sources.map(\.sourceName) == ["d.html", "c.md", "b.txt"])
        #expect(sources.map(\.impliedFormat) == [.html, .markdown, .plainText])
    }

    @Test func missingPathsAndEmptyDirectoriesAreNamed() throws {
        let folder = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.file("empty"), withIntermediateDirectories: true)
        let collected = SourceCollector().collect([folder.file("nope.txt"), folder.file("empty"), "-"])
        let (sources, failures) = (collected.sources, collected.failures)
        #expect(sources == [.standardInput(name: "stdin")])
        #expect(failures.map(\.description) == [
            "\(folder.file("nope.txt")): no such file or directory",
            "\(folder.file("empty")): directory has no ingestible files (.txt, .md, .html)",
        ])
    }

    @Test func eachBadSourceGetsOneLineAndTheRestGoIn() throws {
        let folder = TemporaryDirectory()
        let good = try folder.write("good.txt", SampleTexts.plainAccount)
        let empty = try folder.write("empty.txt", "")
        let binary = try folder.write("binary.txt", Data([0x41, 0x42, 0x00, 0x43]))
        let latin = try folder.write("latin.txt", Data([0x63, 0x61, 0x66, 0xE9]))
        let large = try folder.write("large.txt", String(repeating: "Words go here. ", count: 100))
        let device = "/dev/null"
        let later = try folder.write("later.txt", "Another account. It differs.")
        let store = InMemoryDocumentStore()
        let ingestor = Ingestor(store: store, maximumBytes: 1_000)
        let results = ingestor.ingest([good, empty, binary, latin, large, device, later].map { IngestSource.file(path: $0) })
        let errors = results.compactMap { result -> String? in
            if case .failure(let error) = result.outcome { return error.description }
            return nil
        }
        #expect(errors == [
            "\(empty): the file is empty (no text to ingest)",
            "\(binary): binary file: NUL byte at byte offset 2; only UTF-8 text, Markdown or HTML can be ingested",
            "\(latin): not valid UTF-8: byte 0xE9 at byte offset 3; convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)",
            "\(large): file is 1.5 KB, over the 1 KB limit (raise it with --max-size)",
            "/dev/null: not a regular file (a device, socket or pipe cannot be ingested)",
        ])
        #expect(try store.revisions().map(\.source) == ["good.txt", "later.txt"])
    }

    @Test func progressCountsEverySource() throws {
        let folder = TemporaryDirectory()
        let paths = try (0..<5).map { try folder.write("doc\($0).txt", "Document number \($0). It is short.") }
        var seen: [Int] = []
        let results = Ingestor(store: InMemoryDocumentStore()).ingest(paths.map { .file(path: $0) }) { progress in
            seen.append(progress.done)
            #expect(progress.total == 5)
        }
        #expect(seen == [1, 2, 3, 4, 5])
        #expect(results.reduce(0) { $0 + $1.byteCount } == paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        })
    }

    @Test func aDatabaseFailureStopsTheBatch() throws {
        let folder = TemporaryDirectory()
        let paths = try (0..<3).map { try folder.write("doc\($0).txt", "Document \($0).") }
        let results = Ingestor(store: FailingStore()).ingest(paths.map { .file(path: $0) })
        #expect(results.count == 1)
        guard case .failure(let error) = results[0].outcome else { Issue.record("expected a failure"); return }
        #expect(error.isDatabaseFailure)
    }

    @Test func formatsFollowExtensionsUnlessForced() throws {
        let folder = TemporaryDirectory()
        let html = try folder.write("page.html", "<h1>Title</h1><p>Body &amp; more.</p>")
        let store = InMemoryDocumentStore()
        _ = Ingestor(store: store).ingest([.file(path: html)])
        let forced = try folder.write("raw.html", "<p>Kept as text.</p>")
        _ = Ingestor(store: store, format: .plainText).ingest([.file(path: forced)])
        let revisions = try store.revisions()
        #expect(try store.document(for: revisions.first { $0.source == "page.html" }!).text == "Title\n\nBody & more.")
        #expect(try store.document(for: revisions.first { $0.source == "raw.html" }!).text == "<p>Kept as text.</p>")
    }
}

/// A store whose database is always locked.
private struct FailingStore: DocumentStore {
    func fail() throws(StoreError) -> Never {
        _ = try SQLiteDocumentStore(path: "/nonexistent-dir/x.sqlite", createIfMissing: false)
        fatalError("unreachable")
    }
    func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch) throws(StoreError) -> IngestOutcome { try fail() }
    func revisions() throws(StoreError) -> [Revision] { try fail() }
    func document(for revision: Revision) throws(StoreError) -> StoredDocument { try fail() }
    func claims(for revision: Revision) throws(StoreError) -> [Claim] { try fail() }
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] { try fail() }
    func searchTerms(startingWith prefix: String) throws(StoreError) -> [String: Int] { try fail() }
    func hasSearchTerm(_ term: String) throws(StoreError) -> Bool { try fail() }
    func names(for revision: Revision) throws(StoreError) -> DocumentNames { try fail() }
    func grammar(for revision: Revision) throws(StoreError) -> [AnalyzedSentence] { try fail() }
    func resolvedEntities(fingerprint: String) throws(StoreError) -> [Entity]? { try fail() }
    func keepResolvedEntities(_ entities: [Entity], fingerprint: String, entityID: (String) -> String?) throws(StoreError) { try fail() }
    func claims(involving entityIDs: Set<String>, predicates: Set<String>?, limit: Int) throws(StoreError) -> [(document: DocumentID, claim: Claim)] { try fail() }
    func dates(for revision: Revision) throws(StoreError) -> [DateMention] { try fail() }
    func record(_ action: SourceEvent.Action, source: String, at date: Date) throws(StoreError) -> SourceEvent { try fail() }
    func sourceEvents() throws(StoreError) -> [SourceEvent] { try fail() }
    func changeCounter() throws(StoreError) -> Int64 { try fail() }
}
