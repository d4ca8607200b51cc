import Testing
import Foundation
@testable import AnnalsGrammar

/// The shipped grammar on sentences written for these tests, one construction each: the
/// attachments a reader of history needs right. Each row: a sentence, then words whose
/// head (by form) and relation must be as given.
struct ShippedGrammarTests {
    static let grammar = try? ReadingGrammar.shipped()

    static func analysis(_ text: String) throws -> [Word] {
        let grammar = try #require(Self.grammar)
        let scalars = Array(text.unicodeScalars)
        return grammar.analyse(scalars, sentence: 0..<scalars.count).words
    }

    /// The word `form` (the first with it) and its head's form.
    static func attachment(_ words: [Word], _ form: String) -> (head: String, relation: String)? {
        guard let word = words.first(where: { $0.form == form }), let head = word.head else { return nil }
        return (head == 0 ? "ROOT" : words[head - 1].form, word.deprel)
    }

    @Test(arguments: [
        ("Trotsky was arrested in 1898.", [("Trotsky", "arrested", "nsubj:pass"), ("was", "arrested", "aux:pass"), ("1898", "arrested", "obl")]),
        ("Kamenev, who was arrested in 1935, was shot.", [("who", "arrested", "nsubj:pass"), ("arrested", "Kamenev", "acl:relcl"), ("shot", "ROOT", "root")]),
        ("Lenin and Trotsky led the revolution.", [("Lenin", "led", "nsubj"), ("Trotsky", "Lenin", "conj"), ("revolution", "led", "obj")]),
        // The name is an apposition of "wife", headed by either of its words ("A|B": one of them).
        ("His wife, Natalia Sedova, survived him.", [("Natalia|Sedova", "wife", "appos"), ("wife", "survived", "nsubj")]),
        // UD English heads a date by its day: "7" takes "November" and "1879" as nmod:unmarked.
        ("He was born on 7 November 1879 in Yanovka.", [("born", "ROOT", "root"), ("7", "born", "obl"), ("November", "7", "nmod:unmarked"), ("Yanovka", "born", "obl")]),
        ("Charles de Gaulle visited Paris.", [("Gaulle", "Charles", "flat"), ("Charles", "visited", "nsubj"), ("Paris", "visited", "obj")]),
        ("She married him in Geneva and moved to Paris.", [("moved", "married", "conj"), ("Paris", "moved", "obl")]),
        // Asides in brackets are phrases of their own: the sentence around them keeps its thread.
        ("Lev Bronshtein (he took the name Trotsky in 1902) was born in Yanovka.",
         [("born", "ROOT", "root"), ("Lev", "born", "nsubj:pass"), ("Yanovka", "born", "obl")]),
        ("Trotsky was born on 7 November [O.S. 26 October] 1879 in Yanovka.",
         [("born", "ROOT", "root"), ("November", "7", "nmod:unmarked"), ("1879", "7", "nmod:unmarked"), ("Yanovka", "born", "obl")]),
        ("She was born on 3 May 1901 in Kiev.", [("May", "3", "nmod:unmarked"), ("1901", "3", "nmod:unmarked")]),
    ] as [(String, [(String, String, String)])])
    func attachments(text: String, expected: [(String, String, String)]) throws {
        try #require(Self.grammar != nil, "the shipped grammar is missing; run scripts/train")
        try Self.check(text, expected)
    }

    static func check(_ text: String, _ expected: [(String, String, String)]) throws {
        let words = try Self.analysis(text)
        for (forms, head, relation) in expected {
            let found = forms.split(separator: "|").map { Self.attachment(words, String($0)) }
            #expect(found.contains { $0?.head == head && $0?.relation == relation },
                    "\(text): \(forms) → \(found.map { $0.map { "\($0.head) \($0.relation)" } ?? "none" })")
        }
    }

    /// What the shipped neural parser still reads wrong (the transition parser read it
    /// right): a lower-case particle inside a name. Each row fails while the misreading
    /// lasts; when a model reads it right, the known issue is not met and the test fails,
    /// so that the row moves up to the table above.
    @Test(arguments: [
        ("Ludwig van Beethoven visited Vienna.", [("Beethoven", "Ludwig", "flat"), ("Vienna", "visited", "obj")]),
    ] as [(String, [(String, String, String)])])
    func knownMisreadings(text: String, expected: [(String, String, String)]) throws {
        try #require(Self.grammar != nil, "the shipped grammar is missing; run scripts/train")
        withKnownIssue { try Self.check(text, expected) }
    }

    @Test func tagsLemmasAndFeatures() throws {
        let words = try Self.analysis("The armies were defeated near Kazan.")
        #expect(words.map(\.upos) == ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
        #expect(words.map(\.lemma) == ["the", "army", "be", "defeat", "near", "Kazan", "."])
        #expect(words[1].feats == "Number=Plur")
        #expect(words[3].feats.contains("Voice=Pass"))
    }

    /// Words the treebanks never showed the tagger take the parts of speech the lexicon
    /// gives them, as the sentence's context decides among them.
    @Test func rareWordsAreTaggedFromTheLexicon() throws {
        let grammar = try #require(Self.grammar)
        #expect(grammar.tagger.lexicon.count > 150_000)
        #expect(grammar.tagger.lexicon.parts(of: "caters")?.contains(.thirdPerson) == true)
        let words = try Self.analysis("The cleric caters to the trainees.")
        #expect(words.map(\.upos) == ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"])
    }

    @Test func olderEnglishIsReadAsItsModernWords() throws {
        let words = try Self.analysis("Thou hast betrayed us, and whither wilt thou go?")
        #expect(words.map(\.form) == ["Thou", "hast", "betrayed", "us", ",", "and", "whither", "wilt", "thou", "go", "?"])
        #expect(words[0].upos == "PRON" && words[0].deprel == "nsubj" && words[0].lemma == "thou")
        #expect(words[1].upos == "AUX" && words[1].lemma == "have")
        #expect(words[7].upos == "AUX" && words[7].lemma == "will")
        #expect(words[6].upos == "ADV" && words[6].lemma == "whither")
    }

    @Test(arguments: [("hast", "have"), ("Thou", "You"), ("WHITHER", "Where"), ("hence", "hence"), ("art", "art"), ("Thouless", "Thouless")])
    func archaicReadings(form: String, reading: String) {
        #expect(ArchaicForms.reading(form) == reading)
    }

    @Test func anOldStyleDateInBracketsIsOnePhrase() throws {
        let words = try Self.analysis("He was born on 7 November [O.S. 26 October] 1879.")
        let open = try #require(words.firstIndex { $0.form == "[" }), close = try #require(words.firstIndex { $0.form == "]" })
        let inside = (open + 1)..<close
        // Of the words inside the brackets, one alone hangs on a word outside them.
        let leaving = inside.filter { k in words[k].head.map { !inside.contains($0 - 1) } ?? true }
        #expect(leaving.count == 1, "\(words.map { "\($0.form)→\($0.head ?? -1)" })")
    }

    @Test func loadsQuicklyAndIsSmall() throws {
        let url = try #require(ReadingGrammar.shippedFile)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size <= 10_000_000, "the shipped models are at most 10 MB together")
        let data = try Data(contentsOf: url)
        #expect(try ReadingGrammar(decoding: data).fingerprint == Self.grammar?.fingerprint)
    }

    @Test func theSameWordsGiveTheSameAnalysisEveryTime() throws {
        let text = "After his expulsion in 1929, Trotsky lived in Turkey, France and Norway before settling in Mexico."
        let first = try Self.analysis(text)
        for _ in 0..<3 { #expect(try Self.analysis(text) == first) }
    }

    @Test(arguments: [
        // words, the outermost bracketed spans that hold at least two words
        ("a ( b c ) d", [1...4]),
        ("a ( b ) c", []),                                   // one word inside: no aside
        ("( a b c )", []),                                   // nothing outside
        ("a [ b ( c d ) e ] f", [1...8]),                    // the outermost only
        ("a ( b c ] d", []),                                 // unmatched marks
        ("a ( b c ) d ( e f ) g", [1...4, 6...9]),
    ] as [(String, [ClosedRange<Int>])])
    func asides(words: String, expected: [ClosedRange<Int>]) {
        #expect(Asides.spans(words.split(separator: " ").map(String.init)) == expected)
    }

    @Test func anAsideIsAPhraseWhenOneWordHangsOutsideAndNothingHangsIn() {
        // "a ( b c ) d": heads 1-based, 0 the root.
        #expect(Asides.keepsPhrases([0, 4, 4, 1, 4, 1], [1...4]))      // "c" hangs on "a"; the rest inside
        #expect(!Asides.keepsPhrases([0, 4, 1, 1, 4, 1], [1...4]))     // "b" and "c" both hang outside
        #expect(!Asides.keepsPhrases([3, 4, 4, 1, 4, 1], [1...4]))     // "a" hangs on "b", inside
    }

    /// The features classifier reads each word's spelling as the tagger worked it out; handed
    /// those, it gives what working them out again gives.
    @Test func featuresFromTheTaggersSpellingsAreTheSame() throws {
        let grammar = try #require(Self.grammar)
        let words = try Self.analysis("Anna Petrova, whom the police had arrested in Dorvik, was exiled with her two sons in 1898.")
        var again = words.map { word in var bare = word; bare.feats = "_"; return bare }
        var given = again
        grammar.features.apply(to: &again)
        grammar.features.apply(to: &given, forms: words.map { WordForm($0.form) })
        #expect(given.map(\.feats) == again.map(\.feats))
        #expect(given.map(\.feats) == words.map(\.feats))
        #expect(given.filter { $0.feats != "_" }.count > 5)
    }

    /// A reader of many sentences keeps the spellings it has worked out; what it reads of each
    /// sentence is what reading that sentence alone gives.
    @Test func sentencesReadWithKeptSpellingsAreReadAsAlone() throws {
        let grammar = try #require(Self.grammar)
        let sentences = ["Anna Petrova was born in Dorvik in 1861.", "In Dorvik, Petrova was arrested; Orlov was born there too.",
                         "Was Anna Petrova born in Dorvik?", "Petrova's brother Ivan was arrested in 1898 in Dorvik."]
        var known = WordForms()
        for text in sentences + sentences {
            let scalars = Array(text.unicodeScalars)
            let alone = grammar.analyse(scalars, sentence: 0..<scalars.count).words
            let kept = grammar.analyse(scalars, sentence: 0..<scalars.count, known: &known).words
            #expect(kept.map(\.form) == alone.map(\.form))
            #expect(kept.map(\.upos) == alone.map(\.upos))
            #expect(kept.map(\.feats) == alone.map(\.feats))
            #expect(kept.map(\.head) == alone.map(\.head))
            #expect(kept.map(\.deprel) == alone.map(\.deprel))
        }
        // Each spelling kept is the one worked out afresh, however alike two spellings are.
        for word in ["Dorvik", "Dorvik's", "Petrova", "Petrovna", "Pavel", "Paris", "1861", "1898", "was", "Was"] {
            let form = known.of(word), fresh = WordForm(word)
            #expect([form.form, form.lower, form.shape, form.suffixes.3, form.prefixes.2, form.lastPart]
                    == [fresh.form, fresh.lower, fresh.shape, fresh.suffixes.3, fresh.prefixes.2, fresh.lastPart], "\(word)")
        }
    }
}
