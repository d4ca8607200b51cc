import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "What did Dorvik lift in 1790?" is not answered by "the ban was lifted in 1790":
/// a sentence that never names the one the question says acts — nor the sentence before it, nor
/// a pronoun whose paragraph names them, nor the article about them — tells of someone else.
struct AbsentActorTests {
    static func refined(_ question: String, _ sentence: String, paragraph: String = "", about subject: String? = nil,
                        answer: (AnswerKind, String) = (.text, "the ban")) throws -> String? {
        let grammar = try #require(SlotFillerTests.grammar)
        var passage = Passage.written(sentence, retrieval: 2)
        passage.paragraphText = paragraph
        passage.documentSubject = subject
        let answered = Answering(status: .answered, answers: [FoundAnswer(kind: answer.0, text: answer.1, value: answer.1, passages: [0], score: 1)])
        return SlotFiller(grammar: grammar).refine(answered, question: question, passages: [passage]).answers.first?.text
    }

    @Test(arguments: [
        ("In 1790 the merchants lifted the ban.", "", nil, nil),
        ("In 1790 the ban was lifted at last.", "", nil, nil),
        ("In 1790 Dorvik lifted the ban.", "", nil, "the ban"),
        ("In 1790 Dorvik's council lifted the ban.", "", nil, "the ban"),
        // (A pronoun may stand for one its paragraph names; the article about them is about them throughout.)
        ("In 1790 it lifted the ban.", "Dorvik was a port. In 1790 it lifted the ban.", nil, "the ban"),
        ("In 1790 it lifted the ban.", "Harrow was a port. In 1790 it lifted the ban.", nil, nil),
        ("In 1790 it lifted the ban.", "", "Dorvik", "the ban"),
        // (Only a pronoun that is the subject, or owns it: "their" of another phrase is someone's there.)
        ("In 1790 the ban was lifted by their council.", "Dorvik was a port. In 1790 the ban was lifted by their council.", nil, nil),
        ("In 1790 their ban was lifted.", "Dorvik was a port. In 1790 their ban was lifted.", nil, "their ban"),
    ] as [(String, String, String?, String?)])
    func aSentenceThatNeverNamesTheActorDoesNotAnswer(sentence: String, paragraph: String, subject: String?, answer: String?) throws {
        #expect(try Self.refined("What did Dorvik lift in 1790?", sentence, paragraph: paragraph, about: subject) == answer)
    }

    /// The one named in the sentence before is meant only by a pronoun.
    @Test func theSentenceBeforeNamesTheActorForAPronounOnly() throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let answered = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: "the ban", value: "the ban", passages: [0], score: 1)])
        func refined(_ sentence: String) -> String? {
            var passage = Passage.written(sentence, retrieval: 2)
            passage.previousNames = [Passage.Named(range: TextRange(start: 0, end: 6), name: "Dorvik", id: "place:dorvik", type: .place)]
            return SlotFiller(grammar: grammar).refine(answered, question: "What did Dorvik lift in 1790?", passages: [passage]).answers.first?.text
        }
        #expect(refined("In 1790 it lifted the ban.") == "the ban")
        #expect(refined("In 1790 the ban was lifted at last.") == nil)
    }

    /// A name written with its diacritics or without is one name; a name joined by "and" is
    /// met by either.
    @Test(arguments: [
        ("What did Agnès lift in 1790?", "In 1790 Agnes lifted the ban.", "the ban"),
        ("What did Dorvik and Harrow lift in 1790?", "In 1790 Harrow lifted the ban.", "the ban"),
        ("What did Dorvik and Harrow lift in 1790?", "In 1790 the ban was lifted at last.", nil),
    ] as [(String, String, String?)])
    func aNameIsMetInAnyOfItsForms(question: String, sentence: String, answer: String?) throws {
        #expect(try Self.refined(question, sentence) == answer)
    }

    /// Only a name that acts counts: the asked phrase and an owner are no actor.
    @Test(arguments: [
        ("Which Dorvik merchant lifted the ban in 1790?", "In 1790 the merchant Pavel Orlov lifted the ban.", AnswerKind.person, "Pavel Orlov"),
        ("When did Dorvik's council lift the ban?", "In 1790 the council lifted the ban.", .date, "1790"),
        ("Which Varangian prince became the governor of Dorvik?", "Pavel Orlov became the governor of Dorvik.", .person, "Pavel Orlov"),
        ("When did Orlov's army return to Dorvik?", "In 1790 both divisions returned to Dorvik.", .date, "1790"),
    ] as [(String, String, AnswerKind, String)])
    func aQuestionWithoutANamedActorAsksNoName(question: String, sentence: String, kind: AnswerKind, answer: String) throws {
        #expect(try Self.refined(question, sentence, answer: (kind, answer)) == answer)
    }
}
