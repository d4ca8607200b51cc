import AnnalsAsk
import AnnalsCore
import AnnalsStore

/// Documents read on first use, each with its line numbers, named mentions and dates.
final class DocumentCache {
    struct Document {
        var stored: StoredDocument
        var text: ScalarText
        var lines: LineIndex
        /// Mentions of resolved entities, in text order.
        var named: [Passage.Named]
        /// Dates, in text order.
        var dates: [DateMention]

        /// The mentions that start inside `range`, found by binary search.
        func named(in range: TextRange) -> ArraySlice<Passage.Named> { Self.starting(in: range, named, \.range) }
        /// The dates that start inside `range`, found by binary search.
        func dates(in range: TextRange) -> ArraySlice<DateMention> { Self.starting(in: range, dates, \.range) }

        private static func starting<Item>(in range: TextRange, _ items: [Item], _ span: KeyPath<Item, TextRange>) -> ArraySlice<Item> {
            var low = 0, high = items.count
            while low < high {
                let mid = (low + high) / 2
                if items[mid][keyPath: span].start < range.start { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < items.count, items[end][keyPath: span].start < range.end { end += 1 }
            return items[low..<end]
        }
    }

    private let store: any DocumentStore
    private let revisions: [Revision]
    private let index: EntityIndex
    private var cache: [Int: Document] = [:]

    init(store: any DocumentStore, revisions: [Revision], index: EntityIndex) {
        self.store = store
        self.revisions = revisions
        self.index = index
    }

    subscript(number: Int) -> Document {
        get throws {
            if let found = cache[number] { return found }
            let stored = try store.document(for: revisions[number])
            let text = ScalarText(stored.text)
            let named = try store.mentions(for: revisions[number]).compactMap { mention in
                index.entity(mentioned: mention).map { Passage.Named(range: mention.range, name: $0.name, id: $0.id, type: $0.type) }
            }
            let document = Document(stored: stored, text: text, lines: LineIndex(text), named: named.sorted { $0.range.start < $1.range.start },
                                    dates: try store.dates(for: revisions[number]).sorted { $0.range.start < $1.range.start })
            cache[number] = document
            return document
        }
    }

    func citation(document number: Int, range: TextRange) throws -> Citation {
        let revision = revisions[number]
        return Citation(source: revision.source, document: revision.document.hex, start: range.start, end: range.end,
                        quote: try self[number].text.string(in: range))
    }
}
