import Testing
@testable import AnnalsGrammar

/// The arc-hybrid system and its dynamic oracle: following zero-cost moves builds the gold
/// tree of any projective sentence, and lifting makes any tree projective.
struct TransitionTests {
    /// Follows, at every step, the first allowed move of cost 0.
    static func followOracle(heads: [Int], labels: [Int]) -> ArcHybrid {
        let n = heads.count
        let gold = [-1] + heads.map { $0 == 0 ? n + 1 : $0 } + [-1]
        let goldLabels = [-1] + labels + [-1]
        var children = [[Int]](repeating: [], count: n + 2)
        for d in 1...n { children[gold[d]].append(d) }
        var state = ArcHybrid(count: n)
        let moves: [ArcHybrid.Move] = [.shift] + (0..<3).flatMap { [ArcHybrid.Move.left($0), .right($0)] }
        while !state.isTerminal {
            let move = moves.first { state.allows($0) && state.cost($0, gold: gold, goldLabels: goldLabels, children: children) == 0 }!
            state.apply(move)
        }
        return state
    }

    @Test(arguments: [
        [2, 0, 2],                      // "She left early"
        [2, 0, 4, 2, 2],                // "Lenin left for Zurich ."
        [3, 3, 0, 5, 3, 7, 5],          // nested phrases
        [0, 1, 1, 3, 3, 1],             // right-branching
        [4, 4, 4, 0],                   // left-branching
    ])
    func theOracleBuildsEveryProjectiveTree(heads: [Int]) {
        let labels = heads.indices.map { $0 % 3 }
        let state = Self.followOracle(heads: heads, labels: labels)
        let n = heads.count
        #expect((1...n).map { state.heads[$0] == n + 1 ? 0 : state.heads[$0] } == heads)
        #expect((1...n).map { state.labels[$0] } == labels)
    }

    @Test func exactlyOneRoot() {
        var state = ArcHybrid(count: 2)
        state.apply(.shift)
        state.apply(.shift)
        #expect(!state.allows(.shift))
        #expect(!state.allows(.left(0)), "two words on the stack: the root may not take the top one yet")
        #expect(state.allows(.right(0)))
    }

    @Test(arguments: [
        [0, 4, 1, 1],          // 2 → 4 crosses 1 → 3
        [3, 4, 0, 3, 1],
    ])
    func liftedTreesAreProjective(heads: [Int]) {
        let lifted = Projectivity.projectivized([-1] + heads)
        #expect((1..<lifted.count).allSatisfy { Projectivity.isProjective($0, lifted) })
        #expect(lifted.filter { $0 == 0 }.count == 1)
    }
}
