import AnnalsCore

/// The record's claims filed under the entities they name, and the entity each participant's
/// name is: worked out once when the record is loaded, so that a dossier or a timeline reads
/// its own entity's claims instead of resolving every participant of every claim again.
struct ClaimFiling {
    /// Each participant name's entity, as a position in the entity index (names of none absent).
    private var positions: [String: Int] = [:]
    /// Names looked up and found to name no entity.
    private var unnamed: Set<String> = []
    /// Entity id → positions of the claims naming it among their participants, in order.
    private var participating: [String: [Int]] = [:]
    /// Entity id → positions of the claims whose place it is, in order.
    private var placed: [String: [Int]] = [:]

    init() {}

    init(claims: [LocatedClaim], entities: LoadedEntities) {
        let position = Dictionary(entities.index.entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func file(_ participant: Participant) -> String? {
            if let known = positions[participant.name] { return entities.index.entities[known].id }
            if unnamed.contains(participant.name) { return nil }
            guard let entity = entities.entity(for: participant), let at = position[entity.id] else {
                unnamed.insert(participant.name)
                return nil
            }
            positions[participant.name] = at
            return entity.id
        }
        for (index, located) in claims.enumerated() {
            for participant in located.claim.participants {
                if let id = file(participant) { participating[id, default: []].append(index) }
            }
            if let place = located.claim.place, let id = file(place) { placed[id, default: []].append(index) }
        }
    }

    /// The entity a participant's name is; a name the record's claims never used is looked up now.
    func entity(of participant: Participant, in entities: LoadedEntities) -> Entity? {
        if let known = positions[participant.name] { return entities.index.entities[known] }
        if unnamed.contains(participant.name) { return nil }
        return entities.entity(for: participant)
    }

    /// The claims naming the entity among their participants, or (for a place) as their place.
    func claims(involving entity: Entity) -> [Int] {
        let named = participating[entity.id] ?? []
        guard entity.type == .place, let places = placed[entity.id] else { return named }
        return Array(Set(named).union(places)).sorted()
    }
}
