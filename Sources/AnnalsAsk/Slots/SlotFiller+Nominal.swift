import AnnalsGrammar

extension SlotFiller {
    /// The nouns of a sentence that name the question's verb as an event ("the formation of the
    /// union" for "form", "his invasion of Dorvik" for "invade"): a word WordNet derives from
    /// the verb, or the verb from it, that begins as the verb does.
    static func nominals(of frame: QuestionFrame, in words: [Word]) -> [Int] {
        let related = RelatedWords.shipped.words(relatedTo: AnswerFinder.stem(frame.predicate))
        let root = String(frame.predicate.prefix(4))
        guard frame.predicate.count >= 4, !related.isEmpty else { return [] }
        return words.indices.filter { k in
            let lemma = words[k].lemma.lowercased()
            return words[k].upos == "NOUN" && lemma.hasPrefix(root) && related.contains(lemma)
        }
    }

    /// The phrase on an event's noun that fills the question's slot: the one it was done to
    /// after "of" ("the formation of the union"), the doer after "by" or as the owner ("the
    /// guild's founding of the school"), or the phrase after the asked preposition.
    static func filler(of frame: QuestionFrame, nominal n: Int, in words: [Word]) -> Int? {
        let dependents = words.indices.filter { words[$0].head == n + 1 && words[$0].deprel.hasPrefix("nmod") }
        func marked(_ preposition: String) -> Int? {
            dependents.first { k in words.contains { $0.head == k + 1 && $0.deprel == "case" && $0.lemma.lowercased() == preposition } }
        }
        switch frame.slot {
        case .object where !frame.isPassive, .subject where frame.isPassive:
            return marked("of")
        case .subject:
            return marked("by") ?? dependents.first { words[$0].deprel == "nmod:poss" && words[$0].upos != "PRON" }
        case .oblique(let preposition) where preposition != "of" && preposition != "by":
            return marked(preposition)
        default:
            return nil
        }
    }
}
