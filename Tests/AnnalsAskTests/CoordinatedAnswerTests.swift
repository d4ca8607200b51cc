import Testing
import AnnalsGrammar
import AnnalsCore
@testable import AnnalsAsk

/// "Who" is answered by all the names joined by "and" where the one found stands among them.
struct CoordinatedAnswerTests {
    /// The first answer `Ivan Orlov`, found in `text`, refined for `question`.
    static func refined(_ question: String, _ text: String, kind: AnswerKind = .person, name: String = "Ivan Orlov") throws -> String? {
        let grammar = try #require(SlotFillerTests.grammar)
        let scalars = Array(text.unicodeScalars), target = Array(name.unicodeScalars)
        let start = try #require(scalars.indices.first { scalars[$0...].starts(with: target) })
        var passage = Passage.written(text, retrieval: 2)
        let type: EntityType = kind == .person ? .person : .place
        passage.names = [Passage.Named(range: TextRange(start: start, end: start + target.count), name: name, id: "\(type.rawValue):x", type: type)]
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: kind, text: name, value: name, passages: [0], score: 1)])
        return SlotFiller(grammar: grammar).refine(found, question: question, passages: [passage]).answers.first?.text
    }

    @Test(arguments: [
        ("Who signed the treaty?", "In 1721 Ivan Orlov and Pavel Lanin signed the treaty.", "Ivan Orlov and Pavel Lanin"),
        ("Who signed the treaty?", "The treaty was signed by Pavel Lanin, Boris Kell and Ivan Orlov.", "Pavel Lanin, Boris Kell and Ivan Orlov"),
        // Alone, or beside someone the question names, the person answers alone.
        ("Who signed the treaty?", "In 1721 Ivan Orlov signed the treaty.", "Ivan Orlov"),
        ("Who signed the treaty with Pavel Lanin?", "In 1721 Ivan Orlov and Pavel Lanin signed the treaty.", "Ivan Orlov"),
        // "Nor" and "or" join those who did not, or one of two.
        ("Who signed the treaty?", "In 1721 neither Pavel Lanin nor Ivan Orlov signed the treaty.", "Ivan Orlov"),
        ("Who signed the treaty?", "In 1721 Pavel Lanin or Ivan Orlov signed the treaty.", "Ivan Orlov"),
        // A noun between them makes no list of names.
        ("Who signed the treaty?", "In 1721 Ivan Orlov and his friend Pavel Lanin signed the treaty.", "Ivan Orlov"),
    ])
    func whoTakesAllTheNamesJoined(question: String, text: String, answer: String) throws {
        #expect(try Self.refined(question, text) == answer)
    }

    @Test func aPluralNounAsksForAllThePlacesJoined() throws {
        let text = "The envoy visited Riga and Tallinn in the spring."
        #expect(try Self.refined("What cities did the envoy visit?", text, kind: .place, name: "Riga") == "Riga and Tallinn")
        #expect(try Self.refined("What city did the envoy visit first?", text, kind: .place, name: "Riga") == "Riga")
    }

    /// "Where" is asked without number: all the places joined answer, a conjunct's article with them.
    @Test func whereTakesAllThePlacesJoined() throws {
        let text = "Most of the settlers came from Riga and the Grand Duchy in the spring."
        #expect(try Self.refined("Where did most of the settlers come from?", text, kind: .place, name: "Riga") == "Riga and the Grand Duchy")
        #expect(try Self.refined("Which city did most of the settlers come from?", text, kind: .place, name: "Riga") == "Riga")
    }

    /// Where the parse makes no list of them, the names the recognizer found side by side with
    /// commas and "and" between them answer together: names written with "of", or a list the
    /// parse hangs on another noun.
    @Test(arguments: [
        ("Who taught at the Varlow school?", "Under two abbots, William of Dorvik and John of Harlow, the Varlow school taught singing.",
         ["William of Dorvik", "John of Harlow"], "William of Dorvik and John of Harlow"),
        ("Who were the printer's three sons?", "The printer had three sons, Ivan Orlov, Pavel Orlov, and Boris Orlov, who ran the press.",
         ["Ivan Orlov", "Pavel Orlov", "Boris Orlov"], "Ivan Orlov, Pavel Orlov, and Boris Orlov"),
        // (Commas alone make no list; nor does a list holding someone the question names.)
        ("Who wrote to the council?", "Suspecting William of Dorvik, John of Harlow wrote to the council.",
         ["John of Harlow", "William of Dorvik"], "John of Harlow"),
        ("Who taught with John of Harlow?", "Under two abbots, William of Dorvik and John of Harlow, the Varlow school taught singing.",
         ["William of Dorvik", "John of Harlow"], "William of Dorvik"),
    ])
    func namesFoundSideBySideAnswerTogether(question: String, text: String, names: [String], answer: String) throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let scalars = Array(text.unicodeScalars)
        var passage = Passage.written(text, retrieval: 2)
        passage.names = try names.map { name in
            let target = Array(name.unicodeScalars)
            let start = try #require(scalars.indices.first { scalars[$0...].starts(with: target) })
            return Passage.Named(range: TextRange(start: start, end: start + target.count), name: name, id: "person:\(name)", type: .person)
        }
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: names[0], value: names[0], passages: [0], score: 1)])
        #expect(SlotFiller(grammar: grammar).refine(found, question: question, passages: [passage]).answers.first?.text == answer)
    }
}
