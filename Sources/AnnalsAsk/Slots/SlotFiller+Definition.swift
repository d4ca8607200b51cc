public import AnnalsGrammar

extension SlotFiller {
    /// The words of a question that asks only what something is ("Who was Ivan Sokolov?", "What
    /// is the Green Charter?"): the subject phrase's words, without its determiners and
    /// punctuation, its head first; nil for any other question. The question word is the
    /// predicate of a copula with that phrase for its subject, and the clause says nothing else.
    static func definedPhrase(in question: [Word]) -> [String]? {
        guard let root = question.firstIndex(where: { $0.head == 0 }) else { return nil }
        let children = question.indices.filter { question[$0].head == root + 1 }
        guard let subject = children.first(where: { question[$0].deprel == "nsubj" }) else { return nil }
        // ("What is X?" is read with either word as the predicate, the copula on either.)
        let asked = ["what", "who"]
        let (wh, named) = asked.contains(question[root].form.lowercased()) ? (root, subject) : (subject, root)
        let copulas = question.indices.filter { question[$0].deprel == "cop" && [wh + 1, named + 1].contains(question[$0].head) }
        // (Words of the clause besides, "Who was X in 1905?", ask more than what X is.)
        let clauseWords: Set<String> = ["obl", "advmod", "advcl", "xcomp", "ccomp", "obj", "iobj", "mark", "aux", "nmod:tmod", "obl:tmod"]
        guard asked.contains(question[wh].form.lowercased()), !copulas.isEmpty,
              children.allSatisfy({ [wh, named].contains($0) || !clauseWords.contains(question[$0].deprel) }) else { return nil }
        let paths = DependencyPaths(question)
        let left = Set((wh == root ? [wh] : paths.subtree(of: wh)) + copulas)
        let inside = paths.subtree(of: named).filter { !left.contains($0) && !["DET", "PUNCT"].contains(question[$0].upos) }
        guard !inside.isEmpty, !inside.contains(where: { question[$0].upos == "PRON" }) else { return nil }
        return [question[named].form.lowercased()] + inside.filter { $0 != named }.map { question[$0].form.lowercased() }
    }

    /// What the sentence says the asked phrase is: the phrase set beside it as its apposition
    /// ("Ivan Sokolov, a young lawyer"; "a young lawyer, Ivan Sokolov"), or the other side of a
    /// copula it stands on ("The Green Charter was a treaty of the guilds"). Its offsets, or nil.
    static func definition(of phrase: [String], in words: [Word], spans: [Range<Int>]) -> Range<Int>? {
        guard let headForm = phrase.first else { return nil }
        let paths = DependencyPaths(words)
        for m in words.indices where words[m].form.lowercased() == headForm {
            // The sentence's phrase must hold all the question's words.
            let own = Set(paths.subtree(of: m).map { words[$0].form.lowercased() })
            guard phrase.allSatisfy(own.contains) else { continue }
            let children = words.indices.filter { words[$0].head == m + 1 }
            let head = words[m].head.flatMap { $0 > 0 ? $0 - 1 : nil }
            func copula(_ k: Int) -> Bool { words.contains { $0.head == k + 1 && $0.deprel == "cop" } }
            let options = (words[m].deprel == "appos" ? [head].compactMap { $0 } : [])
                + children.filter { words[$0].deprel == "appos" }
                + (words[m].deprel == "nsubj" ? [head].compactMap { $0 }.filter(copula) : [])
                + (copula(m) ? children.filter { words[$0].deprel == "nsubj" } : [])
            for other in options {
                // (Without the copula: "a young lawyer", not "was a young lawyer".)
                let inside = SpanRanker.phrase(other, in: words, leaving: [m], action: false).filter { !(words[$0].deprel == "cop" && words[$0].head == other + 1) }
                // It must say something the question does not.
                guard let first = inside.first, let last = inside.last, !(first...last).contains(m),
                      inside.contains(where: { ["NOUN", "PROPN", "ADJ", "NUM"].contains(words[$0].upos) && !phrase.contains(words[$0].form.lowercased()) }) else { continue }
                return spans[first].lowerBound..<spans[last].upperBound
            }
        }
        return nil
    }

    /// The noun a question asks the name of ("What is the name of the duchy's largest harbour?":
    /// "harbour"), read from its parse: the head of the phrase after "name of", or, where that is
    /// a noun too general to look for ("the port city"), the noun before it. Nil where the
    /// question asks no name of a noun, or none specific enough (``QuestionReader/isHead(_:)``).
    public static func namedNoun(in question: [Word]) -> String? {
        guard let name = question.firstIndex(where: { ["name", "names"].contains($0.form.lowercased()) }),
              let noun = question.indices.first(where: { question[$0].head == name + 1 && question[$0].deprel == "nmod" && question[$0].upos == "NOUN" }),
              question.contains(where: { $0.head == noun + 1 && $0.deprel == "case" && $0.form.lowercased() == "of" }) else { return nil }
        let lemma = question[noun].lemma.lowercased()
        if QuestionReader.isHead(lemma) { return lemma }
        return question.indices.last { $0 < noun && question[$0].head == noun + 1 && question[$0].deprel == "compound" && question[$0].upos == "NOUN" }
            .map { question[$0].lemma.lowercased() }.flatMap { QuestionReader.isHead($0) ? $0 : nil }
    }
}
