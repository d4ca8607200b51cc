public import AnnalsGrammar
public import AnnalsCore

/// What a question asks, read from its parse: the verb it asks about, the part of that
/// verb's clause it asks for (the slot), and the other words its answer's sentence should
/// share. "Who drafted the charter?" asks for the subject of "draft" with "charter";
/// "What did the monks hide the books in?" for the oblique of "hide" after "in".
public struct QuestionFrame: Sendable, Equatable {
    public enum Slot: Sendable, Equatable {
        /// The one who did it ("Who drafted …?"), or, asked in the passive, the one it was done to.
        case subject
        /// What was done, made or affected ("What did she write?").
        case object
        /// What something is called or made, beside its object ("What did he call the rebels?").
        case complement
        /// The phrase after a preposition ("In what did …?", "What did he hide them in?").
        case oblique(String)
        /// "Why …?": a reason.
        case reason
        /// "How did …?" with a verb of doing: the means or manner.
        case manner
    }

    public var slot: Slot
    /// The lemma of the verb asked about.
    public var predicate: String
    /// The event the verb names, when it names one: a sentence may say it with another of
    /// its words ("exiled" for "banished").
    public var event: EventType?
    /// Whether the question puts the verb in the passive ("Who was hired by …?").
    public var isPassive: Bool
    /// The lemmas of the question's content words besides its question phrase and verb.
    public var arguments: [String]
    /// Whether the question denies its verb ("Who never signed …?").
    public var isDenied = false
    /// The noun of "which N" or "what N", when the question names one.
    public var head: String?
    /// The verb that hands its subject on to the predicate ("refuse" of "Who refused to let her
    /// go?"), when there is one: a sentence with it and a complement of its own has that subject.
    public var catenative: String?
    /// Every word of the question, lower-cased, as written and as its lemma: an answer tells
    /// something the question does not.
    public var vocabulary: Set<String> = []

    static let contentTags: Set<String> = ["NOUN", "PROPN", "VERB", "ADJ", "NUM"]
    /// Verbs that say only that something took place or was done ("What happened to …?",
    /// "What did he do?"): the answer is a whole event, no argument of theirs.
    static let lightVerbs = AnswerWords.shipped.lightVerbs
    /// Verbs that pass their subject to the verb after them ("helped build", "began to print").
    static let catenativeVerbs = AnswerWords.shipped.catenativeVerbs

    /// The frame of a question analysed by the reading grammar; nil for a question whose
    /// slot is not one of a verb's (a definition, a date, a place, a number).
    public init?(words: [Word]) {
        guard let wh = words.firstIndex(where: { ["who", "whom", "what", "which", "why", "how"].contains($0.form.lowercased()) }) else { return nil }
        let whForm = words[wh].form.lowercased()
        // "which bishop", "what reform": the noun the question word determines.
        let phrase = Self.determined(by: wh, in: words) ?? wh
        if phrase != wh { head = words[phrase].lemma.lowercased() }
        vocabulary = Set(words.flatMap { [$0.form.lowercased(), $0.lemma.lowercased()] })
        if let naming = Self.naming(wh, in: words) {
            // "What is this doctrine called?", parsed with "What" the predicate: what the subject is called.
            slot = .complement
            predicate = words[naming].lemma.lowercased()
            isPassive = true
            arguments = words.indices.filter { $0 != naming && Self.contentTags.contains(words[$0].upos) }.map { words[$0].lemma.lowercased() }
            return
        }
        // (A question phrase that is the root, "What is the capital?", asks for a definition, no verb's slot.)
        guard let verb = Self.head(of: phrase, in: words), words[verb].upos == "VERB", !Self.lightVerbs.contains(words[verb].lemma.lowercased()) else { return nil }
        // ("Who helped build the bridge?": a verb that only passes its subject on asks of the verb after it.)
        let asked = Self.catenativeVerbs.contains(words[verb].lemma.lowercased())
            ? words.indices.first { words[$0].head == verb + 1 && words[$0].deprel == "xcomp" && words[$0].upos == "VERB" } ?? verb : verb
        predicate = words[asked].lemma.lowercased()
        if asked != verb { catenative = words[verb].lemma.lowercased() }
        isDenied = SlotFiller.isDenied(verb, in: words) || SlotFiller.isDenied(asked, in: words)
        event = EventType.named(by: words[asked].form) ?? EventType.named(by: predicate)
        isPassive = words.contains { $0.head == asked + 1 && ($0.deprel == "aux:pass" || $0.deprel == "nsubj:pass") }
        // "In what …?", "What did they hide it in?": a preposition of the question phrase asks for that oblique, however it is parsed.
        let preposition = words.first { $0.head == phrase + 1 && $0.deprel == "case" }?.lemma.lowercased()
        switch (whForm, words[phrase].deprel) {
        case ("why", _): slot = .reason
        case (_, _) where preposition != nil: slot = .oblique(preposition ?? "")
        case ("how", "advmod") where !words.contains(where: { $0.head == wh + 1 }): slot = .manner
        // ("What city did she found?": a question phrase before "did" with another subject after it is the object.)
        case (_, "nsubj") where words.indices.contains(where: { $0 > phrase && words[$0].head == verb + 1 && words[$0].deprel == "nsubj" })
            && words.contains(where: { $0.head == verb + 1 && $0.deprel == "aux" && $0.lemma.lowercased() == "do" }):
            slot = .object
        case (_, "nsubj"), (_, "nsubj:pass"): slot = .subject
        // "What did he call the rebels?": a verb with an object besides the question word asks for what it makes of it.
        // ("What did the weavers form the following year?": a noun of time after the verb says when, no object.)
        case (_, "obj") where words.contains(where: { $0.head == verb + 1 && $0.deprel == "obj" && $0.lemma.lowercased() != words[phrase].lemma.lowercased()
                                                      && !AnswerWords.shipped.timeNouns.contains($0.lemma.lowercased()) }):
            slot = .complement
        case (_, "obj"): slot = .object
        default: return nil
        }
        let skipped = Set([wh, phrase, verb, asked])
        arguments = words.indices.filter { k in
            !skipped.contains(k) && Self.contentTags.contains(words[k].upos) && words[k].head != wh + 1
        }.map { words[$0].lemma.lowercased() }
    }

    /// Verbs of naming, whose complement a "What is X called?" question asks for.
    static let namingVerbs = AnswerWords.shipped.namingVerbs

    /// In "What is X called?" parsed with the question word as the predicate of "is": the
    /// participle of naming on its subject.
    static func naming(_ wh: Int, in words: [Word]) -> Int? {
        // (The participle ends the question, whichever noun of the subject the parse hangs it on.)
        guard words[wh].head == 0, words.contains(where: { $0.head == wh + 1 && $0.deprel.hasPrefix("nsubj") }),
              let last = words.indices.last(where: { words[$0].upos != "PUNCT" }), last > wh + 1,
              words[last].deprel.hasPrefix("acl"), words[last].xpos == "VBN", namingVerbs.contains(words[last].lemma.lowercased()) else { return nil }
        return last
    }

    /// The noun a question word determines ("which bishop", "what reform"): the one the parse hangs
    /// it on, unless a verb stands between them ("What Velmont mission was the second landing?" read
    /// with "What" on "landing": a determiner opens its noun's phrase); else, for "what" and
    /// "which", the noun after it ("Which young painter designed …?" read with "Which" an object).
    static func determined(by wh: Int, in words: [Word]) -> Int? {
        if words[wh].deprel == "det", let noun = head(of: wh, in: words),
           noun < wh || !words[(wh + 1)..<noun].contains(where: { ["VERB", "AUX"].contains($0.upos) }) {
            return noun
        }
        return ["which", "what"].contains(words[wh].form.lowercased()) ? nounAfter(wh, in: words) : nil
    }

    /// The noun right after a question word, past adjectives and compounds: the noun it determines.
    static func nounAfter(_ wh: Int, in words: [Word]) -> Int? {
        var k = wh + 1
        while k < words.count, words[k].upos == "ADJ" || words[k].deprel == "compound" || words[k].deprel == "amod" { k += 1 }
        guard k < words.count, ["NOUN", "PROPN"].contains(words[k].upos), words[k].deprel != "compound" else { return nil }
        return k
    }

    static func head(of k: Int, in words: [Word]) -> Int? {
        guard let head = words[k].head, head > 0 else { return nil }
        return head - 1
    }
}
