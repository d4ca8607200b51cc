import Testing
import AnnalsCore
import AnnalsGrammar

/// The stored form of a sentence's grammar gives back every word, span, tag, lemma,
/// head and multiword token exactly; damaged bytes are refused with a reason, never a crash.
struct SentenceCodingTests {
    static let text = ScalarText("Trotsky didn't stay in Ålesund; he wasn't — Бронштейн said — “gone”.")
    static let tags = ["PROPN", "VERB", "AUX", "PART", "ADP", "PUNCT", "PRON", "NOUN"]
    static let relations = ["root", "nsubj", "nsubj:pass", "obl:tmod", "acl:relcl", "punct", "advmod", "flat"]

    /// A sentence of random words over the test text: spans in order, random analyses,
    /// forms and lemmas sometimes as written, sometimes not, and a contraction or two.
    static func randomSentence(_ random: inout SeededGenerator) -> AnalyzedSentence {
        var words: [AnalyzedWord] = []
        var position = Int.random(in: 0..<5, using: &random)
        while position < text.count - 1, words.count < 12 {
            let end = min(text.count, position + Int.random(in: 1...6, using: &random))
            let range = TextRange(start: position, end: end)
            let written = text.string(in: range)
            let form = Bool.random(using: &random) ? written : written + "ʼ"
            let lemma = [form, form.lowercased(), "lemma\(Int.random(in: 0..<3, using: &random))"].randomElement(using: &random)!
            words.append(AnalyzedWord(range: range, form: form, lemma: lemma, upos: tags.randomElement(using: &random)!,
                                      xpos: tags.randomElement(using: &random)!, feats: ["_", "Number=Sing", "Tense=Past|VerbForm=Fin"].randomElement(using: &random)!,
                                      head: nil, relation: relations.randomElement(using: &random)!))
            position = end + Int.random(in: 0..<3, using: &random)
        }
        for k in words.indices { words[k].head = Bool.random(using: &random) ? nil : Int.random(in: 0..<words.count, using: &random) }
        var tokens: [AnalyzedSentence.MultiwordToken] = []
        if words.count >= 3 {
            let first = Int.random(in: 0..<(words.count - 1), using: &random)
            tokens.append(.init(range: TextRange(start: words[first].range.start, end: words[first + 1].range.end), first: first, last: first + 1))
        }
        return AnalyzedSentence(words: words, multiwordTokens: tokens)
    }

    @Test func everySentenceComesBackAsItWasStored() throws {
        var random = SeededGenerator(seed: 2026)
        var vocabulary = SentenceCoding.Vocabulary()
        var stored: [(AnalyzedSentence, [UInt8])] = []
        for _ in 0..<500 {
            let sentence = Self.randomSentence(&random)
            stored.append((sentence, SentenceCoding.encode(sentence, text: Self.text, vocabulary: &vocabulary)))
        }
        // The vocabulary is written once, after all the sentences, and read back first.
        let readVocabulary = try SentenceCoding.Vocabulary(decoding: vocabulary.encoded)
        #expect(readVocabulary == vocabulary)
        for (sentence, bytes) in stored {
            #expect(try SentenceCoding.decode(bytes, text: Self.text, vocabulary: readVocabulary) == sentence)
        }
    }

    @Test func wordsAsWrittenCostNoStrings() {
        let words = [AnalyzedWord(range: TextRange(start: 0, end: 7), form: "Trotsky", lemma: "Trotsky", upos: "PROPN", xpos: "NNP",
                                  feats: "Number=Sing", head: nil, relation: "root")]
        var vocabulary = SentenceCoding.Vocabulary()
        let bytes = SentenceCoding.encode(AnalyzedSentence(words: words), text: Self.text, vocabulary: &vocabulary)
        #expect(vocabulary.strings == ["PROPN", "NNP", "Number=Sing", "root"])
        #expect(bytes.count <= 12)
    }

    @Test func damagedBytesAreRefusedWithAReason() {
        var random = SeededGenerator(seed: 7)
        var vocabulary = SentenceCoding.Vocabulary()
        let sentence = Self.randomSentence(&random)
        let bytes = SentenceCoding.encode(sentence, text: Self.text, vocabulary: &vocabulary)
        // Every cut short, every byte changed: an answer or an error, never a trap.
        for length in 0..<bytes.count {
            #expect(throws: SentenceCoding.DecodingError.self) { try SentenceCoding.decode(Array(bytes[..<length]), text: Self.text, vocabulary: vocabulary) }
        }
        for position in bytes.indices {
            for value: UInt8 in [0, 0x7F, 0x80, 0xFF] {
                var damaged = bytes
                damaged[position] = value
                _ = try? SentenceCoding.decode(damaged, text: Self.text, vocabulary: vocabulary)
            }
        }
        #expect(throws: SentenceCoding.DecodingError.self) {
            try SentenceCoding.decode(bytes, text: Self.text, vocabulary: SentenceCoding.Vocabulary())
        }
    }
}
