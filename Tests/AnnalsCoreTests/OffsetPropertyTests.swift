import Testing
import Foundation
import AnnalsCore
import AnnalsTesting
import AnnalsGrammar

/// Invariants every structure must keep, over generated texts and the shared corpus:
/// each span gives back its text, sentences are trimmed, ordered and disjoint, and
/// no letter of the text is left outside a sentence.
struct OffsetPropertyTests {
    static func randomText(seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let count = Int.random(in: 1...400, using: &generator)
        return (0..<count).map { _ in SampleTexts.trickyTokens.randomElement(using: &generator)! }.joined(separator: " ")
    }

    static func checkInvariants(_ document: PreparedDocument) {
        let text = ScalarText(document.text)
        let structure = document.structure
        var previousEnd = 0
        var covered = Array(repeating: false, count: text.count)
        for sentence in structure.sentences {
            let range = sentence.range
            #expect(range.start >= previousEnd, "sentences overlap or go backwards at \(range) in \(document.format)")
            #expect(!range.isEmpty && range.end <= text.count)
            #expect(!text[range.start].isAnnalsWhitespace && !text[range.end - 1].isAnnalsWhitespace, "untrimmed sentence \(range)")
            let quote = text.string(in: range)
            #expect(Array(document.text.unicodeScalars)[range.start..<range.end].elementsEqual(quote.unicodeScalars))
            for offset in range.start..<range.end { covered[offset] = true }
            if let paragraph = sentence.paragraph {
                #expect(structure.paragraphs[paragraph].range.contains(range))
            }
            previousEnd = range.end
        }
        for (offset, scalar) in text.scalars.enumerated() where scalar.properties.isAlphabetic {
            #expect(covered[offset], "letter at \(offset) belongs to no sentence in \(document.format): \(text.string(in: TextRange(start: max(0, offset - 30), end: min(text.count, offset + 30))).debugDescription)")
            if !covered[offset] { break }
        }
        for section in structure.sections {
            #expect(section.range.contains(section.heading))
            if let parent = section.parent { #expect(structure.sections[parent].range.contains(section.range)) }
        }
    }

    @Test(arguments: 0..<300)
    func generatedTextsKeepEveryInvariant(seed: Int) {
        let raw = Self.randomText(seed: UInt64(seed))
        for format in DocumentFormat.allCases {
            Self.checkInvariants(DocumentPreparer.prepare(text: raw, sourceName: "gen", format: format))
        }
    }

    @Test func preparingIsDeterministic() {
        for seed in 0..<50 {
            let raw = Self.randomText(seed: UInt64(seed))
            let first = DocumentPreparer.prepare(text: raw, sourceName: "a", format: .plainText)
            let second = DocumentPreparer.prepare(text: raw, sourceName: "a", format: .plainText)
            #expect(first.id == second.id)
            #expect(first.structure == second.structure)
        }
    }

    @Test func corpusDocumentsKeepEveryInvariant() throws {
        let folders = [ProjectPaths.sharedCorpus, ProjectPaths.unseenCorpus].compactMap { $0 }
        guard !folders.isEmpty else {
            print("skipped: ../shared/corpus is absent")
            return
        }
        for file in folders.flatMap(ProjectPaths.corpusFiles) {
            let raw = try String(contentsOfFile: file, encoding: .utf8)
            let document = DocumentPreparer.prepare(text: raw, sourceName: file, format: .plainText)
            #expect(document.text == raw.replacingOccurrences(of: "\r\n", with: "\n"), "stored text differs from \(file)")
            #expect(document.structure.sentences.count > 100, "\(file) has too few sentences")
            Self.checkInvariants(document)
        }
    }
}
