import Testing
@testable import AnnalsGrammar

/// The repairs of a parse that breaks a rule of English grammar (``ClauseRepairs``): each
/// row is a tree as a parser may give it, written by hand, and the heads and relations it
/// must have after the repair; a tree that keeps the rule is left as it is.
struct ClauseRepairsTests {
    /// Words from "form/upos/head/relation[/xpos[/lemma]]" entries (heads 1-based, 0 the root).
    static func words(_ entries: String) -> [Word] {
        entries.split(separator: " ").map { entry in
            let parts = entry.split(separator: "/").map(String.init)
            return Word(form: parts[0], lemma: parts.count > 5 ? parts[5] : parts[0].lowercased(), upos: parts[1], xpos: parts.count > 4 ? parts[4] : "_",
                        head: Int(parts[2]), deprel: parts[3])
        }
    }

    static func heads(_ words: [Word]) -> String {
        words.map { "\($0.head ?? -1):\($0.deprel)" }.joined(separator: " ")
    }

    @Test(arguments: [
        // "After the revolution ousted the governor, he moved": the subordinator taken for the subject's preposition.
        ("After/ADP/3/case the/DET/3/det revolution/PROPN/4/nsubj ousted/VERB/0/root the/DET/6/det governor/NOUN/4/obj ,/PUNCT/9/punct he/PRON/9/nsubj moved/VERB/4/parataxis ./PUNCT/4/punct",
         "4:mark 3:det 4:nsubj 9:advcl 6:det 4:obj 4:punct 9:nsubj 0:root 4:punct"),
        // "When the war ended, she wrote a book": the same with "when" and a reported clause.
        ("When/ADV/3/case the/DET/3/det war/NOUN/4/nsubj ended/VERB/0/root ,/PUNCT/7/punct she/PRON/7/nsubj wrote/VERB/4/ccomp a/DET/9/det book/NOUN/7/obj",
         "4:mark 3:det 4:nsubj 7:advcl 4:punct 7:nsubj 0:root 9:det 7:obj"),
    ])
    func anOpeningSubordinateClauseHangsOnTheClauseAfterItsComma(parsed: String, repaired: String) {
        #expect(Self.heads(ClauseRepairs.apply(Self.words(parsed))) == repaired)
    }

    @Test(arguments: [
        // "What did the guild publish in 1906?" with "did" taken for the verb and the guild for its object.
        ("What/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det guild/NOUN/2/obj publish/VERB/2/xcomp/VB in/ADP/7/case 1906/NUM/5/obl ?/PUNCT/2/punct",
         "5:obj 5:aux 4:det 5:nsubj 0:root 7:case 5:obl 5:punct"),
        // "In what did the monks hide the books?": a question word with a preposition is an oblique.
        ("In/ADP/2/case what/PRON/3/obj did/VERB/0/root/VBD/do the/DET/5/det monks/NOUN/3/obj hide/VERB/3/xcomp/VB the/DET/8/det books/NOUN/6/obj",
         "2:case 6:obl 6:aux 5:det 6:nsubj 0:root 8:det 6:obj"),
        // "What did the guild base the map on?" with the bare verb read as a noun, the object of "did", and the guild its subject.
        ("What/PRON/2/nsubj did/AUX/0/root/VBD/do the/DET/4/det guild/NOUN/5/nsubj base/NOUN/2/obj/NN the/DET/7/det map/NOUN/5/compound on/ADP/2/obl ?/PUNCT/2/punct",
         "5:obj 5:aux 4:det 5:nsubj 0:root 7:det 5:compound 5:obl 5:punct"),
        // "What did the city council ban in 1906?" with subject and verb read as one noun phrase, "the city council ban".
        ("What/PRON/2/obj did/VERB/0/root/VBD/do the/DET/6/det city/NOUN/6/compound council/NOUN/6/compound ban/NOUN/2/obj/NN in/ADP/8/case 1906/NUM/2/obl ?/PUNCT/2/punct",
         "6:obj 6:aux 5:det 5:compound 6:nsubj 0:root 8:case 6:obl 6:punct"),
    ])
    func doBeforeASubjectAndABareVerbIsItsAuxiliary(parsed: String, repaired: String) {
        let words = ClauseRepairs.apply(Self.words(parsed))
        #expect(Self.heads(words) == repaired)
        // The verb is a verb, whatever the tagger made of it.
        #expect(words.first { $0.head == 0 }?.upos == "VERB")
    }

    /// "What did he light at his laboratories?" with "light" read as a noun that "did" hangs on as
    /// its auxiliary: "do" supports only verbs, so "light" is the bare verb; the tree is kept.
    @Test func theWordDoIsTheAuxiliaryOfIsAVerb() {
        let parsed = Self.words("What/PRON/4/obj did/AUX/4/aux/VBD/do he/PRON/4/nsubj light/NOUN/0/root/NN at/ADP/6/case laboratories/NOUN/4/obl")
        let repaired = ClauseRepairs.apply(parsed)
        #expect(repaired[3].upos == "VERB" && repaired[3].xpos == "VB")
        #expect(Self.heads(repaired) == Self.heads(parsed))
        // A noun "do" governs as a verb of its own stays a noun: "She did the work".
        let own = ClauseRepairs.apply(Self.words("She/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det work/NOUN/2/obj/NN"))
        #expect(own[3].upos == "NOUN")
    }

    /// A dictionary of the words the rows below need: which can be bare verbs.
    static let lexicon: Lexicon = {
        var entries: [String: Lexicon.Entry] = [:]
        for (word, parts) in [("rise", Lexicon.Part([.noun, .verb])), ("price", [.noun, .verb]), ("grain", [.noun]), ("fall", [.noun, .verb]),
                              ("like", [.verb, .adjective]), ("town", [.noun]), ("buyers", [.plural]), ("council", [.noun]), ("guild", [.noun]),
                              ("observed", [.past]), ("terms", [.plural, .thirdPerson]), ("surrender", [.noun, .verb])] {
            var entry = Lexicon.Entry()
            entry.parts = parts
            entries[word] = entry
        }
        return Lexicon(entries)
    }()

    @Test(arguments: [
        // "What did the price of grain rise to?": "did" the verb, the price its object, "rise" a noun conjoined to it.
        ("What/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det price/NOUN/2/obj of/ADP/6/case grain/NOUN/4/nmod rise/NOUN/4/conj/NN to/ADP/7/case ?/PUNCT/2/punct",
         "7:obj 7:aux 4:det 7:nsubj 6:case 4:nmod 0:root 7:case 7:punct"),
        // "What did the council and the guild start after the fire?": a subject of two nouns joined.
        ("What/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det council/NOUN/2/obj and/CCONJ/7/cc the/DET/7/det guild/NOUN/8/nsubj start/VERB/2/conj/VB after/ADP/11/case the/DET/11/det fire/NOUN/8/obl ?/PUNCT/2/punct",
         "8:obj 8:aux 4:det 8:nsubj 7:cc 7:det 4:conj 0:root 11:case 11:det 8:obl 8:punct"),
        // "In what year did the town fall?": the question phrase after a preposition is an oblique.
        ("In/ADP/3/case what/DET/3/det year/NOUN/0/root did/VERB/3/acl:relcl/VBD/do the/DET/6/det town/NOUN/7/nsubj fall/NOUN/4/obj/NN ?/PUNCT/3/punct",
         "3:case 3:det 7:obl 7:aux 6:det 7:nsubj 0:root 7:punct"),
        // "What did some buyers not like about the cars?": a negation between subject and verb is the verb's.
        ("What/PRON/2/obj did/VERB/0/root/VBD/do some/DET/4/det buyers/NOUN/2/nsubj not/PART/2/advmod like/ADP/9/case about/ADP/9/case the/DET/9/det cars/NOUN/2/obl ?/PUNCT/2/punct",
         "6:obj 6:aux 4:det 6:nsubj 6:advmod 0:root 9:case 9:det 6:obl 6:punct"),
        // "Who did the abbess marry?" read with two subjects: the question phrase is the object.
        ("Who/PRON/5/nsubj did/AUX/5/aux/VBD/do the/DET/4/det abbess/NOUN/5/nsubj marry/VERB/0/root/VB ?/PUNCT/5/punct",
         "5:obj 5:aux 4:det 5:nsubj 0:root 5:punct"),
        // "What did the grain price rise to?": a word that may be a verb before a noun it may modify is not the verb.
        ("What/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/6/det grain/NOUN/6/compound price/NOUN/6/compound rise/NOUN/2/obj/NN to/ADP/2/obl ?/PUNCT/2/punct",
         "6:obj 6:aux 5:det 5:compound 6:nsubj 0:root 6:obl 6:punct"),
    ])
    func doAfterAQuestionPhraseIsTheAuxiliaryOfTheVerbEndingItsSubject(parsed: String, repaired: String) {
        let words = ClauseRepairs.apply(Self.words(parsed), lexicon: Self.lexicon)
        #expect(Self.heads(words) == repaired)
        let verb = words.first { $0.head == 0 }
        #expect(verb?.upos == "VERB" && verb?.xpos == "VB")
    }

    @Test(arguments: [
        // No verb after the subject can be bare: "How did the envoy observed the terms?" (a past form) is left.
        "How/ADV/3/advmod did/AUX/3/aux the/DET/4/det envoy/NOUN/5/nsubj observed/VERB/0/root/VBD the/DET/7/det terms/NOUN/5/obj ?/PUNCT/5/punct",
        // Not a question: "The guild did rise early." has no question phrase.
        "The/DET/2/det guild/NOUN/3/nsubj did/VERB/0/root/VBD/do rise/NOUN/3/obj/NN early/ADV/3/advmod ?/PUNCT/3/punct",
    ])
    func aQuestionWithoutABareVerbAfterItsSubjectIsLeft(parsed: String) {
        let words = Self.words(parsed)
        #expect(Self.heads(ClauseRepairs.questionDoSupportApplied(words, lexicon: Self.lexicon)) == Self.heads(words))
    }

    @Test(arguments: [
        // A preposition that is no subordinator: "In the spring the army, …".
        "In/ADP/3/case the/DET/3/det spring/NOUN/4/nsubj ended/VERB/0/root ,/PUNCT/7/punct she/PRON/7/nsubj wrote/VERB/4/parataxis",
        // No clause with its own subject after a comma.
        "After/ADP/3/case the/DET/3/det war/NOUN/4/nsubj ended/VERB/0/root and/CCONJ/6/cc wrote/VERB/4/conj",
        // The clause after the comma has no subject.
        "After/ADP/3/case the/DET/3/det war/NOUN/4/nsubj ended/VERB/0/root ,/PUNCT/6/punct wrote/VERB/4/parataxis",
        // "do" as a verb of its own: "She did the work", "They did not want to stay" (an infinitive with "to").
        "She/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det work/NOUN/2/obj",
        "They/PRON/2/nsubj did/VERB/0/root/VBD/do the/DET/4/det visitors/NOUN/2/obj to/PART/6/mark stay/VERB/2/xcomp/VB",
        // No question: a noun after "did" and its subject stays a noun ("The guild did base work").
        "The/DET/2/det guild/NOUN/3/nsubj did/AUX/0/root/VBD/do base/NOUN/5/compound work/NOUN/3/obj",
        // A tree that keeps the rule.
        "After/SCONJ/3/mark the/DET/3/det war/NOUN/4/nsubj ended/VERB/7/advcl ,/PUNCT/4/punct she/PRON/7/nsubj wrote/VERB/0/root",
    ])
    func aTreeThatKeepsTheRuleOrDoesNotFitIsLeft(parsed: String) {
        let words = Self.words(parsed)
        #expect(Self.heads(ClauseRepairs.apply(words)) == Self.heads(words))
    }
}
