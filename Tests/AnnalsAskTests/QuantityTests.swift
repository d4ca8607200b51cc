import Testing
import Foundation
import AnnalsCore
@testable import AnnalsAsk

/// A number answer as the text writes the quantity: its bound, scale, currency and the unit
/// the question counts (``AnswerFinder/quantity(at:pieces:cleaned:unit:in:)``). Sentences
/// written for the tests.
struct QuantityTests {
    /// A sentence as a passage, its words as written and as the finder compares them.
    static func reading(_ sentence: String) -> (passage: Passage, pieces: [(text: Substring, offset: Int)], cleaned: [String]) {
        let passage = Passage.written(sentence)
        let pieces = AnswerFinder.spacedWords(of: passage)
        return (passage, pieces, pieces.map { $0.text.lowercased().trimmingCharacters(in: AnswerFinder.edgePunctuation) })
    }

    static func quantity(of number: String, in sentence: String, unit: String? = nil) throws -> String {
        let (passage, pieces, cleaned) = reading(sentence)
        let k = try #require(cleaned.firstIndex(of: number.lowercased()))
        return AnswerFinder.quantity(at: k, pieces: pieces, cleaned: cleaned, unit: unit.map(AnswerFinder.stem), in: passage)
    }

    @Test(arguments: [
        ("40", "In those years the widow sent over 40 letters to the bank.", "letters", "over 40 letters"),
        ("$18.6", "The new harbour cost $18.6 billion to build.", nil, "$18.6 billion"),
        ("12", "About 12 million cases of fever were reported.", nil, "About 12 million"),
        ("forty", "The guild paid him forty thousand dollars for the design.", nil, "forty thousand dollars"),
        ("300", "The town lost more than 300 of its houses.", nil, "more than 300"),
        // A comma ends the quantity; a noun the question does not count is left out.
        ("30", "The price rose by 30, then fell.", nil, "30"),
        ("12", "She kept 12 goats on the hill.", "cows", "12"),
    ] as [(String, String, String?, String)])
    func aQuantityIsReadWithItsBoundScaleAndUnit(number: String, sentence: String, unit: String?, quantity: String) throws {
        #expect(try Self.quantity(of: number, in: sentence, unit: unit) == quantity)
    }

    /// The quantities a sentence without numbers says in words.
    static func worded(in sentence: String, unit: String? = nil, asked: Set<String> = []) -> [String] {
        let (passage, pieces, cleaned) = reading(sentence)
        return AnswerFinder.wordedQuantities(pieces: pieces, cleaned: cleaned, unit: unit.map(AnswerFinder.stem), asked: asked, in: passage).map(\.0)
    }

    @Test(arguments: [
        ("The fever killed about a third of the valley's people.", nil, ["about a third"]),
        ("Half of the weavers left the town.", nil, ["Half"]),
        ("The flood ruined a quarter of the crop.", nil, ["a quarter"]),
        ("The duchy lost almost a million people to the famine.", "people", ["almost a million people"]),
        ("Several envoys came, and thousands followed.", nil, ["Several", "thousands"]),
        // A word of order is no share: "the third division".
        ("The third division crossed the river.", nil, []),
    ] as [(String, String?, [String])])
    func aCountSaidInWordsIsAQuantity(sentence: String, unit: String?, quantities: [String]) {
        #expect(Self.worded(in: sentence, unit: unit) == quantities)
    }

    @Test func aQuantityWordTheQuestionSaysIsNoAnswer() {
        #expect(Self.worded(in: "Half of the weavers left the town.", asked: ["half"]).isEmpty)
    }

    @Test(arguments: [("$314,000", "314000"), ("47%", "47"), ("£5", "5"), ("1,764", "1764"), ("seven", "seven")])
    func aNumbersSignsAreNoPartOfIt(written: String, bare: String) {
        #expect(AnswerFinder.bareNumber(written) == bare)
    }
}
