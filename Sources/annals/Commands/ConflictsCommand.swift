import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals conflicts [ENTITY]`: where the sources disagree, both sides cited, with the reason.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List where the sources disagree: dates, ages, places, causes, numbers and titles, each side cited.",
        discussion: """
            Claims about the same fact are aligned across documents (a primary source quoted in a \
            document is a witness of its own). Dates are compared at the precision each source \
            gives: "1917" agrees with "4 May 1917"; ages become date ranges through the birth date. \
            Each conflict says why the values differ where the texts allow: a calendar difference, \
            an attack and the death that followed, a reported claim against a stated fact. \
            The most important conflicts come first.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Show at most this many conflicts.", valueName: "n"))
    var limit: Int?

    @Argument(help: ArgumentHelp("Only conflicts involving this entity (any name the documents use).", valueName: "entity"))
    var name: [String] = []

    func validate() throws {
        try FlagBounds.check(limit, InputBounds.commandLimit, flag: "--limit")
    }

    func run() throws {
        let reconciled = ReconciledRecord(record: try LoadedRecord(store: store.open()))
        let entity = try name.isEmpty ? nil : reconciled.record.entity(named: name.joined(separator: " "))
        var conflicts = reconciled.conflicts(involving: entity)
        if let limit { conflicts = Array(conflicts.prefix(max(0, limit))) }
        let shown = conflicts.map { ConflictJSON($0, reconciled: reconciled) }
        if output.json {
            try JSONOutput.print(ConflictsJSON(conflicts: shown))
            return
        }
        guard !shown.isEmpty else {
            Terminal.writeLine(Terminal.dim("no conflicts found between the sources"))
            return
        }
        for (n, conflict) in shown.enumerated() {
            if n > 0 { Terminal.writeLine() }
            Terminal.writeLine(Terminal.bold("\(conflict.subject) — \(conflict.property)") + Terminal.dim("  [\(conflict.reason)]"))
            for value in conflict.values {
                Terminal.writeLine("  " + Terminal.bold(value.text) + Terminal.dim("  \(value.value)"))
                for (citation, reference) in zip(value.citations, value.references).prefix(3) {
                    Terminal.writeLine("      " + Terminal.dim(reference) + "  \"" + TimelineLine.shorten(citation.quote.replacingOccurrences(of: "\n", with: " "), 110) + "\"")
                }
            }
            Terminal.writeLine("  → " + conflict.explanation)
        }
        Terminal.writeLine()
        Terminal.writeLine(Terminal.dim(Numbers.counted(shown.count, "conflict")))
    }
}


