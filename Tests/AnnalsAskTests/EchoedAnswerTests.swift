import Testing
import AnnalsCore
@testable import AnnalsAsk

/// An answer that only says back the question's own words answers nothing.
struct EchoedAnswerTests {
    @Test(arguments: [
        ("Saxons", "Who did the Saxons besiege?", true),
        ("Saxon", "Who did the Saxons besiege?", true),
        ("the Saxons", "Who replaced the Saxons as the ruling class?", true),
        ("Orlov", "Who did Orlov marry?", true),
        ("Čačak", "Who was born near Cacak?", true),
        // Anything the question does not say is an answer.
        ("Anna Petrova", "Who did Orlov marry?", false),
        ("Saxon French", "What language did the Saxons speak?", false),
        ("Pavel Orlov", "Who was Orlov's father?", false),
        // A question offering a choice is answered by one of its words.
        ("AC", "Did the engineer favour AC or DC?", false),
        ("the army", "Was it the army or the navy that rebelled?", false),
    ])
    func anAnswerSayingBackTheQuestionEchoesIt(answer: String, question: String, echoes: Bool) {
        #expect(AnswerFinder.echoes(answer, question: question) == echoes)
    }

    @Test func anAnswerEchoingTheQuestionLeavesItUnanswered() throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let text = "The Saxons fought the Danes at Varlow."
        let passage = Passage.written(text, retrieval: 2)
        func answered(_ name: String) -> Answering {
            Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: name, value: name, passages: [0], score: 1),
                                                   FoundAnswer(kind: .person, text: "Danes", value: "Danes", passages: [0], score: 0.5)])
        }
        let filler = SlotFiller(grammar: grammar)
        // (The next answer is not taken instead: one that only echoes is the best of a poor reading.)
        #expect(filler.refine(answered("Saxons"), question: "Who did the Saxons besiege?", passages: [passage]).status == .notFound)
        #expect(filler.refine(answered("Danes"), question: "Who did the Saxons fight?", passages: [passage]).answers.first?.text == "Danes")
    }
}
