extension EntityResolver {
    /// Sets of names, with pairs the text says are different ("not to be confused with")
    /// that no union may join.
    final class UnionFind {
        var parent: [Int]
        var members: [Int: [Int]]
        var apart: [Int: Set<Int>] = [:]
        init(_ count: Int) {
            parent = Array(0..<count)
            members = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, [$0]) })
        }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func keepApart(_ a: Int, _ b: Int) {
            apart[a, default: []].insert(b)
            apart[b, default: []].insert(a)
        }
        @discardableResult
        func union(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (find(a), find(b))
            guard x != y else { return false }
            let left = members[x] ?? [], right = Set(members[y] ?? [])
            if left.contains(where: { !(apart[$0] ?? []).isDisjoint(with: right) }) { return false }
            parent[x] = y
            members[y, default: []] += left
            members[x] = nil
            return true
        }
    }
}
