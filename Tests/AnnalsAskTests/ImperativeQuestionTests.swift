import Testing
@testable import AnnalsAsk

/// A command that asks for an answer is read as the "what" question it asks
/// (``QuestionReader/interrogative(_:)``); anything else is left as written.
struct ImperativeQuestionTests {
    @Test(arguments: [
        ("Name a luxury division of the firm.", "What is a luxury division of the firm?"),
        ("Name one country that banned driving on Sundays.", "What is one country that banned driving on Sundays?"),
        ("List two rivers that cross the duchy.", "What are two rivers that cross the duchy?"),
        ("Give some reasons the guild failed?", "What are some reasons the guild failed?"),
        // Not a command that asks: a name, or "name" as a verb with a subject.
        ("Name changes were common in the guild.", "Name changes were common in the guild."),
        ("Who did the guild name as its head?", "Who did the guild name as its head?"),
    ])
    func aCommandIsReadAsTheQuestionItAsks(text: String, question: String) {
        #expect(QuestionReader.interrogative(text) == question)
    }
}
