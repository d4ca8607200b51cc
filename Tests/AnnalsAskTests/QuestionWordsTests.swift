import Foundation
import Testing
import AnnalsGrammar
@testable import AnnalsAsk

/// The words of a question or a sentence as the asker compares them (``QuestionReader/words(_:)``):
/// letters and digits, apostrophes and hyphens inside a word, possessive endings dropped.
struct QuestionWordsTests {
    @Test(arguments: [
        ("Who was Orlov's father?", ["Who", "was", "Orlov", "father"]),
        ("the Orlovs’ estate", ["the", "Orlovs", "estate"]),
        ("O'Neill met Rimsky-Korsakov in 1905.", ["O'Neill", "met", "Rimsky-Korsakov", "in", "1905"]),
        ("'quoted' -- and - dashed-", ["quoted", "and", "dashed"]),
        ("Anna Petrova's ‘memoirs’", ["Anna", "Petrova", "memoirs"]),
        ("'s ’s -", []),
        ("Dvořák, Łódź and Ōsaka", ["Dvořák", "Łódź", "and", "Ōsaka"]),
    ])
    func wordsAreReadAsAReaderSplitsThem(text: String, expected: [String]) {
        #expect(QuestionReader.words(text) == expected)
    }

    /// The same words as the plain reading with Foundation's trimming, on texts drawn at random
    /// from letters, digits, apostrophes, hyphens, spaces, punctuation and combining marks.
    @Test func wordsAgreeWithThePlainReadingOnRandomTexts() {
        var random = SeededGenerator(seed: 7)
        let pieces: [String] = ["a", "B", "é", "e\u{301}", "7", "'", "’", "-", " ", ",", ".", "s", "'s", "’s", "ж", "\u{301}", "-\u{301}", "—", "(", "\n"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(QuestionReader.words(text) == Self.plainWords(text), "\(text.debugDescription)")
        }
    }

    static func plainWords(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "-" }.map { word in
            var word = String(word)
            for ending in ["'s", "’s"] where word.hasSuffix(ending) { word.removeLast(2) }
            return word.trimmingCharacters(in: CharacterSet(charactersIn: "'’-"))
        }.filter { !$0.isEmpty }
    }
}
