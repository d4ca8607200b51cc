import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals facts ENTITY`: relatives, offices, memberships and works, each cited.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Show what the documents say an entity is: relatives, positions held, memberships and works, each cited.",
        discussion: "ENTITY may be any name the documents use."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("A name of the entity.", valueName: "entity"))
    var name: [String]

    func run() throws {
        let reconciled = ReconciledRecord(record: try LoadedRecord(store: store.open()))
        let record = reconciled.record
        let entity = try record.entity(named: name.joined(separator: " "))
        let facts = FactsJSON(entity: entity, reconciled: reconciled)
        if output.json {
            try JSONOutput.print(facts)
            return
        }
        Terminal.writeLine(Terminal.bold(entity.name) + Terminal.dim("  \(entity.type.rawValue) · \(entity.id)"))
        func section(_ title: String, _ lines: [(String, [Citation])]) {
            guard !lines.isEmpty else { return }
            Terminal.writeLine()
            Terminal.writeLine(Terminal.bold(title))
            for (line, citations) in lines {
                Terminal.writeLine("  " + line)
                for citation in citations.prefix(3) {
                    Terminal.writeLine("      " + Terminal.dim("\(citation.source) [\(citation.start)–\(citation.end)) \"" + TimelineLine.shorten(citation.quote.replacingOccurrences(of: "\n", with: " "), 100) + "\""))
                }
            }
        }
        func sources(_ witnesses: [String]) -> String {
            Terminal.dim(witnesses.count > 1 ? "  ✓ \(witnesses.count) sources" : "  1 source")
        }
        section("Events stated by more than one source", facts.events.map { event in
            let place = event.place.map { " in \($0)" } ?? ""
            let disputed = event.disputed ? Terminal.dim("  (disputed: see annals conflicts)") : ""
            return ("\(event.property) \(event.date?.value ?? "undated")\(place)" + sources(event.witnesses) + disputed, event.citations)
        })
        section("Relatives and ties", facts.relatives.map { ("\($0.relation): \($0.other.name)" + ($0.date.map { " (\($0.value))" } ?? "") + sources($0.witnesses), $0.citations) })
        section("Positions", facts.positions.map { position in
            let span = [position.start?.value, position.end?.value].map { $0 ?? "?" }.joined(separator: " – ")
            return ("\(position.title)  \(span)" + sources(position.witnesses), position.citations)
        })
        section("Memberships", facts.memberships.map { membership in
            let events = membership.events.map { "\($0.predicate) \($0.date?.value ?? "(undated)")" }.joined(separator: ", ")
            return ("\(membership.organization.name): \(events)" + sources(Array(Set(membership.events.flatMap(\.witnesses))).sorted()), membership.events.flatMap(\.citations))
        })
        section("Works", facts.works.map { ("\($0.title)" + ($0.date.map { " (\($0.value))" } ?? "") + sources($0.witnesses), $0.citations) })
        if facts.relatives.isEmpty, facts.positions.isEmpty, facts.memberships.isEmpty, facts.works.isEmpty {
            Terminal.writeLine(Terminal.dim("no relatives, positions, memberships or works found; see annals timeline"))
        }
    }
}


