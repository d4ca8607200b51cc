import Foundation
public import AnnalsCore
import AnnalsStore

/// An entity in `annals entities --json`.
public struct EntitySummaryJSON: Encodable, Sendable {
    public struct MentionJSON: Encodable, Sendable {
        public var source: String
        public var start: Int
        public var end: Int
    }

    public var id: String
    public var name: String
    public var type: String
    public var mentions: Int
    public var mentionsBySource: [String: Int]
    public var mentionList: [MentionJSON]?

    public init(_ entity: Entity, loaded: LoadedEntities, listingMentions: Bool = false) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
        mentions = entity.mentions.count
        mentionsBySource = Dictionary(grouping: entity.mentions, by: { loaded.revisions[$0.document].source }).mapValues(\.count)
        if listingMentions {
            mentionList = entity.mentions.map { MentionJSON(source: loaded.revisions[$0.document].source, start: $0.range.start, end: $0.range.end) }
        }
    }
}

/// An entity in `annals entity --json`, per the contract.
public struct EntityJSON: Encodable, Sendable {
    public struct AliasEvidenceJSON: Encodable, Sendable {
        public var alias: String
        public var citation: Citation
    }

    public struct RelatedJSON: Encodable, Sendable {
        public var id: String
        public var name: String
        public var type: String
        public var sentences: Int
    }

    public var id: String
    public var name: String
    public var type: String
    public struct MergeJSON: Encodable, Sendable {
        public var rule: String
        public var names: [String]
    }

    public var aliases: [String]
    public var aliasEvidence: [AliasEvidenceJSON]
    public var merges: [MergeJSON]
    public var mentions: Int
    public var mentionsBySource: [String: Int]
    public var pronounMentions: Int
    public var citations: [Citation]
    public var related: [RelatedJSON]

    /// The documents the JSON quotes (its citations): the texts it needs read.
    public static func quoted(_ entity: Entity) -> Set<Int> {
        Set(entity.evidence.map(\.document) + entity.mentions.prefix(citedMentions).map(\.document))
    }

    /// How many mentions are cited.
    static let citedMentions = 20

    public init(_ entity: Entity, loaded: LoadedEntities) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
        aliases = Array(entity.names.dropFirst())
        aliasEvidence = entity.evidence.map { AliasEvidenceJSON(alias: $0.alias, citation: loaded.citation(document: $0.document, range: $0.range)) }
        merges = entity.merges.map { MergeJSON(rule: $0.rule, names: [$0.first, $0.second]) }
        mentions = entity.mentions.count
        mentionsBySource = Dictionary(grouping: entity.mentions, by: { loaded.revisions[$0.document].source }).mapValues(\.count)
        pronounMentions = entity.pronounMentions.values.reduce(0, +)
        citations = entity.mentions.prefix(Self.citedMentions).map { loaded.citation(document: $0.document, range: $0.range) }
        // Related: other entities named in the same sentences, most often first.
        var sentencesOf: [Int: Set<Int>] = [:]   // document → sentence indices mentioning this entity
        func sentenceIndex(_ document: Int, _ offset: Int) -> Int? {
            loaded.structure(document).sentenceIndex(containing: offset)
        }
        for mention in entity.mentions { if let s = sentenceIndex(mention.document, mention.range.start) { sentencesOf[mention.document, default: []].insert(s) } }
        var related: [RelatedJSON] = []
        for other in loaded.index.entities where other.id != entity.id {
            var shared = Set<String>()
            for mention in other.mentions {
                if let s = sentenceIndex(mention.document, mention.range.start), sentencesOf[mention.document]?.contains(s) == true {
                    shared.insert("\(mention.document):\(s)")
                }
            }
            if !shared.isEmpty { related.append(RelatedJSON(id: other.id, name: other.name, type: other.type.rawValue, sentences: shared.count)) }
        }
        self.related = Array(related.sorted { ($0.sentences, $1.name) > ($1.sentences, $0.name) }.prefix(10))
    }
}
