import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals retract SOURCE`: takes a source out of the current record. Nothing is deleted:
/// its revisions stay, `annals docs --all` shows it and when it was retracted, and
/// `annals restore SOURCE` puts it back.
struct RetractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retract",
        abstract: "Take a source out of the current record, keeping every revision and the retraction in history.",
        discussion: """
            Search, entities, timelines, facts, conflicts and answers then leave the source out. \
            Its revisions stay in the database: annals docs --all lists them with the retraction, \
            show and search --all-revisions still read them, and annals restore SOURCE undoes it.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The source: its name, a title or a document id.", valueName: "source"))
    var source: String

    func run() throws {
        try SourceEventRun.perform(.retract, reference: source, store: store, json: output.json)
    }
}

/// `annals restore SOURCE`: puts a retracted source back into the record.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a retracted source back into the current record."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The source: its name, a title or a document id.", valueName: "source"))
    var source: String

    func run() throws {
        try SourceEventRun.perform(.restore, reference: source, store: store, json: output.json)
    }
}

/// What retract and restore share: find the source, record the event, join the names of
/// the record that remains so the next command reads at once, and say what happened.
enum SourceEventRun {
    static func perform(_ action: SourceEvent.Action, reference: String, store options: StoreOptions, json: Bool) throws {
        let storage = try options.open()
        let source = try storage.resolve(reference).source
        let event = try storage.record(action, source: source, at: Date())
        let revisions = try storage.revisions()
        _ = try? EntityResolution.index(of: revisions.filter(\.isCurrent), in: storage, withMentions: false)
        let kept = revisions.filter { $0.source == source }.count
        if json {
            try JSONOutput.print(SourceEventJSON(event))
            return
        }
        let name = Terminal.printable(source)
        switch action {
        case .retract:
            Terminal.writeLine("retracted  \(name)  \(Numbers.counted(kept, "revision")) kept; annals restore \(name) puts it back")
        case .restore:
            Terminal.writeLine("restored   \(name)  back in the record (\(Numbers.counted(kept, "revision")))")
        }
    }
}

/// A retraction or restoration in JSON.
struct SourceEventJSON: Encodable {
    var source: String
    var action: String
    var at: Date

    init(_ event: SourceEvent) {
        source = event.source
        action = event.action.rawValue
        at = event.at
    }
}
