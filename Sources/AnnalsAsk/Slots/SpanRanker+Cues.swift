import AnnalsGrammar

/// What the ranker reads of a question: the kind of phrase it asks for, its words, the
/// part its question phrase plays, who acts in it.
extension SpanRanker {
    /// The cues of a parsed question; nil for a question that asks for a name, a date or a
    /// place (those are answered by what the record knows, not by a phrase).
    func cues(_ question: [Word]) -> Cues? {
        let lower = question.map { $0.form.lowercased() }
        guard let wh = lower.firstIndex(where: lexicon.questionWords.contains) else { return nil }
        let next = wh + 1 < lower.count ? lower[wh + 1] : ""
        var wanted: Wanted
        switch lower[wh] {
        case "why": wanted = .reason
        case "how" where ["many", "much"].contains(next): wanted = .number
        case "how" where question.indices.contains(wh + 1) && ["ADJ", "ADV"].contains(question[wh + 1].upos): return nil
        case "how":
            let verb = question.last { $0.upos == "VERB" }.map { $0.lemma.lowercased() }
            wanted = .manner(causeToo: verb.map(lexicon.causeVerbs.contains) == true)
        case "where": wanted = .place
        // ("Who introduced the plague?": where no name answers, a noun phrase naming people does, "Flemish
        // weavers"; the span model learns of such phrases from questions made with "what".)
        case "who", "whom": wanted = .thing
        case "what", "which":
            if lexicon.timeNouns.contains(next) { return nil }
            wanted = .thing
        default: return nil
        }
        // ("what spacecraft", "which law": the noun the question word determines plays the part.)
        let phrase = QuestionFrame.determined(by: wh, in: question) ?? wh
        // ("What was Marsh's trade?": the noun the question word stands for names what is asked, whichever of
        // the two the parse makes the predicate; the sentence need not use it, "Marsh, a telegraph clerk".)
        var asked: Int?
        if question[wh].deprel.hasPrefix("nsubj"), let head = question[wh].head, head > 0, question[head - 1].upos == "NOUN",
           question.contains(where: { $0.head == head && $0.deprel == "cop" }) {
            asked = head - 1
        } else if question[wh].head == 0, question.contains(where: { $0.head == wh + 1 && $0.deprel == "cop" }) {
            asked = question.indices.first { question[$0].head == wh + 1 && question[$0].deprel == "nsubj" && question[$0].upos == "NOUN" }
        }
        // ("What happened to …?", "What did the council do?": an action is asked for.)
        // ("What did he promise to do?" with the question word hung on "promise": the infinitive "do" asks
        // for what he promised, the clause that completes "promise".)
        func doing(_ verb: Int) -> Bool { lexicon.actionVerbs.contains(question[verb].lemma.lowercased()) && question[verb].upos == "VERB" }
        var completes = false
        if wanted == .thing, let head = question[phrase].head, question.indices.contains(head - 1) {
            // (The parse may hang the infinitive as a clause of its own; its "to" tells it.)
            completes = !doing(head - 1) && question.indices.contains { verb in
                question[verb].head == head && verb > phrase && doing(verb)
                    && (question[verb].deprel == "xcomp" || question.contains { $0.head == verb + 1 && $0.deprel == "mark" && $0.form.lowercased() == "to" })
            }
            if doing(head - 1) || completes { wanted = .action }
        }
        // ("What kind of fiction": the noun after "kind of" is the one asked for.)
        let sorted = phrase != wh && lexicon.sortNouns.contains(question[phrase].lemma.lowercased())
            ? question.indices.first { k in question[k].head == phrase + 1 && question[k].deprel.hasPrefix("nmod") && question[k].upos == "NOUN" } : nil
        let asksOf = sorted ?? phrase
        var content: Set<String> = [], plain: Set<String> = []
        for (k, word) in question.enumerated() where k != wh && k != phrase && k != asksOf && ["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"].contains(word.upos) {
            let lemma = word.lemma.lowercased()
            guard !lexicon.auxiliaries.contains(lemma), !lexicon.askingWords.contains(lemma), !lexicon.actionVerbs.contains(lemma) || wanted != .action,
                  !lexicon.questionWords.contains(lower[k]) else { continue }
            content.insert(lemma)
            content.insert(lower[k])
            if word.upos != "PROPN", k != asked { plain.formUnion([lemma, lower[k]]) }
        }
        var vocabulary = Set(question.flatMap { [$0.form.lowercased(), $0.lemma.lowercased()] })
        // (The noun of "which N" is no word the answer repeats: "the most remote districts" answers "which districts".)
        let noun: Set<String> = phrase != wh ? [question[asksOf].lemma.lowercased(), lower[asksOf]] : []
        vocabulary.subtract(noun)
        var role = Role(phrase, in: question)
        // ("What was Hugh Arden?" parsed with the name for predicate: the question word is what he was.)
        if question[phrase].deprel.hasPrefix("nsubj"), let head = question[phrase].head, head > 0,
           question.contains(where: { $0.head == head && $0.deprel == "cop" }) { role.relation = "predicate" }
        if completes { role = Role(relation: "complement") }
        return Cues(wanted: wanted, content: content, plain: plain, noun: noun, vocabulary: vocabulary, role: role, agent: Self.agent(of: question, besides: phrase),
                    patient: Self.agent(of: question, besides: phrase, relations: ["obj", "iobj"]),
                    names: question.indices.filter { question[$0].upos == "PROPN" }.map { Set(Self.name(of: $0, in: question).map { lower[$0] }) },
                    nounIsPlural: phrase != wh && ["NNS", "NNPS"].contains(question[phrase].xpos), asksSort: sorted != nil,
                    about: Self.about(question, besides: [wh, phrase, asksOf]), asksName: asksName(question),
                    asksWho: ["who", "whom"].contains(lower[wh]))
    }

    /// Whether the question's verb is one of naming ("called", "named", "known as").
    func asksName(_ question: [Word]) -> Bool {
        question.indices.contains { k in
            let lemma = question[k].lemma.lowercased()
            return question[k].upos == "VERB" && lexicon.namingVerbs.contains(lemma)
                && (lemma != "know" || question.indices.contains(k + 1) && question[k + 1].form.lowercased() == "as")
        }
    }

    /// What the question asks about: its first noun or name outside the question phrase, as a
    /// name, a thing (with "the" or no determiner) or something (with "a" or "an").
    static func about(_ question: [Word], besides asked: Set<Int>) -> String {
        guard let k = question.indices.first(where: { !asked.contains($0) && ["NOUN", "PROPN"].contains(question[$0].upos) && !(question[$0].head.map { asked.contains($0 - 1) } ?? false) })
        else { return "nothing" }
        if question[k].upos == "PROPN" { return "a name" }
        let indefinite = question.contains { $0.head == k + 1 && $0.deprel == "det" && ["a", "an"].contains($0.form.lowercased()) }
        return indefinite ? "something" : "a thing"
    }

    /// The question's verb and its subject's words, when the subject is a noun or a name and
    /// not the question phrase; with `relations` "obj" and "iobj", its object's, when that is a name.
    static func agent(of question: [Word], besides phrase: Int, relations: Set<String> = ["nsubj"]) -> (verb: String, subject: Set<String>)? {
        let named = relations.contains("nsubj") ? ["NOUN", "PROPN"] : ["PROPN"]
        guard let verb = question.firstIndex(where: { $0.head == 0 && $0.upos == "VERB" }),
              let subject = question.indices.first(where: { question[$0].head == verb + 1 && relations.contains(question[$0].deprel) && named.contains(question[$0].upos) }),
              subject != phrase || !relations.contains("nsubj") else { return nil }
        let words = question.indices.filter { $0 == subject || question[$0].head == subject + 1 && ["flat", "compound"].contains(question[$0].deprel) }
        return (question[verb].lemma.lowercased(), Set(words.flatMap { [question[$0].form.lowercased(), question[$0].lemma.lowercased()] }))
    }

    /// Whether every use of the question's verb in the sentence has a subject of its own that
    /// is another noun than the question's ("Her brother died of a fever" for "How did
    /// Petrova die?"): the sentence tells of someone else. The content words of the subject's
    /// whole phrase count, but for a clause on it or an owner ("the abbot's brother" is not the
    /// abbot): "the majority of the faction", "his son, Leon".
    /// With `relation` "obj": whether every use of the verb acts on another name than the
    /// question's object ("He asked the Danes to leave" for "What did he ask Dorvik to do?").
    static func someoneElseActs(_ agent: (verb: String, subject: Set<String>), relations: Set<String> = ["nsubj"], in words: [Word]) -> Bool {
        let verbs = words.indices.filter { words[$0].upos == "VERB" && words[$0].lemma.lowercased() == agent.verb }
        guard !verbs.isEmpty else { return false }
        let tree = DependencyPaths(words)
        return verbs.allSatisfy { verb in
            let subject = relations.contains("nsubj") ? DependencyPaths.understoodSubject(of: verb, relations: relations, in: words)
                : words.indices.first(where: { words[$0].head == verb + 1 && relations.contains(words[$0].deprel) })
            guard let subject,
                  ["NOUN", "PROPN", "ADJ"].contains(words[subject].upos), words[subject].upos != "ADJ" || !relations.contains("nsubj") else { return false }
            let clauses = words.indices.filter { w in
                ["acl", "acl:relcl"].contains(words[w].deprel) && tree.chain(w).contains(subject) || words[w].deprel == "nmod:poss" && words[w].head == subject + 1
            }
            let phrase = tree.subtree(of: subject).filter { w in !clauses.contains { tree.chain(w).contains($0) } }
            // (An object is someone else only when it is named, "the Danes": "the hall" may be the question's "building".)
            if !relations.contains("nsubj"), !phrase.contains(where: { words[$0].upos == "PROPN" || words[$0].upos == "ADJ" && words[$0].form.first?.isUppercase == true }) {
                return false
            }
            return !phrase.contains { ["NOUN", "PROPN", "ADJ", "NUM"].contains(words[$0].upos) && shares(words[$0], with: agent.subject) }
        }
    }
}
