/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the
/// root at the end of the buffer (Ballesteros and Nivre 2013): a stack, a buffer of the
/// words not yet read, and three moves. SHIFT pushes the next word; LEFT makes the top of
/// the stack a dependent of the next word; RIGHT makes it a dependent of the word below
/// it. Words are numbered 1…n; the root is n + 1, always last in the buffer.
struct ArcHybrid {
    enum Move: Equatable {
        case shift
        case left(Int)
        case right(Int)
    }

    let count: Int
    var stack: [Int] = []
    /// The next word of the buffer (the root when the words are all read).
    var next = 1
    var heads: [Int]
    var labels: [Int]
    var inStack: [Bool]
    /// For each word: its two leftmost and two rightmost dependents (0: none), how many
    /// dependents it has on each side, and the set of their labels on each side.
    var leftmost: [(Int, Int)]
    var rightmost: [(Int, Int)]
    var leftCount: [Int]
    var rightCount: [Int]
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        let size = count + 2
        heads = Array(repeating: -1, count: size)
        labels = Array(repeating: -1, count: size)
        inStack = Array(repeating: false, count: size)
        leftmost = Array(repeating: (0, 0), count: size)
        rightmost = Array(repeating: (0, 0), count: size)
        leftCount = Array(repeating: 0, count: size)
        rightCount = Array(repeating: 0, count: size)
        leftLabels = Array(repeating: 0, count: size)
        rightLabels = Array(repeating: 0, count: size)
        stack.reserveCapacity(size)
    }

    var root: Int { count + 1 }
    var isTerminal: Bool { stack.isEmpty && next == root }

    /// Whether a move is allowed: SHIFT never pushes the root; LEFT onto the root only as
    /// the very last move, so that the sentence has exactly one root; RIGHT needs two
    /// words on the stack.
    func allows(_ move: Move) -> Bool {
        switch move {
        case .shift: return next < root
        case .left: return !stack.isEmpty && (next < root || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    mutating func apply(_ move: Move) {
        switch move {
        case .shift:
            stack.append(next)
            inStack[next] = true
            next += 1
        case .left(let label):
            let dependent = stack.removeLast()
            inStack[dependent] = false
            attach(dependent, to: next, label: label)
        case .right(let label):
            let dependent = stack.removeLast()
            inStack[dependent] = false
            attach(dependent, to: stack[stack.count - 1], label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if dependent < head {
            // Dependents arrive on the left from the nearest outwards (LEFT takes the top of
            // the stack first), so a new one is the leftmost so far.
            leftmost[head] = (dependent, leftmost[head].0)
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            let (first, second) = rightmost[head]
            if dependent > first { rightmost[head] = (dependent, first) } else if dependent > second { rightmost[head] = (first, dependent) }
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }

    /// How many arcs of the gold tree `gold` (heads by word, the root as count + 1) a move
    /// makes unreachable; a move of cost 0 keeps the best tree still reachable. Exact for
    /// projective gold trees (Goldberg and Nivre 2013).
    func cost(_ move: Move, gold: [Int], goldLabels: [Int], children: [[Int]]) -> Int {
        switch move {
        case .shift:
            let b0 = next
            var cost = children[b0].reduce(0) { $0 + (inStack[$1] ? 1 : 0) }
            let head = gold[b0]
            if head <= count, inStack[head], head != stack.last { cost += 1 }
            return cost
        case .left(let label):
            let s0 = stack[stack.count - 1]
            var cost = children[s0].reduce(0) { $0 + ($1 >= next ? 1 : 0) }
            let head = gold[s0]
            if head == next {
                if goldLabels[s0] != label { cost += 1 }
            } else if head > next || (stack.count >= 2 && head == stack[stack.count - 2]) {
                cost += 1
            }
            return cost
        case .right(let label):
            let s0 = stack[stack.count - 1]
            var cost = children[s0].reduce(0) { $0 + ($1 >= next ? 1 : 0) }
            let head = gold[s0]
            if head >= next {
                cost += 1
            } else if head == stack[stack.count - 2], goldLabels[s0] != label {
                cost += 1
            }
            return cost
        }
    }
}

/// Gold trees the transition system can build: every arc projective. A non-projective
/// arc is lifted (its dependent hung on its head's head) until none is left.
enum Projectivity {
    /// `heads` by word (1-based, 0 for the root, index 0 unused); the lifted heads.
    static func projectivized(_ heads: [Int]) -> [Int] {
        lifted(heads, labels: heads.map { _ in "" }).heads
    }

    /// The lifted heads, and the labels with each lifted arc's marked after the "head"
    /// encoding of Nivre and Nilsson (2005): "obl↑nmod" is an `obl` whose true head is the
    /// nearest `nmod` below the word it now hangs on (``PseudoProjective``).
    static func lifted(_ heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var heads = heads, labels = labels
        var changed = true
        while changed {
            changed = false
            // Lift the shortest non-projective arc first.
            var worst: (dependent: Int, length: Int)?
            for d in 1..<heads.count where !isProjective(d, heads) {
                let length = abs(heads[d] - d)
                if worst == nil || length < worst!.length { worst = (d, length) }
            }
            if let (d, _) = worst, heads[heads[d]] >= 0, heads[d] != 0 {
                if !labels[d].isEmpty, !labels[d].contains(PseudoProjective.mark) {
                    labels[d] += String(PseudoProjective.mark) + PseudoProjective.base(labels[heads[d]])
                }
                heads[d] = heads[heads[d]]
                changed = true
            }
        }
        return (heads, labels)
    }

    /// Whether every word between a word and its head descends from the head.
    static func isProjective(_ d: Int, _ heads: [Int]) -> Bool {
        let h = heads[d]
        guard h != 0 else {
            // The root's arc spans the whole sentence from the end: nothing may lie outside it.
            return true
        }
        for k in min(h, d) + 1..<max(h, d) {
            var a = k
            while a != 0 && a != h { a = heads[a] }
            if a != h { return false }
        }
        return true
    }
}
