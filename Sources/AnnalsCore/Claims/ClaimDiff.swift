/// What changed in what a document claims between two of its revisions: the claims a
/// later edition added and those it erased. Claims are matched first by what they say
/// and the sentence that says it, then by what they say alone (a reworded sentence keeps
/// its claims). A removed claim's sentence is looked for in the new text by its quote
/// selector, so a reader can tell an erased sentence from a rewritten one.
public struct ClaimDiff: Sendable {
    /// A claim with its quote selector, and for a removed claim where its sentence now stands.
    public struct Change: Sendable {
        public var claim: Claim
        public var selector: TextQuoteSelector
        /// For a removed claim: the sentence's span in the new text, if it is still there.
        public var reanchored: TextRange?
    }

    public var added: [Change]
    public var removed: [Change]
    /// Claims found in both revisions.
    public var kept: Int
    /// Of those, the ones whose sentence was reworded.
    public var reworded: Int

    public init(old: [Claim], oldText: ScalarText, new: [Claim], newText: ScalarText) {
        func said(_ claim: Claim) -> String {
            [claim.kind.rawValue, claim.predicate, claim.subject.name, claim.object?.name ?? "", claim.value ?? "",
             claim.date?.value ?? "", claim.place?.name ?? "", claim.modality.rawValue].joined(separator: "|")
        }
        func sentence(_ claim: Claim, _ text: ScalarText) -> String {
            text.string(in: claim.evidence).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var unmatchedNew = Array(new.indices)
        var unmatchedOld: [Int] = []
        var kept = 0, reworded = 0
        // Exact: the same claim from the same sentence.
        for (i, claim) in old.enumerated() {
            let key = said(claim) + "|" + sentence(claim, oldText)
            if let n = unmatchedNew.firstIndex(where: { said(new[$0]) + "|" + sentence(new[$0], newText) == key }) {
                unmatchedNew.remove(at: n)
                kept += 1
            } else {
                unmatchedOld.append(i)
            }
        }
        // The same claim from a reworded sentence.
        var removed: [Int] = []
        for i in unmatchedOld {
            if let n = unmatchedNew.firstIndex(where: { said(new[$0]) == said(old[i]) }) {
                unmatchedNew.remove(at: n)
                kept += 1
                reworded += 1
            } else {
                removed.append(i)
            }
        }
        self.kept = kept
        self.reworded = reworded
        self.removed = removed.map { i in
            let selector = TextQuoteSelector(range: old[i].evidence, in: oldText)
            return Change(claim: old[i], selector: selector, reanchored: selector.anchor(in: newText, near: old[i].evidence.start))
        }
        added = unmatchedNew.map { Change(claim: new[$0], selector: TextQuoteSelector(range: new[$0].evidence, in: newText), reanchored: nil) }
    }
}
