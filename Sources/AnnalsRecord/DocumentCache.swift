import AnnalsAsk
import AnnalsCore
import AnnalsStore

/// Documents read on first use, each with its line numbers, named mentions and dates; the
/// most recently used `capacity` of them are kept, so a long-lived reader (the reading
/// room's asker) holds a bounded part of a large collection, never all of it. One question
/// reads up to some 150 documents (its claims and search hits): fewer kept, and a batch
/// about different people reads each again (128 kept doubled a 200-question batch's time on
/// the 100 MB benchmark).
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
    private let capacity: Int
    /// Each kept document with the tick of its last use.
    private var cache: [Int: (document: Document, used: Int)] = [:]
    private var tick = 0

    init(store: any DocumentStore, revisions: [Revision], index: EntityIndex, capacity: Int = 256) {
        self.store = store
        self.revisions = revisions
        self.index = index
        self.capacity = max(1, capacity)
    }

    /// Whether document `number` is kept now.
    func holds(_ number: Int) -> Bool { cache[number] != nil }

    subscript(number: Int) -> Document {
        get throws {
            tick += 1
            if let found = cache[number] {
                cache[number]?.used = tick
                return found.document
            }
            let stored = try store.document(for: revisions[number])
            let text = ScalarText(stored.text)
            let named = try store.mentions(for: revisions[number]).compactMap { mention in
                index.entity(mentioned: mention).map { Passage.Named(range: mention.range, name: $0.name, id: $0.id, type: $0.type) }
            }
            let document = Document(stored: stored, text: text, lines: LineIndex(text), named: named.sorted { $0.range.start < $1.range.start },
                                    dates: try store.dates(for: revisions[number]).sorted { $0.range.start < $1.range.start })
            if cache.count >= capacity, let oldest = cache.min(by: { $0.value.used < $1.value.used })?.key { cache[oldest] = nil }
            cache[number] = (document, tick)
            return document
        }
    }

    func citation(document number: Int, range: TextRange) throws -> Citation {
        let revision = revisions[number]
        return Citation(source: revision.source, document: revision.document.hex, start: range.start, end: range.end,
                        quote: try self[number].text.string(in: range))
    }
}
