/// What kind of thing happened.
public enum EventType: String, Hashable, Sendable, Codable, CaseIterable {
    case birth, death, education
    case arrest, imprisonment, release, exile, deportation, escape
    case move, arrival, departure, asylum
    case marriage, child
    /// Joining an organisation.
    case membership
    /// Leaving an organisation or withdrawing from something.
    case leaving
    case expulsion
    case election, appointment, resignation, removal
    case founding, publication, letter, interview
    /// An order with the force of law: a decree, an edict.
    case decree
    case trial, sentence, execution
    case attack, assassination
    /// A blow one strikes at oneself: "shot himself".
    case suicide
    case negotiation, treaty
    case meeting, speech, statement, visit
    case nameChange = "name change"
    case disappearance, funeral, illness
}
