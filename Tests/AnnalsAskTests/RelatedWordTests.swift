import Testing
import AnnalsCore
@testable import AnnalsAsk

/// A sentence may say a question's word in other words: "purchase" for "buy", "invasion" for
/// "invaded" (WordNet's first senses and derivations, `related-words.txt`).
struct RelatedWordTests {
    @Test(arguments: [
        ("bought", "purchase", true), ("invaded", "invasion", true), ("decision", "decided", true), ("discovered", "noticed", true),
        ("perished", "died", true), ("died", "went", false), ("invaded", "harbour", false), ("Kiev", "Kyiv", false),
    ])
    func aWordIsRelatedToAnother(word: String, other: String, related: Bool) {
        let stems = RelatedWords.shipped.stems(relatedTo: AnswerFinder.stem(word))
        #expect(stems.contains(AnswerFinder.stem(other)) == related)
    }

    @Test func aSentenceThatSaysTheAskedActInOtherWordsAnswers() {
        let bought = AnswerFinderTests.passage("In 1901 Anna Petrova made the purchase of a small press in Kiev.",
                                               dates: [("1901", HistoricalDate(DatePoint(year: 1901)))], names: [("Anna Petrova", .person), ("Kiev", .place)])
        let printed = AnswerFinderTests.passage("In 1899 Anna Petrova printed leaflets on a press in Kiev.",
                                                dates: [("1899", HistoricalDate(DatePoint(year: 1899)))], names: [("Anna Petrova", .person), ("Kiev", .place)])
        let answering = AnswerFinderTests.ask("When did Anna Petrova buy the press?", [printed, bought])
        #expect(answering.answers.first?.value == "1901")
    }
}

/// "What did the press call her?" asks for a name, and any verb of naming gives one.
struct NamingTests {
    @Test(arguments: [
        ("What did the harbour press call Anna Petrova?", true), ("What was the hall known as?", true), ("What was the guild called?", true),
        ("Who called the strike?", false), ("When did the press call her the Red Widow?", false), ("What did Anna Petrova write?", false),
    ])
    func aQuestionAsksForAName(text: String, asks: Bool) {
        #expect(QuestionReader().read(text).asksNaming == asks)
    }

    @Test(arguments: [("branded", true), ("dubbed", true), ("known", true), ("referred", true), ("wrote", false), ("called", true)])
    func aVerbOfNaming(word: String, naming: Bool) {
        #expect(AnswerFinder.namingStems.contains(AnswerFinder.stem(word)) == naming)
    }
}
