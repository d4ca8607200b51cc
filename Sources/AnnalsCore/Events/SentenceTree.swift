/// One sentence's dependency tree as the claim readers walk it: each grammar word with
/// its dependents, and where the reader tokens and the words meet (a reader token begins
/// in one word; a token of several words, "Lenin's", holds them all).
struct SentenceTree {
    let words: [AnalyzedWord]
    /// The dependents of each word, in sentence order.
    let children: [[Int]]
    /// The reader token each word lies in.
    let tokenOfWord: [Int]

    init(sentence: AnalyzedSentence, tokens: [ReaderToken]) {
        words = sentence.words
        var children = [[Int]](repeating: [], count: sentence.words.count)
        for (k, word) in sentence.words.enumerated() {
            if let head = word.head, head >= 0, head < children.count { children[head].append(k) }
        }
        self.children = children
        var tokenOfWord = [Int](repeating: 0, count: sentence.words.count)
        var t = 0
        for w in sentence.words.indices {
            while t + 1 < tokens.count, tokens[t + 1].word <= w { t += 1 }
            tokenOfWord[w] = t
        }
        self.tokenOfWord = tokenOfWord
    }

    /// The word reader token `i` begins in.
    func word(ofToken i: Int, in tokens: [ReaderToken]) -> Int? {
        guard i >= 0, i < tokens.count, tokens[i].word < words.count else { return nil }
        return tokens[i].word
    }

    /// The relation without its subtype: "nsubj:pass" → "nsubj".
    func base(_ w: Int) -> Substring {
        words[w].relation.split(separator: ":", maxSplits: 1).first ?? ""
    }

    func lemma(_ w: Int) -> String { words[w].lemma.lowercased() }

    func head(_ w: Int) -> Int? { words[w].head }

    /// The dependents of `w` whose relation (or its base) is one of `relations`.
    func dependents(of w: Int, _ relations: Set<String>) -> [Int] {
        children[w].filter { relations.contains(words[$0].relation) || relations.contains(String(base($0))) }
    }

    /// The case word of a nominal ("to" in "to Samara"), lower-cased.
    func caseWord(of w: Int) -> String? {
        let marks = dependents(of: w, ["case", "mark"])
        guard !marks.isEmpty else { return nil }
        return marks.map { lemma($0) }.joined(separator: " ")
    }

    /// Whether word `w` lies in a relative clause that describes what it hangs on ("Kaplan,
    /// who was executed", "the paper, which he had founded"); one opened by "where" or
    /// "when" goes on with the story ("made his way to London, where he attended the Congress").
    func isInDescriptiveClause(_ w: Int) -> Bool {
        ([w] + ancestors(of: w)).contains { k in words[k].relation == "acl:relcl" && !isNarrativeRelative(k) }
    }

    /// Whether clause `k` is opened by "where" or "when" ([narrative-relatives]).
    func isNarrativeRelative(_ k: Int) -> Bool {
        children[k].contains { EventWords.narrativeRelatives.contains(lemma($0)) && base($0) == "advmod" }
    }

    /// Whether `a` is `b` or one of its ancestors.
    func dominates(_ a: Int, _ b: Int) -> Bool {
        var k: Int? = b
        var steps = 0
        while let current = k, steps <= words.count {
            if current == a { return true }
            k = words[current].head
            steps += 1
        }
        return false
    }

    /// The ancestors of `w`, nearest first.
    func ancestors(of w: Int) -> [Int] {
        var chain: [Int] = []
        var k = words[w].head
        while let current = k, chain.count <= words.count {
            chain.append(current)
            k = words[current].head
        }
        return chain
    }

    /// Relations that open a clause of their own.
    static let clauseRelations: Set<String> = ["root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"]

    /// Whether `w` heads a clause: a verb, or a word with a copula or a subject of its own.
    func headsClause(_ w: Int) -> Bool {
        words[w].upos == "VERB" || !dependents(of: w, ["cop", "nsubj", "csubj"]).isEmpty
            || (Self.clauseRelations.contains(String(base(w))) && words[w].upos != "NOUN" && words[w].upos != "PROPN")
    }

    /// The word whose tokens a span of reader tokens holds and whose head lies outside it.
    func headWord(ofTokens range: Range<Int>, in tokens: [ReaderToken]) -> Int? {
        let inside = words.indices.filter { range.contains(tokenOfWord[$0]) }
        return inside.first { w in words[w].head.map { !range.contains(tokenOfWord[$0]) } ?? true } ?? inside.first
    }

    /// The word an event said by word `w` is read at: `w` itself, or for a preposition
    /// ("given by Stalin in Pravda, November 6": the words printed in a paper) the verb
    /// its phrase belongs to.
    func eventWord(at w: Int) -> Int {
        guard words[w].upos == "ADP" else { return w }
        return ancestors(of: w).first { words[$0].upos == "VERB" } ?? w
    }

    /// The reader tokens of the whole subtree of `w`, as a range.
    func tokenSpan(ofSubtree w: Int) -> Range<Int> {
        var low = tokenOfWord[w], high = tokenOfWord[w]
        var stack = [w]
        var seen = 0
        while let k = stack.popLast(), seen <= words.count {
            seen += 1
            low = min(low, tokenOfWord[k])
            high = max(high, tokenOfWord[k])
            stack += children[k]
        }
        return low..<(high + 1)
    }
}
