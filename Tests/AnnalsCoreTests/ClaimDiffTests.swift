import Testing
import AnnalsCore

/// What a later revision of a document added to and erased from its claims.
struct ClaimDiffTests {
    static func claims(_ body: String) -> (ScalarText, [Claim]) {
        let text = ScalarText("Anna Petrova\n\n" + body)
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        return (text, ClaimExtractor().claims(in: text, structure: structure, title: "Anna Petrova"))
    }

    @Test func aChangedSentenceRemovesOneClaimAndAddsAnother() throws {
        let (oldText, old) = Self.claims("Anna Petrova was born in Riga in 1870. In 1898 she was arrested in Kiev. She died in 1931.")
        let (newText, new) = Self.claims("Anna Petrova was born in Riga in 1870. In 1898 she was arrested in Odessa. She died in 1931.")
        let diff = ClaimDiff(old: old, oldText: oldText, new: new, newText: newText)
        #expect(diff.removed.map { $0.claim.place?.name } == ["Kiev"])
        #expect(diff.added.map { $0.claim.place?.name } == ["Odessa"])
        #expect(diff.kept == old.count - 1)
        // The removed claim's sentence is gone from the new text.
        #expect(diff.removed[0].reanchored == nil && diff.removed[0].selector.exact == "In 1898 she was arrested in Kiev.")
    }

    @Test func anErasedSentenceAndARewordingAreTold() throws {
        let (oldText, old) = Self.claims("Anna Petrova was born in Riga in 1870. She was exiled to Siberia in 1900. She died in 1931.")
        let (newText, new) = Self.claims("In 1870 Anna Petrova was born in Riga. She died in 1931.")
        let diff = ClaimDiff(old: old, oldText: oldText, new: new, newText: newText)
        #expect(diff.removed.map { $0.claim.eventType } == [.exile] && diff.added.isEmpty, "\(diff.removed.map(\.claim.predicate)) \(diff.added.map(\.claim.predicate))")
        #expect(diff.reworded >= 1)
        // An unchanged text changes nothing.
        let same = ClaimDiff(old: old, oldText: oldText, new: old, newText: oldText)
        #expect(same.added.isEmpty && same.removed.isEmpty && same.kept == old.count && same.reworded == 0)
    }
}
