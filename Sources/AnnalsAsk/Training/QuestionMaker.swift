public import AnnalsGrammar

/// A question made from a parsed sentence, and the word that heads its answer there.
public struct MadeQuestion: Sendable, Equatable {
    /// The question's words ("What", "did", "the", "council", "send", "to", "Varlow", "?").
    public var words: [String]
    /// The sentence's word that heads the phrase answering it.
    public var answer: Int
}

/// Makes the questions a reader might ask of a parsed sentence, each with the phrase that
/// answers it: the training data of the span model (``SpanModel``). A verb's subject, object,
/// complement or oblique phrase is taken out and asked for — "what" for a thing, "which N"
/// for a thing with its noun, "where" after a preposition of place, "why" for a clause of
/// reason, "how" for a "by" phrase, "how many N" for a counted noun, "what did … do" for the
/// verb itself — the rest of the clause written after the question word in question order
/// ("did" and the verb's lemma, or the first auxiliary before the subject). To be less like
/// the sentence, as a reader's question is, some optional phrases and modifiers are left out.
public enum QuestionMaker {
    /// Words a question may say in place of the sentence's, as a reader's question often does:
    /// verbs (lemmas) and nouns, each with the share of questions that say another.
    public struct Rewording: Sendable {
        public var verbs: [String] = [], nouns: [String] = []
        public var verbShare = 0.0, nounShare = 0.0

        public init(verbs: [String] = [], nouns: [String] = [], verbShare: Double = 0, nounShare: Double = 0) {
            (self.verbs, self.nouns, self.verbShare, self.nounShare) = (verbs, nouns, verbShare, nounShare)
        }
    }

    /// Every question made from the verbs of `words` (a sentence as the grammar reads it);
    /// `dated` are the words of its dates (a phrase holding one is asked for by "when").
    public static func questions(from words: [Word], dated: Set<Int>, rewording: Rewording = Rewording(),
                                 using random: inout some RandomNumberGenerator) -> [MadeQuestion] {
        var made: [MadeQuestion] = []
        for verb in words.indices where words[verb].upos == "VERB" {
            guard let clause = Clause(verb, in: words) else { continue }
            for target in clause.dependents {
                guard let asked = Asked(target, in: words, dated: dated, random: &random) else { continue }
                let rest = clause.dependents.filter { $0 != target && !clause.isSubject($0) }
                guard let question = clause.question(asking: asked, keeping: rest, in: words, rewording: rewording, random: &random) else { continue }
                made.append(MadeQuestion(words: question, answer: asked.answer))
            }
            // "What did the council promise to do?": the infinitive that completes the verb.
            if clause.auxiliaries.isEmpty, let completion = words.indices.first(where: { k in
                words[k].head == verb + 1 && words[k].deprel == "xcomp" && words[k].upos == "VERB" && words.contains { $0.head == k + 1 && $0.deprel == "mark" && $0.form.lowercased() == "to" }
            }), let question = clause.question(asking: Asked(words: ["what"], answer: completion, stranded: nil, action: true, completing: true), keeping: [], in: words,
                                                rewording: rewording, random: &random) {
                made.append(MadeQuestion(words: question, answer: completion))
            }
            // "What did the council do?": the verb and what it governs.
            if clause.auxiliaries.isEmpty, Double.random(in: 0..<1, using: &random) < 0.3,
               let question = clause.question(asking: Asked(words: ["what"], answer: verb, stranded: nil, action: true), keeping: [], in: words,
                                              rewording: rewording, random: &random) {
                made.append(MadeQuestion(words: question, answer: verb))
            }
        }
        return made + predicates(in: words, using: &random)
    }

    /// "What was the council's first charter?" of "The council's first charter was a grant of
    /// land": a copular clause's subject asked about, its noun predicate the answer; and the
    /// other way, "What was a grant of land?", the subject the answer.
    static func predicates(in words: [Word], using random: inout some RandomNumberGenerator) -> [MadeQuestion] {
        words.indices.flatMap { k -> [MadeQuestion] in
            guard ["NOUN", "PROPN"].contains(words[k].upos), let copula = words.indices.first(where: { words[$0].head == k + 1 && words[$0].deprel == "cop" }),
                  let subject = words.indices.first(where: { words[$0].head == k + 1 && words[$0].deprel == "nsubj" && ["NOUN", "PROPN"].contains(words[$0].upos) }),
                  subject < copula, !words.contains(where: { $0.head == k + 1 && AnswerWords.shipped.negationWords.contains($0.form.lowercased()) }) else { return [] }
            let subjectWords = Clause.subtree(subject, in: words)
            let about = Clause.written(subjectWords, in: words, random: &random)
            // (The predicate without the subject and the copula, its clauses and punctuation.)
            var left = Set(subjectWords + [copula])
            for c in words.indices where words[c].head == k + 1 {
                if ["advcl", "conj", "parataxis"].contains(words[c].deprel) { left.formUnion(Clause.subtree(c, in: words)) }
                if ["cc", "punct", "mark"].contains(words[c].deprel) { left.insert(c) }
            }
            let predicate = Clause.written(Clause.subtree(k, in: words).filter { !left.contains($0) }, in: words, random: &random)
            var made: [MadeQuestion] = []
            if !about.isEmpty { made.append(MadeQuestion(words: ["What", words[copula].form.lowercased()] + about + ["?"], answer: k)) }
            if predicate.count >= 2 { made.append(MadeQuestion(words: ["What", words[copula].form.lowercased()] + predicate + ["?"], answer: subject)) }
            return made
        }
    }

    /// What a question asks for: its first words, the head of its answer, a preposition left
    /// at its end ("… hide the nuns in?"), and whether it asks for the verb's action.
    struct Asked {
        var words: [String]
        var answer: Int
        var stranded: String?
        var action = false
        /// Whether the action asked for completes the verb ("promise to do"), which the question keeps.
        var completing = false
        /// Whether the phrase asked for is the clause's subject.
        var subject = false

        init(words: [String], answer: Int, stranded: String?, action: Bool = false, completing: Bool = false) {
            self.words = words
            self.answer = answer
            self.stranded = stranded
            self.action = action
            self.completing = completing
        }

        /// The question asking for dependent `k` of a verb, or nil when none would be asked
        /// as the span model learns (a pronoun, a date, a relation no question word asks for).
        init?(_ k: Int, in words: [Word], dated: Set<Int>, random: inout some RandomNumberGenerator) {
            let lexicon = AnswerWords.shipped
            let word = words[k], relation = word.deprel
            let marker = SpanRanker.marker(of: k, in: words)
            guard !Self.tellsTime(k, dated: dated, in: words) else { return nil }
            let counted = words.indices.first { words[$0].head == k + 1 && words[$0].deprel == "nummod" && words[$0].upos == "NUM" }
            switch relation {
            // (A condition after "where" holds for the last pattern alone: the word class is checked first.)
            case "nsubj", "nsubj:pass", "obj":
                guard word.upos == "NOUN" || word.upos == "PROPN" else { return nil }
                if let counted, word.upos == "NOUN" {
                    self.init(words: ["how", "many", word.form.lowercased()], answer: counted, stranded: nil)
                } else if word.upos == "NOUN", let name = words.indices.first(where: { words[$0].head == k + 1 && words[$0].upos == "PROPN" }) {
                    // ("the old Vega 2 probe" asked for as "which probe": the name answers.)
                    self.init(words: ["which", word.form.lowercased()], answer: name, stranded: nil)
                } else if word.upos == "NOUN", words.contains(where: { $0.head == k + 1 && ["amod", "compound"].contains($0.deprel) }),
                          Double.random(in: 0..<1, using: &random) < 0.4 {
                    // ("a steam engine" asked for as "which engine" or "what kind of engine".)
                    let sort = Double.random(in: 0..<1, using: &random) < 0.3
                    self.init(words: sort ? ["what", "kind", "of", word.form.lowercased()] : ["which", word.form.lowercased()], answer: k, stranded: nil)
                } else if word.upos == "PROPN", let noun = words.indices.first(where: { words[$0].head == k + 1 && words[$0].upos == "NOUN" && ["appos", "compound"].contains(words[$0].deprel) }) {
                    // ("the Rigel Works, a foundry" asked for as "which foundry".)
                    self.init(words: ["which", words[noun].form.lowercased()], answer: k, stranded: nil)
                } else {
                    self.init(words: ["what"], answer: k, stranded: nil)
                }
                subject = relation.hasPrefix("nsubj")
            case "obl" where marker != nil && (word.upos == "NOUN" || word.upos == "PROPN"):
                guard let marker else { return nil }
                if word.upos == "PROPN", lexicon.placeMarkers.contains(marker) {
                    self.init(words: ["where"], answer: k, stranded: nil)
                } else if lexicon.reasonMarkers.contains(marker), marker.contains(" ") {
                    self.init(words: ["why"], answer: k, stranded: nil)
                } else if marker == "by", word.upos == "NOUN" {
                    self.init(words: ["how"], answer: k, stranded: nil)
                } else {
                    self.init(words: ["what"], answer: k, stranded: marker)
                }
            case "advcl" where marker != nil:
                guard let marker else { return nil }
                if marker == "by", word.xpos == "VBG" {
                    self.init(words: ["how"], answer: k, stranded: nil)
                } else if lexicon.reasonMarkers.contains(marker), !["as", "since", "so", "for"].contains(marker) {
                    self.init(words: ["why"], answer: k, stranded: nil)
                } else { return nil }
            case "ccomp" where word.upos == "VERB":
                self.init(words: ["what"], answer: k, stranded: nil)
            default: return nil
            }
        }

        /// Whether the phrase headed by `k` tells a time ("in 1712", "on Tuesday"): a question asks "when".
        static func tellsTime(_ k: Int, dated: Set<Int>, in words: [Word]) -> Bool {
            ["obl:tmod", "obl:npmod"].contains(words[k].deprel) || Clause.subtree(k, in: words).contains(where: dated.contains)
        }
    }
}
