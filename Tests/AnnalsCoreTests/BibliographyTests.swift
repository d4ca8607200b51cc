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

    Books

    - Dorvik and Other Essays. New York: Velmar Publishing Association, 1910.
    - Red Vera Speaks: Selected Writings. Garden City, New York: Doubleday, Page and Co., 1923.
    """

    @Test(arguments: [
        ("The ABC of Velmarism", EntityType.work), ("Ivan Orlov", .person), ("Varnak's Teaching and Its Historical Importance", .work),
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
}
