import Testing
import Foundation
import AnnalsAsk
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
        #expect(try !again.named().isEmpty)
        #expect([0, 1, 2].map(cache.holds) == [false, true, true])
    }

    /// A document's names and dates inside a sentence are those of its whole lists that start inside
    /// it, read by range (a few reads) and, for names, from the list read whole once read often.
    @Test func namesAndDatesReadByRangeAreTheSameOnceReadWhole() throws {
        let folder = TemporaryDirectory("document-ranges")
        let store = try SQLiteDocumentStore(path: folder.file("r.sqlite"), createIfMissing: true)
        let text = """
            Anna Petrova

            Anna Petrova was born in Dorvik on 3 May 1850. In 1871 she moved to Varlow with Ivan Orlov. \
            Orlov and Petrova founded a school there in 1874. She died in Harlow in 1902.
            """
        _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: "petrova.txt", format: .plainText), at: Date())
        let revisions = try store.revisions().filter(\.isCurrent)
        let index = try EntityResolution.index(of: revisions, in: store, withMentions: false)
        let document = try DocumentCache(store: store, revisions: revisions, index: index)[0]
        let sentences = document.stored.structure.sentences.map(\.range)
        let allNamed = try document.named(), allDates = try store.dates(for: revisions[0])
        func inside(_ span: TextRange, _ range: TextRange) -> Bool { span.start >= range.start && span.start < range.end }
        #expect(allDates.count >= 4 && allNamed.count >= 4)
        for round in 0..<(DocumentCache.Document.readsBeforeWhole / sentences.count + 2) {
            for range in sentences {
                #expect(try document.named(in: range).map(\.range) == allNamed.filter { inside($0.range, range) }.map(\.range), "round \(round)")
                #expect(try document.dates(in: range) == allDates.filter { inside($0.range, range) }.sorted { $0.range.start < $1.range.start }, "round \(round)")
            }
        }
        #expect(document.whole.named != nil)
    }
}
