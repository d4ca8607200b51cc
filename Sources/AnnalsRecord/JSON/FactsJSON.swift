import Foundation
public import AnnalsCore
import AnnalsStore

/// `annals facts --json`.
public struct FactsJSON: Encodable, Sendable {
    public struct Relative: Encodable, Sendable {
        /// What `other` is to the entity: "father", "wife", "husband" (for the wife of `other`).
        public var relation: String
        public var other: ParticipantJSON
        public var date: DateJSON?
        public var citations: [Citation]
        /// The independent witnesses stating it (documents, or authors of quoted sources).
        public var witnesses: [String] = []
    }

    public struct Position: Encodable, Sendable {
        public var title: String
        public var start: DateJSON?
        public var end: DateJSON?
        public var citations: [Citation]
        public var witnesses: [String] = []
    }

    public struct MembershipEvent: Encodable, Sendable {
        public var predicate: String
        public var date: DateJSON?
        public var citations: [Citation]
        public var witnesses: [String] = []
    }

    public struct Membership: Encodable, Sendable {
        public var organization: ParticipantJSON
        public var events: [MembershipEvent]
    }

    public struct Work: Encodable, Sendable {
        public var title: String
        public var date: DateJSON?
        public var citations: [Citation]
        public var witnesses: [String] = []
    }

    /// An event several witnesses state, merged: how many vouch for it, and whether
    /// another witness contradicts it.
    public struct Event: Encodable, Sendable {
        public var property: String
        public var date: DateJSON?
        public var place: String?
        public var witnesses: [String]
        public var corroboration: Int
        public var disputed: Bool
        public var citations: [Citation]
    }

    public var entity: EntityRefJSON
    public var events: [Event] = []
    public var relatives: [Relative] = []
    public var positions: [Position] = []
    public var memberships: [Membership] = []
    public var works: [Work] = []

    public init(entity: Entity, reconciled: ReconciledRecord) {
        let record = reconciled.record
        self.entity = EntityRefJSON(entity)
        func witness(_ located: LocatedClaim) -> String {
            WitnessedClaim.witness(of: located.claim, source: record.entities.revisions[located.document].source).description
        }
        events = Self.corroboratedEvents(of: entity, reconciled: reconciled)
        let mine = record.claimIndices(involving: entity).map { record.claims[$0] }.filter(\.claim.modality.isFactual).sorted(by: LocatedClaim.chronological)
        func isEntity(_ participant: Participant?) -> Bool { record.entity(of: participant)?.id == entity.id }
        func date(_ located: LocatedClaim) -> DateJSON? { ClaimDateJSON(located, record: record)?.date }

        // Relatives: what each is to the entity, from either side of the claim ("Lenin's wife Krupskaya"
        // gives Krupskaya a husband), one entry per tie and relative ("spouse" and "wife" are one marriage).
        var relativeIndex: [String: Int] = [:]
        for located in mine where located.claim.kind == .relation {
            let claim = located.claim
            guard let object = claim.object else { continue }
            let (relation, other) = isEntity(claim.subject) ? (claim.predicate, object)
                : (Kinship.inverse(of: claim.predicate, for: Self.sex(of: claim.subject, in: reconciled)), claim.subject)
            let key = Kinship.tie(relation) + "|" + record.displayName(other)
            if let index = relativeIndex[key] {
                relatives[index].relation = Kinship.preferred(relatives[index].relation, relation)
                if relatives[index].date == nil { relatives[index].date = date(located) }
                relatives[index].citations.append(record.citation(located))
                relatives[index].witnesses.append(witness(located))
            } else {
                relativeIndex[key] = relatives.count
                relatives.append(Relative(relation: relation, other: ParticipantJSON(other, record: record), date: date(located),
                                          citations: [record.citation(located)], witnesses: [witness(located)]))
            }
        }
        // Positions: a start from an election or appointment, an end from a resignation or removal of the same title.
        for located in mine where located.claim.kind == .position && isEntity(located.claim.subject) {
            let claim = located.claim
            guard let title = claim.value else { continue }
            let key = Self.positionKey(title)
            if let index = positions.firstIndex(where: { Self.positionKey($0.title) == key || Self.positionKey($0.title).contains(key) || key.contains(Self.positionKey($0.title)) }) {
                if claim.predicate == "left", positions[index].end == nil { positions[index].end = date(located) }
                if claim.predicate == "took", positions[index].start == nil { positions[index].start = date(located) }
                positions[index].citations.append(record.citation(located))
                positions[index].witnesses.append(witness(located))
            } else {
                positions.append(Position(title: title, start: claim.predicate == "took" ? date(located) : nil,
                                          end: claim.predicate == "left" ? date(located) : nil, citations: [record.citation(located)],
                                          witnesses: [witness(located)]))
            }
        }
        // Memberships by organisation.
        for located in mine where located.claim.kind == .membership && isEntity(located.claim.subject) {
            guard let org = located.claim.object else { continue }
            let name = record.displayName(org)
            let event = MembershipEvent(predicate: located.claim.predicate, date: date(located), citations: [record.citation(located)], witnesses: [witness(located)])
            if let index = memberships.firstIndex(where: { $0.organization.name == name }) {
                memberships[index].events.append(event)
            } else {
                memberships.append(Membership(organization: ParticipantJSON(org, record: record), events: [event]))
            }
        }
        // Works by title.
        for located in mine where located.claim.kind == .authorship && isEntity(located.claim.subject) {
            guard let work = located.claim.object else { continue }
            if let index = works.firstIndex(where: { NameKey.fold($0.title) == NameKey.fold(work.name) }) {
                works[index].citations.append(record.citation(located))
                works[index].witnesses.append(witness(located))
                if works[index].date == nil { works[index].date = date(located) }
            } else {
                works.append(Work(title: work.name, date: date(located), citations: [record.citation(located)], witnesses: [witness(located)]))
            }
        }
        func distinct(_ list: [String]) -> [String] { Array(Set(list)).sorted() }
        for i in relatives.indices { relatives[i].witnesses = distinct(relatives[i].witnesses) }
        for i in positions.indices { positions[i].witnesses = distinct(positions[i].witnesses) }
        for i in works.indices { works[i].witnesses = distinct(works[i].witnesses) }
    }

    /// A person's sex as the record tells it: a kinship word naming them ("his wife Anna"), else their name.
    static func sex(of person: Participant, in reconciled: ReconciledRecord) -> Kinship.Sex? {
        reconciled.sexes[ReconciledRecord.participantKey(person, record: reconciled.record)]
            ?? Kinship.sex(ofName: reconciled.record.displayName(person))
    }

    /// The entity's events that two or more witnesses state, merged, in date order.
    private static func corroboratedEvents(of entity: Entity, reconciled: ReconciledRecord) -> [Event] {
        let record = reconciled.record
        let disputed = Set(reconciled.result.conflicts.flatMap { $0.values.flatMap(\.members) })
        var events: [(Int, Event)] = []
        for fact in reconciled.result.facts where fact.corroboration >= 2 {
            let members = fact.members.map { record.claims[$0] }
            guard let first = members.first, record.entity(of: first.claim.subject)?.id == entity.id else { continue }
            // The most precise written date the members give.
            let dated = members.filter { $0.claim.date != nil && !$0.claim.dateIsInferred }
                .min { ($0.claim.date!.precision, $0.claim.date!.isInterval ? 1 : 0) < ($1.claim.date!.precision, $1.claim.date!.isInterval ? 1 : 0) }
            guard let dated else { continue }
            let place = members.lazy.compactMap(\.claim.place).first.map(record.displayName)
            var seen = Set<Int>()
            let citations = members.filter { seen.insert($0.claim.evidence.start * 8 + $0.document).inserted }.map { record.citation($0) }
            events.append((dated.claim.date?.earliest?.julianDayNumber ?? .max,
                           Event(property: EventType(rawValue: fact.property)?.phrase ?? fact.property,
                                 date: ClaimDateJSON(dated, record: record)?.date, place: place,
                                 witnesses: fact.witnesses.map(\.description), corroboration: fact.corroboration,
                                 disputed: fact.members.contains(where: disputed.contains), citations: citations))
            )
        }
        return events.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func positionKey(_ title: String) -> String {
        NameKey.fold(title).split(separator: " ").filter { !["the", "of", "and", "for", "its", "his", "her"].contains($0) }.joined(separator: " ")
    }
}

/// Case- and accent-blind comparison of names and titles.
public enum NameKey {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).joined(separator: " ")
    }
}
