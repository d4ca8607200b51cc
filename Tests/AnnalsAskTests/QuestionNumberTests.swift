import Testing
import AnnalsAsk
import AnnalsCore

/// The numbers a question writes, and the sentences that do not meet them: a sentence that
/// neither writes the number nor is dated within it tells of something else.
struct QuestionNumberTests {
    @Test(arguments: [
        ("10th", false, "10"), ("1100s", false, "1100"), ("1950's", false, "1950"), ("2's", false, "2"),
        ("8–4–4", false, "8-4-4"), ("AS-206", false, "as-206"), ("eight", false, nil), ("eight", true, "8"),
        ("eighth", true, "8"), ("several", true, nil), ("Kiev", true, nil),
    ] as [(String, Bool, String?)])
    func digitsAsASentenceMayWriteThem(word: String, spelled: Bool, digits: String?) {
        #expect(QuestionNumber.digits(of: word, spelled: spelled) == digits)
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var question: String
        var numbers: [QuestionNumber]
        var testDescription: String { question }
    }

    @Test(arguments: [
        Row(question: "Who ruled Livonia in the 10th century?", numbers: [QuestionNumber(digits: "10", years: 900...999)]),
        Row(question: "Where did Orlov work in the 1880s?", numbers: [QuestionNumber(digits: "1880", years: 1880...1889)]),
        Row(question: "What did Orlov write in May 1912?", numbers: [QuestionNumber(digits: "1912", years: 1912...1912)]),
        Row(question: "Where did Orlov live after 1917?", numbers: [QuestionNumber(digits: "1917", years: 1917...1917, isBound: true)]),
        Row(question: "Which guild held the Vega 2 probe for 40 days?", numbers: [QuestionNumber(digits: "2"), QuestionNumber(digits: "40")]),
        Row(question: "Who founded the Harbour Council?", numbers: []),
    ])
    func aQuestionsNumbers(row: Row) {
        #expect(QuestionReader().read(row.question).numbers == row.numbers)
    }

    static func ask(_ question: String, _ passages: [Passage]) -> Answering {
        AnswerFinder().answer(QuestionReader().read(question), passages: passages, questionEntities: [])
    }

    static let invasion = AnswerFinderTests.passage("In 1072 Ivan Orlov invaded Livonia with a small fleet.",
                                                    dates: [("1072", HistoricalDate(DatePoint(year: 1072)))], names: [("Ivan Orlov", .person), ("Livonia", .place)])

    @Test func aSentenceDatedOutsideTheQuestionsTimeDoesNotAnswer() {
        #expect(Self.ask("Who invaded Livonia in the 10th century?", [Self.invasion]).status == .notFound)
        #expect(Self.ask("Who invaded Livonia in the 11th century?", [Self.invasion]).answers.first?.value == "Ivan Orlov")
        // A bound is no place in time: 1072 is after 950.
        #expect(Self.ask("Who invaded Livonia after 950?", [Self.invasion]).answers.first?.value == "Ivan Orlov")
    }

    @Test func aNumberTheSentenceDoesNotWriteIsNotItsNumber() {
        let reign = AnswerFinderTests.passage("The Orlov family ruled Livonia for eight decades, Ivan Orlov wrote.", names: [("Ivan Orlov", .person), ("Livonia", .place)])
        #expect(Self.ask("Who ruled Livonia for 40 years?", [reign]).status == .notFound)
        // Written in words, the number is the same.
        #expect(Self.ask("Who ruled Livonia for 8 decades?", [reign]).status != .notFound)
    }

    @Test func aYearOnlyInferredDoesNotRuleASentenceOut() {
        // "On 3 May" takes its year from the dates before it: too unsure to place the sentence in another year.
        var landing = AnswerFinderTests.passage("On 3 May Ivan Orlov landed in Livonia.", names: [("Ivan Orlov", .person), ("Livonia", .place)])
        landing.dates = [Passage.Dated(range: TextRange(start: 3, end: 8), date: HistoricalDate(DatePoint(year: 1071, month: 5, day: 3)), text: "3 May", yearWritten: false)]
        #expect(Self.ask("Who landed in Livonia in 1072?", [landing]).answers.first?.value == "Ivan Orlov")
        landing.dates[0].yearWritten = true
        #expect(Self.ask("Who landed in Livonia in 1072?", [landing]).status == .notFound)
    }
}
