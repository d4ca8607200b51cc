/// What a claim asserts, as one typed value: an event of a type, a kinship, an office taken
/// or left, a membership begun or ended, the authorship of a work, or words said or
/// written. ``Claim`` stores it as its kind and predicate name (the stable form the
/// database and the JSON interface carry); ``Claim/typed`` reads and writes it.
///
/// ```swift
/// claim.typed = .position(.took)          // kind .position, predicate "took"
/// if case .event(let type) = claim.typed, type.has(.motion) { … }
/// ```
public enum ClaimPredicate: Hashable, Sendable, CustomStringConvertible {
    case event(EventType)
    /// What the object is to the subject: a kinship word ("father", "wife", "spouse").
    case kinship(String)
    case position(OfficeChange)
    case membership(MembershipChange)
    /// The subject wrote the object, a work.
    case authorship
    case quotation(Utterance)

    public enum OfficeChange: String, Sendable, CaseIterable {
        case took, left
    }

    public enum MembershipChange: String, Sendable, CaseIterable {
        case joined, left, expelled
    }

    public enum Utterance: String, Sendable, CaseIterable {
        case said, wrote
    }

    /// The typed predicate a stored kind and name stand for; nil when they stand for none.
    public init?(kind: Claim.Kind, name: String) {
        switch kind {
        case .event: guard let type = EventType(rawValue: name) else { return nil }; self = .event(type)
        case .relation: guard !name.isEmpty, name == name.lowercased() else { return nil }; self = .kinship(name)
        case .position: guard let change = OfficeChange(rawValue: name) else { return nil }; self = .position(change)
        case .membership: guard let change = MembershipChange(rawValue: name) else { return nil }; self = .membership(change)
        case .authorship: guard name == "wrote" else { return nil }; self = .authorship
        case .quote: guard let utterance = Utterance(rawValue: name) else { return nil }; self = .quotation(utterance)
        }
    }

    public var kind: Claim.Kind {
        switch self {
        case .event: .event
        case .kinship: .relation
        case .position: .position
        case .membership: .membership
        case .authorship: .authorship
        case .quotation: .quote
        }
    }

    /// The stored predicate name.
    public var name: String {
        switch self {
        case .event(let type): type.rawValue
        case .kinship(let word): word
        case .position(let change): change.rawValue
        case .membership(let change): change.rawValue
        case .authorship: "wrote"
        case .quotation(let utterance): utterance.rawValue
        }
    }

    public var description: String { "\(kind.rawValue) \(name)" }
}

extension Claim {
    /// The claim's kind and predicate as one typed value (``ClaimPredicate``).
    public var typed: ClaimPredicate? {
        get { ClaimPredicate(kind: kind, name: predicate) }
        set {
            guard let newValue else { return }
            (kind, predicate) = (newValue.kind, newValue.name)
        }
    }

    /// A claim of `predicate`, its kind and name set from it.
    public init(_ predicate: ClaimPredicate, subject: Participant, object: Participant? = nil, others: [Participant] = [],
                value: String? = nil, date: HistoricalDate? = nil, dateSpan: TextRange? = nil, place: Participant? = nil,
                evidence: TextRange, trigger: TextRange? = nil, extractor: Extractor, confidence: Double) {
        self.init(kind: predicate.kind, predicate: predicate.name, subject: subject, object: object, others: others, value: value,
                  date: date, dateSpan: dateSpan, place: place, evidence: evidence, trigger: trigger, extractor: extractor, confidence: confidence)
    }
}

/// Which rule found a claim: a reader's rule, and for a claim read off another (an office
/// off an election, an authorship off a publication) the kind it was read as. Stored and
/// shown as its name: "event.tree.passive", "authorship.event.tree.active".
public struct Extractor: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Rule: String, Sendable, CaseIterable {
        /// Events read from the dependency tree, by the trigger's form.
        case treeActive = "event.tree.active", treePassive = "event.tree.passive", treeNoun = "event.tree.noun"
        /// Events read from the words alone (sentences the grammar did not parse).
        case wordsActive = "event.active", wordsPassive = "event.passive", wordsNoun = "event.noun"
        case lifespan = "event.lifespan", child = "event.child", workYear = "event.work-year", remainingLife = "event.remaining-life"
        /// Kinship: "his wife, Anna", "Anna was his wife", "the son of Anna", "they had two sons", a marriage.
        case apposition = "relation.apposition", copula = "relation.copula", of = "relation.of", had = "relation.had", marriage = "relation.marriage"
        case narrativeQuote = "quote.narrative", sourceHeader = "source.header", sourceBody = "source.body"
    }

    public var rule: Rule
    /// The kind a claim was read as from a claim of `rule` (a position off an election event).
    public var readAs: Claim.Kind?

    public init(_ rule: Rule, readAs: Claim.Kind? = nil) {
        self.rule = rule
        self.readAs = readAs
    }

    /// The extractor a stored name stands for; nil when it names none.
    public init?(name: String) {
        if let rule = Rule(rawValue: name) { self.init(rule); return }
        guard let dot = name.firstIndex(of: "."), let kind = Claim.Kind(rawValue: String(name[..<dot])),
              let rule = Rule(rawValue: String(name[name.index(after: dot)...])) else { return nil }
        self.init(rule, readAs: kind)
    }

    public var name: String { readAs.map { "\($0.rawValue).\(rule.rawValue)" } ?? rule.rawValue }
    public var description: String { name }

    /// Whether the rule read the dependency tree.
    public var readsTree: Bool { [.treeActive, .treePassive, .treeNoun].contains(rule) }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let extractor = Extractor(name: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no extractor is named \(name)"))
        }
        self = extractor
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
