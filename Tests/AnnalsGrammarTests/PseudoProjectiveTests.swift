import Testing
@testable import AnnalsGrammar

/// Pseudo-projective parsing: lifting a crossing tree marks each lifted word's relation
/// with its true head's, and lowering the lifted tree by those marks gives back the tree.
struct PseudoProjectiveTests {
    /// Trees as heads (1-based, 0 the root) and relations, by word.
    @Test(arguments: [
        // "A hearing is scheduled on the issue today": "on the issue" belongs to "hearing"
        // (nmod) but lies past "scheduled": the classic crossing arc of the treebanks.
        ([2, 4, 4, 0, 7, 7, 2, 4], ["det", "nsubj:pass", "aux:pass", "root", "case", "det", "nmod", "obl:tmod"]),
        // "What did you say it was for?": "for" hangs on "What", across "say".
        ([6, 4, 4, 0, 6, 4, 1, 4], ["obj", "aux", "nsubj", "root", "nsubj", "ccomp", "case", "punct"]),
        // Already projective: nothing is marked.
        ([2, 0, 2], ["nsubj", "root", "obj"]),
    ] as [([Int], [String])])
    func liftingAndLoweringGiveBackTheTree(heads: [Int], relations: [String]) {
        let lifted = Projectivity.lifted([-1] + heads, labels: [""] + relations)
        #expect((1..<lifted.heads.count).allSatisfy { Projectivity.isProjective($0, lifted.heads) })
        let crossing = (1...heads.count).contains { !Projectivity.isProjective($0, [-1] + heads) }
        #expect(lifted.labels.contains { $0.contains(PseudoProjective.mark) } == crossing)
        let names = Array(Set(relations + lifted.labels.dropFirst())).sorted()
        let lowering = PseudoProjective(labels: names)
        var loweredHeads = Array(lifted.heads.dropFirst())
        var loweredLabels = lifted.labels.dropFirst().map { names.firstIndex(of: $0)! }
        lowering.lower(heads: &loweredHeads, labels: &loweredLabels)
        #expect(loweredHeads == heads)
        #expect(loweredLabels.map { names[$0] } == relations)
    }

    @Test func aMarkedRelationWithNoSuchWordBelowKeepsItsHead() {
        let names = ["nsubj", "obl", "obl↑nmod", "root"]
        var heads = [2, 0, 2], labels = [0, 3, 2]
        PseudoProjective(labels: names).lower(heads: &heads, labels: &labels)
        #expect(heads == [2, 0, 2] && labels == [0, 3, 1])
    }
}
