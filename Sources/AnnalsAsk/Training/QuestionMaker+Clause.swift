import AnnalsGrammar

extension QuestionMaker {
    /// A verb with a subject, and the phrases that depend on it.
    struct Clause {
        var verb: Int
        var subject: Int
        var auxiliaries: [Int]
        /// The verb's dependents a question may ask for or keep: not its subject's auxiliaries,
        /// punctuation, conjunctions or clauses joined to it.
        var dependents: [Int]

        /// Relations of the verb's dependents that no question made from it keeps.
        static let left: Set<String> = ["punct", "mark", "cc", "conj", "parataxis", "aux", "aux:pass", "cop", "discourse", "vocative", "dep",
                                        "list", "reparandum", "expl", "csubj", "advmod", "dislocated", "orphan"]

        /// The clause of `verb`, or nil when it has no subject of its own or is denied.
        init?(_ verb: Int, in words: [Word]) {
            let children = words.indices.filter { words[$0].head == verb + 1 }
            guard let subject = children.first(where: { words[$0].deprel.hasPrefix("nsubj") }),
                  ["NOUN", "PROPN", "PRON"].contains(words[subject].upos),
                  !children.contains(where: { AnswerWords.shipped.negationWords.contains(words[$0].form.lowercased()) }) else { return nil }
            self.verb = verb
            self.subject = subject
            auxiliaries = children.filter { ["aux", "aux:pass"].contains(words[$0].deprel) && $0 < verb }
            dependents = children.filter { !Self.left.contains(words[$0].deprel) }
        }

        func isSubject(_ k: Int) -> Bool { k == subject }

        /// The question's words: the asked words, then the clause in question order with the
        /// phrases `keeping` (some left out at random), then a stranded preposition and "?";
        /// nil when the verb's form gives no question order (a bare participle).
        func question(asking asked: Asked, keeping: [Int], in words: [Word], rewording: Rewording, random: inout some RandomNumberGenerator) -> [String]? {
            let rest = keeping.filter { words[$0].deprel == "obj" || Double.random(in: 0..<1, using: &random) >= 0.25 }.sorted()
            // (Some of the sentence's words said otherwise.)
            var words = words
            for k in rest.flatMap({ Self.subtree($0, in: words) }) where words[k].upos == "NOUN" && Double.random(in: 0..<1, using: &random) < rewording.nounShare {
                if let other = rewording.nouns.randomElement(using: &random) { (words[k].form, words[k].lemma) = (other, other) }
            }
            if Double.random(in: 0..<1, using: &random) < rewording.verbShare, let other = rewording.verbs.randomElement(using: &random) {
                (words[verb].form, words[verb].lemma) = (other, other)
            }
            var after = rest.flatMap { Self.written(Self.subtree($0, in: words), in: words, random: &random) }
            if asked.action { after = asked.completing ? ["to", "do"] : ["do"] }
            var question = asked.words
            if asked.subject {
                question += auxiliaries.map { words[$0].form.lowercased() } + [words[verb].form]
            } else {
                let subjectWords = Self.written(Self.subtree(subject, in: words), in: words, random: &random)
                if let first = auxiliaries.first {
                    question += [words[first].form.lowercased()] + subjectWords + auxiliaries.dropFirst().map { words[$0].form } + (asked.action ? [] : [words[verb].form])
                } else {
                    let support = ["VBD": "did", "VBZ": "does", "VBP": "do"]
                    guard let auxiliary = support[words[verb].xpos] else { return nil }
                    question += [auxiliary] + subjectWords + (asked.action && !asked.completing ? [] : [words[verb].lemma])
                }
            }
            question += after + (asked.stranded.map { [$0] } ?? []) + ["?"]
            question[0] = question[0].prefix(1).uppercased() + question[0].dropFirst()
            return question.count >= 4 ? question : nil
        }

        /// The forms of `indices`, some modifiers left out at random, the first lower-cased
        /// unless it is a name.
        static func written(_ indices: [Int], in words: [Word], random: inout some RandomNumberGenerator) -> [String] {
            let kept = indices.filter { k in
                words[k].upos != "PUNCT" && !(["amod", "advmod", "det"].contains(words[k].deprel) && Double.random(in: 0..<1, using: &random) < 0.2)
            }
            return kept.enumerated().map { n, k in
                n == 0 && k == 0 && words[k].upos != "PROPN" && words[k].form != "I" ? words[k].form.lowercased() : words[k].form
            }
        }

        /// Word `k` and every word under it, in order.
        static func subtree(_ k: Int, in words: [Word]) -> [Int] {
            DependencyPaths(words).subtree(of: k)
        }
    }
}
