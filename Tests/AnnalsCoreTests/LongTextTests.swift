import Testing
import Foundation
import AnnalsCore
import AnnalsGrammar
import AnnalsTesting

/// Text no writer would write (a "sentence" of thousands of characters, a document of
/// many megabytes) is read in bounded pieces, and what is read keeps its exact offsets.
struct LongTextTests {
    /// A run of `count` words with no full stop; `mark` every `every` words.
    private static func run(words count: Int, mark: String? = nil, every: Int = 0) -> String {
        (0..<count).map { i in "word\(i % 97)" + (mark != nil && every > 0 && i % every == every - 1 ? mark! : "") }.joined(separator: " ")
    }

    @Test(arguments: [
        (run(words: 2_000), " "),                       // only spaces: cut at a space
        (run(words: 2_000, mark: ",", every: 40), ","), // commas: cut after one
        (run(words: 2_000, mark: ";", every: 90), ";"), // clause marks beat commas
    ])
    func longRunsAreReadInPiecesBrokenAtTheBestMark(text: String, mark: String) throws {
        let scalars = ScalarText(text)
        let pieces = SentenceSegmenter.split(scalars, in: TextRange(start: 0, end: scalars.count))
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.length <= LongSentences.maximumLength })
        for piece in pieces.dropLast() {
            let last = scalars.string(in: piece).last.map(String.init)
            #expect(mark == " " ? last?.first?.isLetter == true || last?.first?.isNumber == true : last == mark, "\(scalars.string(in: piece).suffix(20))")
            #expect(piece.length >= LongSentences.maximumLength / 2)
        }
        // The pieces give back the whole text, white space between them aside.
        #expect(pieces.map { scalars.string(in: $0) }.joined(separator: " ") == text)
    }

    @Test func aWordLongerThanTheLimitIsCutAtTheLimit() {
        let text = String(repeating: "a", count: 5_001)
        let scalars = ScalarText(text)
        let pieces = SentenceSegmenter.split(scalars, in: TextRange(start: 0, end: scalars.count))
        #expect(pieces.map(\.length) == [2_000, 2_000, 1_001])
    }

    @Test func realSentencesAreNeverCut() {
        let text = (0..<300).map { "Sentence \($0) says something about the war, and then some more of it; enough." }.joined(separator: " ")
        let scalars = ScalarText(text)
        let pieces = SentenceSegmenter.split(scalars, in: TextRange(start: 0, end: scalars.count))
        #expect(pieces.count == 300)
    }

    /// A document of many sections, long enough to be read in several parts of at most `limit`.
    private static func longDocument() -> PreparedDocument {
        var text = "A Chronicle\n\n"
        for i in 0..<60 {
            text += "Part \(i + 1) (18\(10 + i)-18\(11 + i))\n\n"
            text += "Anna Petrova was born in Riga on 3 May 18\(10 + i). She was arrested in Moscow in June 18\(11 + i). "
            text += "Her brother Ivan Petrov, a printer, said: \"We had nothing to lose.\" Two years later she moved to Paris.\n\n"
        }
        return DocumentPreparer.prepare(text: text, sourceName: "chronicle.txt", format: .plainText)
    }

    @Test func partsTileTheDocumentAndKeepEverySentence() {
        let document = Self.longDocument()
        let text = ScalarText(document.text)
        let ranges = DocumentParts.sentenceRanges(of: text, structure: document.structure, maximumLength: 2_000)
        #expect(ranges.count > 5)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == document.structure.sentences.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound && !a.isEmpty) }
        var covered = 0
        for number in ranges.indices {
            let part = DocumentParts.part(number, of: ranges, text: text, structure: document.structure)
            #expect(part.base == covered)
            covered += part.text.count
            // Every sentence of the part is the whole document's sentence, moved.
            for (local, whole) in zip(part.structure.sentences, document.structure.sentences[ranges[number]]) {
                #expect(part.text.string(in: local.range) == text.string(in: whole.range))
                #expect(local.range.shifted(by: part.base) == whole.range)
            }
            // Parts close at a section heading where one falls in their second half.
            if number > 0 { #expect(part.structure.sentences.first?.isHeading == true) }
        }
        #expect(covered == text.count)
    }

    @Test func whatIsReadInPartsQuotesTheWholeDocumentExactly() throws {
        let document = Self.longDocument()
        let text = ScalarText(document.text)
        let pipeline = try #require(try? AnalysisPipeline.shipped())
        let parted = pipeline.analyse(text, structure: document.structure, title: document.title, maximumPartLength: 2_000)
        let single = pipeline.analyse(text, structure: document.structure, title: document.title)
        // Read in parts, the same facts are found at the same offsets.
        #expect(parted.claims?.count == single.claims?.count)
        #expect(Set(parted.claims?.map(\.evidence) ?? []) == Set(single.claims?.map(\.evidence) ?? []))
        #expect(parted.dates?.map(\.range) == single.dates?.map(\.range))
        #expect(parted.dates?.map(\.date) == single.dates?.map(\.date))
        #expect(parted.names?.mentions.map(\.range) == single.names?.mentions.map(\.range))
        // Sentences are parsed alone, so the parts' grammar is the whole's.
        #expect(parted.grammar == single.grammar)
        #expect(parted.grammar?.count == document.structure.sentences.count)
        for claim in parted.claims ?? [] {
            for participant in claim.participants {
                if let range = participant.range { #expect(text.string(in: range) == participant.surface) }
            }
        }
    }

    @Test func aDocumentThatFitsIsOnePartItself() throws {
        let document = DocumentPreparer.prepare(text: SampleTexts.plainAccount, sourceName: "a.txt", format: .plainText)
        let text = ScalarText(document.text)
        let analysis = try #require(try? AnalysisPipeline.shipped()).analyse(text, structure: document.structure, title: document.title)
        #expect(analysis.claims == ClaimExtractor().claims(in: text, structure: document.structure, title: document.title,
                                                          dates: analysis.dates, names: analysis.names, grammar: analysis.grammar))
        #expect(analysis.dates == DateExtractor().extract(from: text, structure: document.structure))
        // The names where the scan finds them; their kinds weigh the recognizer's and the
        // dictionary's readings besides, and who the pronouns stand for comes from the coreference model.
        let names = try #require(analysis.names)
        let scanned = DocumentNames(scanning: text, structure: document.structure, title: document.title)
        #expect(names.mentions.map(\.range) == scanned.mentions.map(\.range))
        #expect(names.evidence == scanned.evidence && names.pronouns == scanned.pronouns)
        #expect(!names.references.isEmpty)
    }

    @Test func theGrammarStageSharedAmongCoresGivesWhatOneSentenceAtATimeGives() throws {
        let document = Self.longDocument()
        let text = ScalarText(document.text)
        let stage = GrammarStage(grammar: try #require(try? ReadingGrammar.shipped()))
        let analysed = AnalyzedDocument(text: text, structure: document.structure, title: document.title)
        #expect(document.structure.sentences.count > 200)                 // several batches of 32
        #expect(stage.run(analysed) == document.structure.sentences.map { stage.analyse(text, $0.range) })
    }
}
