import Foundation
public import AnnalsCore
public import AnnalsStore

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
        for (index, revision) in entities.revisions.enumerated() {
            claims += try store.claims(for: revision).map { LocatedClaim(claim: $0, document: index) }
            dates.append(try store.dates(for: revision))
        }
        self.claims = claims
        self.dates = dates
        filing = ClaimFiling(claims: claims, entities: entities)
    }

    /// Only what the readers of one entity need (its timeline, its quotations): the entities
    /// without their mentions, the claims filed under the entity `name` names
    /// (``DocumentStore/claims(naming:)``), in the whole record's order, and the documents holding
    /// them. Those readers give what they give on the whole record; `dates` stays empty, so this
    /// record is not one to reconcile. When `name` names no entity the error ends with `fallback`.
    public init(store: any DocumentStore, about name: String, fallback: String = "; see annals entities") throws {
        entities = try LoadedEntities(entitiesOf: store)
        let entity = try entities.entity(named: name, fallback: fallback)
        // A text two sources share is a document of each.
        let revisions = entities.revisions
        let numbers = Dictionary(grouping: revisions.indices, by: { revisions[$0].document })
        let found = try store.claims(naming: entity.id)
        claims = found.enumerated().flatMap { offset, found in (numbers[found.document] ?? []).map { (number: $0, offset: offset, claim: found.claim) } }
            .sorted { ($0.number, $0.offset) < ($1.number, $1.offset) }.map { LocatedClaim(claim: $0.claim, document: $0.number) }
        dates = []
        try entities.read(Set(claims.map(\.document)), .text, from: store)
        filing = ClaimFiling(claims: claims, entities: entities)
    }

    /// Only one document's claims, with the entities (without their mentions) and that document's
    /// text: what listing a document's claims needs. Nil when `revision` is not a latest one.
    public init?(store: any DocumentStore, claimsOf revision: Revision) throws {
        entities = try LoadedEntities(entitiesOf: store)
        guard let number = entities.revisions.firstIndex(where: { $0.document == revision.document }) else { return nil }
        claims = try store.claims(for: entities.revisions[number]).map { LocatedClaim(claim: $0, document: number) }
        dates = []
        try entities.read([number], .text, from: store)
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
        "\(entities.revisions[located.document].source):\(entities.line(document: located.document, offset: located.claim.evidence.start))"
    }
}

/// A question about the record that has no answer ("no entity matches …"), with the
/// one line to show for it.
public struct RecordError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}
