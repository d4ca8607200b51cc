import Testing
@testable import AnnalsCore
import AnnalsGrammar

/// The readers (dates, names, claims) read the grammar's tokens: each reader token lies
/// inside one grammar token (or joins a hyphenated compound the treebanks cut), knows the
/// grammar word it begins in, and reads letters, digits and marks as the readers expect.
struct ReaderTokenTests {
    static let text = """
        Trotsky's army didn't reach Brest-Litovsk on 7 November [O.S. 26 October] 1917. \
        St. Petersburg held 1,000 men in the 1920s; the 7th co-founded it, at twenty-five, c. 1900 B.C.
        """

    static func analysed(_ string: String) throws -> (ScalarText, DocumentStructure, [AnalyzedSentence]) {
        let text = ScalarText(string)
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        let document = try #require(try? AnalysisPipeline.shipped()).analyse(text, structure: structure, title: "", only: [.grammar])
        return (text, structure, try #require(document.grammar))
    }

    /// How each row's text is read: the reader tokens' texts, in order.
    @Test(arguments: [
        ("Trotsky's army didn't go.", ["trotsky's", "army", "didn't", "go", "."]),
        ("Brest-Litovsk and Jean-Paul-Marie", ["brest-litovsk", "and", "jean-paul-marie"]),
        ("on 7 November [O.S. 26 October] 1917", ["on", "7", "november", "[", "o", ".", "s", ".", "26", "october", "]", "1917"]),
        ("St. Petersburg, 1,000 men, the 1920s", ["st", ".", "petersburg", ",", "1", ",", "000", "men", ",", "the", "1920", "s"]),
        ("the 7th, at twenty-five, 1904-07", ["the", "7", ",", "at", "twenty-five", ",", "1904", "-", "07"]),
        ("co-founded in 1918 — unaided—for", ["co-founded", "in", "1918", "—", "unaided", "—", "for"]),
    ])
    func readsAsTheReadersExpect(row: (String, [String])) throws {
        let (text, structure, grammar) = try Self.analysed(row.0)
        let tokens = SentenceTokens(grammar: grammar, text: text)
        #expect(structure.sentences.indices.flatMap { tokens[$0].map(\.text) } == row.1)
    }

    /// A capital opens a name's word, or follows the Arabic article written small ("al-Velmari").
    @Test(arguments: [
        ("Velno", true), ("al-Velmari", true), ("el-Orsk", true), ("ash-Dorin", true),
        ("velno", false), ("al-velmari", false), ("also-Ran", false), ("alpha-Beta", false),
    ])
    func aNameWordIsCapitalised(word: String, capitalised: Bool) throws {
        let (text, structure, grammar) = try Self.analysed("Then \(word) came.")
        let tokens = SentenceTokens(grammar: grammar, text: text)
        #expect(structure.sentences.indices.flatMap { tokens[$0] }.filter(\.isCapitalized).map(\.text) == ["then"] + (capitalised ? [word.lowercased()] : []))
    }

    @Test(arguments: [
        ("Neither Velinsky nor Baranov could comprehend it.", ["velinsky", "baranov"], "comprehend"),
        ("Orlov married Mara in Velno.", ["orlov"], "marry"),
        ("Orlov was married in Velno.", [], ""),
    ])
    func aSubjectKnowsItsVerb(text: String, subjects: [String], verb: String) throws {
        let (scalars, _, grammar) = try Self.analysed(text)
        let tokens = SentenceTokens(grammar: grammar, text: scalars)[0]
        #expect(tokens.filter { $0.subjectOf != nil }.map(\.text) == subjects)
        #expect(tokens.allSatisfy { $0.subjectOf == nil || $0.subjectOf == verb })
    }

    @Test func ordinalsAndNumbersKeepTheirValues() throws {
        let (text, _, grammar) = try Self.analysed("the 7th of 1,000")
        let tokens = SentenceTokens(grammar: grammar, text: text)[0]
        #expect(tokens[1].isOrdinal && tokens[1].number == 7 && tokens[1].range == TextRange(start: 4, end: 7))
        #expect(tokens[3].number == 1 && tokens[5].number == 0 && tokens[5].digits == 3)
    }

    /// Every reader token lies inside the grammar token its word belongs to, unless it
    /// joins a hyphenated compound; its word index points at the word it begins in; its
    /// text is the text at its offsets.
    @Test func tokensStayInsideTheGrammarsTokens() throws {
        let (text, structure, grammar) = try Self.analysed(Self.text)
        let tokens = SentenceTokens(grammar: grammar, text: text)
        for (index, sentence) in grammar.enumerated() {
            let spans = SentenceTokens.tokenRanges(of: sentence)
            for token in tokens[index] {
                // An ordinal's text is its digits ("7th" → "7").
                #expect(text.string(in: token.range).lowercased().hasPrefix(token.text))
                let word = sentence.words[token.word]
                let span = try #require(spans.last { $0.1 <= token.word }).0
                #expect(span.start <= token.range.start && token.range.start < span.end)
                #expect(token.range.end <= span.end || text.string(in: token.range).contains("-"))
                #expect(word.range.start <= token.range.start || span.start <= token.range.start)
            }
            #expect(structure.sentences[index].range.contains(tokens[index].first!.range))
        }
    }

    /// Outside the pipeline the readers take the same tokens from the grammar's tokenizer alone.
    @Test func theTokenizerAloneGivesTheSameTokens() throws {
        let (text, structure, grammar) = try Self.analysed(Self.text)
        let fromGrammar = SentenceTokens(grammar: grammar, text: text), alone = SentenceTokens(text: text, structure: structure)
        for index in structure.sentences.indices {
            #expect(fromGrammar[index].map(\.range) == alone[index].map(\.range))
            #expect(fromGrammar[index].map(\.word) == alone[index].map(\.word))
        }
    }

    /// The stages that read text take the grammar stage's tokens: each requires it.
    @Test func readingStagesRequireTheGrammar() {
        #expect(DateStage.requires.contains(.grammar))
        #expect(NameStage.requires.contains(.grammar))
        #expect(ClaimStage.requires.contains(.grammar))
    }
}

extension ReaderTokenTests {
    /// Asked for claims alone, the pipeline runs what claims read (the grammar, dates and
    /// names) rather than failing for want of tokens.
    @Test func aStageAskedForAloneBringsWhatItReads() throws {
        let text = ScalarText("Anna Petrova was born in Riga in 1870. She was arrested in May 1899.")
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        let document = try #require(try? AnalysisPipeline.shipped()).analyse(text, structure: structure, title: "Anna Petrova", only: [.claims])
        #expect(document.claims?.map(\.predicate) == ["birth", "arrest"])
        #expect(document.grammar?.count == structure.sentences.count)
    }
}
