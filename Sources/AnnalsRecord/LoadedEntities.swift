import Foundation
public import AnnalsCore
public import AnnalsStore

/// The record as the read commands see it: every source's latest revision, the entities
/// resolved across them, and the documents a reader needs (all of them, or only those holding
/// one entity's claims), each kept once as code points with its structure and lines.
public struct LoadedEntities {
    public var index: EntityIndex
    /// The latest revision of each source: a document's number is its place here.
    public let revisions: [Revision]
    /// The documents read, by number, with the parts read of each.
    private var shelf: [Int: ShelvedDocument] = [:]

    /// What is read of a document: its text (for quotations and line numbers), its structure
    /// (for sentences), or both.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let text = Parts(rawValue: 1), structure = Parts(rawValue: 2)
    }

    private struct ShelvedDocument {
        var text: ScalarText?
        var lines: LineIndex?
        var structure: DocumentStructure?
        var parts: Parts { Parts(text == nil ? [] : [.text]).union(structure == nil ? [] : [.structure]) }
    }

    /// The entities with their mentions, and `parts` of every document (a reader of entities and
    /// their sentences needs no text until it quotes one: ``read(_:_:from:)`` reads it then).
    public init(store: any DocumentStore, documents parts: Parts = [.text, .structure]) throws {
        revisions = try store.revisions().filter(\.isCurrent)
        index = try EntityResolution.index(of: revisions, in: store)
        try read(Set(revisions.indices), parts, from: store)
    }

    /// The entities without their mentions, and no document yet (``read(_:_:from:)`` reads them).
    init(entitiesOf store: any DocumentStore) throws {
        revisions = try store.revisions().filter(\.isCurrent)
        index = try EntityResolution.index(of: revisions, in: store, withMentions: false)
    }

    /// Reads `parts` of the documents numbered `numbers`, where not read yet.
    public mutating func read(_ numbers: Set<Int>, _ parts: Parts, from store: any DocumentStore) throws {
        for number in numbers.sorted() {
            var shelved = shelf[number] ?? ShelvedDocument()
            let missing = parts.subtracting(shelved.parts)
            guard !missing.isEmpty else { continue }
            var text: String?
            if missing == [.text, .structure] {
                let stored = try store.document(for: revisions[number])
                (shelved.structure, text) = (stored.structure, stored.text)
            } else if missing.contains(.structure) {
                shelved.structure = try store.structure(for: revisions[number])
            }
            if missing.contains(.text) {
                let scalars = ScalarText(try text ?? store.text(for: revisions[number]))
                (shelved.text, shelved.lines) = (scalars, LineIndex(scalars))
            }
            shelf[number] = shelved
        }
    }

    private func shelved(_ document: Int, _ part: Parts) -> ShelvedDocument {
        guard let found = shelf[document], found.parts.contains(part) else {
            preconditionFailure("document \(document) was not read for this record (\(part.rawValue))")
        }
        return found
    }

    /// A document's text, as code points.
    public func text(_ document: Int) -> ScalarText { shelved(document, .text).text! }

    public func structure(_ document: Int) -> DocumentStructure { shelved(document, .structure).structure! }

    /// The number of the document whose latest revision `source` is, if any.
    public func document(source: String) -> Int? { revisions.firstIndex { $0.source == source } }

    public func citation(document: Int, range: TextRange) -> Citation {
        Citation(source: revisions[document].source, document: revisions[document].document.hex,
                 start: range.start, end: range.end, quote: text(document).string(in: range))
    }

    /// The 1-based line of an offset, for `source:line` references.
    public func line(document: Int, offset: Int) -> Int {
        shelved(document, .text).lines!.line(at: offset)
    }

    /// The id of the entity each document is about (the one its title names), if known.
    public var documentSubjects: [String?] {
        revisions.map { index.entity(named: $0.summary.title)?.id }
    }

    /// The entity a name refers to (any spelling the documents use), or a one-line failure
    /// with a suggestion; `fallback` ends the line when there is none.
    public func entity(named query: String, fallback: String = "") throws(RecordError) -> Entity {
        guard let entity = index.entity(named: query) else {
            let hint = index.suggestion(for: query).map { "; did you mean \"\($0)\"?" } ?? fallback
            throw RecordError(message: "no entity matches \"\(query)\"" + hint)
        }
        return entity
    }

    /// The entity a claim's participant is, if the entity layer knows the name.
    public func entity(for participant: Participant?) -> Entity? {
        participant.flatMap { EntityResolution.participant(named: $0.name, in: index) }
    }
}

/// Where a text's lines start, for 1-based line numbers of offsets.
public struct LineIndex: Sendable {
    private var starts = [0]

    public init(_ text: ScalarText) {
        for i in 0..<text.count where text[i] == "\n" { starts.append(i + 1) }
    }

    public func line(at offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}

