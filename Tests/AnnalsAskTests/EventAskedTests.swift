import Testing
import AnnalsGrammar
import AnnalsCore
@testable import AnnalsAsk

/// A sentence must speak of the event a question asks of when the question's own verb names
/// it ("When was she released?"); an event word that only qualifies another phrase ("at the
/// time of his arrest") asks nothing of the sentence.
struct EventAskedTests {
    @Test(arguments: [
        ("When was Anna Petrova released from prison?", true),
        ("Where was Ivan Orlov born?", true),
        ("In what year was the abbey founded?", true),
        ("Who was the governor of Riga at the time of Anna Petrova's arrest?", false),
        ("What weapon did the guards carry during the arrest?", false),
        ("What was the place of Ivan Orlov's birth called?", false),
        // A verb handing its subject on names the act after it: "try to" is no trial.
        ("Why did the council try to raise the tithe?", false),
        ("Who tried to assassinate the duke?", true),
        // A verb whose complement is an adjective makes no one anything.
        ("What made the famine worse?", false),
        ("Who made Ivan Orlov governor?", true),
        // A past form is no bare verb of asking: "found" of "find" founds nothing.
        ("Where were the missing letters found?", false),
        ("When did Ivan Orlov found the gazette?", true),
    ])
    func theQuestionsVerbNamesItsEvent(question: String, names: Bool) throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let read = QuestionReader().read(question)
        #expect(!read.events.isEmpty)
        #expect(SlotFiller(grammar: grammar).verbNamesEvent(read) == names)
    }

    @Test func aQualifyingEventWordAsksNothingOfTheSentence() {
        let governor = AnswerFinderTests.passage("In 1898 the governor of Riga was Ivan Orlov.", names: [("Riga", .place), ("Ivan Orlov", .person)])
        var question = QuestionReader().read("Who was the governor of Riga at the time of Anna Petrova's arrest?")
        #expect(AnswerFinder().answer(question, passages: [governor], questionEntities: AnswerFinderTests.anna).status == .notFound)
        question.verbNamesEvent = false
        #expect(AnswerFinder().answer(question, passages: [governor], questionEntities: AnswerFinderTests.anna).answers.first?.value == "Ivan Orlov")
    }
}

/// The end of a life is one event told from the one who died or from the one who killed:
/// "killed" tells a death, "died" the end a killing brought.
struct EndOfLifeTests {
    @Test(arguments: [
        ("Where did Ivan Orlov die?", "In 1903 rebels killed Ivan Orlov at Varna.", "Varna"),
        ("Where was Ivan Orlov killed?", "In 1903 Ivan Orlov died at Varna.", "Varna"),
    ])
    func aKillingTellsADeathAndADeathAKilling(question: String, text: String, place: String) {
        let passage = AnswerFinderTests.passage(text, names: [("Ivan Orlov", .person), ("Varna", .place)])
        var read = QuestionReader().read(question)
        read.verbNamesEvent = true
        #expect(AnswerFinder().answer(read, passages: [passage], questionEntities: ["person:ivan orlov"]).answers.first?.value == place)
    }

    /// Another event is not told so: a death does not tell an arrest.
    @Test func aDeathDoesNotTellAnArrest() {
        let passage = AnswerFinderTests.passage("In 1903 Ivan Orlov died at Varna.", names: [("Ivan Orlov", .person), ("Varna", .place)])
        var read = QuestionReader().read("Where was Ivan Orlov arrested?")
        read.verbNamesEvent = true
        #expect(AnswerFinder().answer(read, passages: [passage], questionEntities: ["person:ivan orlov"]).status == .notFound)
    }
}

/// A sentence that tells the event in words of its own, and writes all else the question
/// asks, still answers; one that writes little else does not.
struct EventToldOtherwiseTests {
    @Test(arguments: [
        ("When did Ivan Orlov leave Riga for Varna?", "In 1903 Ivan Orlov sailed from Riga for Varna.", "1903"),
        ("How many people died of fever in Riga in 1710?", "The fever of 1710 reduced the people of Riga by half.", "half"),
        ("When was Ivan Orlov born?", "In 1903 Ivan Orlov sailed from Riga for Varna.", nil),
    ] as [(String, String, String?)])
    func aSentenceTellingTheEventOtherwiseStillAnswers(question: String, text: String, answer: String?) throws {
        let passage = AnswerFinderTests.passage(text, dates: [("1903", HistoricalDate(DatePoint(year: 1903))), ("1710", HistoricalDate(DatePoint(year: 1710)))].filter { text.contains($0.0) },
                                                names: [("Ivan Orlov", .person), ("Riga", .place), ("Varna", .place)].filter { text.contains($0.0) })
        var read = QuestionReader().read(question)
        #expect(!read.events.isEmpty)
        read.verbNamesEvent = true
        let found = AnswerFinder().answer(read, passages: [passage], questionEntities: ["person:ivan orlov", "place:riga"])
        #expect(found.answers.first?.text == answer)
    }
}
