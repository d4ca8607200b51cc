import AnnalsAsk
import AnnalsCore
import AnnalsStore

/// Documents read on first use, each with its line numbers (names and dates are read by position); the
/// most recently used `capacity` of them are kept, so a long-lived reader (the reading
/// room's asker) holds a bounded part of a large collection, never all of it. One question
/// reads up to some 150 documents (its claims and search hits): fewer kept, and a batch
/// about different people reads each again (128 kept doubled a 200-question batch's time on
/// the 100 MB benchmark).
final class DocumentCache {
    /// A document's text and structure, read whole; its names and dates, read by position
    /// where a passage needs them (a sentence's, the sentence before's), through the store's
    /// index: a question weighs a few sentences of each of up to 150 documents. A document
    /// read often (by many passages, by question after question) has its names read whole once.
    struct Document {
        var stored: StoredDocument
        var text: ScalarText
        var lines: LineIndex
        let revision: Revision
        let store: any DocumentStore
        let index: EntityIndex
        let whole = Whole()

        /// A document's names read whole, once it is read often.
        final class Whole {
            var named: [Passage.Named]?
            var reads = 0
        }

        /// Range reads after which a document's names are read whole.
        static let readsBeforeWhole = 24

        /// The mentions of resolved entities that start inside `range`, in text order: read by range
        /// until the document has been read often, then from its names read whole.
        func named(in range: TextRange) throws -> [Passage.Named] {
            if let named = whole.named { return Array(Self.starting(in: range, named)) }
            whole.reads += 1
            guard whole.reads > Self.readsBeforeWhole else { return Self.resolved(try store.mentions(for: revision, in: range), index) }
            let named = try named()
            whole.named = named
            return Array(Self.starting(in: range, named))
        }

        /// Every mention of a resolved entity, in text order.
        func named() throws -> [Passage.Named] {
            try Self.resolved(store.mentions(for: revision), index).sorted { $0.range.start < $1.range.start }
        }

        /// The dates that start inside `range`, in text order: always read by range (a date's record is
        /// long, and reading a document's every date cost more than the ranges a question reads).
        func dates(in range: TextRange) throws -> [DateMention] { try store.dates(for: revision, in: range) }

        private static func resolved(_ mentions: [EntityMention], _ index: EntityIndex) -> [Passage.Named] {
            mentions.compactMap { mention in
                index.entity(mentioned: mention).map { Passage.Named(range: mention.range, name: $0.name, id: $0.id, type: $0.type) }
            }
        }

        /// The names (sorted by start) that start inside `range`, found by binary search.
        private static func starting(in range: TextRange, _ named: [Passage.Named]) -> ArraySlice<Passage.Named> {
            var low = 0, high = named.count
            while low < high {
                let mid = (low + high) / 2
                if named[mid].range.start < range.start { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < named.count, named[end].range.start < range.end { end += 1 }
            return named[low..<end]
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
            let document = Document(stored: stored, text: text, lines: LineIndex(text), revision: revisions[number], store: store, index: index)
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
