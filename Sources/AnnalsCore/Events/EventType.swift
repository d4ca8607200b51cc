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
    case trial, sentence, execution
    case attack, assassination
    case negotiation, treaty
    case meeting, speech, statement, visit
    case nameChange = "name change"
    case disappearance, funeral, illness

    /// How the timeline words it, after the subject's name: "was arrested", "died".
    public var phrase: String {
        switch self {
        case .birth: "born"
        case .death: "died"
        case .education: "education"
        case .arrest: "arrested"
        case .imprisonment: "imprisoned"
        case .release: "released"
        case .exile: "exiled"
        case .deportation: "deported"
        case .escape: "escaped"
        case .move: "moved"
        case .arrival: "arrived"
        case .departure: "left"
        case .asylum: "asylum"
        case .marriage: "married"
        case .child: "child born"
        case .membership: "joined"
        case .leaving: "left"
        case .expulsion: "expelled"
        case .election: "elected"
        case .appointment: "appointed"
        case .resignation: "resigned"
        case .removal: "removed"
        case .founding: "founded"
        case .publication: "published"
        case .letter: "letter"
        case .interview: "interview"
        case .trial: "trial"
        case .sentence: "sentenced"
        case .execution: "executed"
        case .attack: "attack"
        case .assassination: "killed"
        case .negotiation: "negotiations"
        case .treaty: "treaty"
        case .meeting: "meeting"
        case .speech: "speech"
        case .statement: "statement"
        case .visit: "visit"
        case .nameChange: "took a new name"
        case .disappearance: "disappeared"
        case .funeral: "funeral"
        case .illness: "illness"
        }
    }
}
