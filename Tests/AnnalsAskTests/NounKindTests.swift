import Testing
import AnnalsCore
@testable import AnnalsAsk

/// "What disease…" is answered by a phrase whose noun is a disease, by WordNet's noun hierarchy
/// (`noun-kinds.txt`); "Which continent…" by a place that is one.
struct NounKindTests {
    @Test(arguments: [
        ("cholera", "disease", true), ("volleyball", "sport", true), ("arrows", "weapon", false), ("arrow", "weapon", true),
        ("German", "language", true), ("table", "weapon", false), ("copper", "metal", true), ("copper", "disease", false),
    ])
    func aNounIsAKindOfTheAskedNoun(noun: String, asked: String, isKind: Bool) {
        #expect(NounKinds.shipped.isKind(noun, of: [asked]) == isKind)
    }

    @Test(arguments: [
        ("Asia", "continent", true as Bool?), ("Pacific", "continent", false), ("Lake Ladoga", "country", false),
        ("Portugal", "countries", true), ("Gondor", "country", nil), ("Asia", "weapon", nil),
    ])
    func aPlaceIsOfTheAskedKind(name: String, asked: String, fits: Bool?) {
        #expect(NounKinds.shipped.place(name, isA: asked) == fits)
    }

    @Test func theSpanModelPrefersAKindOfTheAskedNoun() throws {
        let answering = try WhoPhraseTests.refined("What disease killed the envoy?", "The envoy died of cholera in the spring, three weeks after the flood reached the port.")
        #expect(answering.answers.first?.text == "cholera")
    }
}
