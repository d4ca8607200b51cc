import Testing
import AnnalsCore
@testable import AnnalsAsk

/// A question asks of everything it names: a sentence whose paragraph never names one of them
/// does not answer it, unless the name stands for someone the sentence names otherwise.
struct NamesAskedOfTests {
    static let strike = AnswerFinderTests.passage("In March 1891 Anna Petrova led the strike of the salt carriers at Dorvik.",
                                                  dates: [("March 1891", HistoricalDate(DatePoint(year: 1891, month: 3)))],
                                                  names: [("Anna Petrova", .person), ("Dorvik", .place)])

    @Test func aSentenceWhoseParagraphNeverNamesOneOfTheQuestionsNamesDoesNotAnswer() {
        // The question names Kessel, and nothing near the sentence does.
        let asked = AnswerFinderTests.ask("When did Anna Petrova lead the strike of the Kessel salt carriers at Dorvik?", [Self.strike])
        #expect(asked.status == .notFound)
        // Named in the sentence's paragraph, it is met.
        var inParagraph = Self.strike
        inParagraph.paragraphText = "The carriers of Kessel joined them. " + inParagraph.text
        let met = AnswerFinderTests.ask("When did Anna Petrova lead the strike of the Kessel salt carriers at Dorvik?", [inParagraph])
        #expect(met.answers.first?.value == "1891-03")
        // A name with another in brackets is given two ways, and the sentence may use a third: not asked of.
        let bracketed = AnswerFinderTests.ask("When did Anna Petrova lead the strike of the salt carriers at Lenna Quay (Kessel Harbour)?", [Self.strike])
        #expect(bracketed.answers.first?.value == "1891-03")
    }

    @Test func aNameForSomeoneTheSentenceNamesIsMet() {
        // "Nyura" is another name of Anna Petrova, by the record.
        let question = QuestionReader().read("When did Nyura lead the strike of the salt carriers at Dorvik?")
        let unknown = AnswerFinder().answer(question, passages: [Self.strike], questionEntities: AnswerFinderTests.anna)
        #expect(unknown.status == .notFound)
        let known = AnswerFinder().answer(question, passages: [Self.strike], questionEntities: AnswerFinderTests.anna,
                                          nameIDs: ["Nyura": "person:anna petrova"])
        #expect(known.answers.first?.value == "1891-03")
    }

    @Test(arguments: [
        ("DSMs", ["the", "dsm", "was"], true), ("Dorvik", ["dorvik's"], true), ("Petrovna", ["petrova"], true),
        ("Kessel", ["dorvik", "kettle"], false), ("Ants", ["ant"], true), ("Orlov", ["orlova"], true), ("Arms", ["army"], false),
    ])
    func aWordOfANameIsWritten(word: String, written: [String], isWritten: Bool) {
        #expect(AnswerFinder.isWritten(word, prefixes: Set(written.map { String($0.prefix(4)) }), in: written) == isWritten)
    }
}
