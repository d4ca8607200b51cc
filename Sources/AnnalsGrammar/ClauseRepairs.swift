import Foundation

/// Repairs of a parse that breaks a rule of English grammar which the treebanks, with few
/// sentences of the kind, did not teach the parser firmly enough. Each repair is named,
/// states its rule, and changes only a tree that breaks it.
///
/// - ``subordinateOpening(_:)``: a sentence that opens with a subordinator and a clause
///   ("After the 1905 revolution ousted the governor, he moved to London") is an adverbial
///   clause of the clause after its comma, not the sentence's main clause with the
///   subordinator taken for a preposition of its subject.
/// - ``doAuxiliaryVerb(_:)``: the word "do" is the auxiliary of is a bare verb ("What did he
///   light?"), whatever the tagger took it for.
/// - ``questionDoSupport(_:lexicon:)``: in a question, "do" after the question phrase is the
///   auxiliary of the bare verb that ends its subject ("In what year did the price of oil fall?").
/// - ``doSupport(_:)``: in "What did the guild publish?", "did" is the auxiliary of the bare
///   verb after its subject, not a verb with the subject for object and the verb below it.
public enum ClauseRepairs {
    /// The sentence's words (heads 1-based, 0 for the root) with every repair made.
    /// (`lexicon` says which words can be bare verbs, for ``questionDoSupport(_:lexicon:)``.)
    public static func apply(_ words: [Word], lexicon: Lexicon = .empty) -> [Word] {
        var words = words
        subordinateOpening(&words)
        questionDoSupport(&words, lexicon: lexicon)
        doSupport(&words)
        doAuxiliaryVerb(&words)
        return words
    }

    static let lists = WordListFile.load("clause-words")
    static let subordinators = WordListFile.set("subordinators", of: lists)
    static let questionWords = WordListFile.set("question words", of: lists)
    static let negations = WordListFile.set("negations", of: lists)

    /// The opening subordinator parsed as the case of the root's subject, with a clause
    /// that has a subject of its own after a comma below the root: that clause becomes the
    /// root, the first its adverbial clause, the subordinator its mark.
    static func subordinateOpening(_ words: inout [Word]) {
        guard let first = words.firstIndex(where: { $0.upos != "PUNCT" }), subordinators.contains(words[first].form.lowercased()),
              words[first].deprel == "case", let noun = index(of: words[first].head), let root = index(of: words[noun].head),
              words[root].head == 0, words[noun].deprel.hasPrefix("nsubj"), noun < root else { return }
        let main = words.indices.first { k in
            k > root && words[k].head == root + 1 && ["parataxis", "ccomp"].contains(words[k].deprel) && words[k].upos == "VERB"
                && words.contains { $0.head == k + 1 && $0.deprel.hasPrefix("nsubj") }
        }
        guard let main, let start = subtree(of: main, in: words).first(where: { words[$0].upos != "PUNCT" }), start > root, words[start - 1].form == "," else { return }
        words[main].head = 0
        words[main].deprel = "root"
        words[root].head = main + 1
        words[root].deprel = "advcl"
        words[first].head = root + 1
        words[first].deprel = "mark"
        words[first].upos = "SCONJ"
        words[start - 1].head = root + 1
    }

    /// "do" parsed as the verb, with a bare infinitive (no "to") after the noun that follows
    /// it hung below it: the infinitive becomes the verb, "do" its auxiliary, the noun
    /// between its subject; what was "do"'s before it (the question word) is the verb's
    /// object, or its oblique when it has a preposition.
    ///
    /// In a question opened by a question word, the word right after the subject's phrase is
    /// that bare verb whatever its tag ("What did the guild base the map on?" with "base"
    /// read as a noun, the object of "did"): it is made the verb.
    static func doSupport(_ words: inout [Word]) {
        guard let aux = words.firstIndex(where: { ["VERB", "AUX"].contains($0.upos) && $0.lemma.lowercased() == "do" && ["VBD", "VBZ", "VBP"].contains($0.xpos) }),
              words[aux].upos == "VERB" || words[aux].head == 0 else { return }
        let asked = words[..<aux].contains { questionWords.contains($0.form.lowercased()) }
        // The subject: "do"'s noun after it, or, where the parse made the verb a noun, that noun's subject.
        // ("What did Petrova support?" read as one noun phrase, "Petrova support": its last noun before the verb is the subject.)
        func subject(before k: Int) -> Int? {
            words.indices.first { $0 > aux && $0 < k && (words[$0].head == aux + 1 && ["obj", "nsubj"].contains(words[$0].deprel)
                                                         || asked && words[$0].head == k + 1 && words[$0].deprel == "nsubj") }
                ?? (asked ? words.indices.last { $0 > aux && $0 < k && words[$0].head == k + 1 && words[$0].deprel == "compound" } : nil)
        }
        let bare = words.indices.first { k in
            k > aux && words[k].head == aux + 1 && words[k].xpos == "VB" && ["xcomp", "ccomp", "conj", "dep"].contains(words[k].deprel)
                && !words.contains { $0.head == k + 1 && $0.deprel == "mark" } && subject(before: k) != nil
        }
        let misread = words.indices.first { k in
            asked && k > aux && words[k].head == aux + 1 && ["NOUN", "VERB"].contains(words[k].upos)
                && ["obj", "xcomp", "ccomp", "dep", "conj"].contains(words[k].deprel)
                && subject(before: k).map { (subtree(of: $0, in: words).last ?? $0) + 1 == k } == true
        }
        guard let verb = bare ?? misread, let subject = subject(before: verb) else { return }
        if words[verb].upos != "VERB" {
            words[verb].upos = "VERB"
            words[verb].xpos = "VB"
        }
        if words[subject].head == verb + 1, words[subject].deprel == "compound" {
            // The words before it that the parse hung on the verb are the subject's ("the city council").
            for k in words.indices where k > aux && k < subject && words[k].head == verb + 1 { words[k].head = subject + 1 }
            words[subject].deprel = "nsubj"
        }
        words[verb].head = words[aux].head
        words[verb].deprel = words[aux].deprel
        for k in words.indices where k != verb && words[k].head == aux + 1 {
            words[k].head = verb + 1
            if k == subject { words[k].deprel = "nsubj" }
            if k < aux, words[k].deprel == "nsubj" || words[k].deprel == "obj" {
                words[k].deprel = words.contains(where: { $0.head == k + 1 && $0.deprel == "case" }) ? "obl" : "obj"
            }
        }
        words[aux].head = verb + 1
        words[aux].deprel = "aux"
        words[aux].upos = "AUX"
    }

    /// A noun that a form of "do" hangs on as its auxiliary ("What did he light at his
    /// laboratories?" with "light" read as a noun): "do" supports only verbs, so it is the bare verb.
    static func doAuxiliaryVerb(_ words: inout [Word]) {
        for aux in words.indices where words[aux].deprel == "aux" && words[aux].lemma.lowercased() == "do" && ["VBD", "VBZ", "VBP"].contains(words[aux].xpos) {
            guard let k = index(of: words[aux].head), k > aux, words[k].upos == "NOUN" else { continue }
            words[k].upos = "VERB"
            words[k].xpos = "VB"
            words[k].feats = "VerbForm=Inf"
        }
    }

    static func index(of head: Int?) -> Int? {
        guard let head, head > 0 else { return nil }
        return head - 1
    }

    /// Word `w` and every word below it.
    static func subtree(of w: Int, in words: [Word]) -> [Int] {
        var inside: Set<Int> = [w]
        var grew = true
        while grew {
            grew = false
            for k in words.indices where !inside.contains(k) {
                if let h = index(of: words[k].head), inside.contains(h) { inside.insert(k); grew = true }
            }
        }
        return inside.sorted()
    }
}
