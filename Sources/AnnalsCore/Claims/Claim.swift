/// One thing a document says: an event, a relation between two entities, a position
/// held, a membership, the authorship of a work, or a quotation, with the sentence
/// that says it.
///
/// Participants are named as their document names them (the fullest form it uses);
/// tying names to entities across documents is the entity layer's work, done when
/// claims are read.
public struct Claim: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Something that happened: ``predicate`` is an ``EventType`` raw value.
        case event
        /// Kinship: ``predicate`` is what ``object`` is to ``subject`` ("father", "wife").
        case relation
        /// An office or role: ``value`` names it; ``predicate`` says whether the
        /// sentence starts it ("took") or ends it ("left").
        case position
        /// Belonging to an organisation: ``predicate`` "joined", "left" or "expelled".
        case membership
        /// ``subject`` wrote ``object`` (a work), in the year of ``date``.
        case authorship
        /// Words attributed to ``subject``: ``value`` holds them; ``object`` is the recipient.
        case quote
    }

    public var kind: Kind
    public var predicate: String
    /// Who or what the claim is about: the agent, or the one it happened to.
    public var subject: Participant
    /// The other party: counterpart, relative, organisation or work.
    public var object: Participant?
    /// Further people or bodies taking part.
    public var others: [Participant]
    /// A position's title, a quotation's words, a number.
    public var value: String?
    public var date: HistoricalDate?
    /// Where the date is written, when it is.
    public var dateSpan: TextRange?
    /// Whether the date was taken from the surrounding narrative rather than this sentence.
    public var dateIsInferred: Bool
    public var place: Participant?
    public var modality: Modality
    /// Who says so, for reported claims ("Stalin claimed that…") and for claims made
    /// inside a quoted primary source (its author is the witness).
    public var attribution: Participant?
    /// The span cited: the sentence (or line) that makes the claim.
    public var evidence: TextRange
    /// The word or phrase that triggered the claim.
    public var trigger: TextRange?
    /// Which rule found it.
    public var extractor: Extractor
    /// How far the rule trusts itself, 0…1.
    public var confidence: Double

    public init(kind: Kind, predicate: String, subject: Participant, object: Participant? = nil, others: [Participant] = [],
                value: String? = nil, date: HistoricalDate? = nil, dateSpan: TextRange? = nil, dateIsInferred: Bool = false,
                place: Participant? = nil, modality: Modality = .asserted, attribution: Participant? = nil,
                evidence: TextRange, trigger: TextRange? = nil, extractor: Extractor, confidence: Double) {
        self.kind = kind
        self.predicate = predicate
        self.subject = subject
        self.object = object
        self.others = others
        self.value = value
        self.date = date
        self.dateSpan = dateSpan
        self.dateIsInferred = dateIsInferred
        self.place = place
        self.modality = modality
        self.attribution = attribution
        self.evidence = evidence
        self.trigger = trigger
        self.extractor = extractor
        self.confidence = confidence
    }

    /// Everyone and everything taking part, subject first (places aside).
    public var participants: [Participant] {
        var seen = Set<String>()
        return ([subject] + [object].compactMap { $0 } + others).filter { seen.insert($0.name).inserted }
    }

    /// The event type, for event claims.
    public var eventType: EventType? { kind == .event ? EventType(rawValue: predicate) : nil }
}

/// Someone or something a claim names: the name its document uses for it, the words
/// actually written, and where.
public struct Participant: Hashable, Sendable, Codable {
    /// The document's fullest name for the referent ("Leon Trotsky" for "he").
    public var name: String
    /// The words written ("he", "Bronstein", "the Soviet").
    public var surface: String
    /// Where the words are; nil when the referent is implied (a carried-over subject).
    public var range: TextRange?
    public var type: EntityType?

    public init(name: String, surface: String? = nil, range: TextRange? = nil, type: EntityType? = nil) {
        self.name = name
        self.surface = surface ?? name
        self.range = range
        self.type = type
    }
}

/// Whether a claim is stated as fact.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
    /// Stated as having happened.
    case asserted
    /// Said not to have happened: "did not join", "refused to sign".
    case negated
    /// Attempted without success: "tried to", "failed to".
    case failed
    /// Might or would have happened: "would have", "planned to".
    case hypothetical
    /// Someone else's claim, reported: "Stalin claimed that…", "it was alleged".
    case reported

    /// Whether a reader may take the claim as something that happened.
    public var isFactual: Bool { self == .asserted }
}
