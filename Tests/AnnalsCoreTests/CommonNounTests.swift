import Testing
@testable import AnnalsCore

/// Capitalised common nouns and possessives before head nouns: "the Embassy" is no name
/// unless something was named with it, "Saint Varnak's Cathedral" is one name, "Varnak's
/// Poetics" is a writing, and a capitalised noun used bare or before a noun stays a name.
struct CommonNounTests {
    static func names(_ text: String) throws -> [Entity] {
        try UnkeptKindTests.recognized("Orlov\n\n" + text, title: "Orlov").entities
    }

    @Test(arguments: [
        ("Orlov wrote that he preferred the present Ministry, weak as it was, to the next one.", "Ministry"),
        ("Orlov travelled with the envoys. The Embassy next went to Dorvik and stayed a month.", "Embassy"),
        ("In Dorvik the Cathedral was closed in 1922 and Orlov left.", "Cathedral"),
    ])
    func aCommonNounInCapitalsWithADeterminerIsNoName(text: String, word: String) throws {
        let entities = try Self.names(text)
        #expect(!entities.contains { $0.name == word }, "\(entities.map(\.name))")
    }

    @Test func theCommonNounRefersBackToWhatWasNamedWithIt() throws {
        let entities = try Self.names("Orlov married Vera at Saint Varnak's Cathedral in Dorvik in 1890. The Cathedral was closed in 1922.")
        #expect(!entities.contains { $0.name == "Cathedral" })
        let cathedral = try #require(entities.first { $0.name == "Saint Varnak's Cathedral" })
        #expect(cathedral.type == .place)
        #expect(cathedral.mentions.count == 2)
    }

    @Test(arguments: [
        ("Orlov married Vera at Saint Varnak's Cathedral in Dorvik.", "Saint Varnak's Cathedral", EntityType.place),
        ("At Varnak's Café the radicals of Dorvik met every night.", "Varnak's Café", .place),
        ("Orlov studied at Saint Varnak's College in Dorvik.", "Saint Varnak's College", .org),
    ])
    func aPossessiveBeforeABuildingsHeadIsOneName(text: String, name: String, type: EntityType) {
        #expect(EntityTests.index(text).entity(named: name)?.type == type)
    }

    @Test func aCommonNounAfterAPossessiveIsAWritingsTitle() throws {
        let entities = try Self.names("Every winter Orlov read Varnak's Synopsis again.")
        #expect(entities.first { $0.name == "Varnak's Synopsis" }?.type == .work, "\(entities.map(\.name))")
    }

    @Test(arguments: [
        ("Orlov was sent to Rugby in 1840, and at Rugby he read Greek.", "Rugby"),
    ])
    func aCapitalisedNounUsedBareOrBeforeANounStaysAName(text: String, name: String) throws {
        let entities = try Self.names(text)
        #expect(entities.contains { $0.name == name }, "\(entities.map(\.name))")
    }

    @Test(arguments: [
        ("Chicago-bound", "Chicago"), ("Bolshevik-led", "Bolshevik"), ("Austria-Hungary-based", "Austria-Hungary"),
        ("Austria-Hungary", nil), ("Dorvik", nil), ("anti-Dorvik", nil),
    ] as [(String, String?)])
    func aNameJoinedToALowerCaseWordIsItsFirstPart(word: String, name: String?) {
        #expect(MentionDetector.nameInCompound(word) == name)
    }

    @Test(arguments: [
        ("austro-hungarian", true), ("german-swedish", true), ("russo-persian", true), ("stalinist", true),
        ("franco", false), ("austria-hungary", false), ("russo", false),
        ("englishman", true), ("russification", true), ("stalinization", true), ("unification", true), ("ratification", true),
    ])
    func adjectiveCompounds(word: String, adjective: Bool) {
        #expect(NameLexicon.isAdjectiveCompound(word) == adjective)
    }

    @Test func aCompoundAdjectiveNamesItsFirstPart() {
        let index = EntityTests.index("Orlov boarded a Dorvik-bound train with Austro-Hungarian papers.")
        #expect(index.entity(named: "Dorvik")?.name == "Dorvik")
        #expect(!index.entities.contains { $0.name.contains("-") }, "\(index.entities.map(\.name))")
    }
}
