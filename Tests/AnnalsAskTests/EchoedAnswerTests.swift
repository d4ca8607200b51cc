import Testing
import AnnalsCore
@testable import AnnalsAsk

/// An answer that only says back the question's own words answers nothing.
struct EchoedAnswerTests {
    @Test(arguments: [
        ("Normans", "Who did the Normans besiege?", true),
        ("Norman", "Who did the Normans besiege?", true),
        ("the Normans", "Who replaced the Normans as the ruling class?", true),
        ("Edgar", "Who did Edgar marry?", true),
        ("Gospić", "Who was born near Gospic?", true),
        // Anything the question does not say is an answer.
        ("Margaret", "Who did Edgar marry?", false),
        ("Norman French", "What language did the Normans speak?", false),
        ("Milutin Tesla", "Who was Tesla's father?", false),
        // A question offering a choice is answered by one of its words.
        ("AC", "Did the engineer favour AC or DC?", false),
        ("the army", "Was it the army or the navy that rebelled?", false),
    ])
    func anAnswerSayingBackTheQuestionEchoesIt(answer: String, question: String, echoes: Bool) {
        #expect(AnswerFinder.echoes(answer, question: question) == echoes)
    }

    @Test func anAnswerEchoingTheQuestionLeavesItUnanswered() throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let text = "The Normans fought the Lombards at Cannae."
        let passage = Passage.written(text, retrieval: 2)
        func answered(_ name: String) -> Answering {
            Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: name, value: name, passages: [0], score: 1),
                                                   FoundAnswer(kind: .person, text: "Lombards", value: "Lombards", passages: [0], score: 0.5)])
        }
        let filler = SlotFiller(grammar: grammar)
        // (The next answer is not taken instead: one that only echoes is the best of a poor reading.)
        #expect(filler.refine(answered("Normans"), question: "Who did the Normans besiege?", passages: [passage]).status == .notFound)
        #expect(filler.refine(answered("Lombards"), question: "Who did the Normans fight?", passages: [passage]).answers.first?.text == "Lombards")
    }
}
