/// A person, group, place, organisation, work or event, with every name the documents use
/// for it and where they use it.
public struct Entity: Hashable, Sendable {
    /// Stable within a database: type and folded canonical name ("person:leon-trotsky").
    public var id: String
    /// The name shown: the fullest form the documents use most.
    public var name: String
    public var type: EntityType
    /// Every distinct spelling found, the canonical one first.
    public var names: [String]
    /// Where each mention is.
    public var mentions: [EntityMention]
    /// Why names were joined: stated identities, each with its span.
    public var evidence: [AliasEvidence]
    /// Mentions by pronoun, for the subject of a biography ("he", "his").
    public var pronounMentions: [Int: Int]
    /// Why names were joined without the text saying so: the rule and the two names.
    public var merges: [MergeDecision] = []

    public init(id: String, name: String, type: EntityType, names: [String], mentions: [EntityMention], evidence: [AliasEvidence],
                pronounMentions: [Int: Int], merges: [MergeDecision] = []) {
        self.id = id
        self.name = name
        self.type = type
        self.names = names
        self.mentions = mentions
        self.evidence = evidence
        self.pronounMentions = pronounMentions
        self.merges = merges
    }
}

/// One automatic decision to treat two names as one entity, and the rule behind it.
public struct MergeDecision: Hashable, Sendable, Codable {
    public var rule: String
    public var first: String
    public var second: String
}
