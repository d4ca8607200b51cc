/// Who a word of the tree names (``TreeRoles``): the name or pronoun it lies in, the
/// antecedent of a relative pronoun, the people last named together, those co-ordinated with it.
extension TreeRoles {
    /// The referent a word names: the name or pronoun it lies in, a relative pronoun's
    /// antecedent, or a name hung on it ("the Tsar, Nicholas II").
    func referent(at w: Int) -> SentenceReading.Referent? {
        let t = tree.tokenOfWord[w]
        if tree.words[w].upos == "PRON", EventWords.relativePronouns.contains(tree.lemma(w)) { return antecedent(of: w) }
        let covering = reading.referents.filter { $0.first <= t && t < $0.end }
        if let found = covering.first(where: { !$0.isPossessive }) ?? covering.first { return found }
        for child in tree.dependents(of: w, ["appos", "flat", "compound"]) where tree.tokenOfWord[child] > t {
            let k = tree.tokenOfWord[child]
            guard let named = reading.referents.first(where: { $0.first <= k && k < $0.end && !$0.isPronoun }) else { continue }
            // "the song "Emma Goldman"", "his book Lenin": a name set beside a work is the work's title, no person.
            if EventWords.workNouns.contains(tree.lemma(w)), named.participant.type == .person { return nil }
            return named
        }
        guard ["NOUN", "NUM", "PRON"].contains(tree.words[w].upos) else { return nil }
        if let group = demonstrativeGroup(at: w) { return group }
        // "over 200 members of the Union, including Bronstein": the one named among them.
        for child in tree.dependents(of: w, ["nmod", "appos"]) where tree.caseWord(of: child) == "include" || tree.caseWord(of: child) == "including" {
            if let named = referent(at: child), named.participant.type == .person { return named }
        }
        // "Lenin's health deteriorated": a body's state is its owner's.
        if EventWords.bodyNouns.contains(tree.lemma(w)), let owner = tree.dependents(of: w, ["nmod:poss"]).first.flatMap(referent(at:)),
           owner.participant.type == .person {
            return owner
        }
        return nil
    }

    /// "these men", "the two leaders", "both men": the people last named together, when
    /// there are at least two of them.
    private func demonstrativeGroup(at w: Int) -> SentenceReading.Referent? {
        let group = reading.recentGroup
        guard group.count >= 2, tree.words[w].feature("Number") == "Plur", EventWords.groupNouns.contains(tree.lemma(w)),
              tree.children[w].contains(where: { ["these", "those", "both", "two", "three"].contains(tree.lemma($0)) || tree.words[$0].form.lowercased() == "these" })
        else { return nil }
        let t = tree.tokenOfWord[w]
        return SentenceReading.Referent(first: t, end: t + 1, participant: group[0], isPossessive: false, isPronoun: true, isObjectPronoun: false,
                                        group: Array(group.dropFirst()))
    }

    /// "Kaplan, who was executed": the name just before the relative pronoun, else the noun its clause hangs on.
    /// ("“Ivan, why …?”, which was written": "which" never stands for a person; "lectures at the
    /// University, which were published": a plural verb never has a singular name for its subject.)
    private func antecedent(of w: Int) -> SentenceReading.Referent? {
        guard let found = nearestAntecedent(of: w) else { return nil }
        if tree.lemma(w) == "which", found.participant.type == .person { return nil }
        if tree.base(w) == "nsubj", let verb = tree.head(w), isPlural(verb),
           let named = tree.headWord(ofTokens: found.first..<found.end, in: reading.tokens), tree.words[named].feature("Number") == "Sing",
           tree.dependents(of: named, ["conj"]).isEmpty { return nil }
        return found
    }

    /// Whether verb `v` (or its auxiliary) is written plural: "were published", "have written" (a
    /// past form such as "published" shows no number).
    private func isPlural(_ v: Int) -> Bool {
        ([v] + tree.dependents(of: v, ["aux", "aux:pass", "cop"])).contains { tree.words[$0].xpos == "VBP" || tree.words[$0].form.lowercased() == "were" }
    }

    private func nearestAntecedent(of w: Int) -> SentenceReading.Referent? {
        var k = tree.tokenOfWord[w] - 1
        if k >= 0, reading.tokens[k].isMark(",") { k -= 1 }
        if let before = reading.referents.last(where: { $0.end - 1 == k && !$0.isPronoun && !$0.isPossessive }) {
            // "the song "Emma Goldman", which was released": the title of a work, not the person it is named after.
            if before.participant.type == .person, let named = tree.word(ofToken: before.first, in: reading.tokens), tree.base(named) == "appos",
               let work = tree.head(named), EventWords.workNouns.contains(tree.lemma(work)) { return nil }
            return before
        }
        var clause = w
        while let head = tree.head(clause), tree.words[clause].relation != "acl:relcl" { clause = head }
        guard tree.words[clause].relation == "acl:relcl", let noun = tree.head(clause), noun != w else { return nil }
        return referent(at: noun)
    }

    /// The people co-ordinated with a subject word: "Kamenev and Zinoviev".
    func coordinated(with w: Int) -> [Participant] {
        tree.dependents(of: w, ["conj"]).compactMap { referent(at: $0)?.participant }
    }
}
