public import AnnalsCore
import AnnalsStore


/// A participant in JSON: the name shown, the entity it resolves to, the words written.
public struct ParticipantJSON: Encodable, Sendable {
    public var name: String
    public var id: String?
    public var type: String?
    public var surface: String

    public init(_ participant: Participant, record: LoadedRecord) {
        let entity = record.entity(of: participant)
        name = entity?.name ?? participant.name
        id = entity?.id
        type = (entity?.type ?? participant.type)?.rawValue
        surface = participant.surface
    }
}

/// A claim's date in the contract's shape, with the words that give it and whether it was inferred.
public struct ClaimDateJSON: Encodable, Sendable {
    public var date: DateJSON
    public var inferred: Bool

    public init?(_ located: LocatedClaim, record: LoadedRecord) {
        guard let value = located.claim.date else { return nil }
        let text = located.claim.dateSpan.map { record.entities.text(located.document).string(in: $0) } ?? value.value
        date = DateJSON(value, text: text)
        inferred = located.claim.dateIsInferred
    }
}

/// One event of a timeline, per the contract: type, date, place, participants, citations.
public struct EventJSON: Encodable, Sendable {
    public var type: String
    public var date: DateJSON?
    public var dateInferred: Bool
    public var place: String?
    public var participants: [String]
    public var subject: ParticipantJSON
    public var object: ParticipantJSON?
    public var value: String?
    public var modality: String
    public var attributedTo: ParticipantJSON?
    public var confidence: Double
    public var extractor: String
    public var source: String
    public var citations: [Citation]

    public init(_ located: LocatedClaim, record: LoadedRecord) {
        let claim = located.claim
        type = claim.predicate
        let dated = ClaimDateJSON(located, record: record)
        date = dated?.date
        dateInferred = dated?.inferred ?? false
        place = claim.place.map { record.displayName($0) }
        participants = claim.participants.map { record.displayName($0) }
        subject = ParticipantJSON(claim.subject, record: record)
        object = claim.object.map { ParticipantJSON($0, record: record) }
        value = claim.value
        modality = claim.modality.rawValue
        attributedTo = claim.attribution.map { ParticipantJSON($0, record: record) }
        confidence = (claim.confidence * 100).rounded() / 100
        extractor = claim.extractor.name
        source = record.entities.revisions[located.document].source
        citations = [record.citation(located)]
    }
}

extension LocatedClaim {
    /// Chronological order: earliest day, then latest, then source order.
    public static func chronological(_ a: LocatedClaim, _ b: LocatedClaim) -> Bool {
        let ka = (a.claim.date?.earliest?.julianDayNumber ?? Int.max, a.claim.date?.latest?.julianDayNumber ?? Int.max, a.document, a.claim.evidence.start)
        let kb = (b.claim.date?.earliest?.julianDayNumber ?? Int.max, b.claim.date?.latest?.julianDayNumber ?? Int.max, b.document, b.claim.evidence.start)
        return ka < kb
    }
}
