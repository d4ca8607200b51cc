import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "What percentage…", "What was the price of…": a noun of quantity asks for a number, a share
/// for one written as a share, a measure for one with its unit.
struct QuantityNounTests {
    @Test(arguments: [
        ("What percentage of the town died of the fever?", "percentage"),
        ("At what speed did the turbine turn?", "speed"),
        ("What was the price of grain in 1709?", "price"),
        ("What is the country's literacy rate?", "rate"),
        ("What was the total number of patents he held?", "number"),
        ("What is the population of the capital?", "population"),
        // The question's own verb comes first: the noun is what it is asked about, not the answer.
        ("What caused the price of grain to rise?", nil),
        ("What did the price of grain rise to?", nil),
        ("What was the name of the town?", nil),
    ])
    func aNounOfQuantityIsRead(question: String, noun: String?) {
        #expect(QuestionReader.askedQuantity(QuestionReader.words(question).map { $0.lowercased() }) == noun)
        #expect((QuestionReader().read(question).expected == .number) == (noun != nil))
    }

    @Test(arguments: [
        ("What percentage of the town died of the fever?", "In 1709 some 30% of the town, 4,000 people, died of the fever.", "some 30%"),
        ("What proportion of the crop was lost?", "Of 200 farms, a third lost the crop.", "a third"),
        ("What was the price of grain in Kiev?", "In Kiev grain rose to 12 roubles a sack for 3 weeks.", "12 roubles"),
        ("What was the length of the Kiev bridge?", "The Kiev bridge, built by 300 men, ran 1,200 feet.", "1,200 feet"),
        ("What is the age range of the Kiev pupils?", "The Kiev pupils are 9–18 years old.", "9–18"),
    ])
    func aNounOfQuantityIsAnsweredByANumber(question: String, sentence: String, answer: String) {
        #expect(MeasureTests.answer(question, sentence)?.text == answer)
    }

    /// A noun of quantity asks for one of its own kind: no other number answers it.
    @Test(arguments: [
        ("What percentage of the town died of the fever?", "In 1709 some 4,000 people of the town died of the fever."),
        ("What was the price of grain in Kiev?", "In Kiev grain rose by 70% in three weeks."),
        ("What was the population of Kiev in 1709?", "In 1709 a third of Kiev died of the fever."),
    ])
    func aNumberOfAnotherKindDoesNotAnswer(question: String, sentence: String) {
        #expect(MeasureTests.answer(question, sentence) == nil)
    }

    @Test(arguments: [
        ("In 1709 some 30% of the town died.", true), ("Sixty percent of them stayed.", true), ("a third", true), ("12 per cent", true),
        ("4,000 people", false), ("$12", false),
    ])
    func aShareIsWrittenAsOne(quantity: String, share: Bool) {
        #expect(AnswerFinder.isShare(quantity) == share)
    }

    @Test(arguments: [("$12", true), ("£40", true), ("forty thousand dollars", true), ("12 roubles", true), ("70%", false), ("12 barrels", false)])
    func aSumOfMoneyIsWrittenWithItsCurrency(quantity: String, money: Bool) {
        #expect(AnswerFinder.isMoney(quantity) == money)
    }

    /// A dash between two numbers writes a range; between a year and another, a span of years.
    @Test func aRangeWrittenWithADashIsAQuantity() {
        #expect(AnswerFinder.amount("30–75%") == 30)
        #expect(AnswerFinder.amount("9–18") == 9)
        #expect(AnswerFinder.amount("1962–66") == nil)
    }
}
