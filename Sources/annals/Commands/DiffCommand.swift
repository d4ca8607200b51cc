import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals diff SOURCE [OTHER]`: the claims a later revision added and those it erased.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the claims added and removed between two revisions of a document.",
        discussion: """
            With one document, compares its revision before that one with it: "annals diff NAME" \
            shows what the latest edition changed, "annals diff NAME@3" what revision 3 changed. \
            With two, compares the first with the second (NAME@1 NAME@3). A removed claim says \
            whether its sentence is still in the newer text (found again by its quote selector) \
            or was erased.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The document (NAME, NAME@N, id prefix or title); alone, compared with its previous revision.", valueName: "doc"))
    var first: String

    @Argument(help: ArgumentHelp("A later revision to compare the first with.", valueName: "other"))
    var second: String?

    func run() throws {
        let store = try store.open()
        let (old, new) = try revisions(in: store)
        let oldDocument = try store.document(for: old), newDocument = try store.document(for: new)
        let oldText = ScalarText(oldDocument.text), newText = ScalarText(newDocument.text)
        let diff = ClaimDiff(old: try store.claims(for: old), oldText: oldText, new: try store.claims(for: new), newText: newText)
        let json = DiffJSON(old: old, new: new, diff: diff)
        if output.json {
            try JSONOutput.print(json)
            return
        }
        Terminal.writeLine(Terminal.bold("\(new.source): revision \(old.number) → \(new.number)") + Terminal.dim(
            "  \(diff.kept) kept (\(diff.reworded) reworded) · \(diff.removed.count) removed · \(diff.added.count) added"))
        func show(_ title: String, _ sign: String, _ changes: [DiffJSON.Change]) {
            guard !changes.isEmpty else { return }
            Terminal.writeLine()
            Terminal.writeLine(Terminal.bold(title))
            for change in changes {
                let fate = change.sentenceKept.map { $0 ? Terminal.dim("  [sentence still there; the claim changed]") : Terminal.dim("  [sentence erased]") } ?? ""
                Terminal.writeLine("  \(sign) \(change.summary)" + fate)
                Terminal.writeLine("      " + Terminal.dim("@\(change.revision) [\(change.citation.start)–\(change.citation.end)) \"")
                    + TimelineLine.shorten(change.citation.quote.replacingOccurrences(of: "\n", with: " "), 110) + Terminal.dim("\""))
            }
        }
        show("Removed", "-", json.removed)
        show("Added", "+", json.added)
        if diff.removed.isEmpty, diff.added.isEmpty { Terminal.writeLine(Terminal.dim("no claims added or removed")) }
    }

    /// The two revisions compared, older first.
    private func revisions(in store: any DocumentStore) throws -> (Revision, Revision) {
        let chosen = try store.resolve(first)
        if let second {
            let other = try store.resolve(second)
            guard other.source == chosen.source else {
                throw CommandFailure(message: "\(chosen.source) and \(other.source) are different documents; diff compares revisions of one")
            }
            return chosen.number <= other.number ? (chosen, other) : (other, chosen)
        }
        let all = try store.revisions().filter { $0.source == chosen.source }
        guard let previous = all.filter({ $0.number < chosen.number }).max(by: { $0.number < $1.number }) else {
            throw CommandFailure(message: "\(chosen.source) has no revision before \(chosen.number); ingest a changed copy to make one")
        }
        return (previous, chosen)
    }
}

/// `annals diff --json`.
struct DiffJSON: Encodable {
    struct RevisionRef: Encodable {
        var number: Int
        var document: String
    }

    struct Change: Encodable {
        var kind: String
        var predicate: String
        var summary: String
        var revision: Int
        var selector: TextQuoteSelector
        var citation: Citation
        /// For a removed claim: whether its sentence is still in the newer text.
        var sentenceKept: Bool?
        /// Where that sentence now stands.
        var reanchored: TextRange?

        enum CodingKeys: String, CodingKey {
            case kind, predicate, summary, revision, selector, citation
            case sentenceKept = "sentence_kept", reanchored
        }
    }

    var source: String
    var from: RevisionRef
    var to: RevisionRef
    var kept: Int
    var reworded: Int
    var removed: [Change]
    var added: [Change]

    init(old: Revision, new: Revision, diff: ClaimDiff) {
        source = new.source
        from = RevisionRef(number: old.number, document: old.document.hex)
        to = RevisionRef(number: new.number, document: new.document.hex)
        kept = diff.kept
        reworded = diff.reworded
        func change(_ change: ClaimDiff.Change, in revision: Revision, removed: Bool) -> Change {
            let claim = change.claim
            return Change(kind: claim.kind.rawValue, predicate: claim.predicate, summary: Self.summary(claim), revision: revision.number,
                          selector: change.selector,
                          citation: Citation(source: revision.source, document: revision.document.hex, start: claim.evidence.start,
                                             end: claim.evidence.end, quote: change.selector.exact),
                          sentenceKept: removed ? change.reanchored != nil : nil, reanchored: change.reanchored)
        }
        self.removed = diff.removed.map { change($0, in: old, removed: true) }
        added = diff.added.map { change($0, in: new, removed: false) }
    }

    /// "event 1882 · Mara Velinskaya · arrest · in Dorvik".
    static func summary(_ claim: Claim) -> String {
        var parts = [claim.kind.rawValue, claim.date?.value ?? "undated", claim.subject.name, claim.eventType?.phrase ?? claim.predicate]
        if let object = claim.object { parts.append(object.name) }
        if let value = claim.value, claim.kind != .quote { parts.append(value) }
        if let place = claim.place { parts.append("in " + place.name) }
        if claim.modality != .asserted { parts.append("[\(claim.modality.rawValue)]") }
        return parts.joined(separator: " · ")
    }
}
