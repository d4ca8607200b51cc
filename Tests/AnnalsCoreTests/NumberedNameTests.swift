import Testing
@testable import AnnalsCore

/// Numbers and ordinals in names, names shortened by their nation, and descriptors before
/// a body's name: each written as English writes it, with invented names.
struct NumberedNameTests {
    @Test(arguments: [
        ("second congress of the veltic party", "#2 veltic party congress"), ("2nd congress of the veltic party", "#2 veltic party congress"),
        ("xiith party congress", "#12 party congress"), ("twelfth party congress", "#12 party congress"),
        ("world war ii", "#2 world war"), ("second world war", "#2 world war"), ("world war i", "#1 world war"),
        // A numeral after a person's name is a regnal number, not an ordinal of a kind.
        ("catherine ii", "catherine ii"), ("1905 revolution", "1905 revolution"),
    ])
    func ordinalKeys(folded: String, key: String) {
        #expect(NameKey.key(folded.split(separator: " ").map(String.init)).joined(separator: " ") == key)
    }

    @Test(arguments: [
        ("russian social democratic labor party", "social democratic labor party"), ("1905 russian revolution", "1905 revolution"),
        ("#2 veltic german congress", nil),
        // What is left names a kind, or the adjective is no nation's.
        ("russian communist party", nil), ("german army", nil), ("christian democratic union party", nil),
    ] as [(String, String?)])
    func namesWithoutTheirNation(key: String, short: String?) {
        #expect(EntityResolver.withoutNation(key) == short)
    }

    @Test func aYearOrAnOrdinalBeforeAnEventsNameIsPartOfIt() {
        let index = EntityTests.index("""
            Orlov fought in the 1905 Revolution and then in the 1917 Revolution. He wrote of the failed 1905 German Revolution \
            in exile. After the 2nd Congress of the Veltic Labour Party Ivan Orlov left Dorvik.
            """)
        let early = index.entity(named: "1905 Revolution"), late = index.entity(named: "1917 Revolution")
        #expect(early != nil && late != nil && early?.id != late?.id)
        #expect(index.entity(named: "1905 German Revolution")?.id == early?.id)
        #expect(index.entity(named: "2nd Congress of the Veltic Labour Party")?.type == .event)
        #expect(index.entity(named: "Second Congress of the Veltic Labor Party")?.id == index.entity(named: "2nd Congress of the Veltic Labour Party")?.id)
        // A given name does not go on from a body's head noun.
        #expect(index.entity(named: "Ivan Orlov")?.type == .person)
        // Asked with a year after its first word, a name is found without it.
        #expect(index.entity(named: "1905 Revolution (1905)")?.id == early?.id)
        // A number inside the first word leaves nothing to drop (and is no endless search).
        #expect(index.entity(named: "1905-06 Revolution") == nil)
    }

    @Test func aBodyShortenedByItsNationIsTheSameBody() {
        let one = EntityTests.index("""
            The German Social Democratic Labour Party met in Dorvik. Orlov led the Social Democratic Labour Party for a year.
            """)
        #expect(one.entity(named: "Social Democratic Labour Party")?.id == one.entity(named: "German Social Democratic Labour Party")?.id)
        // Two nations' parties fit the short name: it stays apart from both.
        let two = EntityTests.index("""
            The German Social Democratic Labour Party met in Dorvik. The Austrian Social Democratic Labour Party met in Varnholm. \
            Orlov led the Social Democratic Labour Party for a year.
            """)
        let short = two.entity(named: "Social Democratic Labour Party")?.id
        #expect(short != two.entity(named: "German Social Democratic Labour Party")?.id)
        #expect(short != two.entity(named: "Austrian Social Democratic Labour Party")?.id)
    }

    @Test func aDescriptorBeforeABodysOwnNameIsNotPartOfIt() {
        let index = EntityTests.index("The Comintern met in Dorvik in 1920. Orlov broke with the Stalinist Comintern in 1928.")
        #expect(index.entity(named: "Comintern")?.mentions.count == 2)
    }

    @Test func aFullerNameWithTheSameSurnameInBracketsIsTheSamePerson() {
        let index = EntityTests.index("In 1905 Orlov-Velsky (Ivan Velsky, a printer) chaired the strike committee in Dorvik.")
        #expect(index.entity(named: "Ivan Velsky")?.id == index.entity(named: "Orlov-Velsky")?.id)
    }

    @Test func aBodysHeadNounAloneRefersBackToTheBodyJustNamed() {
        let near = EntityTests.index("Orlov led the Dorvik Workers' Union from 1890. It grew fast. The Union was banned in 1897.")
        let union = near.entity(named: "Dorvik Workers' Union")
        #expect(union?.mentions.count == 2)
        #expect(union?.name == "Dorvik Workers' Union")
        // Too far back, or a body whose one word is its own name: no reference.
        let far = EntityTests.index("""
            Orlov led the Dorvik Workers' Union from 1890. He wrote. He spoke. He travelled. He rested. He read. He slept. \
            The Union was banned in 1897. The Veltic Comintern met; the Comintern was dissolved.
            """)
        #expect(far.entity(named: "Dorvik Workers' Union")?.mentions.count == 1)
        #expect(far.entity(named: "Veltic Comintern")?.mentions.count == 1)
    }
}
