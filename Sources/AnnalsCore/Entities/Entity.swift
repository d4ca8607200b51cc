/// A person, place, organisation, work or event, with every name the documents use
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
}
