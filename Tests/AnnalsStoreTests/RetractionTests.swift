import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsTesting

/// Retracting a source takes it out of the current record and keeps everything; restoring
/// puts it back. Run against every store.
struct RetractionTests {
    typealias Fixture = RevisionTests.Fixture

    private static func ingestTwo(_ store: any DocumentStore) throws {
        _ = try store.ingest(RevisionTests.document("Mara was born in Dorvik in 1861. She drew maps.", source: "a.txt"), at: Date())
        _ = try store.ingest(RevisionTests.document("Ivan Orlov sailed from Dorvik in 1870.", source: "b.txt"), at: Date())
    }

    @Test(arguments: RevisionTests.StoreKind.allCases)
    func aRetractedSourceLeavesTheRecordAndComesBack(kind: RevisionTests.StoreKind) throws {
        let store = try Fixture(kind).store
        try Self.ingestTwo(store)
        let event = try store.record(.retract, source: "a.txt", at: Date(timeIntervalSince1970: 1_000))
        #expect(event.action == .retract && event.source == "a.txt")
        let revisions = try store.revisions()
        #expect(revisions.count == 2, "nothing is deleted")
        #expect(revisions.filter(\.isCurrent).map(\.source) == ["b.txt"])
        #expect(revisions.first { $0.source == "a.txt" }?.isRetracted == true)
        #expect(try store.search(SearchQuery(text: "Dorvik", limit: 10)).map(\.revision.source) == ["b.txt"])
        #expect(Set(try store.search(SearchQuery(text: "Dorvik", limit: 10, includesEarlierRevisions: true)).map(\.revision.source)) == ["a.txt", "b.txt"])
        _ = try store.record(.restore, source: "a.txt", at: Date(timeIntervalSince1970: 2_000))
        #expect(try store.revisions().filter(\.isCurrent).map(\.source) == ["a.txt", "b.txt"])
        #expect(try store.sourceEvents().map(\.action) == [.retract, .restore])
    }

    @Test(arguments: RevisionTests.StoreKind.allCases)
    func retractingTwiceUnknownSourcesAndRestoringWhatIsInAreRefused(kind: RevisionTests.StoreKind) throws {
        let store = try Fixture(kind).store
        try Self.ingestTwo(store)
        #expect(throws: StoreError.self) { try store.record(.restore, source: "a.txt", at: Date()) }
        _ = try store.record(.retract, source: "a.txt", at: Date())
        let twice = #expect(throws: StoreError.self) { try store.record(.retract, source: "a.txt", at: Date()) }
        #expect(twice?.description == "a.txt is already retracted; annals restore a.txt puts it back")
        let unknown = #expect(throws: StoreError.self) { try store.record(.retract, source: "a.tx", at: Date()) }
        #expect(unknown?.description.contains("did you mean \"a.txt\"") == true)
    }

    @Test(arguments: RevisionTests.StoreKind.allCases)
    func theTextOfARetractedSourceCanComeBackUnderAnotherName(kind: RevisionTests.StoreKind) throws {
        let store = try Fixture(kind).store
        try Self.ingestTwo(store)
        _ = try store.record(.retract, source: "a.txt", at: Date())
        let outcome = try store.ingest(RevisionTests.document("Mara was born in Dorvik in 1861. She drew maps.", source: "c.txt"), at: Date())
        guard case .added(let revision) = outcome else { Issue.record("expected added, got \(outcome)"); return }
        #expect(revision.source == "c.txt")
        #expect(try store.revisions().filter(\.isCurrent).map(\.source) == ["b.txt", "c.txt"])
    }

    @Test(arguments: RevisionTests.StoreKind.allCases)
    func theChangeCounterMovesWhenTheRecordChanges(kind: RevisionTests.StoreKind) throws {
        let fixture = try Fixture(kind)
        let before = try fixture.store.changeCounter()
        // Another process writing: for SQLite a second connection, for memory the same store.
        let writer: any DocumentStore = kind == .sqlite ? try SQLiteDocumentStore(path: fixture.folder.file("a.sqlite"), createIfMissing: false) : fixture.store
        try Self.ingestTwo(writer)
        let afterIngest = try fixture.store.changeCounter()
        #expect(afterIngest != before)
        _ = try writer.record(.retract, source: "a.txt", at: Date())
        #expect(try fixture.store.changeCounter() != afterIngest)
    }
}

/// A long document is stored part by part, reports its progress, and is given up whole
/// when it passes its time limit.
struct IngestWatchTests {
    private static func longDocument() -> PreparedDocument {
        let paragraph = "Anna Petrova was arrested in Moscow in June 1905. She escaped to Paris two years later.\n\n"
        return DocumentPreparer.prepare(text: "A Chronicle\n\n" + String(repeating: paragraph, count: 40), sourceName: "long.txt", format: .plainText)
    }

    @Test func progressIsReportedPartByPartUpToTheWhole() throws {
        let folder = TemporaryDirectory("watch")
        let store = try SQLiteDocumentStore(path: folder.file("w.sqlite"), createIfMissing: true, maximumPartLength: 1_000)
        let document = Self.longDocument()
        nonisolated(unsafe) var reports: [Int] = []
        _ = try store.ingest(document, at: Date(), watch: IngestWatch(progress: { done, total in
            #expect(total == document.text.unicodeScalars.count)
            reports.append(done)
        }))
        #expect(reports.count > 3)
        #expect(reports == reports.sorted() && reports.last == document.text.unicodeScalars.count)
        let claims = try store.claims(for: try store.revisions()[0])
        #expect(claims.filter { $0.predicate == "arrest" }.count == 40)
    }

    @Test func aDocumentPastItsTimeLimitIsRolledBack() throws {
        let folder = TemporaryDirectory("watch")
        let store = try SQLiteDocumentStore(path: folder.file("w.sqlite"), createIfMissing: true, maximumPartLength: 1_000)
        let late = IngestWatch(timeLimit: 5, from: Date(timeIntervalSinceNow: -10))
        let error = #expect(throws: StoreError.self) { try store.ingest(Self.longDocument(), at: Date(), watch: late) }
        #expect(error?.description == "reading it took longer than 5 s, the time limit (raise it with --time-limit); nothing was stored")
        #expect(try store.revisions().isEmpty)
        _ = try store.ingest(Self.longDocument(), at: Date())
        #expect(try store.revisions().count == 1)
    }
}
