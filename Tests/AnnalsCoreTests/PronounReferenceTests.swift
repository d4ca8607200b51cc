import Testing
import Foundation
import AnnalsGrammar
@testable import AnnalsCore

/// Claims take who "he" and "she" are from the coreference model where it links them to a
/// person the text names, and from the narrative's focus where it does not.
struct PronounReferenceTests {
    static func events(_ text: String, title: String, coreference: Bool) throws -> [String] {
        let grammar = try ReadingGrammar.shipped(), entities = try EntityRecognizer.shipped()
        let pipeline = AnalysisPipeline(grammar: grammar, entities: entities, coreference: coreference ? try CoreferenceResolver.shipped() : nil)
        let document = DocumentPreparer.prepare(text: title + "\n\n" + text, sourceName: "t.txt", format: .plainText)
        let analysed = pipeline.analyse(ScalarText(document.text), structure: document.structure, title: title)
        return (analysed.claims ?? []).filter { $0.kind == .event }.map { "\($0.subject.name) · \($0.predicate)" }
    }

    /// The events of `text` read with the coreference model and without it.
    static func bothWays(_ text: String, title: String) throws -> [(coreference: Bool, events: [String])] {
        try [true, false].map { ($0, try events(text, title: title, coreference: $0)) }
    }

    @Test func aPronounMeansTheNameTheModelLinksItTo() throws {
        // The document is about a woman; "He" is the man her sentence named. The narrative's
        // focus alone gives the death to the document's subject.
        let text = "Anna Petrova married Boris Kuznetsov in 1892. He died in Rome in 1910."
        #expect(try Self.events(text, title: "Anna Petrova", coreference: true) == ["Anna Petrova · marriage", "Boris Kuznetsov · death"])
        #expect(try Self.events(text, title: "Anna Petrova", coreference: false) == ["Anna Petrova · marriage", "Anna Petrova · death"])
    }

    @Test func withoutTheModelTheRulesStillRead() throws {
        let text = "Anna Petrova was born in Kiev in 1870. She died in Rome in 1910."
        #expect(try Self.events(text, title: "Anna Petrova", coreference: false).contains("Anna Petrova · death"))
        #expect(try Self.events(text, title: "Anna Petrova", coreference: true).contains("Anna Petrova · death"))
    }

    @Test func hisIsTheManItsOwnSentenceNamedWhereNoManIsItsSubject() throws {
        // The sentence's subject is a thing; the one man it names owns "his", whatever the narrative follows.
        let text = "Ivan Orlov wrote to Boris Kuznetsov in 1930. The letter was later found among Kuznetsov's papers after his death in 1953."
        for (coreference, events) in try Self.bothWays(text, title: "Ivan Orlov") {
            #expect(events.contains("Boris Kuznetsov · death"), "coreference \(coreference): \(events)")
            #expect(!events.contains("Ivan Orlov · death"))
        }
    }

    @Test func theFocusIsTheSubjectOfTheMainClauseNotTheFirstNameInTheSentence() throws {
        // A fronted phrase names a ruler first; "He" after it is the one the main clause is about.
        let text = "At that time, Ivan Orlov's elder brother Pavel was studying in Kiev. Involved in protests against the reactionary Tsar Nicholas II, "
            + "Pavel studied banned books. He joined a secret circle in 1886 and was chosen to build a bomb."
        let events = try Self.events(text, title: "Ivan Orlov", coreference: false)
        #expect(events.contains("Pavel · membership"), "\(events)")
    }

    @Test func theyAreThePeopleTheirOwnSentenceCoordinates() throws {
        // "they" after "both X and his wife", however the phrase is placed, over the pair of the sentence before.
        let text = "In 1912 Boris Kuznetsov visited Ivan Orlov, and they talked about the war. "
            + "Owing to the poor health of both Ivan Orlov and his wife, they moved to the small town of Yalta."
        for (coreference, events) in try Self.bothWays(text, title: "Ivan Orlov") {
            #expect(events.contains("Ivan Orlov · move") && !events.contains("Boris Kuznetsov · move"), "coreference \(coreference): \(events)")
        }
    }

    @Test func aSubjectPronounIsNotThePersonItsOwnClauseNamesAfterIt() throws {
        let text = "In 1893 Ivan Orlov was visited in prison by Boris Kuznetsov, a reporter for the Daily News. "
            + "He spent two hours talking to Orlov and wrote a warm article about the prisoner."
        for (coreference, events) in try Self.bothWays(text, title: "Ivan Orlov") {
            #expect(!events.contains("Ivan Orlov · publication"), "coreference \(coreference): \(events)")
        }
        // A name only mentioned is no one taking part.
        let escape = try Self.events("Ivan Orlov was exiled in 1900. He escaped from Siberia in 1902 with a passport in the name of Ivan Orlov.", title: "Ivan Orlov", coreference: true)
        #expect(escape.contains("Ivan Orlov · escape"), "\(escape)")
    }

    @Test func theDocumentsSubjectNamedInTheSentenceBeforeStaysTheSubjectPronounsPerson() throws {
        // Another man is the subject before; the one the document is about was named there too, and "he" goes on with him.
        let text = "Ivan Orlov was a party leader. When the purge began in 1936, Boris Kuznetsov looked for any pretext to remove his old allies "
            + "and some of Orlov's letters showed doubt. Arrested in February 1937, he was charged with treason."
        let events = try Self.events(text, title: "Ivan Orlov", coreference: true)
        #expect(events.contains("Ivan Orlov · arrest") && !events.contains("Boris Kuznetsov · arrest"), "\(events)")
    }

    @Test func whatHeSaysOfAPersonHeDoesNotSayOfHimself() throws {
        let text = "Ivan Orlov led the opposition in 1926. Boris Kuznetsov waited until December. Without mentioning Orlov, he asked the question. "
            + "In this way he suggested that Orlov was working against the party."
        for (coreference, events) in try Self.bothWays(text, title: "Ivan Orlov") {
            #expect(!events.contains("Ivan Orlov · statement"), "coreference \(coreference): \(events)")
        }
    }

    @Test func aNewParagraphGoesBackToTheWomanTheDocumentIsAbout() throws {
        // "her" after a paragraph break is the document's subject, not the woman last named; one person and "she" make "they".
        let text = "Anna Petrova moved to London in 1924. The novelist Olga Marin arranged a dinner for her.\n\n"
            + "In 1925 a Scottish anarchist named Ivan Sokolov offered to marry her. Although they were only distant acquaintances, she accepted and they were married on 27 June 1925."
        for (coreference, events) in try Self.bothWays(text, title: "Anna Petrova") {
            #expect(events.contains("Anna Petrova · marriage") && !events.contains("Olga Marin · marriage"), "coreference \(coreference): \(events)")
        }
    }

    @Test func whichNeverStandsForAPerson() throws {
        let events = try Self.events("In 1936 Ivan Orlov sent a long letter to Boris Kuznetsov, which was published in Pravda in 1937.", title: "Ivan Orlov", coreference: true)
        #expect(!events.contains("Boris Kuznetsov · publication"), "\(events)")
    }

    @Test func aPluralRelativeClauseDoesNotStandForASingularName() throws {
        let text = "Boris Kuznetsov systematised the doctrine through a series of lectures at the Riga Academy, which were then published as Questions of Faith."
        let events = try Self.events(text, title: "Ivan Orlov", coreference: true)
        #expect(!events.contains("Riga Academy · publication"), "\(events)")
    }

    @Test func referencesMoveWithTheirDocumentPart() {
        let reference = PronounReference(pronoun: TextRange(start: 40, end: 42), antecedent: TextRange(start: 3, end: 9))
        let names = DocumentNames(mentions: [], evidence: [], pronouns: 1, references: [reference])
        #expect(NameStage.shift(names, by: 100).references == [PronounReference(pronoun: TextRange(start: 140, end: 142), antecedent: TextRange(start: 103, end: 109))])
        #expect(NameStage.part(of: names, in: TextRange(start: 0, end: 30), sentences: 0..<1).references.isEmpty)
        #expect(NameStage.part(of: names, in: TextRange(start: 0, end: 50), sentences: 0..<2).references == [reference])
    }
}
