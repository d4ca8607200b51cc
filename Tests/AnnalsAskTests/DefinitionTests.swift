import Testing
import AnnalsCore
@testable import AnnalsAsk

/// A question that asks only what something is ("Who was Ivan Sokolov?") is answered by what a
/// sentence says it is: its apposition, or the other side of a copula it stands on.
struct DefinitionTests {
    @Test(arguments: [
        // The predicate of a copula.
        ("Who was Ivan Sokolov?", "Ivan Sokolov was a young lawyer from Tver.", "a young lawyer from Tver"),
        ("What is the Green Charter?", "The Green Charter is a treaty of the river guilds.", "a treaty of the river guilds"),
        // The phrase set beside the name, after it or before it.
        ("Who was Ivan Sokolov?", "In 1901 the guild hired Ivan Sokolov, a young lawyer from Tver.", "a young lawyer from Tver"),
        ("Who was Ivan Sokolov?", "The guild's lawyer, Ivan Sokolov, wrote the charter in 1901.", "The guild's lawyer"),
        // The asked phrase as the copula's predicate: its subject says what it is.
        ("What was the largest port of the duchy?", "Varna was the largest port of the duchy.", "Varna"),
    ])
    func whatASentenceSaysTheAskedPhraseIsAnswers(question: String, text: String, answer: String) throws {
        #expect(try WhoPhraseTests.refined(question, text).answers.first?.text == answer)
    }

    @Test(arguments: [
        // The clause asks more than what the phrase is.
        "Who was Ivan Sokolov then?",
        "What did Ivan Sokolov write?",
        // A pronoun says nothing to find.
        "Who was he?",
    ])
    func aQuestionAskingMoreThanWhatSomethingIsIsNoDefinition(question: String) throws {
        let grammar = try #require(SlotFillerTests.grammar)
        #expect(SlotFiller.definedPhrase(in: SlotFiller(grammar: grammar).words(of: question)) == nil)
    }

    /// A phrase that says back only the question's words defines nothing: "the Latin name atra mors
    /// (Black Death)" for "What is the Latin name for Black Death?" is not "Black Death".
    @Test func aDefinitionMustSaySomethingTheQuestionDoesNot() throws {
        let grammar = try #require(SlotFillerTests.grammar)
        let filler = SlotFiller(grammar: grammar)
        let phrase = try #require(SlotFiller.definedPhrase(in: filler.words(of: "Who was Ivan Sokolov?")))
        let text = "Ivan Sokolov (Sokolov) wrote the charter."
        let parsed = try #require(filler.parse(text))
        #expect(SlotFiller.definition(of: phrase, in: parsed.words, spans: parsed.spans) == nil)
    }
}

/// The noun a question asks the name of, read from its parse.
struct NamedNounTests {
    @Test(arguments: [
        ("What is the name of the abbey's oldest bell?", "bell" as String?),
        ("What was the name of the port city that the guild built?", "port"),
        // Too short or too general to look for: no noun is required.
        ("What was the name of the law that the council passed?", nil),
        ("Who was the abbot of the monastery?", nil),
    ])
    func theNounAfterNameOf(question: String, noun: String?) throws {
        let grammar = try #require(SlotFillerTests.grammar)
        #expect(SlotFiller.namedNoun(in: SlotFiller(grammar: grammar).words(of: question)) == noun)
    }
}
