import Testing
import AnnalsCore

/// Events read from the grammar's dependency trees (``ClaimStage/readsTrees``): the shared
/// row table, and the constructions the tree reader exists for, on sentences written here.
struct TreeEventTests {
    /// Every claim the tree reader makes of `body`, under a title.
    static func claims(_ body: String, title: String = "Anna Petrova") -> [Claim] {
        let text = ScalarText(title + "\n\n" + body)
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        let read = EventExtractionTests.pipeline.analyse(text, structure: structure, title: title, only: [.names, .dates])
        return ClaimExtractor().claims(in: text, structure: structure, title: title, dates: read.dates, names: read.names, grammar: read.grammar)
    }

    static func events(_ body: String, title: String = "Anna Petrova") -> [Claim] {
        claims(body, title: title).filter { $0.kind == .event }
    }

    @Test(arguments: EventExtractionTests.rows) func aSentenceGivesItsFrame(_ row: EventExtractionTests.Row) throws {
        let event = try EventExtractionTests.check(row, in: Self.events(row.sentence))
        #expect(event.extractor.readsTree || [.lifespan, .child].contains(event.extractor.rule))
    }

    @Test(arguments: EventExtractionTests.modalityRows) func modalityIsKeptAndMarked(_ row: EventExtractionTests.ModalityRow) throws {
        let event = try #require(Self.events(row.sentence).first, "no event in \(row.sentence)")
        #expect(event.modality == row.modality)
        if let attribution = row.attribution { #expect(event.attribution?.name == attribution) }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var sentence: String
        var type: EventType
        var subject: String
        var date: String?
        var modality: Modality = .asserted
        var testDescription: String { "\(type.rawValue) \(modality.rawValue): \(sentence)" }
    }

    static let constructions: [Row] = [
        // Survival: the attack failed; the survivor is the one it was aimed at.
        Row(sentence: "In March 1911 Anna Petrova survived an assassination attempt in Riga.", type: .assassination, subject: "Anna Petrova", date: "1911-03", modality: .failed),
        // A raid survived still took place.
        Row(sentence: "On 24 May 1940 Anna Petrova survived a raid on her home by Ivan Sokolov.", type: .attack, subject: "Ivan Sokolov", date: "1940-05-24"),
        // A relative clause dates its own event, not the one it hangs on.
        Row(sentence: "In 1912 Anna Petrova met Ivan Sokolov, who was arrested in 1915.", type: .meeting, subject: "Anna Petrova", date: "1912"),
        Row(sentence: "In 1912 Anna Petrova met Ivan Sokolov, who was arrested in 1915.", type: .arrest, subject: "Ivan Sokolov", date: "1915"),
        // The year of a book, or a lifespan in brackets, dates nothing else.
        Row(sentence: "Anna Petrova joined the Labour Party after reading Capital (1867).", type: .membership, subject: "Anna Petrova", date: nil),
        // A participial clause shares the subject of its sentence.
        Row(sentence: "Expelled from the Riga Academy in 1887, Anna Petrova moved to Kiev.", type: .expulsion, subject: "Anna Petrova", date: "1887"),
        // Along the narrative (same subject, no new date between) the move takes that date, marked inferred.
        Row(sentence: "Expelled from the Riga Academy in 1887, Anna Petrova moved to Kiev.", type: .move, subject: "Anna Petrova", date: "1887"),
        // The one a patient event happens to is its subject, in either voice.
        Row(sentence: "In 1907 the Tsar exiled Anna Petrova to Siberia.", type: .exile, subject: "Anna Petrova", date: "1907"),
        // Directives and intentions: not facts.
        Row(sentence: "In 1920 Anna Petrova was sentenced to be executed.", type: .execution, subject: "Anna Petrova", date: "1920", modality: .hypothetical),
        Row(sentence: "In 1920 Anna Petrova planned to marry Ivan Sokolov.", type: .marriage, subject: "Anna Petrova", date: "1920", modality: .hypothetical),
        Row(sentence: "In 1920 Anna Petrova refused to join the Labour Party.", type: .membership, subject: "Anna Petrova", date: "1920", modality: .negated),
        // Reported speech names its speaker.
        Row(sentence: "According to Ivan Sokolov, Anna Petrova was arrested in 1901.", type: .arrest, subject: "Anna Petrova", date: "1901", modality: .reported),
        // A "when" clause happens at its head's time.
        Row(sentence: "The talks failed in August 1910 when Anna Petrova resigned from the board.", type: .resignation, subject: "Anna Petrova", date: "1910-08"),
        // "sent X to negotiate": the one sent does what he is sent for.
        Row(sentence: "In November 1917 Ivan Sokolov sent Anna Petrova to negotiate with the Central Powers.", type: .negotiation, subject: "Anna Petrova", date: "1917-11"),
        // What is demanded has not happened; what follows "and" on its own date has.
        Row(sentence: "In 1917 Ivan Sokolov demanded that Anna Petrova be released and the government freed Anna Petrova on 29 April 1917.",
            type: .release, subject: "Anna Petrova", date: "1917-04-29"),
        // A trial is of the one the charges are against.
        Row(sentence: "In April 1937 an inquiry into the charges against Anna Petrova was held in Riga.", type: .trial, subject: "Anna Petrova", date: "1937-04"),
        Row(sentence: "In April 1937, an independent \"Commission of Inquiry\" into the charges against Anna Petrova was held in Riga.",
            type: .trial, subject: "Anna Petrova", date: "1937-04"),
        // "never said or wrote": a negation before co-ordinated verbs denies them all.
        Row(sentence: "In 1920 Anna Petrova never said or wrote the words.", type: .publication, subject: "Anna Petrova", date: "1920", modality: .negated),
        // What is feared has not happened, and takes no date from the clause that fears it.
        Row(sentence: "In 1917, fearing that Anna Petrova would be killed, Ivan Sokolov hid her in Riga.", type: .assassination, subject: "Anna Petrova", date: nil, modality: .hypothetical),
        // "helped organize": the infinitive under a verb of achieving happened.
        Row(sentence: "Anna Petrova helped organize the Riga Workers' Union in early 1897.", type: .founding, subject: "Anna Petrova", date: "1897-01/1897-04"),
        // To edit a paper is to hold its editorship.
        Row(sentence: "In January 1915 Anna Petrova began editing (at first with Ivan Sokolov) Nasha Gazeta.", type: .appointment, subject: "Anna Petrova", date: "1915-01"),
        // A date set beside a noun of time is that time.
        Row(sentence: "Anna Petrova died early in the morning, 8 February 1925.", type: .death, subject: "Anna Petrova", date: "1925-02-08"),
        // The one sent is the one who moves, whoever sends him.
        Row(sentence: "In February 1936 Anna Petrova was sent to Paris by Ivan Sokolov.", type: .move, subject: "Anna Petrova", date: "1936-02"),
        // One who attends a body's meeting is its subject.
        Row(sentence: "Anna Petrova attended a meeting of the Riga Workers' Union on 10 October 1917.", type: .meeting, subject: "Anna Petrova", date: "1917-10-10"),
        // Writing in a work is publishing it; an object shared by co-ordinated verbs is each one's.
        // An event noun with an owner in a dated clause; a finite verb co-ordinated after an attempt is no attempt.
        Row(sentence: "Anna Petrova's mother sought to force her to settle down and arranged her marriage to Ivan Sokolov in 1689.",
            type: .marriage, subject: "Anna Petrova", date: "1689"),
        // What is planned for someone has not happened by being planned.
        Row(sentence: "The council had planned for Anna Petrova to be elected in November 1917.", type: .election, subject: "Anna Petrova", date: "1917-11", modality: .hypothetical),
        // A journey whose end is a state is that state, and lasts as long as it is sent "for".
        Row(sentence: "In 1905 Anna Petrova was sent to prison for 14 months.", type: .imprisonment, subject: "Anna Petrova", date: "1905/1906"),
        // What is founded is a body, named or not.
        Row(sentence: "In 1923 Ivan Sokolov established a triumvirate with Anna Petrova.", type: .founding, subject: "Ivan Sokolov", date: "1923"),
        Row(sentence: "In 1906 Anna Petrova founded the anarchist journal Mother Earth.", type: .founding, subject: "Anna Petrova", date: "1906"),
        Row(sentence: "In 1930 Anna Petrova wrote about the strike in her autobiography.", type: .publication, subject: "Anna Petrova", date: "1930"),
        Row(sentence: "In 1897 Anna Petrova wrote and printed leaflets.", type: .publication, subject: "Anna Petrova", date: "1897"),
        Row(sentence: "In 1920 Anna Petrova withdrew from the Labour Party.", type: .leaving, subject: "Anna Petrova", date: "1920"),
        Row(sentence: "In 1892 Anna Petrova met with anarchists such as Ivan Sokolov in London.", type: .meeting, subject: "Anna Petrova", date: "1892"),
        Row(sentence: "Anna Petrova admired Pavel Sokolov (1840–1902), her teacher.", type: .death, subject: "Pavel Sokolov", date: "1902"),
        Row(sentence: "Anna Petrova had two sons, Pavel (born 1906) and Oleg (born 1908).", type: .child, subject: "Anna Petrova", date: "1906"),
        // The past perfect tells what came before the sentence's time: a date of another clause does not reach it.
        Row(sentence: "They first met at the funeral of Pavel Lenski in May 1934, when Anna Petrova sought help for her friend, Ivan Sokolov, who had been arrested.",
            type: .arrest, subject: "Ivan Sokolov", date: nil),
        Row(sentence: "Anna Petrova's mother Vera Lukina had been married before to a man with whom she had two daughters—Olga in 1860 and Maria in 1862.",
            type: .marriage, subject: "Vera Lukina", date: nil),
        // A date that modifies a noun dates the event only when the noun is the event's own argument.
        Row(sentence: "Ivan Sokolov entered Kazan University in 1887. The union elected Anna Petrova as its delegate, and she took part in a December demonstration.",
            type: .election, subject: "Anna Petrova", date: nil),
        Row(sentence: "Anna Petrova joined Ivan Sokolov's circle, through which she discovered Marx's 1867 Capital.", type: .membership, subject: "Anna Petrova", date: nil),
        Row(sentence: "Anna Petrova returned to Russia during the 1905 Revolution.", type: .arrival, subject: "Anna Petrova", date: "1905"),
        Row(sentence: "Anna Petrova refuted the charge in The Times (6th February, 1937).", type: .statement, subject: "Anna Petrova", date: "1937-02-06"),
        // "without" denies the event it governs; a "by" phrase the parse hangs lower still names who acted.
        Row(sentence: "In February 1897, Anna Petrova was sentenced without trial to three years' exile.", type: .trial, subject: "Anna Petrova", date: "1897-02", modality: .negated),
        Row(sentence: "Anna Petrova was also visited at the Kremlin by Vera, who was in increasingly poor health.", type: .visit, subject: "Vera", date: nil),
        // A work's title with its year does not reach back over a preposition to its author's name.
        Row(sentence: "According to Ivan Sokolov in The Unknown Tsar (2006), Anna Petrova wrote a last note.", type: .publication, subject: "Ivan Sokolov", date: "2006"),
        // A date after "after", "since", "before", "by" bounds the event's time; "not … until" tells when it did happen.
        Row(sentence: "After 1718, Anna Petrova established the Riga Workers' Union.", type: .founding, subject: "Anna Petrova", date: "1718/.."),
        Row(sentence: "Before 1700 Anna Petrova founded the Riga Workers' Union.", type: .founding, subject: "Anna Petrova", date: "../1700"),
        Row(sentence: "Anna Petrova did not join the Labour Party until 1917.", type: .membership, subject: "Anna Petrova", date: "1917"),
        Row(sentence: "After the revolution of February 1917, Anna Petrova returned to Moscow.", type: .arrival, subject: "Anna Petrova", date: "1917-02/.."),
        // A time within a span of its own borrows no date from the narrative.
        Row(sentence: "In 1923 Anna Petrova moved to London. While living in England and France, she wrote an autobiography called My Life.",
            type: .publication, subject: "Anna Petrova", date: nil),
        // A sentence set beside a verb of asking is not what was asked.
        Row(sentence: "In 1889 Anna Petrova asked for a raise and was denied; she quit and took work at a smaller shop.", type: .leaving, subject: "Anna Petrova", date: "1889"),
        // A conjunct verb with a subject of its own between the "and" and itself, however the parse hangs it.
        Row(sentence: "In 1970 the Riga Press reissued her memoirs, and in 1972 the writer Ivan Sokolov issued a collection of her speeches.",
            type: .publication, subject: "Ivan Sokolov", date: "1972"),
        // A phrase does not cross a semicolon: the date after one is the next clause's.
        Row(sentence: "The pact nevertheless failed to stop the defeat; in November 1918, the Emperor Karl abdicated and the new government signed the truce.",
            type: .resignation, subject: "Karl", date: "1918-11"),
        // A relative clause on a noun of planning tells what was done with the plan, not an attempt.
        Row(sentence: "In May 1917 Ivan Orlov revealed his plans, which he had drafted in prison.", type: .publication, subject: "Ivan Orlov", date: nil),
        // A stay "for" a length lasts it; what a "where" clause inside the stay tells happened during it.
        Row(sentence: "In 1901, Anna Petrova was arrested and exiled to Tobolsk for four years, where she married Ivan Sokolov.", type: .exile, subject: "Anna Petrova", date: "1901/1905"),
        Row(sentence: "In 1901, Anna Petrova was arrested and exiled to Tobolsk for four years, where she married Ivan Sokolov.", type: .marriage, subject: "Anna Petrova", date: "1901/1905"),
        // A date alone in brackets right after a verb is that verb's; the verb between borrows the first.
        Row(sentence: "Anna Petrova led the strike, for which she was later arrested (1905), imprisoned and deported (1907).", type: .imprisonment, subject: "Anna Petrova", date: "1905"),
        Row(sentence: "Anna Petrova led the strike, for which she was later arrested (1905), imprisoned and deported (1907).", type: .deportation, subject: "Anna Petrova", date: "1907"),
        // Words printed in a periodical on a day: its issue dates them, not a year inside the subject's phrase.
        Row(sentence: "A summary of the strike in 1917 was given by Anna Petrova in The Times, November 6, 1918.", type: .publication, subject: "Anna Petrova", date: "1918-11-06"),
    ]

    @Test(arguments: constructions) func aConstructionGivesItsFrame(_ row: Row) throws {
        try Self.expectFrame(row)
    }

    /// The row's sentence gives an event of its type and subject, with its date and modality.
    static func expectFrame(_ row: Row) throws {
        let found = events(row.sentence)
        let event = try #require(found.first { $0.eventType == row.type && $0.subject.name == row.subject }, "found \(found.map { "\($0.predicate) \($0.subject.name)" })")
        #expect(event.date?.value == row.date)
        #expect(event.modality == row.modality)
    }

    @Test func theseMenAreThePeopleLastNamedTogether() throws {
        let found = Self.events("Anna Petrova and Ivan Sokolov led the opposition. On 4 October 1926, these men signed a statement condemning the strike.")
        let signed = try #require(found.first { $0.date?.value == "1926-10-04" })
        #expect(signed.subject.name == "Anna Petrova" && signed.others.map(\.name).contains("Ivan Sokolov"))
    }

    @Test func aRelativesEventConcernsThePersonWhoseRelativeItIs() throws {
        let found = Self.events("The following year Anna Petrova's son Pavel Sokolov was arrested in Riga.", title: "Anna Petrova")
        let arrest = try #require(found.first { $0.eventType == .arrest })
        #expect(arrest.subject.name == "Pavel Sokolov" && arrest.others.map(\.name).contains("Anna Petrova"))
    }

    @Test func whoeverActsAtAGatheringAttendedIt() throws {
        let found = Self.events("At the Riga Party Congress in May 1923, Ivan Sokolov admitted that the faction existed.")
        let meeting = try #require(found.first { $0.eventType == .meeting })
        #expect(meeting.subject.name == "Ivan Sokolov" && meeting.object?.name == "Riga Party Congress" && meeting.date?.value == "1923-05")
    }

    @Test func aSubjectThatNamesNoOneIsNotAssumed() {
        let found = Self.events("Anna Petrova led the strike. In 1905 the conspirators were arrested.")
        #expect(!found.contains { $0.eventType == .arrest })
        // Denounced by people the text does not name: no statement of hers.
        #expect(!Self.events("In 1910 Anna Petrova was denounced by detractors as a danger.").contains { $0.eventType == .statement })
        // An event noun that classifies another noun is no event.
        #expect(!Self.events("At her deportation hearing on 27 October 1919, Anna Petrova refused to answer.").contains { $0.eventType == .deportation })
        // A participle that describes a noun tells no event.
        #expect(!Self.events("In 1910 Anna Petrova began her married life in Riga.").contains { $0.eventType == .marriage })
    }

    @Test func aThirdPersonInsideQuotedWordsIsKnownOnlyFromTheQuotation() throws {
        // Quoted words about someone of the quotation's own story: "she" is not the writer.
        let aunt = Self.events("In 1920 Anna Petrova wrote of her aunt: \"She had been married at the age of fifteen, and all her love died with that young man.\"")
        #expect(!aunt.contains { $0.eventType == .marriage || $0.eventType == .death }, "found \(aunt.map(\.predicate))")
        // A quoted clause with no subject of its own takes none from the narrative.
        let anecdote = Self.events("Anna Petrova told of a soldier in the war who met a rude boy and\n\n“though the battle was raging, merely struck him with the flat of his sword, as a fit punishment.”")
        #expect(!anecdote.contains { $0.eventType == .attack }, "found \(anecdote.map(\.predicate))")
        // A quotation that named them in its sentence before still knows who "they" are.
        let council = Self.events("Ivan Sokolov wrote: \"The council met in October. Anna Petrova and Boris Kuznetsov spoke against it. They were expelled from the council in 1927.\"")
        #expect(council.contains { $0.eventType == .expulsion && $0.subject.name == "Anna Petrova" && $0.date?.value == "1927" })
    }

    @Test func aNameAVerbTakesAsObjectIsNotTheSubjectPronounAfterIt() throws {
        let found = Self.events("Ivan Sokolov led the council. Boris Kuznetsov waited until May before he spoke. Without naming Ivan Sokolov, he declared that the plan had failed.",
                                title: "Ivan Sokolov")
        let declared = try #require(found.first { $0.eventType == .statement })
        #expect(declared.subject.name == "Boris Kuznetsov")
    }

    @Test func aVerbOfReportingDatesTheReportNotTheEventItNames() {
        let found = Self.events("Anna Petrova died on 3 May 1931. The Latvian government publicly announced Petrova's death the following day.")
        #expect(!found.contains { $0.eventType == .death && $0.date?.value == "1931-05-04" }, "\(found.map { ($0.predicate, $0.date?.value) })")
    }

    @Test func aDateInsideWhatIsSaidDoesNotDateTheSaying() throws {
        let found = Self.events("In the year 7207 of the old calendar, Anna Petrova proclaimed that the new calendar was in effect and the year was 1700.")
        let proclaimed = try #require(found.first { $0.eventType == .statement })
        #expect(proclaimed.date?.value != "1700")
        // A title the parse reads as a clause is still a name: its year dates the book written.
        let written = try #require(Self.events("Ivan Sokolov wrote about the army in his book You Can't Print That! (1929).").first { $0.eventType == .publication })
        #expect(written.date?.value == "1929")
    }

    @Test func theyAfterAPronounSubjectIncludesIt() throws {
        let found = Self.events("""
            Ivan Sokolov studied in Riga. During this time, he worked with Pavel Lenski and Oleg Marin, and met his future wife, Vera Lukina. \
            They married soon after their exile, in 1911.
            """, title: "Ivan Sokolov")
        let married = try #require(found.first { $0.eventType == .marriage })
        #expect(married.subject.name == "Ivan Sokolov" && married.date?.value == "1911")
    }

    @Test func aHabitOrASeriesBorrowsNoDateFromTheNarrative() throws {
        let found = Self.events("In 1917 Anna Petrova was arrested in Riga. Anna Petrova was routinely arrested for her speeches.")
        #expect(found.filter { $0.eventType == .arrest }.map { $0.date?.value } == ["1917", nil])
        // Nor does what the past perfect tells as before the story's time.
        let before = Self.events("In 1917 Anna Petrova was arrested in Riga. Anna Petrova had been exiled to Pskov.")
        #expect(before.filter { $0.eventType == .exile }.map { $0.date?.value } == [nil])
        // Nor what is placed after another event.
        let after = Self.events("In 1917 Anna Petrova was imprisoned in Riga. After her release from prison, Anna Petrova was arrested and deported to Pskov.")
        #expect(after.filter { [.arrest, .deportation].contains($0.eventType) }.map { $0.date?.value } == [nil, nil])
        // A time counted from a date the past perfect tells (a flashback) dates nothing.
        let flashback = Self.events("Anna Petrova was arrested in Riga. In July 1901, Ivan Sokolov had visited her house. She was released after two weeks of detention.")
        #expect(flashback.filter { $0.eventType == .release }.map { $0.date?.value } == [nil])
        // A clause opened by "where" goes on with the story; another sentence lends its month, not its day.
        let story = Self.events("On 16 January 1907 Anna Petrova left Riga. In England, Anna Petrova moved to London, where she attended the Fifth Congress.")
        #expect(story.filter { [.move, .meeting].contains($0.eventType) }.map { "\($0.date?.value ?? "-") \($0.dateIsInferred)" } == ["1907-01 true", "1907-01 true"])
    }

    @Test func anObjectControlsTheInfinitiveItsVerbGoverns() throws {
        let found = Self.events("Ivan Sokolov was an anarchist. Friends and supporters, including Ivan Sokolov, urged her to quit the Labour Party.")
        let quit = try #require(found.first { $0.eventType == .leaving })
        #expect(quit.subject.name == "Anna Petrova" && quit.modality == .hypothetical)
    }

    @Test func aPlaceAfterAPrepositionEndsBeforeAKnownName() throws {
        let found = Self.events("Anna Petrova was sentenced to exile. After two years in Siberia Petrova managed to escape.")
        let escape = try #require(found.first { $0.eventType == .escape })
        #expect(escape.subject.name == "Anna Petrova")
    }

    @Test func theSpeakerOfAReportIsTheSubjectOfItsVerb() throws {
        let event = try #require(Self.events("In 1936 Ivan Sokolov claimed that Anna Petrova had met the German agents in Oslo.").first { $0.eventType == .meeting })
        #expect(event.modality == .reported && event.attribution?.name == "Ivan Sokolov")
        // A passive reporting verb's subject is what is told of, not who tells it.
        let told = try #require(Self.events("Anna Petrova and Ivan Sokolov are described as having married in 1908.").first { $0.eventType == .marriage })
        #expect(told.modality == .reported && told.attribution == nil)
    }

    @Test func aSentenceEndingAQuotationBegunBeforeItIsQuoted() throws {
        let found = Self.events("Ivan Sokolov wrote in 1930: “The strike failed in the spring. Anna Petrova was arrested in May 1905.”")
        let arrest = try #require(found.first { $0.eventType == .arrest })
        #expect(arrest.modality == .reported)
    }

    @Test func sheIsTheWomanTheSentenceBeforeNamed() throws {
        let found = Self.events("""
            During 1920 the anarchists Emma Smith and Alexander Berg visited Ivan Sokolov in Russia. \
            Ivan Sokolov was also visited at the Kremlin by Olga Marin, who was in poor health. \
            He sent her to a sanatorium in Kislovodsk to recover, but she died there in September 1920.
            """, title: "Ivan Sokolov")
        let death = try #require(found.first { $0.eventType == .death })
        #expect(death.subject.name == "Olga Marin" && death.date?.value == "1920-09")
        // A sentence that spoke of the biography's subject by a pronoun keeps her the one "she" means.
        let left = Self.events("""
            Anna Petrova was born in Dorvik in 1861. Her father taught mathematics; her mother, Elza, kept the accounts. \
            At the age of eighteen she left Dorvik for Riga.
            """)
        #expect(left.first { $0.eventType == .departure }?.subject.name == "Anna Petrova")
        // "he" likewise: the father the sentence before spoke of, not the biography's subject.
        let promoted = Self.events("""
            Pavel Sokolov was born in Riga in 1870. His father Ilya Sokolov married Maria Blank in 1863. \
            Soon after their wedding, Ilya Sokolov obtained a job in Narva, rising to become an inspector of schools. \
            Five years after that, he was promoted to Director of Public Schools for the province.
            """, title: "Pavel Sokolov")
        #expect(promoted.first { $0.eventType == .appointment }?.subject.name == "Ilya Sokolov")
    }
}
