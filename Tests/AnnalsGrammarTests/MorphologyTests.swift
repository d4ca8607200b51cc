import Testing
@testable import AnnalsGrammar

/// Lemmas and features from tables and endings, and subject–verb agreement from the parse.
struct MorphologyTests {
    static let training: [ParsedSentence] = [
        ParsedSentence(words: [
            Word(form: "The", lemma: "the", upos: "DET", xpos: "DT", feats: "Definite=Def|PronType=Art"),
            Word(form: "cities", lemma: "city", upos: "NOUN", xpos: "NNS", feats: "Number=Plur"),
            Word(form: "parties", lemma: "party", upos: "NOUN", xpos: "NNS", feats: "Number=Plur"),
            Word(form: "walked", lemma: "walk", upos: "VERB", xpos: "VBD", feats: "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"),
            Word(form: "talked", lemma: "talk", upos: "VERB", xpos: "VBD", feats: "Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin"),
            Word(form: "Riga", lemma: "Riga", upos: "PROPN", xpos: "NNP", feats: "Number=Sing"),
        ]),
    ]

    /// "Steps" as a noun ("steps", twice) and as a verb ("step", three times) under one Penn tag:
    /// one exception per form and tag, the more frequent, whatever order the words come in.
    @Test func oneFormAndTagTwoReadingsTheMoreFrequentWins() {
        let noun = Word(form: "Steps", lemma: "steps", upos: "NOUN", xpos: "NNS"), verb = Word(form: "Steps", lemma: "step", upos: "VERB", xpos: "NNS")
        for words in [[noun, noun, verb, verb, verb], [verb, verb, verb, noun, noun], [verb, noun, verb, noun, verb]] {
            #expect(Morphology.learn([ParsedSentence(words: words)]).lemma(form: "Steps", upos: "VERB", xpos: "NNS") == "step")
        }
    }

    @Test(arguments: [
        ("cities", "NOUN", "NNS", "city"), ("armies", "NOUN", "NNS", "army"), ("The", "DET", "DT", "the"),
        ("stalked", "VERB", "VBD", "stalk"), ("Tukums", "PROPN", "NNP", "Tukums"), ("1917", "NUM", "CD", "1917"),
    ])
    func lemmas(form: String, upos: String, xpos: String, lemma: String) {
        #expect(Morphology.learn(Self.training).lemma(form: form, upos: upos, xpos: xpos) == lemma)
    }

    /// A past form training never saw takes its base from the list of irregular verbs, not the
    /// ending ("fled" is no "flead"); a regular form keeps its ending's lemma.
    @Test(arguments: [
        ("fled", "VBD", "flee"), ("slew", "VBD", "slay"), ("Forbidden", "VBN", "forbid"), ("strode", "VBD", "stride"),
        ("walked", "VBD", "walk"),
    ])
    func irregularPastFormsTakeTheirBase(form: String, xpos: String, lemma: String) {
        #expect(Morphology.learn(Self.training).lemma(form: form, upos: "VERB", xpos: xpos) == lemma)
    }

    @Test(arguments: [
        ("I", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "Number=Sing|Person=1"),
        ("forces", "Number=Plur", "Number=Plur|Person=3"),
        ("you", "Case=Nom|Person=2|PronType=Prs", "Number=Sing|Person=2"),
    ])
    func aFiniteVerbAgreesWithItsSubject(subject: String, subjectFeats: String, agreement: String) {
        var words = [
            Word(form: subject, feats: subjectFeats, head: 2, deprel: "nsubj"),
            Word(form: "left", xpos: "VBD", feats: "Mood=Ind|Tense=Past|VerbForm=Fin", head: 0, deprel: "root"),
        ]
        SubjectAgreement.apply(to: &words)
        let parts = agreement.split(separator: "|")
        #expect(parts.allSatisfy { words[1].feats.contains($0) }, "\(words[1].feats)")
    }

    @Test func anAuxiliaryAgreesWithItsVerbsSubjectAndCoordinatedSubjectsArePlural() {
        var words = [
            Word(form: "Lenin", feats: "Number=Sing", head: 4, deprel: "nsubj"),
            Word(form: "and", head: 3, deprel: "cc"),
            Word(form: "Trotsky", feats: "Number=Sing", head: 1, deprel: "conj"),
            Word(form: "were", xpos: "VBD", feats: "Mood=Ind|Tense=Past|VerbForm=Fin", head: 5, deprel: "aux:pass"),
            Word(form: "exiled", xpos: "VBN", feats: "Tense=Past|VerbForm=Part|Voice=Pass", head: 0, deprel: "root"),
        ]
        words[3].head = 5
        words[0].head = 5
        SubjectAgreement.apply(to: &words)
        #expect(words[3].feats == "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin")
    }
}
