import Testing
import Foundation
import AnnalsCore
@testable import AnnalsStore
import AnnalsTesting

/// The store reads through a pool of connections: a read never waits for another read, nor
/// for a document being written, and the change counter the reading room watches moves only
/// when another connection commits, whichever reader a read was given.
struct ConcurrentReadTests {
    static func store(in folder: TemporaryDirectory) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: folder.file("p.sqlite"), createIfMissing: true)
        let text = "Anna Petrova\n\nAnna Petrova was born in Dorvik in 1861. She moved to Varlow in 1889."
        _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: "petrova.txt", format: .plainText), at: Date())
        return store
    }

    /// Holds a read (or a write) open on another thread while `body` runs on this one; how
    /// long `body` took. A store of one connection would make it wait the full five seconds.
    static func beside(_ open: @escaping @Sendable (@escaping @Sendable () -> Void) -> Void, _ body: () throws -> Void) throws -> TimeInterval {
        let inside = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            open {
                inside.signal()
                _ = release.wait(timeout: .now() + 5)
            }
        }
        inside.wait()
        let start = Date()
        defer { release.signal() }
        try body()
        return Date().timeIntervalSince(start)
    }

    @Test func aReadDoesNotWaitForAnotherRead() throws {
        let folder = TemporaryDirectory("pool-reads")
        let store = try Self.store(in: folder)
        let elapsed = try Self.beside({ hold in _ = try? store.read { _ in hold() } }) {
            let hits = try store.search(SearchQuery(text: "Dorvik", limit: 5))
            #expect(hits.count == 1)
        }
        #expect(elapsed < 2.5)
    }

    @Test func aReadDoesNotWaitForAWrite() throws {
        let folder = TemporaryDirectory("pool-write")
        let store = try Self.store(in: folder)
        let elapsed = try Self.beside({ hold in _ = try? store.perform { _ in hold() } }) {
            let revisions = try store.revisions()
            #expect(revisions.count == 1)
        }
        #expect(elapsed < 2.5)
    }

    @Test func theChangeCounterMovesOnlyWhenAnotherConnectionCommits() throws {
        let folder = TemporaryDirectory("pool-counter")
        let store = try Self.store(in: folder)
        let before = try store.changeCounter()
        // Reads spread over the pool's connections leave it where it was.
        DispatchQueue.concurrentPerform(iterations: 8) { _ in _ = try? store.revisions() }
        for _ in 0..<8 { #expect(try store.changeCounter() == before) }
        let other = try SQLiteDocumentStore(path: folder.file("p.sqlite"), createIfMissing: false)
        _ = try other.ingest(DocumentPreparer.prepare(text: "Ivan Orlov\n\nIvan Orlov lived in Harlow.", sourceName: "orlov.txt",
                                                      format: .plainText), at: Date())
        let after = try store.changeCounter()
        #expect(after != before)
        // Asked while a read holds one connection (so from another, opened since that commit), it is the same.
        var beside: Int64 = 0
        _ = try Self.beside({ hold in _ = try? store.read { _ in hold() } }) { beside = try store.changeCounter() }
        #expect(beside == after)
    }
}
