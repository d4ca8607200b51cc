import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "How did he lose his savings?" — "he gambled away his savings": where no phrase says the
/// means and the sentence does not use the question's verb, its own verb for the act says how.
struct MannerVerbTests {
    @Test(arguments: [
        ("How did Ivan Orlov lose his savings?", "In his third year Ivan Orlov gambled away his savings at cards.", "gambled"),
        ("How did the duke observe the truce?", "After the town fell, the duke reneged on the truce and burned the mill.", "reneged"),
    ])
    func theSentencesOwnVerbSaysHow(question: String, text: String, answer: String) throws {
        let found = try #require(try WhoPhraseTests.refined(question, text).answers.first?.text)
        #expect(found.hasPrefix(answer))
    }

    /// A purpose ("to settle the fate…") is no act done, and a sentence that writes the
    /// question's verb says how elsewhere if at all.
    @Test(arguments: [
        ("How was the fate of the envoy decided?", "Talks were held for a week to settle the fate of the envoy."),
        ("How did Ivan Orlov lose his savings?", "Ivan Orlov lost his savings in the winter of the flood."),
    ])
    func noOtherVerbForTheActLeavesTheSentence(question: String, text: String) throws {
        let answer = try WhoPhraseTests.refined(question, text).answers.first?.text
        #expect(answer == nil || answer == text)
    }
}
