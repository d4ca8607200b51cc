import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "Was the trial a success or a failure?": a question that offers its answers is answered by
/// the one the sentence writes, not by yes or no.
struct AlternativeTests {
    @Test(arguments: [
        ("Was the Kiev trial a success or a failure?", ["success", "failure"]),
        ("Were the Kiev engines steam-driven or diesel?", ["steam-driven", "diesel"]),
        ("Did the fever reach Kiev or Odessa first?", ["Kiev", "Odessa"]),
        ("Was the bridge built of stone or of wood?", ["stone", "wood"]),
        // No choice offered, or "or" opening a second question.
        ("Was the Kiev trial a success?", []),
        ("Did the guild stay in Kiev, or did they leave?", []),
        ("Who was born in Kiev or Odessa?", []),
    ])
    func theOfferedAnswersAreRead(question: String, offered: [String]) {
        #expect(QuestionReader().read(question).alternatives == offered)
    }

    @Test(arguments: [
        ("Was the Kiev trial a success or a failure?", "The Kiev trial of the new engine was a success.", "success"),
        ("Were the Kiev engines steam-driven or diesel?", "By 1910 the Kiev engines were all diesel.", "diesel"),
        ("Was the Kiev harbour compatible or incompatible with the new ships?", "The Kiev harbour was incompatible with the new ships.", "incompatible"),
        ("Did the Kiev works see growth or decline?", "The Kiev works saw steady growth after 1905.", "growth"),
    ])
    func theOneTheSentenceWritesAnswers(question: String, sentence: String, answer: String) {
        let found = MeasureTests.answer(question, sentence)
        #expect(found?.text == answer)
        #expect(found?.kind == .text)
    }

    /// A sentence that writes neither, or both, makes no choice.
    @Test(arguments: ["The Kiev trial of the new engine was held in 1905.", "The Kiev trial was a success for some and a failure for others."])
    func aSentenceThatDoesNotChooseDoesNotAnswer(sentence: String) {
        #expect(MeasureTests.answer("Was the Kiev trial a success or a failure?", sentence) == nil)
    }
}
