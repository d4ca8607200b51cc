import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals claims DOC`: everything one document claims, in document order.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List every claim a document makes: events, relations, positions, memberships, works and quotations.",
        discussion: "Each claim names the rule that found it and cites its sentence."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only claims of this kind: event, relation, position, membership, authorship or quote.", valueName: "kind"))
    var kind: String?

    @Argument(help: ArgumentHelp("The document: source name, NAME@N, id prefix or title.", valueName: "doc"))
    var document: String

    func run() throws {
        let store = try store.open()
        let revision = try store.resolve(document)
        // The document's own claims and text, not the whole record.
        guard let record = try LoadedRecord(store: store, claimsOf: revision) else {
            throw CommandFailure(message: "\(revision.source) revision \(revision.number) is not the latest; claims are listed for latest revisions")
        }
        let claims = record.claims.filter { kind == nil || $0.claim.kind.rawValue == kind }
        if output.json {
            try JSONOutput.print(["claims": claims.map { ClaimJSON($0, record: record) }])
            return
        }
        for located in claims {
            Terminal.writeLine(Terminal.dim(located.claim.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) + TimelineLine(located, record: record, entity: nil).text)
        }
        Terminal.writeLine(Terminal.dim(Numbers.counted(claims.count, "claim")))
    }
}

/// Any claim in JSON.
struct ClaimJSON: Encodable {
    var kind: String
    var predicate: String
    var event: EventJSON

    init(_ located: LocatedClaim, record: LoadedRecord) {
        kind = located.claim.kind.rawValue
        predicate = located.claim.predicate
        event = EventJSON(located, record: record)
    }
}
