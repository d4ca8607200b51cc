import Testing
@testable import AnnalsAsk
import AnnalsCore

/// A person is answered by the name as the sentence writes it when it is a shorter form of
/// the full name; the answer's value is the full name.
struct WrittenNameTests {
    static func named(_ written: String, in text: String, full: String, type: EntityType = .person) -> (Passage.Named, Passage) {
        let passage = Passage.written(text)
        let scalars = Array(text.unicodeScalars), target = Array(written.unicodeScalars)
        let start = scalars.indices.first { Array(scalars[$0...].prefix(target.count)) == target } ?? 0
        let named = Passage.Named(range: TextRange(start: start, end: start + written.unicodeScalars.count), name: full,
                                  id: "\(type.rawValue):\(full.lowercased())", type: type)
        return (named, passage)
    }

    @Test(arguments: [
        ("Orlov", "Later Orlov wrote to the council.", "Ivan Orlov", "Orlov"),
        ("Ivan Orlov", "Ivan Orlov wrote to the council.", "Ivan Orlov", "Ivan Orlov"),
        ("He", "He wrote to the council.", "Ivan Orlov", "Ivan Orlov"),
        ("the elder", "Then the elder wrote to the council.", "Ivan Orlov", "Ivan Orlov"),
        ("Vanya", "Then Vanya wrote to the council.", "Ivan Orlov", "Ivan Orlov"),
    ])
    func aShorterWrittenFormIsQuoted(written: String, text: String, full: String, answer: String) {
        let (named, passage) = Self.named(written, in: text, full: full)
        #expect(AnswerFinder.writtenName(named, in: passage) == answer)
    }

    @Test func aPlaceKeepsItsFullName() {
        let (named, passage) = Self.named("Riga", in: "She moved to Riga.", full: "Riga, Latvia", type: .place)
        #expect(AnswerFinder.writtenName(named, in: passage) == "Riga, Latvia")
    }

    @Test func theAnswerQuotesTheSentenceAndItsValueNamesThePerson() {
        let passage = AnswerFinderTests.passage("In 1902 Orlov wrote to the council about the bridge.",
                                                names: [("Orlov", .person)])
        var renamed = passage
        renamed.names = passage.names.map { Passage.Named(range: $0.range, name: "Ivan Orlov", id: "person:ivan orlov", type: .person) }
        let answer = AnswerFinderTests.ask("Who wrote to the council about the bridge?", [renamed]).answers.first
        #expect(answer?.text == "Orlov" && answer?.value == "Ivan Orlov")
    }

    /// "Emperor Ivan Orlov": the titles written right before a person's name, with a capital,
    /// are shown with it (the name alone is weighed); not one the question writes, nor a
    /// title in lower case, which is a noun of its own ("the emperor Ivan Orlov").
    @Test(arguments: [
        ("Who opened the council?", "In 1721 Emperor Ivan Orlov opened the council.", "Emperor Ivan Orlov"),
        ("Who opened the council?", "In 1721 Lt Col Ivan Orlov opened the council.", "Lt Col Ivan Orlov"),
        ("Which emperor opened the council?", "In 1721 Emperor Ivan Orlov opened the council.", "Ivan Orlov"),
        ("Who opened the council?", "In 1721 the emperor Ivan Orlov opened the council.", "Ivan Orlov"),
        ("Who opened the council?", "In 1721 Ivan Orlov opened the council.", "Ivan Orlov"),
    ])
    func theTitlesWrittenBeforeANameAreShownWithIt(question: String, text: String, answer: String) {
        let passage = AnswerFinderTests.passage(text, names: [("Ivan Orlov", .person)])
        let found = AnswerFinderTests.ask(question, [passage]).answers.first
        #expect(found?.text == answer && found?.value == "Ivan Orlov")
    }
}
