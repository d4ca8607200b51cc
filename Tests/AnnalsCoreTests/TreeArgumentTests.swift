import Testing
import AnnalsCore

/// What an event's arguments make of it (``EventExtractor`` `retyped`, ``TreeModality``,
/// ``TreeDates``): the type its word names or another, whether it happened or was only asked
/// for, and which date in its sentence is its own. Sentences written here.
struct TreeArgumentTests {
    typealias Row = TreeEventTests.Row

    static let rows: [Row] = [
        // An order issued is a decree; letters written are letters; a clause set beside a verb of thinking after a semicolon is told, not thought.
        Row(sentence: "In May 1918, Anna Petrova issued a requisitioning order that set up armed units.", type: .decree, subject: "Anna Petrova", date: "1918-05"),
        Row(sentence: "In 1919 Anna Petrova thought long upon the question; in 1920 she wrote letters on it to her friends.", type: .letter, subject: "Anna Petrova", date: "1920"),
        // A congress organised is taken part in, not founded; to speak with someone is to meet them.
        Row(sentence: "In 1900 Anna Petrova and Ivan Sokolov went together to France and helped organize the 1900 International Peace Congress near Paris.",
            type: .meeting, subject: "Anna Petrova", date: "1900"),
        Row(sentence: "In 1901 Anna Petrova spoke with Ivan Sokolov and Oleg Marin.", type: .meeting, subject: "Anna Petrova", date: "1901"),
        // The object phrase's first noun names what was issued, however the parse hangs the rest.
        Row(sentence: "In October 1919, Anna Petrova issued a decree limiting work for everyone in Latvia to six hours per day.", type: .decree, subject: "Anna Petrova", date: "1919-10"),
        // Verbs co-ordinated before the last share its object (right-node raising).
        Row(sentence: "In 1918 Anna Petrova drafted and defended the decrees of the new council.", type: .decree, subject: "Anna Petrova", date: "1918"),
        Row(sentence: "In 1937 the police arrested and tortured Ivan Sokolov.", type: .arrest, subject: "Ivan Sokolov", date: "1937"),
        // An attack whose victim's death the sentence tells was a killing; one survived was not.
        Row(sentence: "Ivan Sokolov was shot on 12 May 1921, but the news of his death was kept secret.", type: .assassination, subject: "Ivan Sokolov", date: "1921-05-12"),
        Row(sentence: "Ivan Sokolov was shot twice in 1922, but he survived, though news of his death was printed.", type: .attack, subject: "Ivan Sokolov", date: "1922"),
        // A blow struck at oneself.
        Row(sentence: "In June 1936 Ivan Sokolov shot himself in Nice.", type: .suicide, subject: "Ivan Sokolov", date: "1936-06"),
        // An event ordered, offered or asked for has not happened by being so.
        Row(sentence: "In 1714 Anna Petrova issued a decree calling for compulsory education.", type: .education, subject: "Anna Petrova", date: "1714", modality: .hypothetical),
        Row(sentence: "In July 1919 Anna Petrova offered her resignation.", type: .resignation, subject: "Anna Petrova", date: "1919-07", modality: .hypothetical),
        Row(sentence: "In 1905 Anna Petrova demanded the release of Ivan Sokolov.", type: .release, subject: "Ivan Sokolov", date: "1905", modality: .hypothetical),
        // A clause co-ordinated with a subject of its own keeps its dates.
        Row(sentence: "Despite the promise to spare his family, Ivan Orlov's wife, Anna Petrova, was sent to a labour camp, but she survived to see her husband officially rehabilitated by the state in 1988.",
            type: .move, subject: "Anna Petrova", date: nil),
        // What is done at a gathering happens when the gathering was held.
        Row(sentence: "Anna Petrova's advocacy of violence and robbery was condemned by the Mensheviks at the Fourth Party Congress, held in Stockholm in April 1906.",
            type: .statement, subject: "Mensheviks", date: "1906-04"),
        // An event placed after or before a clause or noun with a date of its own is bounded by that date.
        Row(sentence: "After he was freed from prison in 1902, Ivan Sokolov moved to London.", type: .move, subject: "Ivan Sokolov", date: "1902/.."),
        Row(sentence: "After the 1905 revolution ousted the governor, Ivan Sokolov moved to London.", type: .move, subject: "Ivan Sokolov", date: "1905/.."),
        Row(sentence: "Ivan Sokolov and his wife moved to Geneva, before settling in Paris in March 1906.", type: .move, subject: "Ivan Sokolov", date: "../1906-03"),
        // An event that places another in time is known, whatever is said of the other.
        Row(sentence: "The letter was allegedly found among Ivan Sokolov's papers after his death in 1953.", type: .death, subject: "Ivan Sokolov", date: "1953"),
    ]

    @Test(arguments: rows) func theArgumentsTellTheType(_ row: Row) throws {
        try TreeEventTests.expectFrame(row)
    }

    @Test func aDateWrittenOnTheVerbBeatsATimeToldByAClause() throws {
        // "when she was 20" is a time too (from her birth), but the verb has its own date.
        let found = TreeEventTests.events("Anna Petrova (10 May 1870 – 1 June 1920) was a Russian writer. In May 1890, when Petrova was 20, her uncle died of a fever.")
        let death = try #require(found.first { $0.eventType == .death && $0.subject.name != "Anna Petrova" }, "found \(found.map(\.predicate))")
        #expect(death.date?.value == "1890-05")
    }

    @Test func aNamedEventOrAGatheringIsNotFounded() {
        let found = TreeEventTests.events("On 18 May 1918 the Northern Army launched Operation Thunder against the city.")
        #expect(!found.contains { $0.eventType == .founding }, "found \(found.map(\.predicate))")
        // A fronted participle acts on its clause's subject: a congress organised is met, not founded.
        let congress = TreeEventTests.events("Organised with the aid of Ivan Sokolov and Oleg Marin, the First Congress of this Riga International opened in Moscow in March 1919.")
        #expect(!congress.contains { $0.eventType == .founding } && congress.contains { $0.eventType == .meeting }, "found \(congress.map(\.predicate))")
    }
}
