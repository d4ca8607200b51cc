import Testing
import AnnalsCore
@testable import AnnalsAsk

/// A question that names someone asks of them: a sentence that names none of its names, nor
/// the sentence before it, answers less surely.
struct NameAskedTests {
    static func passage(_ text: String, before: String = "") -> Passage {
        var passage = Passage.written(text)
        passage.previousText = before
        return passage
    }

    @Test(arguments: [
        ("Who married Ivan Orlov?", "In 1902 Anna Petrova married Pavel Lanin.", "", "Ivan Orlov"),
        ("Who married Ivan Orlov?", "In 1902 Anna Petrova married Ivan Orlov.", "", nil),
        // The sentence before may name them; a misspelt or derived form meets the name.
        ("Who married Ivan Orlov?", "In 1902 she married him.", "Anna Petrova met Ivan Orlov in Riga.", nil),
        ("Who married Ivan Orlof?", "In 1902 Anna Petrova married Ivan Orlov.", "", nil),
        ("Where did the Kievan envoys go?", "The envoys of Kiev went to Riga.", "", nil),
        // A capitalised word opening the question is no name of it.
        ("Crew members wore what suits?", "The crew wore new suits.", "", nil),
        // One name of several met will do; a name ends at a possessive.
        ("When did Ivan Orlov write to Pavel Lanin?", "In 1902 Orlov wrote to him.", "", nil),
        ("When did Orlov's Riga paper fold?", "Orlov's paper folded in 1912.", "", nil),
        ("When did Orlov's Riga paper fold?", "The paper folded in 1912.", "", "Orlov"),
    ] as [(String, String, String, String?)])
    func aNameOfTheQuestionMustBeMet(question: String, text: String, before: String, unmet: String?) {
        let read = QuestionReader().read(question)
        let opening = QuestionReader.words(question).first
        #expect(AnswerFinder.unmetName(read.names, opening: opening, possessives: AnswerFinder.possessives(in: question),
                                       in: Self.passage(text, before: before), subject: nil) == unmet)
    }

    @Test func theArticlesSubjectMayBeJustHe() {
        let read = QuestionReader().read("Whom did Ivan Orlov marry?")
        #expect(AnswerFinder.unmetName(read.names, opening: "Whom", in: Self.passage("In 1902 he married Anna Petrova."), subject: "Ivan Orlov") == nil)
    }

    @Test(arguments: [("harbour", "harbuor", true), ("guard", "guards", true), ("guard", "guird", true), ("guard", "gourd", false), ("petrova", "ptreova", false),
                      ("orlov", "orlov", true), ("orlov", "lanin", false)])
    func wordsOneEditApart(a: String, b: String, near: Bool) {
        #expect(Spelling.oneSlipApart(a, b) == near)
        #expect((Spelling.distance(Array(a), Array(b), limit: 1) <= 1) == near)
    }

    @Test func aSentenceNotNamingTheOneAskedOfCountsLess() {
        let other = AnswerFinderTests.passage("In 1902 Anna Petrova married Pavel Lanin in Riga.", names: [("Anna Petrova", .person), ("Pavel Lanin", .person), ("Riga", .place)])
        func explained(_ question: String) -> [String] {
            AnswerFinder(explains: true).answer(QuestionReader().read(question), passages: [other], questionEntities: []).explanation
        }
        #expect(explained("Where did Ivan Orlov marry?").contains { $0.hasPrefix("less (does not name Ivan Orlov)") })
        #expect(!explained("Where did Pavel Lanin marry?").contains { $0.hasPrefix("less") })
    }
}
