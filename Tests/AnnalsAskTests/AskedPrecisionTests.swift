import Testing
@testable import AnnalsAsk
import AnnalsCore

/// A date answers as finely as the question asks: "what year" takes the year a sentence writes,
/// "what exact day" only a day.
struct AskedPrecisionTests {
    static let death = AnswerFinderTests.passage("Anna Petrova died in Riga on 7 January 1943.",
                                                 dates: [("7 January 1943", HistoricalDate(DatePoint(year: 1943, month: 1, day: 7)))],
                                                 names: [("Anna Petrova", .person), ("Riga", .place)])
    static let wedding = AnswerFinderTests.passage("Anna Petrova married Ivan Orlov in 1902.", dates: [("1902", HistoricalDate(DatePoint(year: 1902)))],
                                                   names: [("Anna Petrova", .person), ("Ivan Orlov", .person)])

    @Test(arguments: [
        ("In what year did Anna Petrova die?", true),
        ("Which year did Anna Petrova die in?", true),
        ("What year did Anna Petrova die?", true),
        ("In what month and year did Anna Petrova die?", false),
        ("When did Anna Petrova die?", false),
        ("On what day of the year did Anna Petrova die?", false),
    ])
    func aYearAloneIsAskedFor(question: String, yearAlone: Bool) {
        #expect(QuestionReader().read(question).asksYearAlone == yearAlone)
    }

    @Test func whatYearTakesTheYearOfAFinerDate() {
        let year = AnswerFinderTests.ask("In what year did Anna Petrova die?", [Self.death]).answers.first
        #expect(year?.text == "1943" && year?.value == "1943-01-07")
        #expect(AnswerFinderTests.ask("When did Anna Petrova die?", [Self.death]).answers.first?.text == "7 January 1943")
    }

    @Test(arguments: [("1943", "1943"), ("7 January 1943", "1943"), ("10 July [O.S. 28 June] 1856", "1856"), ("early 911", "911"), ("the next spring", nil)])
    func theYearADateWrites(text: String, year: String?) {
        #expect(AnswerFinder.writtenYear(in: text) == year)
    }

    @Test func anExactDayIsNotAnsweredByAYear() {
        #expect(AnswerFinderTests.ask("On what exact day did Anna Petrova marry Ivan Orlov?", [Self.wedding]).status == .notFound)
        #expect(AnswerFinderTests.ask("On what date did Anna Petrova marry Ivan Orlov?", [Self.wedding]).answers.first?.value == "1902")
        #expect(AnswerFinderTests.ask("On what exact day did Anna Petrova die?", [Self.death]).answers.first?.value == "1943-01-07")
    }
}

/// A question about the start or the end of a span is answered by that end, as written.
struct AskedEndTests {
    static let service = AnswerFinderTests.passage("Anna Petrova served on the Kiev council from 1892 to 1894.",
                                                   dates: [("from 1892 to 1894", HistoricalDate(from: DatePoint(year: 1892), to: DatePoint(year: 1894)))],
                                                   names: [("Anna Petrova", .person), ("Kiev", .place)])

    @Test(arguments: [
        ("When did Anna Petrova stop serving on the Kiev council?", "1894", "1894"),
        ("When did Anna Petrova start serving on the Kiev council?", "1892", "1892"),
        ("When did Anna Petrova serve on the Kiev council?", "from 1892 to 1894", "1892/1894"),
    ])
    func theEndAskedIsAnswered(question: String, text: String, value: String) {
        let answer = AnswerFinderTests.ask(question, [Self.service]).answers.first
        #expect(answer?.text == text && answer?.value == value)
    }
}

/// "At what time…" asks for the clock time a sentence writes.
struct AskedClockTests {
    static let death: Passage = {
        let day = HistoricalDate(DatePoint(year: 1943, month: 1, day: 7))
        var passage = AnswerFinderTests.passage("On 7 January 1943 Anna Petrova died in Riga at 2:45 a.m.",
                                                dates: [("7 January 1943", day), ("2:45 a.m.", day)],
                                                names: [("Anna Petrova", .person), ("Riga", .place)])
        (passage.dates[1].clock, passage.dates[1].isDerived) = ("02:45", true)
        return passage
    }()

    @Test func aClockTimeAnswersAtWhatTime() {
        let question = QuestionReader().read("At what time did Anna Petrova die?")
        #expect(question.expected == .date && question.asksClockTime)
        let answer = AnswerFinderTests.ask("At what time did Anna Petrova die?", [Self.death]).answers.first
        #expect(answer?.text == "2:45 a.m." && answer?.value == "1943-01-07T02:45")
        #expect(AnswerFinderTests.ask("When did Anna Petrova die?", [Self.death]).answers.first?.text == "7 January 1943")
    }
}
