import Testing
import AnnalsCore
import AnnalsGrammar

/// How the trained recognizer's names steer the names a document keeps: a run of capitals
/// it does not see as a name needs strong evidence of its own, and its kind is a vote.
struct RecognizedNameTests {
    static func mentions(_ text: String, recognized: (ScalarText) -> [RecognizedName]?) -> [(String, EntityType?)] {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let scalars = ScalarText(document.text)
        return DocumentNames(scanning: scalars, structure: document.structure, title: "Untitled", recognized: recognized(scalars))
            .mentions.map { ($0.surface, $0.cue) }
    }

    /// The recognized name covering `words` in the text, of `kind`.
    static func name(_ words: String, in text: ScalarText, kind: String, plural: Bool = false) -> RecognizedName {
        let scalars = Array(text.string(in: TextRange(start: 0, end: text.count)).unicodeScalars), target = Array(words.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return RecognizedName(range: TextRange(start: start, end: start + target.count), kind: kind, isPlural: plural)
    }

    @Test func capitalsTheRecognizerDoesNotSeeAreDroppedUnlessStronglyCued() {
        let text = "Conversely, General Krasnov held Velmar. Recognising this, Orlov fled."
        let kept = Self.mentions(text) { [Self.name("Velmar", in: $0, kind: "place"), Self.name("Orlov", in: $0, kind: "person")] }.map(\.0)
        #expect(kept == ["Krasnov", "Velmar", "Orlov"])
        // Without the recognizer every run of capitals is a candidate, as before.
        let unread = Self.mentions(text) { _ in nil }.map(\.0)
        #expect(unread.contains("Conversely") || unread.contains("Recognising"))
    }

    @Test(arguments: [
        ("person", false, EntityType.person), ("place", false, .place), ("organization", false, .org), ("event", false, .event),
        ("abstract", false, nil), ("time", false, nil),
        // "the Bolsheviks", "Jews": people as a group, which no one person is.
        ("person", true, .group), ("place", true, .place),
    ] as [(String, Bool, EntityType?)])
    func theRecognizersKindIsTheRecordsType(kind: String, plural: Bool, type: EntityType?) {
        #expect(RecognizedName(range: TextRange(start: 0, end: 1), kind: kind, isPlural: plural).type == type)
    }

    @Test func itsKindTypesANameTheRulesLeaveUnsure() {
        let found = Self.mentions("Then Velmar wrote again.") { [Self.name("Velmar", in: $0, kind: "person")] }
        #expect(found.count == 1 && found[0].1 == .person)
        // A strong cue of the rules stands: "the town of X" is a place whatever the recognizer says.
        let cued = Self.mentions("They reached the town of Velmar at dawn.") { [Self.name("Velmar", in: $0, kind: "person")] }
        #expect(cued.first?.1 == .place)
    }

    @Test(arguments: [
        // A body's longer name, as the recognizer reads it, is one name.
        ("It answered to the Council of Labour and Defence in Moscow.", "Council of Labour and Defence", "organization",
         ["Council of Labour and Defence", "Moscow"]),
        ("She entered the Kingdom of Galicia and Lodomeria at night.", "Kingdom of Galicia and Lodomeria", "place",
         ["Kingdom of Galicia and Lodomeria"]),
        // Two people joined by "and" stay two, whatever kind the recognizer gives the whole.
        ("Later Orlov and Viktor Nogin resigned.", "Orlov and Viktor Nogin", "organization", ["Orlov", "Viktor Nogin"]),
        // A person's name is never lengthened: "X of Y" is a person and a place.
        ("Then Anna Petrova of Tula wrote.", "Anna Petrova of Tula", "person", ["Anna Petrova", "Tula"]),
    ] as [(String, String, String, [String])])
    func aRecognizedBodysLongerNameIsKept(text: String, name: String, kind: String, expected: [String]) {
        let found = Self.mentions(text) { scalars in
            [Self.name(name, in: scalars, kind: kind)] + expected.filter { !name.contains($0) }.map { Self.name($0, in: scalars, kind: "place") }
        }
        #expect(found.map(\.0) == expected)
    }

    @Test func theShippedPipelineReadsNamesWithTheRecognizer() throws {
        let pipeline = try AnalysisPipeline.shipped()
        let text = "Conversely, Nathaniel Hawthorne stayed in Concord. Recognising this, his publisher wrote to him."
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let analysed = pipeline.analyse(ScalarText(document.text), structure: document.structure, title: "Untitled")
        let names = try #require(analysed.names).mentions.map(\.surface)
        #expect(names.contains("Nathaniel Hawthorne") && names.contains("Concord"))
        #expect(!names.contains("Conversely") && !names.contains("Recognising"))
    }
}
