import Testing
@testable import AnnalsCore

/// A nickname in quotation marks between a given name and a surname is the person's, and
/// the name without it is how the person is matched; ships' names name no entity; a
/// country's congress is a body.
struct NicknameTests {
    static let text = """
        Orlov

        In 1898 Orlov met Nadezhda "Nadya" Velskaya, a teacher from Dorvik. Velskaya taught him German. \
        Later Nadya moved to Riga, and Orlov followed her there.
        """

    @Test func theNicknameAndTheNameAreOnePerson() throws {
        let index = try UnkeptKindTests.recognized(Self.text, title: "Orlov")
        let velskaya = try #require(index.entity(named: "Velskaya"))
        #expect(velskaya.type == .person)
        #expect(index.entity(named: "Nadya")?.id == velskaya.id, "\(index.entities.map(\.name))")
        #expect(!index.entities.contains { $0.name.contains("\"") })
    }

    @Test func whatAClauseCallsTheOneBeforeItIsHisName() throws {
        let body = "Anna Petrova and her husband, Oleg Marin, worked in a Riga print shop. Meanwhile, Petrova had begun a friendship with Ivan Sokolov, whom she "
            + "fondly called Kolya. Before long they became lovers and moved into a flat with his cousin Pavel Sokolov."
        let index = try UnkeptKindTests.recognized("Anna Petrova\n\n" + body, title: "Anna Petrova")
        let sokolov = try #require(index.entity(named: "Ivan Sokolov"))
        #expect(index.entity(named: "Kolya")?.id == sokolov.id, "\(index.entities.map(\.name))")
        // "they" are the two, so "his" is the one man of them.
        let cousin = try #require(TreeEventTests.claims(body, title: "Anna Petrova").first { $0.predicate == "cousin" })
        #expect(cousin.subject.name == "Ivan Sokolov")
    }

    @Test(arguments: [
        ("Orlov \"Nadya\" Velskaya", nil), ("Nadezhda Velskaya", nil), ("Nadezhda \"Nadya\" Velskaya", "Nadezhda Velskaya"),
        ("Pyotr \"Petya\" Orlov's", "Pyotr Orlov"),
    ] as [(String, String?)])
    func nicknamedNames(name: String, plain: String?) {
        let document = DocumentPreparer.prepare(text: "They met \(name) there.", sourceName: "t.txt", format: .plainText)
        let text = ScalarText(document.text)
        let tokens = SentenceTokens(text: text, structure: document.structure)[0]
        let found = tokens.indices.lazy.compactMap { MentionDetector.nicknamedName(tokens, at: $0) }.first
        #expect(found.map { MentionDetector.nameWithoutNickname($0, tokens: tokens, text: text) } == plain)
    }

    @Test(arguments: [
        "In 1919 they were deported on the steamer Velmara to Finland.",
        "In 1919 they were put on Velmara, a ship the press nicknamed the Ark.",
    ])
    func aShipIsNoEntity(sentence: String) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n" + sentence, title: "Orlov")
        #expect(index.entity(named: "Velmara") == nil, "\(index.entities.map { ($0.name, $0.type) })")
    }

    @Test func aCountrysCongressIsABody() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nWhen the US Congress passed the law, Orlov left.", title: "Orlov")
        #expect(index.entity(named: "US Congress")?.type == .org)
    }
}
