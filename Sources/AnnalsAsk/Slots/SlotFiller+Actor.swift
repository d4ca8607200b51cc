import AnnalsGrammar

extension SlotFiller {
    /// The name the question gives the one who acts: the words of its verb's subject when that
    /// is a name ("What did the Orlov brothers found?": none; "What did Anna Petrova found?":
    /// anna, petrova), with any name joined to it by "and"; nil when the subject is no name, is
    /// the asked phrase ("Which Dorvik merchant…") or owns another noun ("Orlov's ship").
    static func namedActor(in words: [Word]) -> Set<String>? {
        guard let verb = words.firstIndex(where: { $0.head == 0 && $0.upos == "VERB" }),
              let subject = words.indices.first(where: { words[$0].head == verb + 1 && words[$0].deprel == "nsubj" && words[$0].upos == "PROPN" }),
              !words.contains(where: { $0.head == subject + 1 && $0.deprel == "case" }) else { return nil }
        let tree = DependencyPaths(words)
        let phrase = tree.subtree(of: subject)
        // (The phrase right after "which" is the asked one, however parsed.)
        if let first = phrase.first, first > 0, ["which", "what", "whose"].contains(words[first - 1].form.lowercased()) { return nil }
        let name = phrase.filter { k in words[k].upos == "PROPN" && tree.chain(k).prefix(while: { $0 != subject }).allSatisfy { ["flat", "compound", "conj"].contains(words[$0].deprel) } }
        let set = Set(name.map { AnswerFinder.folded(words[$0].form) }.filter { $0.count > 1 })
        return set.isEmpty ? nil : set
    }

    /// Words that may stand for someone named before.
    static let personalPronouns: Set<String> = ["he", "she", "it", "they", "his", "her", "its", "their", "him", "them"]

    /// Whether a sentence leaves out the one a question names as acting: it writes no word of
    /// the name (a form of it will do: "Dorvik" in "Dorvik's", "Latvia" in "Latvian"), names no one
    /// so called, and it is no article about them — unless a pronoun that is its subject, or owns
    /// it, may stand for them, named in the sentence before or in its paragraph.
    static func isAbsent(_ actor: Set<String>, from passage: Passage, words parsed: [Word]?) -> Bool {
        func writes(_ text: String) -> Bool {
            let written = QuestionReader.words(text).map(AnswerFinder.folded)
            return written.contains { w in actor.contains { a in w == a || min(w.count, a.count) >= 4 && (w.hasPrefix(a) || a.hasPrefix(w)) } }
        }
        if writes(passage.text) || passage.names.contains(where: { writes($0.name) }) || passage.documentSubject.map(writes) == true { return false }
        // (A subject's pronoun, or its owner's: "their" in "the firms opened their plants" is the firms'.)
        let hasPronoun = parsed.map { words in
            words.contains { word in
                guard Self.personalPronouns.contains(word.form.lowercased()) else { return false }
                if word.deprel.hasPrefix("nsubj") { return true }
                guard word.deprel == "nmod:poss", let head = word.head, words.indices.contains(head - 1) else { return false }
                return words[head - 1].deprel.hasPrefix("nsubj")
            }
        } ?? QuestionReader.words(passage.text).contains { Self.personalPronouns.contains($0.lowercased()) }
        return !(hasPronoun && (passage.previousNames.contains { writes($0.name) } || writes(passage.paragraphText.isEmpty ? passage.previousText : passage.paragraphText)))
    }
}
