import Foundation
import AnnalsGrammar

/// Where no verb of a sentence fills the question's slot, the phrase of the sentence that
/// most likely answers it: a phrase of the kind the question word asks for (a noun phrase
/// for "what", a "because" clause for "why", a "by" phrase for "how", an action for "what
/// did … do"), telling something the question does not, and close in the sentence's tree
/// to the words the sentence shares with the question: the features ``SpanModel`` weighs.
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
        /// The question's verb and the words of its object, when that is a name ("What did Orlov
        /// ask Dorvik to do?": "ask", Dorvik).
        var patient: (verb: String, subject: Set<String>)?
        /// The question's names, each as the lower-cased words written ("ostap", "brand").
        var names: [Set<String>] = []
        /// Whether the noun of "which N" is plural ("which cities"): a list may answer it.
        var nounIsPlural = false
        /// Whether the question asks for a sort of its noun ("what kind of fiction"): the noun with
        /// the words that say which sort answers.
        var asksSort = false
        /// What the question asks about, besides its question phrase: "a name", "a thing"
        /// ("the charter"), "something" ("a grant of land", indefinite), or "nothing".
        var about = "nothing"
        /// Whether the question asks what something was called ("What was the plot called?",
        /// "What is she known as?"): a name or a noun answers, never a clause.
        var asksName = false
        /// Whether the question asks "who": only a phrase that names people answers (``namesPeople(_:in:named:)``).
        var asksWho = false
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
    let model: SpanModel

    public init(model: SpanModel = .shipped) {
        lexicon = .shipped
        self.model = model
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
        likeliest(for: question, in: words, spans: spans, dates: dates)?.range
    }

    /// ``best(for:in:spans:dates:)`` with the model's share of belief in it among the
    /// sentence's candidates (a softmax of their scores).
    /// `people`: the offsets of the names of people and bodies, the only names that answer "who".
    func likeliest(for question: [Word], in words: [Word], spans: [Range<Int>], dates: [Range<Int>] = [],
                   people: [Range<Int>] = []) -> (range: Range<Int>, share: Double)? {
        guard let cues = cues(question), spans.count == words.count else { return nil }
        var found = candidates(cues, in: words, spans: spans, dates: dates, people: people)
        // "Which battle…" asks for the name of a battle: a phrase naming one ("the Battle of Varna") answers
        // before any phrase that does not, however far from the question's words.
        let naming = found.filter { $0.features.contains { $0.0 == "names the asked noun" } }
        if !naming.isEmpty { found = naming }
        let scores = found.map { model.score($0.features) }
        guard let top = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return nil }
        let total = scores.reduce(0) { $0 + exp($1 - scores[top]) }
        return (found[top].range, 1 / total)
    }

    /// Every phrase of `words` that may answer a question with these cues, with its features;
    /// none when someone else than the question's subject does its verb's action, or the
    /// sentence shares no word with the question but names.
    func candidates(_ cues: Cues, in words: [Word], spans: [Range<Int>], dates: [Range<Int>] = [], people: [Range<Int>] = []) -> [Candidate] {
        if let agent = cues.agent, Self.someoneElseActs(agent, in: words) { return [] }
        let anchors = Set(words.indices.filter { ["NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"].contains(words[$0].upos) && Self.shares(words[$0], with: cues.content)
            && !Self.isNamesake($0, in: words, of: cues.names) })
        // Names are everywhere in a document about their bearer: a sentence must share a word of the question besides them.
        guard !anchors.isEmpty, !Self.sharesOnlyNames(cues, words) else { return [] }
        let tree = DependencyPaths(words)
        var found: [Candidate] = []
        let told = cues.vocabulary.union(cues.noun)
        for k in words.indices where !anchors.contains(k) {
            guard let kind = kindMatch(k, cues.wanted, in: words), !cues.asksName || words[k].upos != "VERB",
                  !cues.asksWho || Self.namesPeople(k, in: words, named: people.contains { $0.contains(spans[k].lowerBound) }),
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
            // (Whether the phrase names the asked noun does not change with the cut: its modifiers come before it.)
            let named = Self.namedNoun(k, inside: inside, noun: cues.noun, sort: cues.asksSort, in: words)
            if !cues.nounIsPlural, named != nil,
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
            // (The asked noun alone tells nothing: "war" is no answer to "What war …?".)
            guard content.contains(where: { !Self.shares(words[$0], with: told) }),
                  let first = inside.min(), let last = inside.max() else { continue }
            let features = features(k, kind: kind, inside: inside, named: named, cues: cues, anchors: anchors, tree: tree, in: words)
            found.append(Candidate(head: k, range: spans[first].lowerBound..<spans[last].upperBound, features: features))
        }
        return found
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
