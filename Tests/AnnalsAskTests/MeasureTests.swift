import Testing
import AnnalsCore
@testable import AnnalsAsk

/// Measures and amounts as a reader writes them: decimals, scales in the value, a unit with the
/// word that qualifies it, a conversion in brackets, and the unit a question asks for.
struct MeasureTests {
    @Test(arguments: [
        ("265.7", "The rocket rose 265.7 nautical miles above the sea.", "265.7 nautical miles"),
        ("130", "They built a 130 million cubic foot hall.", "130 million cubic foot"),
        ("2.5", "The crossing took 2.5 hours in calm weather.", "2.5 hours"),
    ])
    func aMeasureKeepsItsQualifiedUnit(number: String, sentence: String, quantity: String) throws {
        #expect(try QuantityTests.quantity(of: number, in: sentence, measure: true) == quantity)
    }

    static func answer(_ question: String, _ sentence: String) -> FoundAnswer? {
        AnswerFinderTests.ask(question, [AnswerFinderTests.passage(sentence, names: [("Kiev", .place)])]).answers.first
    }

    /// A number with decimals answers, its value scaled: "$20.4 billion" is 20400000000.
    @Test func aDecimalAmountAnswersWithItsScaledValue() {
        let found = Self.answer("How much did the Kiev bridge cost?", "The Kiev bridge cost $20.4 billion in all.")
        #expect(found?.text == "$20.4 billion")
        #expect(found?.value == "20400000000")
    }

    /// "6 feet 2 inches (1.88 m)": the measure as first written answers, whole; the one in brackets
    /// restates it, unless the question asks for its unit.
    @Test func aConversionInBracketsRestatesTheMeasureBeforeIt() {
        let sentence = "The Kiev giant was 6 feet 2 inches (1.88 m) tall."
        #expect(Self.answer("How tall was the Kiev giant?", sentence)?.text == "6 feet 2 inches")
        #expect(Self.answer("How tall was the Kiev giant in m?", sentence)?.text == "1.88 m")
    }

    /// "a 130 million cubic foot hall": a number after "a" measures when a unit follows it.
    @Test func aMeasureAfterAnArticleAnswers() {
        #expect(Self.answer("How big was the Kiev hall?", "The Kiev hall was a 130 million cubic foot building.")?.text == "130 million cubic foot")
    }
}
