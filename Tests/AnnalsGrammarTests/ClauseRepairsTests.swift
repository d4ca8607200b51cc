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
