import Testing
import AnnalsCore

/// Time spent in a state ("spent the next two years in prison"), what a later "while in
/// prison" is dated by, dated statements that introduce quoted words, and "they" for
/// people the text only describes. Sentences written here.
struct StayAndStatementTests {
    static func events(_ body: String, title: String = "Anna Petrova") -> [Claim] { TreeEventTests.events(body, title: title) }

    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var type: EventType
        var date: String?
        var inferred = false
        var testDescription: String { "\(type.rawValue) \(date ?? "undated"): \(text)" }
    }

    static let stays: [Row] = [
        // The next two years begin when the story has got to; the span keeps the coarser of year and month.
        Row(text: "In January 1898, Anna Petrova was arrested. Anna Petrova spent the next two years of her life in prison awaiting trial.",
            type: .imprisonment, date: "1898/1900", inferred: true),
        // A length from a date of its own clause.
        Row(text: "In 1905 Anna Petrova spent six months in a prison workhouse.", type: .imprisonment, date: "1905/1905"),
        // A participle of the state, dated by the sentence's other clause.
        Row(text: "Anna Petrova left Riga on March 27, 1917, and she spent a month detained at Narva.", type: .imprisonment, date: "1917-03/1917-04", inferred: true),
        // A state the event table marks as a stay.
        Row(text: "In 1907 Anna Petrova spent three years in exile.", type: .exile, date: "1907/1910"),
        // "The previous twenty years" end when the story has got to.
        Row(text: "In 1917 Anna Petrova returned to Riga. Anna Petrova had spent the previous 20 years in exile.", type: .exile, date: "1897/1917", inferred: true),
        // A bare length from an earlier sentence's date starts nothing.
        Row(text: "In 1917 Anna Petrova returned to Riga. As a young woman, Anna Petrova spent six years in exile.", type: .exile, date: nil),
    ]

    @Test(arguments: stays) func timeSpentInAStateIsThatStayForThatLong(_ row: Row) throws {
        let found = Self.events(row.text)
        let stay = try #require(found.first { $0.eventType == row.type }, "found \(found.map { "\($0.predicate) \($0.date?.value ?? "-")" })")
        #expect(stay.date?.value == row.date)
        #expect(stay.subject.name == "Anna Petrova")
        if row.date != nil { #expect(stay.dateIsInferred == row.inferred) }
    }

    @Test func timeSpentWithoutAPlaceOfConfinementIsNoStay() {
        let found = Self.events("In 1905 Anna Petrova spent two years in Paris. In 1910 she spent a week writing.")
        #expect(!found.contains { $0.eventType == .imprisonment || $0.eventType == .exile }, "found \(found.map(\.predicate))")
    }

    @Test func whileInPrisonIsDatedByTheStay() throws {
        let found = Self.events("""
            In January 1898, Anna Petrova was arrested. Anna Petrova spent the next two years in prison. \
            While in prison, she married a fellow student, Ivan Sokolov, and studied philosophy.
            """)
        let married = try #require(found.first { $0.eventType == .marriage })
        #expect(married.date?.value == "1898/1900" && married.dateIsInferred)
        let studied = try #require(found.first { $0.eventType == .education })
        #expect(studied.date?.value == "1898/1900")
        // Without a stay told before, "while in prison" dates nothing.
        let undated = try #require(Self.events("While in prison, Anna Petrova married Ivan Sokolov.").first { $0.eventType == .marriage })
        #expect(undated.date == nil)
    }

    static let statements: [(String, String?)] = [
        ("In 1897, Anna Petrova wrote:", "1897"),
        ("Anna Petrova was impressed by the strike and in 1919 remarked to Ivan Sokolov:", "1919"),
        // Undated, a verb of saying only introduces a quotation.
        ("Anna Petrova wrote:", nil),
        // A comma and an opening quotation mark introduce the words as a colon does; a date inside them dates nothing.
        ("Anna Petrova wrote in 1928, \"when the strike began, we were ready.\"", "1928"),
        ("\"The day after tomorrow,\" Anna Petrova wrote, \"is my birthday.\"", nil),
        // Words reported with "that" are no quotation after a colon.
        ("In 1897, Anna Petrova said that the strike had failed.", nil),
    ]

    @Test(arguments: statements) func aDatedVerbOfSayingBeforeAColonIsAStatement(_ sentence: String, date: String?) {
        let statements = Self.events(sentence).filter { $0.eventType == .statement }
        #expect(statements.map { $0.date?.value } == (date.map { [$0] } ?? []))
        #expect(statements.allSatisfy { $0.subject.name == "Anna Petrova" })
    }

    @Test func aFiniteVerbAfterAnInfinitiveSharesTheSentencesSubject() throws {
        let found = Self.events("Ivan Sokolov expected Anna Petrova, then 23, to side with the new guard and wrote in March 1903:", title: "Ivan Sokolov")
        let wrote = try #require(found.first { $0.eventType == .statement })
        #expect(wrote.subject.name == "Ivan Sokolov" && wrote.date?.value == "1903-03")
    }

    @Test func theyForPeopleOnlyDescribedIsNoOneNamed() {
        let found = Self.events("""
            Anna Petrova led the new guard. Not only were the old guard's supporters older, but they had also spent the previous 20 years in exile together.
            """)
        #expect(!found.contains { $0.eventType == .exile }, "found \(found.map { "\($0.predicate) \($0.subject.name)" })")
        // The same words after people named together are theirs.
        let named = Self.events("""
            In 1917 Anna Petrova and Ivan Sokolov returned to Riga. Not only were Anna Petrova and Ivan Sokolov older, \
            but they had also spent the previous 20 years in exile together.
            """)
        #expect(named.contains { $0.eventType == .exile && $0.subject.name == "Anna Petrova" }, "found \(named.map { "\($0.predicate) \($0.subject.name)" })")
    }
}
