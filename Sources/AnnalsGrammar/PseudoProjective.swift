/// Non-projective trees from a projective parser (pseudo-projective parsing, Nivre and
/// Nilsson 2005). Training lifts each crossing arc until the tree is projective and marks
/// the lifted word's relation with its true head's ("obl↑nmod"); after parsing, a word
/// with a marked relation is lowered to the first word of that relation found breadth
/// first below its head, left to right, and keeps the plain relation. English needs this
/// rarely but really: "What did you say it was *for*?", extraposed relative clauses.
public struct PseudoProjective: Sendable {
    static let mark: Character = "↑"

    /// For each label: the index of its plain relation, and of the relation its true head
    /// bears (-1 when unmarked).
    let plain: [Int]
    let trueHead: [Int]

    init(labels: [String]) {
        let index = Dictionary(labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        plain = labels.indices.map { index[Self.base(labels[$0])] ?? $0 }
        trueHead = labels.map { label in
            let parts = label.split(separator: Self.mark, maxSplits: 1)
            return parts.count == 2 ? index[String(parts[1])] ?? -1 : -1
        }
    }

    /// A relation without its mark.
    static func base(_ label: String) -> String {
        label.split(separator: Self.mark, maxSplits: 1).first.map(String.init) ?? label
    }

    /// Lowers every marked word, top down, and leaves each relation plain. `heads` and
    /// `labels` by word, 0-based; heads 1-based with 0 for the root.
    func lower(heads: inout [Int], labels: inout [Int]) {
        guard labels.contains(where: { plain[$0] != $0 }) else { return }
        for d in Self.topDown(heads) where trueHead[labels[d]] >= 0 {
            let wanted = trueHead[labels[d]]
            if let target = Self.firstBelow(heads[d], labeled: wanted, avoiding: d + 1, heads: heads, labels: labels.map { plain[$0] }) {
                heads[d] = target
            }
            labels[d] = plain[labels[d]]
        }
        for d in labels.indices { labels[d] = plain[labels[d]] }
    }

    /// Each word's dependents (1-based, index 0 the root's), in order.
    static func dependents(_ heads: [Int]) -> [[Int]] {
        var children = [[Int]](repeating: [], count: heads.count + 1)
        for (k, head) in heads.enumerated() { children[head].append(k + 1) }
        return children
    }

    /// Words in breadth-first order from the root (0-based).
    static func topDown(_ heads: [Int]) -> [Int] {
        let children = dependents(heads)
        var order: [Int] = [], frontier = [0]
        while !frontier.isEmpty {
            let next = frontier.flatMap { children[$0] }.sorted()
            order += next.map { $0 - 1 }
            frontier = next
        }
        return order
    }

    /// The first word (1-based) below `head` with relation `wanted`, breadth first and left
    /// to right, outside the subtree of `avoiding`.
    static func firstBelow(_ head: Int, labeled wanted: Int, avoiding: Int, heads: [Int], labels: [Int]) -> Int? {
        let children = dependents(heads)
        var frontier = [head]
        while !frontier.isEmpty {
            let next = frontier.flatMap { children[$0] }.filter { $0 != avoiding }.sorted()
            if let found = next.first(where: { labels[$0 - 1] == wanted }) { return found }
            frontier = next
        }
        return nil
    }
}
