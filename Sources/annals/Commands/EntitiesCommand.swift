public import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

extension EntityType: ExpressibleByArgument {}

/// `annals entities`: every person, group, place, organisation, work and event found.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the people, places, organisations, works and events found, with mention counts per source."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this type: person, group, place, org, work or event.", valueName: "type"))
    var type: EntityType?

    @Option(help: "Most entities to list.")
    var limit = 50

    @Flag(help: "With --json, list every mention (source and offsets) of every entity.")
    var mentions = false

    func validate() throws {
        try FlagBounds.check(limit, InputBounds.commandLimit, flag: "--limit")
    }

    func run() throws {
        // Counts by source need no document read.
        let loaded = try LoadedEntities(store: store.open(), documents: [])
        let entities = loaded.index.entities.filter { type == nil || $0.type == type }
        if output.json {
            try JSONOutput.print(["entities": entities.map { EntitySummaryJSON($0, loaded: loaded, listingMentions: mentions) }])
            return
        }
        Terminal.writeLine(Terminal.bold("NAME".padding(toLength: 34, withPad: " ", startingAt: 0) + "TYPE    MENTIONS  BY SOURCE"))
        for entity in entities.prefix(limit) {
            let bySource = Dictionary(grouping: entity.mentions, by: \.document)
                .sorted { $0.key < $1.key }
                .map { "\(loaded.revisions[$0.key].source) \($0.value.count)" }
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
        // Every document's sentences (for the related entities), the texts of those quoted.
        let opened = try store.open()
        var loaded = try LoadedEntities(store: opened, documents: .structure)
        let entity = try loaded.entity(named: query, fallback: "; see annals entities")
        try loaded.read(EntityJSON.quoted(entity), .text, from: opened)
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


