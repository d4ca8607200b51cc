import Testing
import Foundation
import AnnalsCore
import AnnalsStore
@testable import AnnalsRecord
import AnnalsTesting

/// The asker's documents: the reading room keeps one asker for as long as it runs, so it
/// keeps only the documents it used last.
struct DocumentCacheTests {
    @Test func theDocumentUsedLeastRecentlyMakesRoom() throws {
        let folder = TemporaryDirectory("document-cache")
        let store = try SQLiteDocumentStore(path: folder.file("c.sqlite"), createIfMissing: true)
        for (k, town) in ["Dorvik", "Varlow", "Harlow"].enumerated() {
            let text = "\(town)\n\nAnna Petrova visited \(town) in 18\(10 + k)."
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: "\(town.lowercased()).txt", format: .plainText), at: Date())
        }
        let revisions = try store.revisions().filter(\.isCurrent)
        let index = try EntityResolution.index(of: revisions, in: store, withMentions: false)
        let cache = DocumentCache(store: store, revisions: revisions, index: index, capacity: 2)
        _ = try cache[0]
        _ = try cache[1]
        _ = try cache[0]
        _ = try cache[2]
        #expect([0, 1, 2].map(cache.holds) == [true, false, true])
        // (Read again when asked for, whole: its text and the names in it.)
        let again = try cache[1]
        #expect(again.text.string(in: TextRange(start: 0, end: again.text.count)) == (try store.document(for: revisions[1]).text))
        #expect(!again.named.isEmpty)
        #expect([0, 1, 2].map(cache.holds) == [false, true, true])
    }
}
