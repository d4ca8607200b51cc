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
    /// The documents read, by number.
    private var shelf: [Int: ShelvedDocument] = [:]

    private struct ShelvedDocument {
        let text: ScalarText
        /// Nil when the document was read for its text alone.
        let structure: DocumentStructure?
        let lines: LineIndex
    }

    /// Every document, and the entities with their mentions.
    public init(store: any DocumentStore) throws {
        revisions = try store.revisions().filter(\.isCurrent)
        index = try EntityResolution.index(of: revisions, in: store)
        try read(Set(revisions.indices), from: store)
    }

    /// The entities without their mentions, and no document yet (``read(_:from:)`` reads them).
    init(entitiesOf store: any DocumentStore) throws {
        revisions = try store.revisions().filter(\.isCurrent)
        index = try EntityResolution.index(of: revisions, in: store, withMentions: false)
    }

    /// Reads the documents numbered `numbers` not read yet, without their structure when `structured` is false
    /// (what citations and lines need is the text).
    mutating func read(_ numbers: Set<Int>, from store: any DocumentStore, structured: Bool = true) throws {
        for number in numbers.sorted() where shelf[number]?.structure == nil && (structured || shelf[number] == nil) {
            var structure: DocumentStructure?, text: ScalarText
            if structured {
                let stored = try store.document(for: revisions[number])
                (text, structure) = (ScalarText(stored.text), stored.structure)
            } else {
                text = ScalarText(try store.text(for: revisions[number]))
            }
            shelf[number] = ShelvedDocument(text: text, structure: structure, lines: LineIndex(text))
        }
    }

    private func shelved(_ document: Int) -> ShelvedDocument {
        guard let found = shelf[document] else { preconditionFailure("document \(document) was not read for this record") }
        return found
    }

    /// A document's text, as code points.
    public func text(_ document: Int) -> ScalarText { shelved(document).text }

    public func structure(_ document: Int) -> DocumentStructure {
        guard let structure = shelved(document).structure else { preconditionFailure("document \(document) was read without its structure") }
        return structure
    }

    /// The number of the document whose latest revision `source` is, if any.
    public func document(source: String) -> Int? { revisions.firstIndex { $0.source == source } }

    public func citation(document: Int, range: TextRange) -> Citation {
        Citation(source: revisions[document].source, document: revisions[document].document.hex,
                 start: range.start, end: range.end, quote: text(document).string(in: range))
    }

    /// The 1-based line of an offset, for `source:line` references.
    public func line(document: Int, offset: Int) -> Int {
        shelved(document).lines.line(at: offset)
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

