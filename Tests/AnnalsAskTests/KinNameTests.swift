import Testing
import AnnalsCore
@testable import AnnalsAsk

/// Relatives share a surname: a name of two words or more that shares one with the person
/// asked of is the relative asked for, not a variant of the asked name (``AnswerFinder/mayBeKin(_:_:)``).
struct KinNameTests {
    static let family = AnswerFinderTests.passage("Anna Petrova's father, Pavel Petrova, was a miller in Riga.",
                                                   names: [("Anna Petrova", .person), ("Pavel Petrova", .person), ("Riga", .place)])

    @Test(arguments: ["Who was Anna Petrova's father?", "What was Anna Petrova's father's name?"])
    func aRelativeWithTheSameSurnameAnswers(question: String) {
        #expect(AnswerFinderTests.ask(question, [Self.family]).answers.first?.value == "Pavel Petrova")
    }

    /// The surname alone is still the asked person, written short.
    @Test func theSurnameAloneIsNoRelative() {
        let short = AnswerFinderTests.passage("Anna Petrova's father was a miller; Petrova wrote of him often.",
                                              names: [("Anna Petrova", .person), ("Petrova", .person)])
        #expect(AnswerFinderTests.ask("Who was Anna Petrova's father?", [short]).answers.first?.value != "Petrova")
    }

    /// The relative is asked for when the question ends at them, at their name, or at a restriction;
    /// not when it goes on to ask what they did or felt.
    @Test(arguments: [
        ("Who was Anna Petrova's father?", true),
        ("What was Anna Petrova's father's name?", true),
        ("Who was Anna Petrova's husband in 1920?", true),
        ("Who was Anna Petrova's son the poet?", true),
        ("What was Anna Petrova's father afraid of?", false),
    ])
    func aRelativeIsAskedForWhenTheQuestionEndsAtThem(question: String, asks: Bool) {
        #expect(QuestionReader().read(question).asksForRelative == asks)
    }
}
