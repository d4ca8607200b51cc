import Testing
@testable import AnnalsCore

/// The words that announce a capitalised word as someone's other name, whatever the
/// recognizer reads it as (``AliasExtractor/announcesAlias(_:before:)``).
struct AliasCueTests {
    static func announces(_ sentence: String, name: String) throws -> Bool {
        let text = ScalarText(sentence)
        let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
        let tokens = SentenceTokens(text: text, structure: structure)[0]
        let k = try #require(tokens.firstIndex { $0.text == name.lowercased() })
        return AliasExtractor.announcesAlias(tokens, before: k)
    }

    @Test(arguments: [
        ("Using the name 'Kovno,'[1] she wrote leaflets.", "Kovno", true),
        ("Under the name “Dorn” she wrote for the press.", "Dorn", true),
        ("In 1902 she took the name Dorn.", "Dorn", true),
        ("Her real name Dorn was kept secret.", "Dorn", true),
        ("Better known by her alias Dorn, she drew maps.", "Dorn", true),
        // A name merely seen or written is no name gone under.
        ("She saw the name Dorn on a door.", "Dorn", false),
        ("The name Dorn appears in the list.", "Dorn", false),
    ])
    func aCueAnnouncesAName(sentence: String, name: String, expected: Bool) throws {
        #expect(try Self.announces(sentence, name: name) == expected)
    }
}
