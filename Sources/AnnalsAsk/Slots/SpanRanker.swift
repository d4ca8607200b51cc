import AnnalsGrammar

/// Where no verb of a sentence fills the question's slot, the phrase of the sentence that
/// most likely answers it: a phrase of the kind the question word asks for (a noun phrase
/// for "what", a "because" clause for "why", a "by" phrase for "how", an action for "what
/// did … do"), telling something the question does not, and close in the sentence's tree
/// to the words the sentence shares with the question. The weights are data
/// (`answer-words.txt`).
public struct SpanRanker: Sendable {
    /// What a question word asks for.
    enum Wanted: Equatable {
        case thing, number, reason, action
        /// "Where …?": the phrase after a preposition of place.
        case place
        /// "How …?": the means or manner; for a verb whose cause is said with "of" or "from"
        /// ("How did she die?": "of a fever"), that cause too.
        case manner(causeToo: Bool)
    }

    struct Weights: Sendable {
        var treeDistance, meanTreeDistance, wordDistance, expectedKind, extraLength, questionWordsInside, sameRole, samePreposition, namesAskedNoun: Double

        init(_ named: [String: Double]) {
            func weight(_ name: String) -> Double {
                guard let value = named[name] else { preconditionFailure("answer-words.txt has no weight '\(name)'") }
                return value
            }
            treeDistance = weight("tree distance")
            wordDistance = weight("word distance")
            expectedKind = weight("expected kind")
            extraLength = weight("extra length")
            questionWordsInside = weight("question words inside")
            meanTreeDistance = weight("mean tree distance")
            sameRole = weight("same role")
            samePreposition = weight("same preposition")
            namesAskedNoun = weight("names the asked noun")
        }
    }

    /// What the ranker reads of a question: the kind of phrase asked for and the words the
    /// answer's sentence shares with it.
    struct Cues {
        var wanted: Wanted
        /// The question's content words, lower-cased, as written and as lemmas.
        var content: Set<String>
        /// The content words that are no names, lower-cased, as written and as lemmas.
        var plain: Set<String> = []
        /// The noun of "which N", "what N", as written and as its lemma.
        var noun: Set<String> = []
        /// Every word of the question, lower-cased, as written and as lemmas.
        var vocabulary: Set<String>
        /// The part the question phrase plays in its clause, and its preposition.
        var role: Role
        /// The question's verb and the words of its subject, when the question names who acts
        /// ("How did Anna Petrova die?": "die", Anna Petrova).
        var agent: (verb: String, subject: Set<String>)?
        /// The question's names, each as the lower-cased words written ("genghis", "khan").
        var names: [Set<String>] = []
        /// Whether the noun of "which N" is plural ("which cities"): a list may answer it.
        var nounIsPlural = false
    }

    /// The part a phrase plays in its clause, as far as a question and its answer's
    /// sentence can share it (a passive's subject is the active's object).
    struct Role: Equatable {
        var relation: String
        var preposition: String?

        init(_ k: Int, in words: [Word]) {
            let deprel = words[k].deprel
            switch deprel.split(separator: ":").first.map(String.init) ?? deprel {
            case "nsubj" where deprel == "nsubj:pass", "obj": relation = "object"
            case "nsubj", "csubj": relation = "subject"
            case "obl", "nmod", "advcl": relation = "oblique"
            case "xcomp", "ccomp": relation = "complement"
            // "What was Arden?" — "Arden was a cooper", "Arden, a cooper,": a copular predicate and an
            // apposition both say what a thing is.
            case "root" where ["NOUN", "PROPN", "PRON"].contains(words[k].upos), "appos": relation = "predicate"
            default: relation = deprel
            }
            preposition = SpanRanker.marker(of: k, in: words)
        }

        init(relation: String, preposition: String? = nil) {
            self.relation = relation
            self.preposition = preposition
        }
    }

    let lexicon: AnswerWords

    public init() {
        lexicon = .shipped
    }

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
        case "what", "which":
            if lexicon.timeNouns.contains(next) { return nil }
            wanted = .thing
        default: return nil
        }
        // ("what spacecraft", "which law": the noun the question word determines plays the part.)
        var phrase = wh
        if question[wh].deprel == "det", let head = question[wh].head, question.indices.contains(head - 1) {
            phrase = head - 1
        } else if ["what", "which"].contains(lower[wh]), let noun = QuestionFrame.nounAfter(wh, in: question) {
            phrase = noun
        }
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
        var content: Set<String> = [], plain: Set<String> = []
        for (k, word) in question.enumerated() where k != wh && k != phrase && ["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"].contains(word.upos) {
            let lemma = word.lemma.lowercased()
            guard !lexicon.auxiliaries.contains(lemma), !lexicon.askingWords.contains(lemma), !lexicon.actionVerbs.contains(lemma) || wanted != .action,
                  !lexicon.questionWords.contains(lower[k]) else { continue }
            content.insert(lemma)
            content.insert(lower[k])
            if word.upos != "PROPN", k != asked { plain.formUnion([lemma, lower[k]]) }
        }
        var vocabulary = Set(question.flatMap { [$0.form.lowercased(), $0.lemma.lowercased()] })
        // (The noun of "which N" is no word the answer repeats: "the most remote districts" answers "which districts".)
        let noun: Set<String> = phrase != wh ? [question[phrase].lemma.lowercased(), lower[phrase]] : []
        vocabulary.subtract(noun)
        var role = Role(phrase, in: question)
        // ("What was Hugh Arden?" parsed with the name for predicate: the question word is what he was.)
        if question[phrase].deprel.hasPrefix("nsubj"), let head = question[phrase].head, head > 0,
           question.contains(where: { $0.head == head && $0.deprel == "cop" }) { role.relation = "predicate" }
        if completes { role = Role(relation: "complement") }
        return Cues(wanted: wanted, content: content, plain: plain, noun: noun, vocabulary: vocabulary, role: role, agent: Self.agent(of: question, besides: phrase),
                    names: question.indices.filter { question[$0].upos == "PROPN" }.map { Set(Self.name(of: $0, in: question).map { lower[$0] }) },
                    nounIsPlural: phrase != wh && ["NNS", "NNPS"].contains(question[phrase].xpos))
    }

    /// The question's verb and its subject's words, when the subject is a noun or a name and
    /// not the question phrase.
    static func agent(of question: [Word], besides phrase: Int) -> (verb: String, subject: Set<String>)? {
        guard let verb = question.firstIndex(where: { $0.head == 0 && $0.upos == "VERB" }),
              let subject = question.indices.first(where: { question[$0].head == verb + 1 && question[$0].deprel == "nsubj" }),
              subject != phrase, ["NOUN", "PROPN"].contains(question[subject].upos) else { return nil }
        let words = question.indices.filter { $0 == subject || question[$0].head == subject + 1 && ["flat", "compound"].contains(question[$0].deprel) }
        return (question[verb].lemma.lowercased(), Set(words.flatMap { [question[$0].form.lowercased(), question[$0].lemma.lowercased()] }))
    }

    /// Whether every use of the question's verb in the sentence has a subject of its own that
    /// is another noun than the question's ("Her brother died of a fever" for "How did
    /// Petrova die?"): the sentence tells of someone else.
    static func someoneElseActs(_ agent: (verb: String, subject: Set<String>), in words: [Word]) -> Bool {
        let verbs = words.indices.filter { words[$0].upos == "VERB" && words[$0].lemma.lowercased() == agent.verb }
        return !verbs.isEmpty && verbs.allSatisfy { verb in
            guard let subject = words.indices.first(where: { words[$0].head == verb + 1 && words[$0].deprel == "nsubj" }),
                  ["NOUN", "PROPN"].contains(words[subject].upos) else { return false }
            let named = words.indices.filter { $0 == subject || words[$0].head == subject + 1 && ["flat", "compound"].contains(words[$0].deprel) }
            return !named.contains { shares(words[$0], with: agent.subject) }
        }
    }

    /// Whether a sentence's word is one of the question's: the same lemma or form, or a form
    /// of the same stem ("Korea" and "Korean", "celebrate" and "celebrant").
    static func shares(_ word: Word, with words: Set<String>) -> Bool {
        let form = word.form.lowercased(), lemma = word.lemma.lowercased()
        if words.contains(form) || words.contains(lemma) { return true }
        return words.contains { sameStem($0, form) }
    }

    static func sameStem(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 4, long.hasPrefix(short), long.count - short.count <= 3 { return true }
        return short.count >= 7 && long.hasPrefix(short.prefix(6))
    }
}

extension SpanRanker {
    /// The offsets (in the sentence, Unicode scalars) of the phrase of `words` that best
    /// answers the question, or nil when the sentence has no phrase of the kind it asks for.
    /// `dates` are the offsets of the sentence's dates: no answer to "what" (the question
    /// would have asked "when").
    func best(for question: [Word], in words: [Word], spans: [Range<Int>], dates: [Range<Int>] = []) -> Range<Int>? {
        guard let cues = cues(question), spans.count == words.count else { return nil }
        if let agent = cues.agent, Self.someoneElseActs(agent, in: words) { return nil }
        let anchors = Set(words.indices.filter { ["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"].contains(words[$0].upos) && Self.shares(words[$0], with: cues.content)
            && !Self.isNamesake($0, in: words, of: cues.names) })
        // Names are everywhere in a document about their bearer: a sentence must share a word of the question besides them.
        guard !anchors.isEmpty, !Self.sharesOnlyNames(cues, words) else { return nil }
        let tree = DependencyPaths(words)
        var best: (score: Double, range: Range<Int>)?
        for k in words.indices where !anchors.contains(k) {
            guard let kind = kindMatch(k, cues.wanted, in: words),
                  cues.wanted != .thing || !dates.contains(where: { $0.contains(spans[k].lowerBound) }) else { continue }
            // (A word of a name the question gives, "Edwin" of "Edwin Marsh", is no answer.)
            // (Nor is a title the parse hangs on such a name, "Mrs." of "Mrs. Arden"; but a noun's modifier
            // is what "what type of engine" asks for: "a steam engine".)
            if anchors.contains(where: { a in
                words[a].head == k + 1 && ["flat", "compound", "fixed"].contains(where: words[a].deprel.hasPrefix)
                    || words[k].head == a + 1 && ["flat", "fixed", "nmod:desc"].contains(where: words[k].deprel.hasPrefix)
            }) { continue }
            var inside = Self.phrase(k, in: words, leaving: anchors, action: cues.wanted == .action)
            // ("the Vega 2 probe": a number right after a name, on the same noun, is part of the name.)
            if words[k].upos == "PROPN", let last = inside.max(), last + 1 < words.count, words[last + 1].upos == "NUM",
               words[last + 1].head == words[k].head, words[last + 1].deprel == "nummod" { inside.append(last + 1) }
            // ("What museum": one name, not the list it stands first in.)
            if !cues.nounIsPlural, Self.namedNoun(k, inside: inside, noun: cues.noun, in: words) != nil,
               let conj = inside.first(where: { words[$0].head == k + 1 && words[$0].deprel == "conj" }) {
                func under(_ w: Int) -> Bool {
                    var at = w
                    while at != conj, at != k, let head = words[at].head, head > 0 { at = head - 1 }
                    return at == conj
                }
                let start = inside.filter(under).min() ?? conj
                inside = inside.filter { $0 < start }
                while let last = inside.last, last > k, words[last].upos == "PUNCT" || words[last].deprel == "cc" { inside.removeLast() }
            }
            let content = inside.filter { ["NOUN", "PROPN", "NUM", "VERB", "ADJ"].contains(words[$0].upos) }
            guard content.contains(where: { !Self.shares(words[$0], with: cues.vocabulary) }),
                  let first = inside.min(), let last = inside.max() else { continue }
            let score = score(k, kind: kind, inside: inside, cues: cues, anchors: anchors, tree: tree, in: words)
            if best.map({ score > $0.score }) ?? true { best = (score, spans[first].lowerBound..<spans[last].upperBound) }
        }
        return best?.range
    }

    /// The score of the phrase `inside` headed by word `k`: the weighted sum of its features.
    func score(_ k: Int, kind: Double, inside: [Int], cues: Cues, anchors: Set<Int>, tree: DependencyPaths, in words: [Word]) -> Double {
        let w = lexicon.weights
        // (A name in apposition to the noun asked for stands where the noun does.)
        let named = Self.namedNoun(k, inside: inside, noun: cues.noun, in: words)
        let at = named ?? k
        let distances = anchors.map { tree.distance(at, $0) }
        var score = w.treeDistance * Double(distances.min() ?? 0) + w.meanTreeDistance * Double(distances.reduce(0, +)) / Double(max(1, distances.count))
        score += w.wordDistance * Double(anchors.map { abs($0 - at) }.min() ?? 0)
        score += w.expectedKind * kind
        let role = Role(at, in: words)
        if role.relation == cues.role.relation { score += w.sameRole + (role.preposition != nil && role.preposition == cues.role.preposition ? w.samePreposition : 0) }
        // (A list is as long as its first item: "what three offices" asks for all of them.)
        let list = words.indices.first { words[$0].head == k + 1 && words[$0].deprel == "conj" } ?? words.count
        score += w.extraLength * Double(max(0, inside.filter { $0 < list }.count - 4))
        score += w.questionWordsInside * Double(inside.filter { Self.shares(words[$0], with: cues.vocabulary) && words[$0].upos != "DET" && words[$0].upos != "ADP" }.count)
        if named != nil { score += w.namesAskedNoun }
        return score
    }

    /// How well word `k` heads a phrase of the asked kind: 1 for the kind itself, 0 for a
    /// phrase that may still be it, nil for one that cannot.
    func kindMatch(_ k: Int, _ wanted: Wanted, in words: [Word]) -> Double? {
        let word = words[k]
        switch wanted {
        // (What was said or thought may be a clause: "wrote that the charter was forged".)
        case .thing: return ["NOUN", "PROPN"].contains(word.upos) ? 1 : word.upos == "NUM" ? 0 : word.upos == "VERB" && word.deprel == "ccomp" ? 0.5 : nil
        case .number: return word.upos == "NUM" ? 1 : nil
        case .action: return word.upos == "VERB" ? 1 : nil
        case .place:
            guard ["NOUN", "PROPN"].contains(word.upos), let marker = Self.marker(of: k, in: words), lexicon.placeMarkers.contains(marker),
                  ["obl", "nmod", "advcl"].contains(where: word.deprel.hasPrefix) else { return nil }
            return 1
        case .reason, .manner:
            guard let marker = Self.marker(of: k, in: words) else { return nil }
            let markers = wanted == .reason ? lexicon.reasonMarkers
                : wanted == .manner(causeToo: true) ? lexicon.mannerMarkers.union(lexicon.causeMarkers) : lexicon.mannerMarkers
            // (The parse often hangs "as a warning" on the object before it, as its modifier.)
            guard markers.contains(marker), ["advcl", "obl", "xcomp", "ccomp", "nmod"].contains(where: word.deprel.hasPrefix) else { return nil }
            // ("to", "as" and "since" give a reason before a clause, "to study the frescoes", "as he was ill"; before a
            // noun they are prepositions of place, manner or time: "opposed to the war", "since 1917".)
            if wanted == .reason, ["to", "as", "since", "so"].contains(marker), word.upos != "VERB" { return nil }
            // ("for" gives a reason surely with a gerund after it, "for taking part", and maybe with a noun, "for exercise".)
            return marker == "for" && word.xpos != "VBG" ? 0.5 : 1
        }
    }

    /// The preposition or subordinator that opens the phrase headed by `k`, with the words
    /// fixed to it ("because of", "due to").
    static func marker(of k: Int, in words: [Word]) -> String? {
        guard let m = words.indices.first(where: { words[$0].head == k + 1 && ["case", "mark"].contains(words[$0].deprel) && $0 < k }) else { return nil }
        let fixed = words.indices.filter { words[$0].head == m + 1 && words[$0].deprel == "fixed" }
        return ([m] + fixed).map { words[$0].form.lowercased() }.joined(separator: " ")
    }
}
