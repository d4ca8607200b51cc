import Testing
import AnnalsCore

/// Sentence → frame, one row per event type and per modality, on text written for these tests.
struct EventExtractionTests {
    /// The shipped pipeline, so that names and dates are found as ingest finds them.
    static let pipeline = try! AnalysisPipeline.shipped()

    static func events(_ body: String, title: String = "Anna Petrova") -> [Claim] {
        let text = ScalarText(title + "\n\n" + body)
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        return (pipeline.analyse(text, structure: structure, title: title, only: [.claims]).claims ?? []).filter { $0.kind == .event }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var sentence: String
        var type: EventType
        var subject: String
        var date: String?
        var object: String? = nil
        var place: String? = nil
        var testDescription: String { "\(type.rawValue): \(sentence)" }
    }

    static let rows: [Row] = [
        Row(sentence: "Anna Petrova was born in Riga on 3 May 1870.", type: .birth, subject: "Anna Petrova", date: "1870-05-03", place: "Riga"),
        Row(sentence: "Anna Petrova died in Paris in 1931.", type: .death, subject: "Anna Petrova", date: "1931", place: "Paris"),
        Row(sentence: "In 1881 Anna Petrova was educated in Moscow.", type: .education, subject: "Anna Petrova", date: "1881"),
        Row(sentence: "In January 1898 Anna Petrova was arrested in Kiev.", type: .arrest, subject: "Anna Petrova", date: "1898-01", place: "Kiev"),
        Row(sentence: "Anna Petrova was imprisoned in 1899.", type: .imprisonment, subject: "Anna Petrova", date: "1899"),
        Row(sentence: "Anna Petrova was released on 4 June 1900.", type: .release, subject: "Anna Petrova", date: "1900-06-04"),
        Row(sentence: "In 1900 Anna Petrova was exiled to Siberia.", type: .exile, subject: "Anna Petrova", date: "1900", place: "Siberia"),
        Row(sentence: "In 1916 Anna Petrova was deported to Spain.", type: .deportation, subject: "Anna Petrova", date: "1916", place: "Spain"),
        Row(sentence: "Anna Petrova escaped in the summer of 1902.", type: .escape, subject: "Anna Petrova", date: "1902-06/1902-08"),
        Row(sentence: "In 1896 Anna Petrova moved to Odessa.", type: .move, subject: "Anna Petrova", date: "1896", place: "Odessa"),
        Row(sentence: "Anna Petrova arrived in London in October 1902.", type: .arrival, subject: "Anna Petrova", date: "1902-10", place: "London"),
        Row(sentence: "Anna Petrova left for Vienna in 1907.", type: .departure, subject: "Anna Petrova", date: "1907"),
        Row(sentence: "In 1903 Anna Petrova married Ivan Sokolov.", type: .marriage, subject: "Anna Petrova", date: "1903", object: "Ivan Sokolov"),
        Row(sentence: "Anna Petrova had two children, Olga Sokolova (b. 1904) and Pavel Sokolov (b. 1906).", type: .child, subject: "Anna Petrova", date: "1904", object: "Olga Sokolova"),
        // A span with one end left blank: the writer knows only the death, or only the birth.
        Row(sentence: "Olga Sokolova ( – 9 April 1941) was a Latvian weaver.", type: .death, subject: "Olga Sokolova", date: "1941-04-09"),
        Row(sentence: "Olga Sokolova (2 March 1862 – ) was a Latvian weaver.", type: .birth, subject: "Olga Sokolova", date: "1862-03-02"),
        Row(sentence: "Anna Petrova joined the Labour Party in 1905.", type: .membership, subject: "Anna Petrova", date: "1905", object: "Labour Party"),
        Row(sentence: "Anna Petrova left the Labour Party in September 1909.", type: .leaving, subject: "Anna Petrova", date: "1909-09"),
        Row(sentence: "In 1927 Anna Petrova was expelled from the Labour Party.", type: .expulsion, subject: "Anna Petrova", date: "1927"),
        Row(sentence: "In 1917 Anna Petrova was elected Chairman of the Riga Council.", type: .election, subject: "Anna Petrova", date: "1917"),
        Row(sentence: "Anna Petrova had a second stroke on 7 January 1923.", type: .illness, subject: "Anna Petrova", date: "1923-01-07"),
        Row(sentence: "Anna Petrova died of a heart attack on 21 January 1924.", type: .death, subject: "Anna Petrova", date: "1924-01-21"),
        Row(sentence: "Anna Petrova entered the workers' movement in Riga in 1896.", type: .membership, subject: "Anna Petrova", date: "1896"),
        Row(sentence: "On 13 March 1918 Anna Petrova was appointed Minister of Education.", type: .appointment, subject: "Anna Petrova", date: "1918-03-13"),
        Row(sentence: "Anna Petrova resigned as Minister of Education in 1920.", type: .resignation, subject: "Anna Petrova", date: "1920"),
        Row(sentence: "In 1921 Anna Petrova was removed from the Riga Council.", type: .removal, subject: "Anna Petrova", date: "1921"),
        Row(sentence: "Anna Petrova founded the Riga Women's Union in 1897.", type: .founding, subject: "Anna Petrova", date: "1897"),
        Row(sentence: "Anna Petrova published \"The Northern Road\" in 1911.", type: .publication, subject: "Anna Petrova", date: "1911", object: "The Northern Road"),
        // Words in quotation marks that open a title go on with the capitalised words after them.
        Row(sentence: "In 1920 Anna Petrova authored \"Red-Line\" Politics: A Childish Error, a short book stating her views.", type: .publication,
            subject: "Anna Petrova", date: "1920", object: "\"Red-Line\" Politics: A Childish Error"),
        Row(sentence: "In 1921 Anna Petrova issued a decree abolishing the old courts.", type: .decree, subject: "Anna Petrova", date: "1921"),
        Row(sentence: "In November 1917 Anna Petrova issued the Decree on Land.", type: .decree, subject: "Anna Petrova", date: "1917-11", object: "Decree on Land"),
        Row(sentence: "In 1906 Anna Petrova was put on trial in Riga.", type: .trial, subject: "Anna Petrova", date: "1906"),
        Row(sentence: "In October 1906 Anna Petrova was sentenced to exile.", type: .sentence, subject: "Anna Petrova", date: "1906-10"),
        Row(sentence: "On 20 August 1930 Ivan Sokolov attacked Anna Petrova.", type: .attack, subject: "Ivan Sokolov", date: "1930-08-20", object: "Anna Petrova"),
        Row(sentence: "Anna Petrova was assassinated by Ivan Sokolov on 20 August 1931.", type: .assassination, subject: "Anna Petrova", date: "1931-08-20", object: "Ivan Sokolov"),
        Row(sentence: "In November 1917 Anna Petrova was sent to negotiate with the Central Powers.", type: .negotiation, subject: "Anna Petrova", date: "1917-11"),
        Row(sentence: "Anna Petrova signed the peace treaty on 3 March 1918.", type: .treaty, subject: "Anna Petrova", date: "1918-03-03"),
        Row(sentence: "In late 1902 Anna Petrova met Ivan Sokolov.", type: .meeting, subject: "Anna Petrova", date: "1902-09/1902-12", object: "Ivan Sokolov"),
        Row(sentence: "In May 1924 Anna Petrova delivered a speech in Riga.", type: .speech, subject: "Anna Petrova", date: "1924-05"),
        // The name before an apposition acts, not a name inside it.
        Row(sentence: "On 20 August 1930 Ivan Sokolov, a jobless printer and former Menshevik with a grudge, attacked Anna Petrova.",
            type: .attack, subject: "Ivan Sokolov", date: "1930-08-20", object: "Anna Petrova"),
        // Who is sent moves, whoever sends them: a paper too.
        Row(sentence: "In September 1912 the Riga Courier sent Anna Petrova to Vienna as its correspondent.",
            type: .move, subject: "Anna Petrova", date: "1912-09", object: "Riga Courier"),
    ]

    @Test(arguments: rows) func aSentenceGivesItsFrame(_ row: Row) throws {
        let event = try Self.check(row, in: Self.events(row.sentence))
        #expect(event.modality == .asserted)
    }

    /// The event of the row's type among `found`, checked against the row (either reader).
    @discardableResult
    static func check(_ row: Row, in found: [Claim]) throws -> Claim {
        let event = try #require(found.first { $0.eventType == row.type }, "found \(found.map(\.predicate))")
        #expect(event.subject.name == row.subject)
        #expect(event.date?.value == row.date)
        if let object = row.object { #expect(event.object?.name == object) }
        if let place = row.place { #expect(event.place?.name == place) }
        return event
    }

    struct ModalityRow: CustomTestStringConvertible, Sendable {
        var sentence: String
        var modality: Modality
        var attribution: String? = nil
        var testDescription: String { "\(modality.rawValue): \(sentence)" }
    }

    static let modalityRows: [ModalityRow] = [
        ModalityRow(sentence: "In 1905 Anna Petrova did not join the Labour Party.", modality: .negated),
        ModalityRow(sentence: "In 1905 Anna Petrova never joined the Labour Party.", modality: .negated),
        ModalityRow(sentence: "In 1902 Anna Petrova tried to escaped from Siberia.", modality: .failed),
        ModalityRow(sentence: "In 1902 Anna Petrova failed to escape from Siberia.", modality: .failed),
        ModalityRow(sentence: "Without the strike Anna Petrova would have been arrested in 1905.", modality: .hypothetical),
        ModalityRow(sentence: "In 1936 Ivan Sokolov claimed that Anna Petrova had met the German agents.", modality: .reported, attribution: "Ivan Sokolov"),
        ModalityRow(sentence: "It was alleged that Anna Petrova was arrested in 1901.", modality: .reported),
        ModalityRow(sentence: "In 1905 Anna Petrova was arrested in Riga.", modality: .asserted),
    ]

    @Test(arguments: modalityRows) func modalityIsKeptAndMarked(_ row: ModalityRow) throws {
        let event = try #require(Self.events(row.sentence).first, "no event in \(row.sentence)")
        #expect(event.modality == row.modality)
        if let attribution = row.attribution { #expect(event.attribution?.name == attribution) }
    }

    @Test func coordinationCarriesTheSubject() {
        let found = Self.events("In 1900 Anna Petrova was arrested and sent to Siberia.")
        #expect(found.map(\.predicate) == ["arrest", "move"])
        #expect(found.allSatisfy { $0.subject.name == "Anna Petrova" && $0.date?.value == "1900" })
    }

    @Test func pronounsAndCarriedSubjectsResolveToThePerson() {
        let found = Self.events("Ivan Sokolov lived in Riga. In 1899 Anna Petrova moved to Kiev. She was arrested there in 1901. Arrested again in 1903.")
        let arrests = found.filter { $0.eventType == .arrest }
        #expect(arrests.map(\.subject.name) == ["Anna Petrova", "Anna Petrova"])
        #expect(arrests.map { $0.date?.value } == ["1901", "1903"])
    }

    @Test func anUndatedEventTakesTheDateBeforeItButSaysSo() throws {
        let found = Self.events("Anna Petrova escaped from Siberia in 1902. Once abroad, she moved to London.")
        let move = try #require(found.first { $0.eventType == .move })
        #expect(move.date?.value == "1902" && move.dateIsInferred)
        #expect(found.first { $0.eventType == .escape }?.dateIsInferred == false)
    }

    @Test func aLifespanGivesBirthAndDeath() {
        let found = Self.events("Her father, Pavel Petrov (1831–1899), was a miller.")
        #expect(found.filter { $0.subject.name == "Pavel Petrov" }.map { "\($0.predicate) \($0.date?.value ?? "")" } == ["birth 1831", "death 1899"])
    }

    @Test func aDeathUsedAsATimeIsNoEvent() {
        #expect(Self.events("She kept the letters until her death.").isEmpty)
        #expect(Self.events("Anna Petrova, a well organized woman, kept the letters.").isEmpty)
    }

    @Test func aNumberedSourceHeaderIsParsed() throws {
        let text = ScalarText("Anna Petrova\n\nPrimary Sources\n\n(3) Ivan Sokolov, letter to Anna Petrova (16th November, 1927)\n\nDear Anna, I am leaving Riga tomorrow for good.\n")
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        let claims = ClaimExtractor().claims(in: text, structure: structure, title: "Anna Petrova")
        let letter = try #require(claims.first { $0.eventType == .letter })
        #expect(letter.subject.name == "Ivan Sokolov")
        #expect(letter.object?.name == "Anna Petrova")
        #expect(letter.date?.value == "1927-11-16")
        let body = try #require(claims.first { $0.kind == .quote })
        #expect(text.string(in: body.evidence) == "Dear Anna, I am leaving Riga tomorrow for good.")
        #expect(body.subject.name == "Ivan Sokolov")
    }

    @Test func relationsPositionsAndWorksBecomeClaims() {
        let text = ScalarText("""
            Anna Petrova

            Her father, Pavel Petrov, was a miller. In 1917 Anna Petrova was elected Chairman of the Riga Council. \
            Anna Petrova resigned as Chairman of the Riga Council in 1920. She later wrote The Northern Road (1931).
            """)
        let claims = ClaimExtractor().claims(in: text, structure: StructureAnalyzer(text: text, format: .plainText).analyze(), title: "Anna Petrova")
        #expect(claims.contains { $0.kind == .relation && $0.predicate == "father" && $0.subject.name == "Anna Petrova" && $0.object?.name == "Pavel Petrov" })
        let positions = claims.filter { $0.kind == .position }
        #expect(positions.map(\.predicate) == ["took", "left"])
        #expect(positions.allSatisfy { $0.value == "Chairman of the Riga Council" })
        #expect(claims.contains { $0.kind == .authorship && $0.object?.name == "The Northern Road" && $0.date?.value == "1931" })
    }

    @Test func anOfficeNamesItsBodyWholeAndPeopleAreNoOffice() {
        let text = ScalarText("""
            Anna Petrova

            In March 1919, Anna Petrova became a member of the Union's executive committee. \
            By 1926, Anna Petrova ousted Ivan Sokolov and Pavel Lenski from the Party leadership.
            """)
        let claims = ClaimExtractor().claims(in: text, structure: StructureAnalyzer(text: text, format: .plainText).analyze(), title: "Anna Petrova")
        let values = claims.filter { $0.kind == .position }.compactMap(\.value)
        #expect(values.contains("member of the Union's executive committee"))
        #expect(!values.contains { $0.contains("Sokolov") })
    }

    @Test func quotationsNameTheirSpeaker() throws {
        let text = ScalarText("Anna Petrova\n\nShe later recalled: \"We lived on bread and tea for the whole of that winter.\"\n")
        let claims = ClaimExtractor().claims(in: text, structure: StructureAnalyzer(text: text, format: .plainText).analyze(), title: "Anna Petrova")
        let quote = try #require(claims.first { $0.kind == .quote })
        #expect(quote.subject.name == "Anna Petrova")
        #expect(text.string(in: quote.evidence) == "We lived on bread and tea for the whole of that winter.")
    }

    @Test func aSelectorReanchorsInALaterRevision() {
        let old = ScalarText("She was arrested in 1901. She was arrested in 1903.")
        let selector = TextQuoteSelector(range: TextRange(start: 26, end: 51), in: old)
        let revised = ScalarText("Preface. She was arrested in 1901. Later: She was arrested in 1903.")
        let found = selector.anchor(in: revised)
        #expect(found.map { revised.string(in: $0) } == "She was arrested in 1903.")
        #expect(found?.start == 42)
        #expect(TextQuoteSelector(exact: "gone", prefix: "", suffix: "").anchor(in: revised) == nil)
    }

    @Test func aHeartAttackIsAnIllnessNotAnAssault() {
        let events = Self.events("Anna Petrova died of a heart attack on 21 January 1924.")
        #expect(events.contains { $0.eventType == .illness } && !events.contains { $0.eventType == .attack })
    }

    @Test func theOneDeportedAfterAnArrestIsTheOneArrested() throws {
        let events = Self.events("Under pressure from Ivan Orlov, the government placed her under house arrest before being deported to Mexico in December, 1936.")
        let deportation = try #require(events.first { $0.eventType == .deportation })
        #expect(deportation.subject.name == "Anna Petrova" && deportation.date?.value == "1936-12" && deportation.place?.name == "Mexico")
        // The date belongs to the deportation, not the house arrest before it.
        #expect(events.first { $0.eventType == .arrest }?.date == nil)
    }

    @Test func aDateOpeningTheNextClauseIsNotTheEarlierEvents() {
        let events = Self.events("Anna Petrova was released and on 23rd September 1917, she was elected chairman of the Riga Council.")
        #expect(events.first { $0.eventType == .release }?.date == nil)
        #expect(events.first { $0.eventType == .election }?.date?.value.hasSuffix("09-23") == true)
    }

    @Test func livingAnotherTenMonthsImpliesADeath() throws {
        let events = Self.events("On 7th January, 1923, Anna Petrova had a third stroke. She could no longer write, and although she lived for another ten months, she ceased to matter.")
        let death = try #require(events.first { $0.eventType == .death })
        #expect(death.extractor.rule == .remainingLife && death.date?.value == "1923-11~" && death.date?.isApproximate == true)
        #expect(death.subject.name == "Anna Petrova")
    }
}
