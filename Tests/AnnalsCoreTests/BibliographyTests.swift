import Testing
@testable import AnnalsCore

/// Lists of writings read as bibliographers write them: "Year: Title" items, "Title.
/// Place: Publisher, Year." items, co-authors after "with"; running text is not a list.
struct BibliographyTests {
    static let text = """
    Orlov

    Orlov wrote much.

    Works

    - 1921: The ABC of Velmarism with Ivan Orlov
    - 1933: Varnak's Teaching and Its Historical Importance
    - 1937–1938: How It All Ended, a largely autobiographical novel

    Books

    - Dorvik and Other Essays. New York: Velmar Publishing Association, 1910.
    - Red Vera Speaks: Selected Writings. Garden City, New York: Doubleday, Page and Co., 1923.
    """

    @Test(arguments: [
        ("The ABC of Velmarism", EntityType.work), ("Ivan Orlov", .person), ("Varnak's Teaching and Its Historical Importance", .work), ("How It All Ended", .work),
        ("Dorvik and Other Essays", .work), ("Velmar Publishing Association", .org), ("Red Vera Speaks: Selected Writings", .work),
        ("Doubleday, Page and Co.", .org), ("Garden City", .place), ("New York", .place),
    ])
    func itemsNameWorksPlacesAndPublishers(name: String, type: EntityType) {
        let entity = EntityTests.index(Self.text).entities.first { $0.name == name }
        #expect(entity?.type == type, "\(EntityTests.index(Self.text).entities.map(\.name))")
    }

    @Test func namesInsideATitleAreNotNamesOfTheirOwn() {
        let names = EntityTests.index(Self.text).entities.map(\.name)
        #expect(!names.contains("Vera Speaks") && !names.contains("Dorvik"))
    }

    @Test(arguments: [
        ("Dorvik: Velmar House, 1910.", 1), ("New York: Random House, 1972.", 2), ("Garden City, New York: Doubleday, 1923.", 5),
        ("In 1910: he left Dorvik, 1911.", nil), ("Dorvik: a city, 1910.", nil),
    ] as [(String, Int?)])
    func imprints(sentence: String, colon: Int?) {
        let document = DocumentPreparer.prepare(text: sentence, sourceName: "t.txt", format: .plainText)
        let tokens = SentenceTokens(text: ScalarText(document.text), structure: document.structure)
        #expect(MentionDetector.imprintColon(tokens[0]) == colon)
    }

    /// Numbered notes citing a source: "Author, Title. site. Retrieved date." names the
    /// authors and the title, commas and names inside it too.
    static let notes = """
    Orlov

    Orlov wrote much in Dorvik.

      1. Pyotr Velinsky, Ivan Orlov, Keeper of Dorvik. velmar.org. Retrieved May 2, 2020.
      2. Anna Varnak and Ivan Orlov, The Grey Shore: Letters from Exile (Dorvik Press, 1999, ISBN 0000000000).
      3. Ivan Orlov, Bread and Salt velmar.org. Retrieved May 2, 2020.
      5. Ivan Orlov, Chapter XII of Grey Days Retrieved May 2, 2020.
      4. Pyotr Velinsky was the editor of the paper until 1921. Retrieved May 2, 2020.
    """

    @Test(arguments: [
        ("Ivan Orlov, Keeper of Dorvik", EntityType.work), ("Pyotr Velinsky", .person), ("Anna Varnak", .person),
        ("The Grey Shore: Letters from Exile", .work), ("Bread and Salt", .work), ("Grey Days", .work),
    ])
    func citationNotesNameAuthorsAndTitles(name: String, type: EntityType) {
        let index = EntityTests.index(Self.notes)
        #expect(index.entity(named: name)?.type == type, "\(index.entities.map(\.name))")
    }

    @Test func aNoteThatIsASentenceIsNoCitation() {
        // "Pyotr Velinsky was the editor …" has no comma after the name: read as running text.
        let names = EntityTests.index(Self.notes).entities.map(\.name)
        #expect(!names.contains { $0.hasPrefix("Pyotr Velinsky was") } && !names.contains("Keeper of Dorvik"))
    }

    @Test(arguments: [
        ("  12. Ivan Orlov, Dorvik. velmar.org.", 6, true), ("[56] Ivan Orlov, Dorvik.", 5, true), ("Ivan Orlov, Dorvik.", 0, false),
        ("In 1912. Ivan Orlov, Dorvik.", 9, false), ("  1234. Ivan Orlov, Dorvik.", 8, false), ("x\n7) Ivan Orlov, Dorvik.", 5, true),
    ])
    func numberedNotes(line: String, start: Int, numbered: Bool) {
        let text = ScalarText(line)
        #expect(text.string(in: TextRange(start: start, end: start + 4)) == "Ivan")
        #expect(MentionDetector.opensNumberedNote(text, at: start) == numbered)
    }
}
