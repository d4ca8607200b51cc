import Testing
import AnnalsAsk
import AnnalsCore

/// "Which N", "what N": the noun says what kind of thing answers (the lists `[person nouns]`,
/// `[place nouns]`, `[organisation nouns]`, `[work nouns]` of `answer-words.txt`), except after a
/// noun of sort ("what type of scientist" asks for a sort, not for a scientist).
struct AskedNounTests {
    @Test(arguments: [
        ("Which king granted the abbey its charter?", AnswerKind.person),
        ("What famous composer set the psalm to music?", .person),
        ("What river did the duke cross in 1066?", .place),
        ("Which countries signed the treaty of Varlow?", .place),
        ("Which company built the iron bridge?", .org),
        ("What institution trained the first nurses?", .org),
        ("What hymn did the abbot write after the flood?", .work),
        // Titles of rank and command name people: "the name of the count" is a person's name, not a title.
        ("What was the name of the count of Varlow?", .person),
        ("Which admiral commanded the northern fleet?", .person),
        // A sort of the noun is no instance of it.
        ("What type of scientist was Ivan Orlov?", .text),
        ("What kind of state was the duchy?", .text),
    ])
    func theNounAfterTheQuestionWordSaysWhatAnswers(question: String, kind: AnswerKind) {
        #expect(QuestionReader().read(question).expected == kind)
    }

    /// A sentence names a king or a river without the noun: it is not a word the answer's sentence must write.
    @Test(arguments: ["Which king granted the abbey its charter?", "What river did the duke cross in 1066?", "Which company built the iron bridge?"])
    func aNounOfKindIsNoWordTheAnswerMustWrite(question: String) {
        #expect(QuestionReader().read(question).head == nil)
    }

    /// A name that says the asked noun answers whatever kind of name it was read as, before
    /// the names that do not: "Harlow University" (a body) for "What university…", where a
    /// place is asked.
    @Test(arguments: [
        ("What university gave the land for the observatory?", "A site was chosen in Varlow, on land given by Harlow University, in 1902.", "Harlow University"),
        ("Which river did the duke cross in 1066?", "In 1066 the duke crossed the Tesk River near Varlow.", "Tesk River"),
        // (A place called by the asked noun just before it, an apposition saying what it is, needs no locative.)
        ("Which monastery sheltered the duke in 1066?", "In 1066 the duke fled past Varlow to a monastery, the Velmont Priory.", "Velmont Priory"),
        ("Which fortress did the duke hold in 1066?", "In 1066 the duke held the fortress of Dorvik, near Varlow.", "Dorvik"),
    ])
    func aNameSayingTheAskedNounAnswers(question: String, text: String, answer: String) {
        let passage = AnswerFinderTests.passage(text, dates: [("1902", HistoricalDate(DatePoint(year: 1902))), ("1066", HistoricalDate(DatePoint(year: 1066)))].filter { text.contains($0.0) },
                                                names: [("Varlow", .place), ("Harlow University", .org), ("Tesk River", .place),
                                                        ("Velmont Priory", .place), ("Dorvik", .place)].filter { text.contains($0.0) })
        let found = AnswerFinder().answer(QuestionReader().read(question), passages: [passage], questionEntities: [])
        #expect(found.answers.first?.text == answer)
    }

    /// Where the best passage names nothing of the asked kind (the recognizer missed "the Velmont
    /// Lyceum"), its sentence is offered for the phrase that answers; not for a name asked
    /// of when the sentence names no one but the question's own, nor a weaker passage's.
    @Test(arguments: [
        ("What school did Anna Petrova enter in 1875?", "In 1875 Anna Petrova entered the Velmont Lyceum in Harlow.", true),
        ("What was the name of the ship that carried Anna Petrova to Harlow?", "In 1875 a small ship carried Anna Petrova to Harlow.", false),
        ("What was the name of the ship that carried Anna Petrova to Harlow?", "In 1875 the ship Dorvik carried Anna Petrova to Harlow.", true),
    ])
    func theBestSentenceIsOfferedWhereNoNameOfTheKindIs(question: String, text: String, offered: Bool) {
        let passage = AnswerFinderTests.passage(text, dates: [("1875", HistoricalDate(DatePoint(year: 1875)))],
                                                names: [("Anna Petrova", .person), ("Harlow", .place), ("Dorvik", .place)].filter { text.contains($0.0) })
        let found = AnswerFinder().answer(QuestionReader().read(question), passages: [passage], questionEntities: [])
        #expect(found.answers.first?.text == (offered ? text : nil))
        #expect(found.answers.first?.kind == (offered ? .text : nil))
    }
}

