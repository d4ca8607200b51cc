import AnnalsGrammar

/// What the ranker knows of a phrase that may answer a question: named features, each with
/// its value, that the span model (``SpanModel``) weighs. Measures of closeness to the words
/// the sentence shares with the question, and the phrase's part in its clause against the
/// part the question phrase plays, each paired with the kind of answer asked for.
extension SpanRanker {
    /// A phrase of a sentence that may answer: its head word, its offsets in the sentence,
    /// and its features.
    struct Candidate {
        var head: Int
        var range: Range<Int>
        var features: [(String, Double)]
    }

    /// The features of the phrase `inside` headed by word `k`. `named` is the word that stands
    /// for a name of the asked noun (``namedNoun(_:inside:noun:sort:in:)``).
    func features(_ k: Int, kind: Double, inside: [Int], named: Int?, cues: Cues, anchors: Set<Int>, tree: DependencyPaths, in words: [Word]) -> [(String, Double)] {
        // (A name in apposition to the noun asked for stands where the noun does.)
        let at = named ?? k
        let distances = anchors.map { tree.distance(at, $0) }
        let role = Role(at, in: words)
        // (A list is as long as its first item: "what three offices" asks for all of them.)
        let list = words.indices.first { words[$0].head == k + 1 && words[$0].deprel == "conj" } ?? words.count
        // (In a fixed order: the score is summed in it, the same in every run.)
        var features: [(String, Double)] = [
            ("tree distance", Double(distances.min() ?? 0)),
            ("mean tree distance", Double(distances.reduce(0, +)) / Double(max(1, distances.count))),
            ("word distance", Double(anchors.map { abs($0 - at) }.min() ?? 0)),
            ("expected kind", kind),
        ]
        if role.relation == cues.role.relation {
            features.append(("same role", 1))
            if role.preposition != nil, role.preposition == cues.role.preposition { features.append(("same preposition", 1)) }
        }
        features.append(("extra length", Double(max(0, inside.filter { $0 < list }.count - 4))))
        features.append(("question words inside", Double(inside.filter { Self.shares(words[$0], with: cues.vocabulary) && words[$0].upos != "DET" && words[$0].upos != "ADP" }.count)))
        if named != nil { features.append(("names the asked noun", 1)) }
        // ("What disease…": "cholera", a kind of the asked noun, by the dictionary's hierarchy.)
        else if !cues.noun.isEmpty, words[at].upos == "NOUN" || words[at].upos == "PROPN",
                NounKinds.shipped.isKind(words[at].lemma, of: cues.noun) || NounKinds.shipped.isKind(words[at].form, of: cues.noun) {
            features.append(("a kind of the asked noun", 1))
        }
        // (The shared words near the phrase, and in its clause: where the question's words gather, the answer is.)
        let near = anchors.filter { abs($0 - at) <= 5 }.count, clause = Self.clause(of: at, in: words)
        features.append(("shared words near", Double(near) / Double(max(1, anchors.count))))
        features.append(("shared words in its clause", Double(anchors.filter { tree.chain($0).contains(clause) }.count) / Double(max(1, anchors.count))))
        features += Self.kinds(at, inside: inside, role: role, cues: cues, anchors: anchors, tree: tree, in: words).map { (cues.wanted.name + " " + $0, 1) }
        return features
    }

    /// Features that count only with the kind of answer asked for: the phrase's relation, its
    /// word class, its preposition, the path in the tree from the nearest shared word, where
    /// it stands, how long it is and whether it holds a name or a number.
    static func kinds(_ at: Int, inside: [Int], role: Role, cues: Cues, anchors: Set<Int>, tree: DependencyPaths, in words: [Word]) -> [String] {
        var found = ["relation \(role.relation)", "asked \(cues.role.relation) found \(role.relation)",
                     "asked \(cues.role.relation) about \(cues.about) found \(role.relation)", "class \(words[at].upos)",
                     "marker \(role.preposition ?? "none")", "length \(min(inside.count, 8))"]
        // (Ties broken by position: a set's order differs from run to run, the answer must not.)
        if let nearest = anchors.min(by: { (tree.distance(at, $0), abs($0 - at), $0) < (tree.distance(at, $1), abs($1 - at), $1) }) {
            found.append("path \(tree.path(from: nearest, to: at, in: words))")
            found.append(nearest < at ? "after its shared word" : "before its shared word")
            if let head = words[at].head, anchors.contains(head - 1) { found.append("hangs on a shared \(words[head - 1].upos)") }
        }
        if inside.contains(where: { words[$0].upos == "PROPN" }) { found.append("holds a name") }
        if inside.contains(where: { words[$0].upos == "NUM" }) { found.append("holds a number") }
        return found
    }
}

extension SpanRanker {
    /// The verb whose clause word `k` stands in: the nearest verb above it, or the root.
    static func clause(of k: Int, in words: [Word]) -> Int {
        var at = k, steps = 0
        while let head = words[at].head, head > 0, words[at].upos != "VERB" || at == k, steps < words.count {
            at = head - 1
            steps += 1
        }
        return at
    }
}

extension SpanRanker.Wanted {
    /// The kind's name in the span model's features.
    var name: String {
        switch self {
        case .thing: "thing"
        case .number: "number"
        case .reason: "reason"
        case .action: "action"
        case .place: "place"
        case .manner: "manner"
        }
    }
}

extension DependencyPaths {
    /// The relations on the path from word `a` up to the lowest word over both and down to
    /// word `b` ("↑obj ↓obl"), relations without their subtypes; "far" beyond four arcs.
    func path(from a: Int, to b: Int, in words: [Word]) -> String {
        guard distance(a, b) <= 4 else { return "far" }
        let up = chain(a), down = chain(b)
        guard let meet = up.first(where: down.contains) else { return "far" }
        func relation(_ w: Int) -> String { String(words[w].deprel.split(separator: ":").first ?? "") }
        let rising = up.prefix { $0 != meet }.map { "↑" + relation($0) }
        let falling = down.prefix { $0 != meet }.reversed().map { "↓" + relation($0) }
        return (rising + falling).joined(separator: " ")
    }
}
