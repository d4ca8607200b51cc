import Testing
import AnnalsGrammar
import AnnalsCore
@testable import AnnalsAsk

/// Of several dates one sentence writes, the one its tree hangs nearest the question's words
/// answers (``SlotFiller/nearestDate(in:questionWords:passages:parsed:)``).
struct NearestDateTests {
    static let sentence = "The guild printed its first charter in 1622, and the monks finished the copy of the second charter in 1634."

    /// The first answer of `first` and `second` (both dates of the sentence, scored `scores`) after refining for `question`.
    static func refined(_ question: String, first: String, second: String, scores: (Double, Double) = (2, 2)) throws -> String? {
        let grammar = try #require(SlotFillerTests.grammar)
        let scalars = Array(sentence.unicodeScalars)
        func dated(_ year: String) throws -> Passage.Dated {
            let target = Array(year.unicodeScalars)
            let start = try #require(scalars.indices.first { scalars[$0...].starts(with: target) })
            return Passage.Dated(range: TextRange(start: start, end: start + target.count), date: HistoricalDate(DatePoint(year: Int(year)!)), text: year)
        }
        var passage = Passage.written(sentence, retrieval: 2)
        passage.dates = [try dated("1622"), try dated("1634")]
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .date, text: first, value: first, passages: [0], score: scores.0),
                                                         FoundAnswer(kind: .date, text: second, value: second, passages: [0], score: scores.1)])
        return SlotFiller(grammar: grammar).refine(found, question: question, passages: [passage]).answers.first?.text
    }

    @Test func theDateNearestTheQuestionsWordsInTheTreeAnswers() throws {
        #expect(try Self.refined("When did the monks finish the copy of the second charter?", first: "1622", second: "1634") == "1634")
        #expect(try Self.refined("When did the guild print its first charter?", first: "1622", second: "1634") == "1622")
    }

    /// A date the finder scored far lower keeps its place: the tree only chooses among near equals.
    @Test func aDateFoundFarLessLikelyIsNotPreferred() throws {
        #expect(try Self.refined("When did the monks finish the copy of the second charter?", first: "1622", second: "1634", scores: (3, 2)) == "1622")
    }
}

/// A birthday's or an anniversary's date is not the date of the event it recurs after; it
/// still dates whatever else happened that day.
struct AnniversaryDateTests {
    @Test(arguments: [
        ("When was Ivan Orlov born?", "In 1842 Ivan Orlov was to keep his fortieth birthday since his birth at Varlow.", nil),
        ("When did Ivan Orlov open the school?", "On his fiftieth birthday in 1842, Ivan Orlov opened the school at Varlow.", "1842"),
        ("When was the abbey founded?", "In 1842 the monks kept the centenary of the founding of the abbey.", nil),
        ("When was the centenary of the abbey kept?", "In 1842 the monks kept the centenary of the founding of the abbey.", "1842"),
    ] as [(String, String, String?)])
    func anAnniversarysDateIsNotTheEventsDate(question: String, text: String, answer: String?) {
        let passage = AnswerFinderTests.passage(text, dates: [("1842", HistoricalDate(DatePoint(year: 1842)))],
                                                names: [("Ivan Orlov", .person), ("Varlow", .place)].filter { text.contains($0.0) })
        let found = AnswerFinder().answer(QuestionReader().read(question), passages: [passage], questionEntities: ["person:ivan orlov"])
        #expect(found.answers.first?.text == answer)
    }
}
