import AnnalsGrammar

extension SpanRanker {
    /// The words of the phrase headed by `k`: its dependents and theirs, leaving out the
    /// question's own words with everything under them, relative clauses, asides, a leading
    /// preposition or subordinator (not an infinitive's "to"), and, for an action, its subject, auxiliaries and the
    /// clauses co-ordinated with it; cut to the unbroken run of words around `k`.
    static func phrase(_ k: Int, in words: [Word], leaving anchors: Set<Int>, action: Bool) -> [Int] {
        // (A pronoun's relative clause is all the phrase says: "those who stayed".)
        var dropped: Set<String> = describedPronoun(k, in: words) ? ["parataxis", "punct"] : ["acl:relcl", "parataxis", "punct"]
        if action { dropped.formUnion(["nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc", "conj", "advcl", "expl", "csubj"]) }
        // A noun that is its clause's predicate ("his father was a priest") heads a noun phrase
        // without the clause's subject, copula, auxiliaries and subordinate clauses; not when the
        // clause is what someone said or thought ("said that the rumours were lies").
        if !["ccomp", "csubj"].contains(words[k].deprel), words.contains(where: { $0.head == k + 1 && $0.deprel == "cop" }) {
            dropped.formUnion(["nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass", "expl", "mark", "advcl"])
        }
        var inside: Set<Int> = [k]
        var grew = true
        while grew {
            grew = false
            for w in words.indices where !inside.contains(w) && !anchors.contains(w) {
                guard let head = words[w].head, head > 0, inside.contains(head - 1) else { continue }
                // (A name set beside its noun with no comma, "the lawyer Ivan Sokolov", is kept.)
                let setOffAside = words[w].deprel == "appos" && w > 0 && words[w - 1].upos == "PUNCT"
                if head - 1 == k, dropped.contains(words[w].deprel) || setOffAside || ["case", "mark"].contains(words[w].deprel) && w < k && !isInfinitiveMark(w, in: words) { continue }
                inside.insert(w)
                grew = true
            }
        }
        var first = k, last = k
        while inside.contains(first - 1) { first -= 1 }
        while inside.contains(last + 1) { last += 1 }
        while first < k, words[first].upos == "PUNCT" || words[first].deprel == "cc" { first += 1 }
        while last > k, words[last].upos == "PUNCT" || words[last].deprel == "cc" || isBare(last, inside: inside, in: words) { last -= 1 }
        // A bracket opened inside the phrase is closed inside it ("the Rural Credit Scheme (RCS)").
        let opened = words[first...last].filter { ["(", "["].contains($0.form) }.count - words[first...last].filter { [")", "]"].contains($0.form) }.count
        if opened > 0, last + 1 < words.count, [")", "]"].contains(words[last + 1].form) { last += 1 }
        return Array(first...last)
    }

    /// Whether word `w` is a verb whose own words the phrase left out ("the facility known [as
    /// Harrow Hall]", "recordings made [at the archive]"): a participle that says nothing alone.
    static func isBare(_ w: Int, inside: Set<Int>, in words: [Word]) -> Bool {
        words[w].upos == "VERB" && !words.indices.contains { words[$0].head == w + 1 && inside.contains($0) }
            && words.indices.contains { words[$0].head == w + 1 && words[$0].upos != "PUNCT" }
    }

    /// Whether word `k` is a pronoun a relative clause describes ("those who stayed", "all that
    /// he owned"): a phrase of its own, not a reference to one.
    static func describedPronoun(_ k: Int, in words: [Word]) -> Bool {
        words[k].upos == "PRON" && !["who", "which", "that", "whom", "what"].contains(words[k].form.lowercased())
            && words.contains { $0.head == k + 1 && $0.deprel == "acl:relcl" }
    }

    /// The "to" of an infinitive ("to study the frescoes"): part of a purpose's phrase, unlike a
    /// preposition or "because".
    static func isInfinitiveMark(_ w: Int, in words: [Word]) -> Bool {
        words[w].deprel == "mark" && words[w].form.lowercased() == "to"
    }
}

/// Distances between the words of a parsed sentence, counted in dependency arcs.
struct DependencyPaths {
    /// Each word's ancestors, from itself up to the root.
    private let chains: [[Int]]

    init(_ words: [Word]) {
        chains = words.indices.map { k in
            var chain = [k]
            var seen: Set<Int> = [k]
            while let head = words[chain.last!].head, head > 0, words.indices.contains(head - 1), seen.insert(head - 1).inserted {
                chain.append(head - 1)
            }
            return chain
        }
    }

    /// Word `k` and its ancestors, from it up to the root.
    func chain(_ k: Int) -> [Int] { chains[k] }

    /// Word `k` and every word below it, in order.
    func subtree(of k: Int) -> [Int] { chains.indices.filter { chains[$0].contains(k) } }

    /// The number of arcs on the path between words `a` and `b` (through their lowest common
    /// ancestor); words in different trees are as far apart as the sentence is long.
    func distance(_ a: Int, _ b: Int) -> Int {
        let up = chains[a]
        for (steps, node) in chains[b].enumerated() {
            if let i = up.firstIndex(of: node) { return i + steps }
        }
        return chains.count
    }
}

extension DependencyPaths {
    /// Pronouns that open a relative clause and stand for the noun it is on.
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom"]

    /// The subject of `verb` as a reader understands it, where the parse gives it no subject of its
    /// own: verbs joined by "and" share the first one's ("Orlov opened a school and taught there"),
    /// and an open complement's is its head's object, else its head's subject ("convinced the
    /// guild to leave": the guild leaves; "wanted to leave": who wanted). `relations` are the
    /// relations that count as a subject, and a relative pronoun is the noun its clause is on.
    static func understoodSubject(of verb: Int, relations: Set<String> = ["nsubj"], in words: [Word]) -> Int? {
        var verb = verb
        var seen: Set<Int> = []
        while seen.insert(verb).inserted {
            if let subject = words.indices.first(where: { words[$0].head == verb + 1 && relations.contains(words[$0].deprel) }) {
                // ("the guild that hired Orlov": the relative pronoun stands for the noun its clause is on.)
                if relativePronouns.contains(words[subject].form.lowercased()), words[verb].deprel == "acl:relcl",
                   let head = words[verb].head, head > 0, words.indices.contains(head - 1) { return head - 1 }
                return subject
            }
            guard let head = words[verb].head, head > 0, words.indices.contains(head - 1), words[head - 1].upos == "VERB" else { return nil }
            switch words[verb].deprel {
            case "conj": verb = head - 1
            case "xcomp":
                if let object = words.indices.first(where: { words[$0].head == head && ["obj", "iobj"].contains(words[$0].deprel) }) { return object }
                verb = head - 1
            default: return nil
            }
        }
        return nil
    }
}
