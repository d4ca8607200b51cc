import Foundation
public import AnnalsCore
public import AnnalsStore

/// The record as the read commands see it: every source's latest revision, the
/// entities resolved across them, and their claims with participants tied to entities.
public struct LoadedEntities {
    public var index: EntityIndex
    public var documents: [StoredDocument]
    public var texts: [ScalarText]
    private var lines: [LineIndex] = []

    public init(store: any DocumentStore) throws {
        documents = try store.revisions().filter(\.isCurrent).map { try store.document(for: $0) }
        texts = documents.map { ScalarText($0.text) }
        index = try EntityResolution.index(of: documents.map(\.revision), in: store)
        lines = texts.map(LineIndex.init)
    }

    public func citation(document: Int, range: TextRange) -> Citation {
        Citation(source: documents[document].revision.source, document: documents[document].revision.document.hex,
                 start: range.start, end: range.end, quote: texts[document].string(in: range))
    }

    /// The 1-based line of an offset, for `source:line` references.
    public func line(document: Int, offset: Int) -> Int {
        lines[document].line(at: offset)
    }

    /// The id of the entity each document is about (the one its title names), if known.
    public var documentSubjects: [String?] {
        documents.map { index.entity(named: $0.revision.summary.title)?.id }
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

/// A claim with the document it came from.
public struct LocatedClaim: Sendable {
    public var claim: Claim
    public var document: Int

    public init(claim: Claim, document: Int) {
        self.claim = claim
        self.document = document
    }
}

/// Claims of every latest revision, with the entities loaded.
public struct LoadedRecord {
    public private(set) var entities: LoadedEntities
    public private(set) var claims: [LocatedClaim]
    /// Every date expression of each document, as found at ingest (never read again here).
    public private(set) var dates: [[DateMention]]
    /// Which claims name each entity: looked up once per claim here, so that a dossier reads its
    /// entity's claims rather than asking every claim of the record who it names.
    private var filing = ClaimFiling()

    public init(store: any DocumentStore) throws {
        entities = try LoadedEntities(store: store)
        var claims: [LocatedClaim] = []
        var dates: [[DateMention]] = []
        for (index, document) in entities.documents.enumerated() {
            claims += try store.claims(for: document.revision).map { LocatedClaim(claim: $0, document: index) }
            dates.append(try store.dates(for: document.revision))
        }
        self.claims = claims
        self.dates = dates
        filing = ClaimFiling(claims: claims, entities: entities)
    }

    /// The positions in `claims` of those naming the entity among their participants (or, for a
    /// place, as their place), in order.
    public func claimIndices(involving entity: Entity) -> [Int] {
        filing.claims(involving: entity)
    }

    /// The entity a participant's name is (looked up once per name, when the record is loaded).
    public func entity(of participant: Participant?) -> Entity? {
        participant.flatMap { filing.entity(of: $0, in: entities) }
    }

    /// The id of the entity a participant's name is.
    public func entityID(of participant: Participant?) -> String? { entity(of: participant)?.id }

    /// The entity a name refers to, or a one-line failure with a suggestion.
    public func entity(named query: String) throws(RecordError) -> Entity {
        try entities.entity(named: query, fallback: "; see annals entities")
    }

    /// The events an entity took part in, in chronological order; with `undated`, those
    /// without a date too (at the end).
    public func events(of entity: Entity, undated: Bool = false) -> [LocatedClaim] {
        claimIndices(involving: entity).map { claims[$0] }.filter { $0.claim.kind == .event && (undated || $0.claim.date != nil) }
            .sorted(by: LocatedClaim.chronological)
    }

    /// Quotations and quoted primary sources, all or only one speaker's.
    public func quotes(by speaker: Entity?) -> [LocatedClaim] {
        claims.filter { located in
            located.claim.kind == .quote && (speaker.map { entityID(of: located.claim.subject) == $0.id } ?? true)
        }
    }

    /// The shown name of a participant: its entity's canonical name when known.
    public func displayName(_ participant: Participant) -> String {
        entity(of: participant)?.name ?? participant.name
    }

    public func citation(_ located: LocatedClaim, range: TextRange? = nil) -> Citation {
        entities.citation(document: located.document, range: range ?? located.claim.evidence)
    }

    /// "003_69cc….txt:157".
    public func reference(_ located: LocatedClaim) -> String {
        "\(entities.documents[located.document].revision.source):\(entities.line(document: located.document, offset: located.claim.evidence.start))"
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

/// A question about the record that has no answer ("no entity matches …"), with the
/// one line to show for it.
public struct RecordError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
