import Testing
import AnnalsAsk
import AnnalsCore

/// Question → what it asks, one row per question type.
struct QuestionReaderTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var question: String
        var expected: AnswerKind
        var names: [String] = []
        var events: Set<EventType> = []
        var year: Int? = nil
        var testDescription: String { question }
    }

    static let rows: [Row] = [
        Row(question: "When was Bronstein arrested?", expected: .date, names: ["Bronstein"], events: [.arrest]),
        Row(question: "In what year was Anna Petrova banished to Siberia?", expected: .date, names: ["Anna Petrova", "Siberia"], events: [.exile]),
        Row(question: "On what date was Ivan Orlov assassinated?", expected: .date, names: ["Ivan Orlov"], events: [.assassination]),
        Row(question: "Where was Anna Petrova born?", expected: .place, names: ["Anna Petrova"], events: [.birth]),
        Row(question: "In which city did Anna Petrova die in 1931?", expected: .place, names: ["Anna Petrova"], events: [.death], year: 1931),
        Row(question: "From which port did the ship leave?", expected: .place, events: [.departure]),
        Row(question: "Who killed Ivan Orlov?", expected: .person, names: ["Ivan Orlov"], events: [.assassination]),
        Row(question: "With whom did Anna Petrova edit the Riga Gazette?", expected: .person, names: ["Anna Petrova", "Riga Gazette"]),
        Row(question: "Which party did Anna Petrova join in 1905?", expected: .org, names: ["Anna Petrova"], events: [.membership], year: 1905),
        Row(question: "What book did Anna Petrova publish in 1889?", expected: .work, names: ["Anna Petrova"], events: [.publication], year: 1889),
        Row(question: "How many children did Anna Petrova have?", expected: .number, names: ["Anna Petrova"]),
        // A question phrase of measure after a preposition asks for a measure as it does first.
        Row(question: "For how long did Anna Petrova teach at Tukums?", expected: .number, names: ["Anna Petrova", "Tukums"]),
        Row(question: "For about how long did the siege last?", expected: .number),
        Row(question: "How old was Anna Petrova when she married?", expected: .number, names: ["Anna Petrova"], events: [.marriage]),
        Row(question: "Did Anna Petrova ever return to Riga?", expected: .yesno, names: ["Anna Petrova", "Riga"], events: [.arrival]),
        Row(question: "Why did Anna Petrova leave Riga?", expected: .text, names: ["Anna Petrova", "Riga"], events: [.departure]),
        // Which span of the calendar: a date.
        Row(question: "What century did the abbey first gain its charter?", expected: .date),
        Row(question: "In which decade was the canal dug?", expected: .date),
        Row(question: "During which years did Anna Petrova live in Riga?", expected: .date, names: ["Anna Petrova", "Riga"]),
        Row(question: "In what month and year did Ivan Orlov leave Riga?", expected: .date, names: ["Ivan Orlov", "Riga"], events: [.departure]),
        // What befell someone is an event, however the question names them.
        Row(question: "What happened to Orlov's son?", expected: .text, names: ["Orlov"]),
        // The asked noun past adjectives and years.
        Row(question: "Which Latvian painter taught Anna Petrova?", expected: .person, names: ["Latvian", "Anna Petrova"]),
        Row(question: "In which 1889 book did Anna Petrova describe Riga?", expected: .work, names: ["Anna Petrova", "Riga"], year: 1889),
        Row(question: "Which radical student group did Anna Petrova found?", expected: .org, names: ["Anna Petrova"], events: [.founding]),
        Row(question: "Which newspaper did Anna Petrova edit?", expected: .work, names: ["Anna Petrova"]),
        Row(question: "Which publishing house printed the atlas?", expected: .org),
        Row(question: "Which publishing house did Anna Petrova head?", expected: .org, names: ["Anna Petrova"]),
        // A capitalised "Congress" is part of a name, not a meeting asked about.
        Row(question: "Who replaced Ivan Orlov after the Tenth Party Congress?", expected: .person, names: ["Ivan Orlov", "Tenth Party Congress"]),
        Row(question: "What pen name did Anna Petrova use?", expected: .person, names: ["Anna Petrova"]),
        Row(question: "What name did Anna Petrova take?", expected: .person, names: ["Anna Petrova"]),
        Row(question: "On what exact day did Anna Petrova marry Ivan Orlov?", expected: .date, names: ["Anna Petrova", "Ivan Orlov"], events: [.marriage]),
        Row(question: "Which newspaper did Anna Petrova co-found in 1905?", expected: .work, names: ["Anna Petrova"], events: [.founding], year: 1905),
    ]

    @Test func theActorAndTheVerbOfTheAct() {
        #expect(QuestionReader().read("What book did Anna Petrova write in exile?").actor?.verb == "write")
        // An adverb before the verb is not the act.
        #expect(QuestionReader().read("When did History of the Baltic first appear?").actor?.verb == "appear")
        #expect(QuestionReader().read("Did Anna Petrova actually testify?").actor?.verb == "testify")
    }

    @Test func aRelativeAskedAboutMustBeNamedInTheAnswer() {
        #expect(QuestionReader().read("When did Anna Petrova's mother die?").head == "mother")
        #expect(QuestionReader().read("When was Anna Petrova's son Ivan Orlov born?").head == nil)
        #expect(QuestionReader().read("Who was Anna Petrova's first husband?").head == "husband")
    }

    /// The noun a sentence answering must write: a relative, a role asked by "who", a thing named
    /// by "name of"; not the noun of "what" or "which" before a name ("woodcuts by Lucas Cranach"
    /// answer "What artist…", "in Harrow Weekly" "What magazine…").
    @Test(arguments: [
        ("What artist carved the altar at Dorvik?", nil),
        ("Which magazine printed Anna Petrova's letters?", nil),
        ("What school did Ivan Orlov enter in 1875?", nil),
        ("Which brother of Anna Petrova went to Riga?", "brother"),
        ("Who was the ambassador in Riga in 1905?", "ambassador"),
        ("What was the name of the freighter that sank at Dorvik?", "freighter"),
    ] as [(String, String?)])
    func theNounTheAnswersSentenceMustWrite(question: String, head: String?) {
        #expect(QuestionReader().read(question).head == head)
    }

    @Test func aRelativeIsAskedForOnlyWhenTheQuestionSaysWhoTheyWere() {
        #expect(QuestionReader().read("Who was Anna Petrova's first husband?").asksForRelative)
        // Here someone else is asked for: the one who robbed her, named anywhere in the sentence.
        let robbed = QuestionReader().read("Who robbed Anna Petrova's first husband?")
        #expect(!robbed.asksForRelative)
        let passage = AnswerFinderTests.passage("In 1890 Ivan Orlov robbed Anna Petrova's first husband on the Riga road.",
                                                names: [("Ivan Orlov", .person), ("Anna Petrova", .person), ("Riga", .place)])
        #expect(AnswerFinder().answer(robbed, passages: [passage], questionEntities: ["person:anna petrova"]).answers.first?.value == "Ivan Orlov")
        // And that one may be a body.
        let band = AnswerFinderTests.passage("In 1890 the Marl League robbed Anna Petrova's first husband on the Riga road.",
                                             names: [("Marl League", .org), ("Anna Petrova", .person), ("Riga", .place)])
        #expect(AnswerFinder().answer(robbed, passages: [band], questionEntities: ["person:anna petrova"]).answers.first?.value == "Marl League")
        #expect(QuestionReader().read("What was Anna Petrova's father's name?").asksForRelative)
    }

    @Test(arguments: rows) func aQuestionIsRead(_ row: Row) {
        let question = QuestionReader().read(row.question)
        #expect(question.expected == row.expected)
        #expect(question.names == row.names)
        #expect(question.events == row.events)
        #expect(question.year == row.year)
    }

    @Test func restrictionsAndSourcesAreRead() {
        let reader = QuestionReader()
        #expect(reader.read("Where did Anna Petrova live after 1920?").after == 1920)
        #expect(reader.read("Where did Anna Petrova live before 1920?").before == 1920)
        #expect(reader.read("When was Anna Petrova first arrested?").ordinal == .first)
        #expect(reader.read("What was Anna Petrova's last book?").ordinal == .last)
        #expect(reader.read("What is Anna Petrova's Old Style date of birth?").wantsJulian)
        #expect(reader.read("According to the Baltic Dictionary, where was she born?").accordingTo == "Baltic Dictionary")
        #expect(reader.read("When was Anna Petrova's arrest?").keywords.contains("arrest"))
    }
}
