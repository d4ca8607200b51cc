import Testing
import Foundation
@testable import AnnalsGrammar

/// A recognizer trained here on sentences written for the test, and the shipped one on
/// sentences of the kinds a history reader meets.
struct ShippedEntityTests {
    static let grammar = try? ReadingGrammar.shipped()
    static let recognizer = try? EntityRecognizer.shipped()

    static func words(_ text: String) throws -> [Word] {
        let grammar = try #require(Self.grammar)
        let scalars = Array(text.unicodeScalars)
        return grammar.analyse(scalars, sentence: 0..<scalars.count).words
    }

    /// The names found, as "kind: words".
    static func names(_ text: String, _ recognizer: EntityRecognizer) throws -> [String] {
        let words = try Self.words(text)
        return recognizer.names(words).map { "\($0.kind): " + words[$0.words].map(\.form).joined(separator: " ") }
    }

    @Test func aRecognizerLearnsFromExamplesAndSurvivesItsFile() throws {
        let sentences: [(String, [NamedSpan])] = [
            ("Anna Petrova moved to Kazan .", [NamedSpan(first: 0, last: 1, kind: "person"), NamedSpan(first: 4, last: 4, kind: "place")]),
            ("Ivan Sokolov lived in Tula .", [NamedSpan(first: 0, last: 1, kind: "person"), NamedSpan(first: 4, last: 4, kind: "place")]),
            ("The river froze early .", []),
        ]
        let examples = try sentences.enumerated().map { k, item in
            EntityTraining.Example(words: try Self.words(item.0), names: item.1, document: k)
        }
        let recognizer = EntityTraining.train(examples, dev: [], gazetteer: .empty, epochs: 5, seed: 1, manifest: { _, _ in "test" })
        #expect(recognizer.names(examples[0].words) == examples[0].names)
        #expect(recognizer.names(examples[2].words).isEmpty)
        let copy = try EntityRecognizer(decoding: recognizer.encoded())
        #expect(copy.names(examples[1].words) == recognizer.names(examples[1].words))
        #expect(copy.fingerprint == recognizer.fingerprint && copy.manifest == "test")
    }

    @Test func aDamagedFileIsRefused() throws {
        #expect(throws: ReadingGrammar.LoadError.self) { try EntityRecognizer(decoding: Data("ANNEnonsense".utf8)) }
        #expect(throws: ReadingGrammar.LoadError.self) { try EntityRecognizer(decoding: Data("not a model".utf8)) }
    }

    @Test(arguments: [
        ("Nathaniel Hawthorne wrote novels.", ["person: Nathaniel Hawthorne"]),
        ("Recognising this, Lenin moved to Zurich.", ["person: Lenin", "place: Zurich"]),
        ("Conversely, the army held Moscow.", ["place: Moscow"]),
    ])
    func theShippedRecognizerFindsNames(text: String, expected: [String]) throws {
        let recognizer = try #require(Self.recognizer, "the shipped entity model is missing; run scripts/train --entities")
        #expect(try Self.names(text, recognizer) == expected)
    }

    /// Names the shipped model misreads today (kept so that a better model shows it).
    @Test(arguments: [
        ("The Battle of Poltava was fought in 1709.", ["event: Battle of Poltava"]),
        ("Her father was the schoolmaster Anton Velinsky; she said he taught her.", ["person: Anton Velinsky"]),
        // Read as the party and the country apart (the names stage joins them: NameSpanTests).
        ("She joined the Communist Party of Great Britain in London.", ["organization: Communist Party of Great Britain", "place: London"]),
    ])
    func knownMisreadings(text: String, expected: [String]) throws {
        let recognizer = try #require(Self.recognizer)
        let found = try Self.names(text, recognizer)
        withKnownIssue("the shipped entity model misreads this", isIntermittent: true) { #expect(found == expected) }
    }

    @Test func aDocumentsEarlierNamesInformLaterOnes() throws {
        let recognizer = try #require(Self.recognizer)
        let sentences = try ["Leon Trotsky was born in Yanovka.", "Trotsky later lived in Vienna."].map(Self.words)
        let names = recognizer.names(inDocument: sentences)
        #expect(names.count == 2)
        #expect(names[1].contains(NamedSpan(first: 0, last: 0, kind: "person")))
    }
}
