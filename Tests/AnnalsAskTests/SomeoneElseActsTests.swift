import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "Who did the guild hire?" is not answered from "The council hired Orlov": in the answer's
/// sentence someone else does the question's act (or is acted on: "asked the Danes" for "ask Dorvik"). The subject's whole phrase counts ("the
/// majority of the guild", "his son, Pavel"), and so does a name of the one asked of ("Anna"
/// for Petrova); a pronoun may be anyone.
struct SomeoneElseActsTests {
    static func refined(_ question: String, _ sentence: String, names: [(String, String, String)] = []) throws -> String? {
        let grammar = try #require(SlotFillerTests.grammar)
        var passage = Passage.written(sentence, retrieval: 2)
        let scalars = Array(sentence.unicodeScalars)
        for (written, name, id) in names {
            let needle = Array(written.unicodeScalars)
            guard let start = scalars.indices.first(where: { scalars[$0...].starts(with: needle) }) else { continue }
            passage.names.append(Passage.Named(range: TextRange(start: start, end: start + needle.count), name: name, id: id, type: .person))
        }
        let answered = Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: "Pavel Orlov", value: "Pavel Orlov", passages: [0], score: 1)])
        return SlotFiller(grammar: grammar).refine(answered, question: question, passages: [passage]).answers.first?.text
    }

    @Test(arguments: [
        ("In 1790 the council hired Pavel Orlov as its clerk.", nil),
        ("In 1790 the guild hired Pavel Orlov as its clerk.", "Pavel Orlov"),
        ("In 1790 the majority of the guild hired Pavel Orlov as its clerk.", "Pavel Orlov"),
        ("In 1790 it hired Pavel Orlov as its clerk.", "Pavel Orlov"),
        // A verb without a subject of its own has the one a reader understands: verbs joined by
        // "and" share the first one's, an open complement's is its head's object, and a relative
        // pronoun is the noun its clause is on.
        ("In 1790 the council met in the hall and hired Pavel Orlov as its clerk.", nil),
        ("In 1790 the guild met in the hall and hired Pavel Orlov as its clerk.", "Pavel Orlov"),
        ("In 1790 the guild persuaded the council to hire Pavel Orlov as its clerk.", nil),
        ("In 1790 the council persuaded the guild to hire Pavel Orlov as its clerk.", "Pavel Orlov"),
        ("In 1790 it was the council that hired Pavel Orlov as its clerk.", nil),
        ("In 1790 it was the guild that hired Pavel Orlov as its clerk.", "Pavel Orlov"),
    ] as [(String, String?)])
    func anAnswerFromASentenceWhereSomeoneElseActsIsDropped(sentence: String, answer: String?) throws {
        #expect(try Self.refined("Who did the guild hire as its clerk?", sentence) == answer)
    }

    /// The question's named object must be the sentence's: another name acted on is someone else.
    @Test(arguments: [
        ("In 1790 the guild asked the Danes to pay Pavel Orlov.", nil),
        ("In 1790 the guild asked Dorvik to pay Pavel Orlov.", "Pavel Orlov"),
        // (An object that names no one may be the question's in other words.)
        ("In 1790 the guild asked its treasurer to pay Pavel Orlov.", "Pavel Orlov"),
    ] as [(String, String?)])
    func anAnswerFromASentenceActingOnSomeoneElseIsDropped(sentence: String, answer: String?) throws {
        #expect(try Self.refined("Who did the guild ask Dorvik to pay?", sentence) == answer)
    }

    @Test func aNameOfTheOneAskedOfIsNoOneElse() throws {
        let sentence = "In 1790 Anna hired Pavel Orlov as her clerk."
        #expect(try Self.refined("Who did Petrova hire as her clerk?", sentence, names: [("Anna", "Anna Petrova", "person:anna-petrova")]) == "Pavel Orlov")
        #expect(try Self.refined("Who did Petrova hire as her clerk?", sentence) == nil)
    }
}
