/// The best-scoring dependency tree (Chu and Liu 1965, Edmonds 1967): every word takes its
/// best head; a cycle that forms is contracted into one node, the tree of the smaller graph
/// found, and the cycle opened where the chosen arc enters it.
enum SpanningTree {
    /// `scores[d][h]`: word d (1…n) headed by h (0 the root, 1…n); row 0 is not read.
    /// The heads of 1…n (index 0 holds −1).
    static func best(_ scores: [[Float]]) -> [Int] {
        let count = scores.count
        var heads = [-1] + (1..<max(count, 1)).map { d in bestHead(scores[d], excluding: d) }
        guard count > 2, let cycle = cycle(in: heads) else { return heads }
        let inCycle = Set(cycle)
        let outside = (0..<count).filter { !inCycle.contains($0) }
        var index = [Int](repeating: -1, count: count)
        for (k, v) in outside.enumerated() { index[v] = k }
        let node = outside.count
        let none = -Float.infinity
        var smaller = [[Float]](repeating: [Float](repeating: none, count: node + 1), count: node + 1)
        var leavingFrom = [Int](repeating: -1, count: count), enteringAt = [Int](repeating: -1, count: count)
        for d in outside where d != 0 {
            for h in outside where h != d { smaller[index[d]][index[h]] = scores[d][h] }
            // From the cycle to d: through the cycle's word that heads d best.
            var best = none
            for v in cycle where scores[d][v] > best || leavingFrom[d] < 0 {
                best = scores[d][v]
                leavingFrom[d] = v
            }
            smaller[index[d]][node] = best
        }
        for h in outside {
            // Into the cycle from h: at the word whose own cycle arc it replaces at least loss.
            var best = none
            for v in cycle {
                let gain = scores[v][h] - scores[v][heads[v]]
                if gain > best || enteringAt[h] < 0 {
                    best = gain
                    enteringAt[h] = v
                }
            }
            smaller[node][index[h]] = best
        }
        let inner = self.best(smaller)
        for d in outside where d != 0 {
            let h = inner[index[d]]
            heads[d] = h == node ? leavingFrom[d] : outside[h]
        }
        let from = outside[inner[node]]
        heads[enteringAt[from]] = from
        return heads
    }

    static func bestHead(_ row: [Float], excluding d: Int) -> Int {
        var best = d == 0 ? 1 : 0
        for h in row.indices where h != d && row[h] > row[best] { best = h }
        return best
    }

    /// A cycle among the heads, as its nodes, if there is one.
    static func cycle(in heads: [Int]) -> [Int]? {
        var state = [UInt8](repeating: 0, count: heads.count)   // 0 new, 1 on the current path, 2 done
        for start in heads.indices where state[start] == 0 {
            var path: [Int] = []
            var v = start
            while v >= 0, state[v] == 0 {
                state[v] = 1
                path.append(v)
                v = heads[v]
            }
            if v >= 0, state[v] == 1, let first = path.firstIndex(of: v) { return Array(path[first...]) }
            for u in path { state[u] = 2 }
        }
        return nil
    }

    /// The best tree with exactly one word on the root: if the best tree has several, the
    /// one whose root arc scores highest keeps the root alone and the tree is found again.
    static func bestSingleRooted(_ scores: [[Float]]) -> [Int] {
        let heads = best(scores)
        let onRoot = heads.indices.filter { $0 > 0 && heads[$0] == 0 }
        guard onRoot.count > 1, let keep = onRoot.max(by: { scores[$0][0] < scores[$1][0] }) else { return heads }
        var limited = scores
        for d in 1..<scores.count where d != keep { limited[d][0] = -Float.infinity }
        return best(limited)
    }
}
