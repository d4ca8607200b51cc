import Testing
import Foundation
@testable import AnnalsGrammar

/// The coreference model's word list, its mentions, a model trained here on a few
/// documents written for the test, and its file.
struct CoreferenceTests {
    static let words = try! CorefWords(text: """
        # a comment
        he\the\tm
        him\the\tm
        his\the\tm
        she\tshe\tf
        her\tshe\tf
        it\tit\tn
        they\tthey\tp
        mother\tnoun\tf
        king\tnoun\tm
        """, nouns: "teacher\tperson\ncity\tplace")

    @Test(arguments: [("him", "he", "m"), ("her", "she", "f"), ("they", "they", "p"), ("it", "it", "n"), ("table", nil, "u")] as [(String, String?, String)])
    func pronounsHaveAClassAndAGender(word: String, form: String?, gender: String) {
        #expect(Self.words.pronounClass[word] == form)
        #expect(Self.words.gender(of: word) == gender)
    }

    @Test(arguments: ["he\the", "he\the\tx", "she\tshe\tf\textra"])
    func aDamagedLineIsRefused(line: String) {
        #expect(throws: ReadingGrammar.LoadError.self) { try CorefWords(text: line) }
    }

    /// A sentence given as (form, upos, head, relation) rows, heads counted from 1.
    static func sentence(_ rows: [(String, String, Int, String)], feats: [Int: String] = [:]) -> [Word] {
        rows.enumerated().map { k, row in
            Word(form: row.0, lemma: row.0.lowercased(), upos: row.1, xpos: row.1 == "PRON" ? "PRP" : "NN", feats: feats[k] ?? "_",
                 head: row.2, deprel: row.3)
        }
    }

    // "His mother, who taught in the city, met the king ." and "It rained ."
    static let first = sentence([("His", "PRON", 2, "nmod:poss"), ("mother", "NOUN", 10, "nsubj"), (",", "PUNCT", 5, "punct"),
                                 ("who", "PRON", 5, "nsubj"), ("taught", "VERB", 2, "acl:relcl"), ("in", "ADP", 8, "case"),
                                 ("the", "DET", 8, "det"), ("city", "NOUN", 5, "obl"), (",", "PUNCT", 5, "punct"),
                                 ("met", "VERB", 0, "root"), ("the", "DET", 12, "det"), ("king", "NOUN", 10, "obj"), (".", "PUNCT", 10, "punct")],
                                feats: [3: "PronType=Rel"])
    static let second = sentence([("It", "PRON", 2, "expl"), ("rained", "VERB", 0, "root"), (".", "PUNCT", 2, "punct")])

    @Test func mentionsAreFoundInTheTree() {
        let mentions = MentionFinder(words: Self.words).mentions([Self.first, Self.second])
        // "who" (a relative pronoun) and the expletive "It" are no mentions.
        #expect(mentions.map { Self.first[$0.head].form } == ["His", "mother", "city", "king"])
        let mother = mentions[1]
        #expect(mother.gender == "f" && mother.determiner == "poss" && mother.kind == .nominal)
        // The phrase is the head's subtree: "His mother, who taught in the city" (edge commas left out).
        #expect(mother.first == 0 && mother.last == 7)
        #expect(mentions[2].nounClass == "place" && mentions[2].determiner == "the")
        #expect(mentions[3].gender == "m")
    }

    /// Documents in which "he" is always the man named first and "she" the woman.
    static func documents() -> [CorefTraining.Document] {
        let people = [("Ivan", "Anna"), ("Boris", "Olga"), ("Pavel", "Vera"), ("Oleg", "Nina"), ("Petr", "Irina")]
        return people.map { man, woman in
            let sentences = [
                sentence([(man, "PROPN", 2, "nsubj"), ("met", "VERB", 0, "root"), (woman, "PROPN", 2, "obj"), (".", "PUNCT", 2, "punct")]),
                sentence([("She", "PRON", 2, "nsubj"), ("thanked", "VERB", 0, "root"), ("him", "PRON", 2, "obj"), (".", "PUNCT", 2, "punct")]),
            ]
            let gold = """
                1\t\(man)\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(1-person-new-nnnnn-cf1-1-coref)
                2\tmet\t_\tVERB\tVBD\t_\t0\troot\t_\t_
                3\t\(woman)\t_\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(2-person-new-nnnnn-cf1-1-coref)
                4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

                1\tShe\t_\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(2-person-giv-nnnnn-cf1-1-coref)
                2\tthanked\t_\tVERB\tVBD\t_\t0\troot\t_\t_
                3\thim\t_\tPRON\tPRP\t_\t2\tobj\t_\tEntity=(1-person-giv-nnnnn-cf1-1-coref)
                4\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """
            return CorefTraining.Document(sentences: sentences, names: nil, gold: try! CoNLLU.read(gold))
        }
    }

    @Test func aModelLearnsFromChainsAndSurvivesItsFile() throws {
        let documents = Self.documents()
        #expect(documents[0].entities.count == 4)
        let resolver = CorefTraining.train(Array(documents.dropLast()), dev: [], words: Self.words, epochs: 6, seed: 1, manifest: { _, _ in "test" })
        // On the document held out: "She" is Nina's, "him" Petr's.
        let chains = resolver.chains(documents[4].sentences)
        #expect(chains.mentions.count == 4)
        #expect(chains.entity == [0, 1, 1, 0])
        #expect(chains.namedAntecedents == [2: 1, 3: 0])
        #expect(CorefScore.of(resolver, [documents[4]]).accuracy == 100)
        let copy = try CoreferenceResolver(decoding: resolver.encoded())
        #expect(copy.chains(documents[4].sentences) == chains)
        #expect(copy.fingerprint == resolver.fingerprint && copy.manifest == "test" && copy.words == Self.words)
    }

    /// A mention of the given pronoun class, reflexive or not, in sentence 1 with predicate 2.
    static func pronoun(_ form: String, reflexive: Bool = false) -> CorefMention {
        CorefMention(sentence: 1, head: 0, first: 0, last: 0, kind: .pronoun, form: form, gender: words.gender(of: form), isPlural: form == "they",
                     relation: "obj", headLemma: form, core: form, lastWord: form, determiner: "none", governor: "root", predicate: 2,
                     isReflexive: reflexive)
    }

    @Test(arguments: [
        ("he", false, "f", false, false), ("he", false, "m", false, true), ("he", false, "u", false, true),
        ("she", false, "m", false, false), ("it", false, "f", false, true),
        // Another argument of the same predicate: only a reflexive may mean it.
        ("he", false, "m", true, false), ("he", true, "m", true, true), ("they", false, "p", true, false),
    ] as [(String, Bool, String, Bool, Bool)])
    func grammarRulesOutSomeAntecedents(form: String, reflexive: Bool, gender: String, coargument: Bool, allowed: Bool) {
        var entity = CorefEntity()
        // The entity's gender as its mentions show it: two pronouns of that gender.
        if let shown = ["m": "he", "f": "she", "p": "they"][gender] { for k in 0..<2 { entity.add(Self.pronoun(shown), number: k) } }
        let mention = Self.pronoun(form, reflexive: reflexive)
        #expect(CorefRules.mayRefer(mention, to: entity, number: 7, coarguments: coargument ? [7] : [3]) == allowed)
    }

    /// The features hash texts once (per mention, or once for all); each key must be the hash
    /// of the text the model was trained on, or a retrained model would read other features.
    @Test(arguments: [[0, 1, 2], [0, 1, 2, 3, 6], [1, 2, 3, 4, 7, 15, 30]])
    func bucketKeysAreTheHashesOfTheirTexts(limits: [Int]) {
        for value in -1...40 {
            let text = limits.first { value <= $0 }.map(String.init) ?? "more"
            #expect(CorefText.bucket(value, limits) == FeatureHash.of(text))
            #expect(CorefText.bucket(value, limits, subject: true) == FeatureHash.of(text + " subject"))
        }
    }

    @Test func mentionKeysAreTheHashesOfItsValues() {
        let mention = Self.pronoun("she", reflexive: true)
        let keys = CorefKeys(mention)
        #expect(keys.form == FeatureHash.of("she") && keys.gender == FeatureHash.of("f") && keys.relation == FeatureHash.of("obj"))
        #expect(keys.reflexive == FeatureHash.of("reflexive") && keys.head == FeatureHash.of("-") && keys.genderOrClass == FeatureHash.of("f"))
        #expect(keys.kind == FeatureHash.of("pronoun") && keys.number == FeatureHash.of("single") && keys.latestKeys.count == 2)
    }

    @Test func aDamagedFileIsRefused() {
        #expect(throws: ReadingGrammar.LoadError.self) { try CoreferenceResolver(decoding: Data("ANNCnonsense".utf8)) }
        #expect(throws: ReadingGrammar.LoadError.self) { try CoreferenceResolver(decoding: Data("ANNEnot this".utf8)) }
    }
}
