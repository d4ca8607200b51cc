import Testing
import Foundation
import AnnalsCore
@testable import AnnalsAsk

/// A number answer as the text writes the quantity: its bound, range, scale, currency and the unit
/// of a measure asked (``AnswerFinder/quantity(at:from:pieces:cleaned:measure:in:)``). Sentences
/// written for the tests.
struct QuantityTests {
    /// A sentence as a passage, its words as written and as the finder compares them.
    static func reading(_ sentence: String) -> (passage: Passage, pieces: [(text: Substring, offset: Int)], cleaned: [String]) {
        let passage = Passage.written(sentence)
        let pieces = AnswerFinder.spacedWords(of: passage)
        return (passage, pieces, pieces.map { $0.text.lowercased().trimmingCharacters(in: AnswerFinder.edgePunctuation) })
    }

    static func quantity(of number: String, in sentence: String, measure: Bool = false) throws -> String {
        let (passage, pieces, cleaned) = reading(sentence)
        let k = try #require(cleaned.firstIndex(of: number.lowercased()))
        return AnswerFinder.quantity(at: k, pieces: pieces, cleaned: cleaned, measure: measure, in: passage)
    }

    @Test(arguments: [
        // A count is answered without the noun it counts, which the question says.
        ("40", "In those years the widow sent over 40 letters to the bank.", false, "over 40"),
        ("$18.6", "The new harbour cost $18.6 billion to build.", false, "$18.6 billion"),
        ("12", "About 12 million cases of fever were reported.", false, "About 12 million"),
        ("forty", "The guild paid him forty thousand dollars for the design.", false, "forty thousand dollars"),
        ("300", "The town lost more than 300 of its houses.", false, "more than 300"),
        // A comma ends the quantity.
        ("30", "The price rose by 30, then fell.", false, "30"),
        // A measure keeps its unit.
        ("two", "The letter took two weeks to reach the capital.", true, "two weeks"),
        ("2,900", "The herds walk 2,900 kilometres each year.", true, "2,900 kilometres"),
        ("6", "He was 6 feet 2 inches tall.", true, "6 feet 2 inches"),
        ("two", "The letter took two weeks to reach the capital.", false, "two"),
        // Two numbers joined by "to" or "or" are one range, read from either.
        ("10", "The famine killed 10 to 15 million people.", false, "10 to 15 million"),
        ("15", "The famine killed 10 to 15 million people.", false, "10 to 15 million"),
        ("5", "Outbreaks came every 5 to 15 years.", true, "5 to 15 years"),
        ("20,000", "In 1918 to 20,000 men the order was read.", false, "20,000"),
    ] as [(String, String, Bool, String)])
    func aQuantityIsReadWithItsBoundScaleAndUnit(number: String, sentence: String, measure: Bool, quantity: String) throws {
        #expect(try Self.quantity(of: number, in: sentence, measure: measure) == quantity)
    }

    /// The quantities a sentence without numbers says in words.
    static func worded(in sentence: String, measure: Bool = false, asked: Set<String> = []) -> [String] {
        let (passage, pieces, cleaned) = reading(sentence)
        return AnswerFinder.wordedQuantities(pieces: pieces, cleaned: cleaned, measure: measure, asked: asked, in: passage).map(\.0)
    }

    @Test(arguments: [
        ("The fever killed about a third of the valley's people.", ["about a third"]),
        ("Half of the weavers left the town.", ["Half"]),
        ("The flood ruined a quarter of the crop.", ["a quarter"]),
        ("The duchy lost almost a million people to the famine.", ["almost a million"]),
        ("Several envoys came, and thousands followed.", ["Several", "thousands"]),
        // A word of order is no share: "the third division".
        ("The third division crossed the river.", []),
    ] as [(String, [String])])
    func aCountSaidInWordsIsAQuantity(sentence: String, quantities: [String]) {
        #expect(Self.worded(in: sentence) == quantities)
    }

    @Test func aQuantityWordTheQuestionSaysIsNoAnswer() {
        #expect(Self.worded(in: "Half of the weavers left the town.", asked: ["half"]).isEmpty)
    }

    @Test(arguments: [("$314,000", "314000"), ("47%", "47"), ("£5", "5"), ("1,764", "1764"), ("seven", "seven")])
    func aNumbersSignsAreNoPartOfIt(written: String, bare: String) {
        #expect(AnswerFinder.bareNumber(written) == bare)
    }
}

/// What "how many" counts, and a measure answered before a count.
struct CountedTests {
    @Test(arguments: [
        ("How many registered nurses were in the town?", "nurses"),
        ("How many Vega 2 probes were built?", "probes"),
        ("How many of the rebels did the guard kill?", "rebels"),
        ("How many people died in the flood?", "people"),
        ("How many years could pass between floods?", "years"),
        ("How old was she?", "old"),
        // (What is counted stands before "of".)
        ("How many members of the guild voted?", "members"),
        ("How many kgs of grain did the barge carry?", "kgs"),
    ])
    func theNounHowManyCounts(question: String, noun: String) {
        #expect(AnswerFinder.countedUnit(QuestionReader().read(question)) == AnswerFinder.stem(noun))
    }

    @Test func aMeasureIsAnsweredByANumberWithItsUnit() {
        let herd = AnswerFinderTests.passage("Two million antelope walk 2,900 kilometres from the Kiev plain each year.", names: [("Kiev", .place)])
        #expect(AnswerFinderTests.ask("How far do the antelope walk from the Kiev plain?", [herd]).answers.first?.text == "2,900 kilometres")
        #expect(AnswerFinderTests.ask("How many antelope walk from the Kiev plain?", [herd]).answers.first?.text == "Two million")
    }

    /// "How many kgs": counting units of measure measures, and the plural of a unit's
    /// abbreviation asks for that unit, where a passage gives a measure in two.
    @Test func aMeasureAskedInAUnitIsAnsweredInIt() {
        let barge = AnswerFinderTests.passage("The Varlow barge carried 900 pounds (410 kg) of grain down the river.", names: [("Varlow", .place)])
        #expect(AnswerFinderTests.ask("How many kgs of grain did the Varlow barge carry?", [barge]).answers.first?.text == "410 kg")
        #expect(AnswerFinderTests.ask("How many pounds of grain did the Varlow barge carry?", [barge]).answers.first?.text == "900 pounds")
    }
}
