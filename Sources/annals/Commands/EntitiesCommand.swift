public import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

extension EntityType: ExpressibleByArgument {}

/// `annals entities`: every person, place, organisation, work and event found.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places, organisations, works and events found, with mention counts per source."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this type: person, place, org, work or event.", valueName: "type"))
    var type: EntityType?

    @Option(help: "Most entities to list.")
    var limit = 50

    @Flag(help: "With --json, list every mention (source and offsets) of every entity.")
    var mentions = false

    func run() throws {
        let loaded = try LoadedEntities(store: store.open())
        let entities = loaded.index.entities.filter { type == nil || $0.type == type }
        if output.json {
            try JSONOutput.print(["entities": entities.map { EntitySummaryJSON($0, loaded: loaded, listingMentions: mentions) }])
            return
        }
        Terminal.writeLine(Terminal.bold("NAME".padding(toLength: 34, withPad: " ", startingAt: 0) + "TYPE    MENTIONS  BY SOURCE"))
        for entity in entities.prefix(limit) {
            let bySource = Dictionary(grouping: entity.mentions, by: \.document)
                .sorted { $0.key < $1.key }
                .map { "\(loaded.documents[$0.key].revision.source) \($0.value.count)" }
                .joined(separator: ", ")
            Terminal.writeLine(Numbers.padRight(String(entity.name.prefix(33)), 34) + Numbers.padRight(entity.type.rawValue, 8)
                               + Numbers.padLeft("\(entity.mentions.count)", 8) + "  " + bySource)
        }
        if entities.count > limit { Terminal.writeLine(Terminal.dim("… \(entities.count - limit) more; --limit to see them")) }
    }
}

/// `annals entity NAME`: one entity, whatever name it goes by.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Show one entity: its canonical name, type, aliases with the text that justifies them, mentions, related entities.",
        discussion: "NAME may be any spelling the documents use (\"Bronstein\", \"Trotskii\", \"Comrade Trotsky\"). Exit status 1 when nothing matches."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("A name of the entity.", valueName: "name"))
    var name: [String]

    func run() throws {
        let query = name.joined(separator: " ")
        let loaded = try LoadedEntities(store: store.open())
        guard let entity = loaded.index.entity(named: query) else {
            let hint = loaded.index.suggestion(for: query).map { "; did you mean \"\($0)\"?" } ?? "; see annals entities"
            throw CommandFailure(message: "no entity matches \"\(query)\"" + hint)
        }
        let json = EntityJSON(entity, loaded: loaded)
        if output.json {
            try JSONOutput.print(json)
            return
        }
        Terminal.writeLine(Terminal.bold(entity.name) + "  " + Terminal.dim("\(entity.type.rawValue) · \(entity.id)"))
        Terminal.writeLine("  mentions   " + json.mentionsBySource.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                           + (json.pronounMentions > 0 ? " (+\(json.pronounMentions) by pronoun)" : ""))
        if !json.aliases.isEmpty { Terminal.writeLine("  also       " + json.aliases.joined(separator: "; ")) }
        for item in json.aliasEvidence {
            Terminal.writeLine("  evidence   \(item.alias): " + Terminal.dim("\"\(item.citation.quote)\" — \(item.citation.source) [\(item.citation.start)–\(item.citation.end))"))
        }
        for merge in json.merges { Terminal.writeLine("  joined     " + Terminal.dim("\(merge.names.joined(separator: " + ")): \(merge.rule)")) }
        if !json.related.isEmpty { Terminal.writeLine("  related    " + json.related.map { "\($0.name) (\($0.sentences))" }.joined(separator: ", ")) }
    }
}

/// An entity in `annals entities --json`.
struct EntitySummaryJSON: Encodable {
    struct MentionJSON: Encodable {
        var source: String
        var start: Int
        var end: Int
    }

    var id: String
    var name: String
    var type: String
    var mentions: Int
    var mentionsBySource: [String: Int]
    var mentionList: [MentionJSON]?

    init(_ entity: Entity, loaded: LoadedEntities, listingMentions: Bool = false) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
        mentions = entity.mentions.count
        mentionsBySource = Dictionary(grouping: entity.mentions, by: { loaded.documents[$0.document].revision.source }).mapValues(\.count)
        if listingMentions {
            mentionList = entity.mentions.map { MentionJSON(source: loaded.documents[$0.document].revision.source, start: $0.range.start, end: $0.range.end) }
        }
    }
}

/// An entity in `annals entity --json`, per the contract.
struct EntityJSON: Encodable {
    struct AliasEvidenceJSON: Encodable {
        var alias: String
        var citation: Citation
    }

    struct RelatedJSON: Encodable {
        var id: String
        var name: String
        var type: String
        var sentences: Int
    }

    var id: String
    var name: String
    var type: String
    struct MergeJSON: Encodable {
        var rule: String
        var names: [String]
    }

    var aliases: [String]
    var aliasEvidence: [AliasEvidenceJSON]
    var merges: [MergeJSON]
    var mentions: Int
    var mentionsBySource: [String: Int]
    var pronounMentions: Int
    var citations: [Citation]
    var related: [RelatedJSON]

    init(_ entity: Entity, loaded: LoadedEntities) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
        aliases = Array(entity.names.dropFirst())
        aliasEvidence = entity.evidence.map { AliasEvidenceJSON(alias: $0.alias, citation: loaded.citation(document: $0.document, range: $0.range)) }
        merges = entity.merges.map { MergeJSON(rule: $0.rule, names: [$0.first, $0.second]) }
        mentions = entity.mentions.count
        mentionsBySource = Dictionary(grouping: entity.mentions, by: { loaded.documents[$0.document].revision.source }).mapValues(\.count)
        pronounMentions = entity.pronounMentions.values.reduce(0, +)
        citations = entity.mentions.prefix(20).map { loaded.citation(document: $0.document, range: $0.range) }
        // Related: other entities named in the same sentences, most often first.
        var sentencesOf: [Int: Set<Int>] = [:]   // document → sentence indices mentioning this entity
        func sentenceIndex(_ document: Int, _ offset: Int) -> Int? {
            loaded.documents[document].structure.sentenceIndex(containing: offset)
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
