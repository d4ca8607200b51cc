/// What the parser reads of a configuration (after Zhang and Nivre 2011): the words and
/// tags on top of the stack and at the head of the buffer, their leftmost and rightmost
/// dependents and those dependents' labels, distances, valencies and label sets, alone
/// and in combination.
enum ParserFeatures {
    /// A word's identity and tag, with distinct values for "none" and for the root.
    struct Token {
        var word: UInt64
        var tag: UInt64
    }

    static let none = Token(word: 0x4e4f_4e45, tag: 0x4e4f_4e45)
    static let rootToken = Token(word: 0x524f_4f54, tag: 0x524f_4f54)

    /// The tokens of a sentence: index 0 is "none", 1…n the words, n + 1 the root.
    static func tokens(_ forms: [WordForm], tags: [Int]) -> [Token] {
        [none] + zip(forms, tags).map { Token(word: $0.lower, tag: UInt64($1) &+ 1) } + [rootToken]
    }

    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        return UInt64(d < 5 ? d : d < 10 ? 5 : 6)
    }

    static func extract(_ state: ArcHybrid, _ tokens: [Token], into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let stack = state.stack
        let s0i = stack.count > 0 ? stack[stack.count - 1] : 0
        let s1i = stack.count > 1 ? stack[stack.count - 2] : 0
        let s2i = stack.count > 2 ? stack[stack.count - 3] : 0
        let b0i = state.next
        let b1i = b0i + 1 <= state.root ? b0i + 1 : 0
        let b2i = b0i + 2 <= state.root ? b0i + 2 : 0
        let s0 = tokens[s0i], s1 = tokens[s1i], s2 = tokens[s2i], b0 = tokens[b0i]
        let b1 = tokens[b1i], b2 = tokens[b2i]
        func child(_ i: Int) -> Token { tokens[i] }
        func label(_ i: Int) -> UInt64 { i == 0 ? 0x4e4f : UInt64(state.labels[i]) &+ 1 }
        let s0l1 = s0i == 0 ? 0 : state.leftmost[s0i].0, s0l2 = s0i == 0 ? 0 : state.leftmost[s0i].1
        let s0r1 = s0i == 0 ? 0 : state.rightmost[s0i].0, s0r2 = s0i == 0 ? 0 : state.rightmost[s0i].1
        let b0l1 = state.leftmost[b0i].0, b0l2 = state.leftmost[b0i].1
        let s1r1 = s1i == 0 ? 0 : state.rightmost[s1i].0, s1l1 = s1i == 0 ? 0 : state.leftmost[s1i].0
        var template: UInt64 = 0
        func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            template += 1
            features.append(FeatureHash.feature(template, a, b, c))
        }
        // Single positions.
        add(s0.word); add(s0.tag); add(s0.word, s0.tag)
        add(s1.word); add(s1.tag); add(s1.word, s1.tag)
        add(b0.word); add(b0.tag); add(b0.word, b0.tag)
        add(b1.word); add(b1.tag); add(b1.word, b1.tag)
        add(b2.word); add(b2.tag); add(s2.tag)
        // Pairs.
        add(FeatureHash.mix(s0.word, s0.tag), b0.word, b0.tag)
        add(FeatureHash.mix(s0.word, s0.tag), b0.word)
        add(s0.word, b0.word, b0.tag)
        add(FeatureHash.mix(s0.word, s0.tag), b0.tag)
        add(s0.tag, b0.word, b0.tag)
        add(s0.word, b0.word)
        add(s0.tag, b0.tag)
        add(b0.tag, b1.tag)
        add(s1.tag, s0.tag)
        add(s1.word, s0.word)
        add(FeatureHash.mix(s1.word, s1.tag), s0.word, s0.tag)
        add(s1.tag, b0.tag)
        add(s1.word, b0.word)
        // Triples.
        add(b0.tag, b1.tag, b2.tag)
        add(s0.tag, b0.tag, b1.tag)
        add(s1.tag, s0.tag, b0.tag)
        add(s2.tag, s1.tag, s0.tag)
        add(s0.tag, child(s0l1).tag, b0.tag)
        add(s0.tag, child(s0r1).tag, b0.tag)
        add(s0.tag, b0.tag, child(b0l1).tag)
        add(s1.tag, child(s1r1).tag, s0.tag)
        add(s1.tag, child(s1l1).tag, s0.tag)
        // Distance.
        let d = s0i == 0 ? 7 : distance(s0i, b0i)
        add(s0.word, d); add(s0.tag, d); add(b0.word, d); add(b0.tag, d)
        add(s0.word, b0.word, d); add(s0.tag, b0.tag, d)
        let d1 = s1i == 0 || s0i == 0 ? 7 : distance(s1i, s0i)
        add(s1.tag, s0.tag, d1); add(s1.word, s0.word, d1)
        // Valency.
        let s0vl = UInt64(s0i == 0 ? 0 : state.leftCount[s0i]), s0vr = UInt64(s0i == 0 ? 0 : state.rightCount[s0i])
        let b0vl = UInt64(state.leftCount[b0i]), s1vr = UInt64(s1i == 0 ? 0 : state.rightCount[s1i])
        add(s0.word, s0vr); add(s0.tag, s0vr); add(s0.word, s0vl); add(s0.tag, s0vl)
        add(b0.word, b0vl); add(b0.tag, b0vl); add(s1.tag, s1vr)
        // Dependents and their labels.
        add(child(s0l1).word); add(child(s0l1).tag); add(label(s0l1))
        add(child(s0r1).word); add(child(s0r1).tag); add(label(s0r1))
        add(child(b0l1).word); add(child(b0l1).tag); add(label(b0l1))
        add(child(s0l2).word); add(child(s0l2).tag); add(label(s0l2))
        add(child(s0r2).word); add(child(s0r2).tag); add(label(s0r2))
        add(child(b0l2).word); add(child(b0l2).tag); add(label(b0l2))
        add(child(s1r1).tag, label(s1r1)); add(s1.tag, label(s1r1))
        add(s0.tag, child(s0l1).tag, child(s0l2).tag)
        add(s0.tag, child(s0r1).tag, child(s0r2).tag)
        add(b0.tag, child(b0l1).tag, child(b0l2).tag)
        add(s0.tag, label(s0l1), label(s0l2)); add(s0.tag, label(s0r1), label(s0r2)); add(b0.tag, label(b0l1), label(b0l2))
        // Label sets.
        let s0ls = s0i == 0 ? 0 : state.leftLabels[s0i], s0rs = s0i == 0 ? 0 : state.rightLabels[s0i]
        let b0ls = state.leftLabels[b0i]
        add(s0.word, s0rs); add(s0.tag, s0rs); add(s0.word, s0ls); add(s0.tag, s0ls)
        add(b0.word, b0ls); add(b0.tag, b0ls)
    }
}
