import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "Who" answered where no name answers: the phrase of the sentence that names people
/// ("Flemish weavers"), never a thing's or a place's; a name found comes first.
struct WhoPhraseTests {
    /// The answer to `question` when the sentence `text` is offered whole, after `others`.
    static func refined(_ question: String, _ text: String, others: [FoundAnswer] = [], names: [Passage.Named] = []) throws -> Answering {
        let grammar = try #require(SlotFillerTests.grammar)
        var passage = Passage.written(text, retrieval: 2)
        passage.names = names
        let whole = FoundAnswer(kind: .text, text: text, value: text, passages: [0], score: 2)
        return SlotFiller(grammar: grammar).refine(Answering(status: .answered, answers: [whole] + others), question: question, passages: [passage])
    }

    @Test(arguments: [
        // (No verb of the sentence is the question's: the phrase is the likeliest of those naming people.)
        ("Who carried the fever to the port?", "The fever reached the port via Flemish weavers in 1347.", "Flemish weavers"),
        ("Who carried the fever to the port?", "The fever reached the port in 1347 with the wool merchants.", "the wool merchants"),
    ])
    func aPhraseNamingPeopleAnswersWho(question: String, text: String, answer: String) throws {
        #expect(try Self.refined(question, text).answers.first?.text == answer)
    }

    /// A sentence whose phrases name only things says nothing of who.
    @Test func aSentenceNamingNoOneLeavesWhoUnanswered() throws {
        #expect(try Self.refined("Who carried the fever to the port?", "The fever reached the port via the ships of the grain fleet.").status == .notFound)
    }

    /// A name the finder found answers before any phrase of a sentence given whole.
    @Test func aNameFoundComesBeforeAPhrase() throws {
        let orlov = FoundAnswer(kind: .person, text: "Ivan Orlov", value: "Ivan Orlov", passages: [0], score: 1)
        let text = "The fever reached the port via Flemish weavers in 1347."
        #expect(try Self.refined("Who carried the fever to the port?", text, others: [orlov]).answers.first?.text == "Ivan Orlov")
    }

    /// A phrase ends before the possessive: "after whom?" is answered "Orlov", not "Orlov's".
    @Test func aPhraseEndsBeforeItsPossessive() {
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: "x", value: "x", passages: [0], score: 1)])
        #expect(found.cut(to: "Orlov's", citing: 0, because: "test").answers.first?.text == "Orlov")
        #expect(found.cut(to: "the Orlovs", citing: 0, because: "test").answers.first?.text == "the Orlovs")
    }
}
