import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals timeline ENTITY`: the dated events an entity took part in, in order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List the events an entity took part in, in chronological order, each with its sentence.",
        discussion: """
            Dates are Gregorian (Old Style dates converted, the original wording kept). A date \
            marked "inferred" comes from the surrounding narrative, not the sentence itself. \
            Events that are negated, failed, hypothetical or only reported are listed but marked. \
            ENTITY may be any name the documents use.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Also list events the documents give no date for (at the end).")
    var undated = false

    @Argument(help: ArgumentHelp("A name of the entity.", valueName: "entity"))
    var name: [String]

    func run() throws {
        // The claims filed under the entity, not the whole record.
        let record = try LoadedRecord(store: store.open(), about: name.joined(separator: " "))
        let entity = try record.entity(named: name.joined(separator: " "))
        let events = record.events(of: entity, undated: undated)
        if output.json {
            try JSONOutput.print(TimelineJSON(entity: EntityRefJSON(entity), events: events.map { EventJSON($0, record: record) }))
            return
        }
        Terminal.writeLine(Terminal.bold(entity.name) + Terminal.dim("  \(Numbers.counted(events.count, "event")) from \(Numbers.counted(Set(events.map(\.document)).count, "source"))"))
        for located in events {
            Terminal.writeLine(TimelineLine(located, record: record, entity: entity).text)
        }
    }
}



/// One event as a line of text: date, what happened, where, with whom, and the sentence.
struct TimelineLine {
    var text: String

    init(_ located: LocatedClaim, record: LoadedRecord, entity: Entity?) {
        let claim = located.claim
        var date = claim.date.map { $0.value } ?? "undated"
        if claim.date?.calendar == .julian { date += " (O.S.)" }
        if claim.dateIsInferred { date = "~" + date }
        var what = record.displayName(claim.subject) + " · " + (claim.eventType?.phrase ?? claim.predicate)
        if let object = claim.object { what += " · " + record.displayName(object) }
        if let value = claim.value, claim.kind == .event, claim.extractor.rule != .sourceHeader { what += " · " + value }
        if let place = claim.place { what += " · in " + record.displayName(place) }
        if !claim.modality.isFactual {
            what += " [" + claim.modality.rawValue + (claim.attribution.map { " by " + record.displayName($0) } ?? "") + "]"
        }
        let quote = record.entities.text(located.document).string(in: claim.evidence).replacingOccurrences(of: "\n", with: " ")
        text = Numbers.padRight(date, 24) + " " + what + "\n" + String(repeating: " ", count: 25)
            + Terminal.dim(record.reference(located) + "  \"" + Self.shorten(quote, 110) + "\"")
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
