import Foundation

extension ClauseRepairs {
    /// In a direct question opened by a question phrase, a form of "do" right after that
    /// phrase ("In what year did the price of grain fall?", "What did the council and the
    /// guild start after the riots?") is the auxiliary of a bare verb, and the words between
    /// them are its subject: a noun phrase, which ends where that verb begins. The verb is
    /// the first word after a noun, a name, a pronoun or a number that can be a bare verb
    /// (the dictionary says so, or the tagger read it as one) and is not followed by a noun
    /// it could be modifying ("the oil price rise"): it becomes the clause's head, "do" its
    /// auxiliary, the noun phrase its subject, the question phrase its object (its oblique
    /// after a preposition, an adverb where the question word is one).
    ///
    /// A tree that already hangs "do" on that verb as its auxiliary is left as it is.
    static func questionDoSupport(_ words: inout [Word], lexicon: Lexicon) {
        guard words.last?.form == "?", let aux = words.indices.prefix(8).first(where: { isDoSupport(words[$0]) }), aux > 0,
              words[..<aux].contains(where: { questionWords.contains($0.form.lowercased()) }),
              !words[..<aux].contains(where: { ["VERB", "AUX"].contains($0.upos) }),
              let verb = bareVerb(after: aux, in: words, lexicon: lexicon) else { return }
        guard words[aux].deprel != "aux" || words[aux].head != verb + 1 || words[verb].upos != "VERB" else {
            askedIsNoSubject(&words, aux: aux, verb: verb)
            return
        }
        var repaired = words
        rebuild(&repaired, aux: aux, verb: verb)
        if isTree(repaired) { words = repaired }
    }

    /// The words with ``questionDoSupport(_:lexicon:)`` alone made.
    static func questionDoSupportApplied(_ words: [Word], lexicon: Lexicon) -> [Word] {
        var words = words
        questionDoSupport(&words, lexicon: lexicon)
        return words
    }

    private static func isDoSupport(_ word: Word) -> Bool {
        ["VERB", "AUX"].contains(word.upos) && word.lemma.lowercased() == "do" && ["VBD", "VBZ", "VBP"].contains(word.xpos)
    }

    /// Words that may end a noun phrase: a bare verb after one begins the predicate.
    private static let phraseEnds: Set<String> = ["NOUN", "PROPN", "PRON", "NUM"]

    /// The bare verb after the subject that follows "do" at `aux`; nil when none fits. Of the words
    /// that may be one, the first the tagger read as a bare verb, else the first not followed by a
    /// noun, else the first.
    static func bareVerb(after aux: Int, in words: [Word], lexicon: Lexicon) -> Int? {
        guard aux + 2 < words.count, ["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"].contains(words[aux + 1].upos) else { return nil }
        var last = aux + 1
        var candidates: [Int] = []
        for k in (aux + 2)..<(words.count - 1) {
            let word = words[k]
            // "did some buyers not like": a negation between subject and verb.
            if word.upos == "PART", negations.contains(word.form.lowercased()) { continue }
            if word.upos == "PUNCT", ["\"", "'", "”", "’"].contains(word.form) { continue }
            // A subject holds no verb of its own ("did the envoy observed the terms…": no reading), though a
            // plural may be read as one ("the Vega I tests carry").
            if word.upos == "AUX" || word.upos == "VERB" && ["VBD", "VBZ", "VBP"].contains(word.xpos) && !mayEndNounPhrase(word, lexicon: lexicon) { break }
            defer { last = k }
            guard mayEndNounPhrase(words[last], lexicon: lexicon), !word.form.contains(where: \.isNumber) else { continue }
            let mayBeVerb = word.upos == "VERB" && word.xpos == "VB" || lexicon.parts(of: word.form).map { $0.contains(.verb) } == true
            // A capital after a name goes on with the name ("Vega Electric Works") unless read as a verb.
            guard mayBeVerb, word.upos == "VERB" || word.form.first?.isUppercase != true || words[last].upos != "PROPN" else { continue }
            candidates.append(k)
        }
        return candidates.first { words[$0].upos == "VERB" && words[$0].xpos == "VB" }
            ?? candidates.first { !["NOUN", "PROPN"].contains(words[$0 + 1].upos) } ?? candidates.first
    }

    /// Whether a word may end a noun phrase, so that a bare verb after it begins the predicate:
    /// a noun, a name, a pronoun or a number, a capitalised adjective ("the Great Famine"), or a
    /// word the dictionary has as a noun ("tests" read as a verb).
    private static func mayEndNounPhrase(_ word: Word, lexicon: Lexicon) -> Bool {
        if phraseEnds.contains(word.upos) || word.upos == "ADJ" && word.form.first?.isUppercase == true { return true }
        guard ["VERB", "ADJ"].contains(word.upos), let parts = lexicon.parts(of: word.form) else { return false }
        return !parts.isDisjoint(with: [.noun, .plural])
    }

    /// Hangs the question on `verb`: "do" its auxiliary, the question phrase and the subject
    /// (each's words kept as the parse joined them) below it, everything "do" held too.
    private static func rebuild(_ words: inout [Word], aux: Int, verb: Int) {
        let asked = 0..<aux, subject = (aux + 1)..<verb
        let denials = subject.filter { words[$0].upos == "PART" && negations.contains(words[$0].form.lowercased()) }
        let askedHead = regionHead(asked, in: words)
        let subjectHead = regionHead(subject.filter { !denials.contains($0) }, in: words)
        rehang(asked, head: askedHead, in: &words, verb: verb)
        rehang(subject.filter { !denials.contains($0) }, head: subjectHead, in: &words, verb: verb)
        if let askedHead { words[askedHead].deprel = askedRelation(askedHead, in: words, before: aux) }
        if let subjectHead { words[subjectHead].deprel = "nsubj" }
        for k in denials { (words[k].head, words[k].deprel) = (verb + 1, "advmod") }
        // What follows the verb and hung on a word before it is the verb's: "did the mill end production" (its object).
        for k in words.indices where k > verb && (index(of: words[k].head) ?? 0) < verb {
            words[k].head = verb + 1
            if ["root", "nsubj"].contains(words[k].deprel) { words[k].deprel = Self.phraseEnds.contains(words[k].upos) ? "obj" : "dep" }
        }
        if words[verb].upos != "VERB" { words[verb].lemma = words[verb].form.lowercased() }
        (words[verb].head, words[verb].deprel, words[verb].upos, words[verb].xpos) = (0, "root", "VERB", "VB")
        (words[aux].head, words[aux].deprel, words[aux].upos) = (verb + 1, "aux", "AUX")
    }

    /// "Who did the abbess marry?" read with two subjects, "Who" and "abbess": the subject is the noun
    /// phrase after "do", so the question phrase is the verb's object (its oblique after a
    /// preposition, an adverb where the question word is one).
    private static func askedIsNoSubject(_ words: inout [Word], aux: Int, verb: Int) {
        guard let asked = regionHead(0..<aux, in: words), let subject = regionHead((aux + 1)..<verb, in: words),
              [asked, subject].allSatisfy({ words[$0].head == verb + 1 && words[$0].deprel == "nsubj" }) else { return }
        words[asked].deprel = askedRelation(asked, in: words, before: aux)
    }

    /// The question phrase's relation to the verb: an adverb's "advmod", a phrase after a preposition "obl", else "obj".
    private static func askedRelation(_ asked: Int, in words: [Word], before aux: Int) -> String {
        if words[asked].upos == "ADV" { return "advmod" }
        return (0..<aux).contains { $0 < asked && words[$0].upos == "ADP" } ? "obl" : "obj"
    }

    /// The word of a run that the rest hang on: of those whose head lies outside it, the first
    /// noun, name or number, the last of its compound ("the grain price"); a pronoun or a
    /// question word when it stands alone ("What", "When").
    private static func regionHead<C: Collection<Int>>(_ region: C, in words: [Word]) -> Int? {
        let outward = region.filter { k in index(of: words[k].head).map { !region.contains($0) } ?? true }
        let nominal: (Int) -> Bool = { ["NOUN", "PROPN", "NUM"].contains(words[$0].upos) }
        if var head = outward.first(where: nominal) {
            while outward.contains(head + 1), nominal(head + 1), words[head + 1].upos == words[head].upos { head += 1 }
            return head
        }
        return outward.first { phraseEnds.contains(words[$0].upos) } ?? outward.last { words[$0].upos != "ADP" && words[$0].upos != "PUNCT" }
    }

    /// Hangs the words of a run whose heads lie outside it: its head on the verb; a preposition
    /// or a conjunction on the noun after it; a determiner, an adjective or a noun before the
    /// head, with nothing between that opens a phrase of its own, on the head; a noun after a
    /// conjunction on the head as its conjunct; a noun after a preposition on the noun before
    /// that; anything else on the run's head.
    private static func rehang<C: Collection<Int>>(_ region: C, head: Int?, in words: inout [Word], verb: Int) {
        guard let head else { return }
        let outward = region.filter { k in index(of: words[k].head).map { !region.contains($0) } ?? true }
        for k in outward {
            if k == head { words[k].head = verb + 1; continue }
            let nominalAfter = region.first { $0 > k && phraseEnds.contains(words[$0].upos) }
            let before = region.filter { $0 < k }
            let modifiesHead = k < head && !(k..<head).contains { ["ADP", "CCONJ"].contains(words[$0].upos) }
            switch words[k].upos {
            case "ADP" where nominalAfter != nil: (words[k].head, words[k].deprel) = (nominalAfter! + 1, "case")
            case "CCONJ" where nominalAfter != nil: (words[k].head, words[k].deprel) = (nominalAfter! + 1, "cc")
            case "DET" where modifiesHead: (words[k].head, words[k].deprel) = (head + 1, "det")
            case "ADJ" where modifiesHead: (words[k].head, words[k].deprel) = (head + 1, "amod")
            case _ where modifiesHead && ["NOUN", "PROPN"].contains(words[k].upos): (words[k].head, words[k].deprel) = (head + 1, "compound")
            case _ where before.contains { words[$0].upos == "CCONJ" }: (words[k].head, words[k].deprel) = (head + 1, "conj")
            case _ where before.last(where: { !["DET", "ADJ"].contains(words[$0].upos) }).map({ words[$0].upos == "ADP" }) == true:
                let preposition = before.last { words[$0].upos == "ADP" } ?? k
                let owner = before.last { $0 < preposition && phraseEnds.contains(words[$0].upos) } ?? head
                (words[k].head, words[k].deprel) = (owner + 1, "nmod")
            default:
                words[k].head = head + 1
                if ["root", "nsubj", "obj", "obl"].contains(words[k].deprel) { words[k].deprel = "dep" }
            }
        }
    }

    /// Whether every word reaches the one root without a cycle.
    static func isTree(_ words: [Word]) -> Bool {
        guard words.filter({ $0.head == 0 }).count == 1 else { return false }
        for start in words.indices {
            var k = start, steps = 0
            while let head = index(of: words[k].head) {
                k = head
                steps += 1
                if steps > words.count { return false }
            }
            if words[k].head != 0 { return false }
        }
        return true
    }
}
