import Testing
@testable import AnnalsCore

/// The guards that keep people apart when their names look alike: a monarch's name is the
/// whole of it, a saint is not a namesake, initials are no person's. Read as ingest reads,
/// with the trained recognizer.
struct NameGuardTests {
    @Test func aRegnalNumberIsNoSurname() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nHis title was recognized by Frederick William I of Prussia, and Frederick I of Sweden. Frederick William I died.", title: "Orlov")
        let william = index.entity(named: "Frederick William I"), frederick = index.entity(named: "Frederick I")
        #expect(william != nil && frederick != nil && william?.id != frederick?.id, "\(index.entities.map(\.name))")
    }

    @Test func oneMonarchInTwoTransliterations() {
        let index = EntityTests.index("Orlov\n\nPeter I of Velmar was crowned. Pyotr I built the fleet.")
        #expect(index.entity(named: "Pyotr I")?.id == index.entity(named: "Peter I")?.id)
    }

    @Test(arguments: [("Saint Peter", "Peter Orlov"), ("St. Peter", "Peter Orlov")])
    func aSaintIsNotANamesake(saint: String, person: String) throws {
        let index = try UnkeptKindTests.recognized("Peter Orlov\n\nPeter Orlov founded a city. It was named after \(saint). Peter Orlov prayed there. Peter left.", title: "Peter Orlov")
        #expect(index.entity(named: person)?.names.contains { $0.hasSuffix("Peter") && $0 != "Peter" } == false,
                "\(index.entity(named: person)?.names ?? [])")
    }

    @Test func initialsAreNoPersonsName() {
        let index = EntityTests.index("Orlov\n\nAlexander Bekovich-Cherkassky led the march. Orlov wrote The ABC of Velmarism. The ABC sold well.")
        #expect(index.entity(named: "Alexander Bekovich-Cherkassky")?.names.contains("ABC") == false)
    }

    /// A lone word the surname rule gives one person is not then another's given name: two people stay two.
    @Test func aWordIsEitherASurnameOrAGivenNameNotBoth() {
        let index = EntityTests.index("Orlov\n\nWomen such as Pauline Leon marched. Leon spoke first. Later Leon Velski led the army. Leon Velski won.")
        let pauline = index.entity(named: "Pauline Leon"), velski = index.entity(named: "Leon Velski")
        #expect(pauline != nil && velski != nil && pauline?.id != velski?.id, "\(index.entities.map(\.names))")
    }

    /// A town's name is no body's short name: "at Velmark" and "the Velmark Movement" stay two.
    @Test func aTownIsNoMovementsShortName() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nOrlov studied at Velmark for three years. Later he joined the Velmark Movement with friends.", title: "Orlov")
        #expect(index.entity(named: "Velmark Movement")?.names.contains("Velmark") == false, "\(index.entities.map(\.names))")
    }

    /// A follower's word or a body's name before a gathering's noun is no place where it met.
    @Test func aGatheringOfFollowersOrOfABodyMetNowhereByThatName() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn May the Bolshevik conference opened. The Comintern congress met in June.", title: "Orlov")
        #expect(index.entity(named: "Bolshevik")?.type != .place, "\(index.entities.map { ($0.name, $0.type) })")
        #expect(index.entity(named: "Comintern")?.type == .org, "\(index.entities.map { ($0.name, $0.type) })")
    }

    /// A surname alone after the full name is that person, whatever body the recognizer takes it for.
    @Test func aSurnameAfterTheFullNameIsThatPerson() throws {
        let index = try UnkeptKindTests.recognized("""
            Orlov\n\nIn Velno he befriended the French Bolshevik Ilvessa Varnaud at once. Orlov was visited at the \
            Kremlin by Varnaud, who was in poor health. Varnaud has been called his only close friend.
            """, title: "Orlov")
        #expect(index.entity(named: "Ilvessa Varnaud")?.mentions.count == 3, "\(index.entities.map { ($0.name, $0.type, $0.mentions.count) })")
    }

    /// A surname in brackets after a body's name is the person who heads it, no other name of the body.
    @Test func aHeadsSurnameInBracketsIsNoNameOfTheBody() throws {
        let index = try UnkeptKindTests.recognized("""
            Orlov\n\nOrlov chose Pavel Dorin to run the new centre. The directors of the Velmar Research \
            Center (Dorin) and the Orsk Flight Center reported to Orlov.
            """, title: "Orlov")
        let center = try #require(index.entity(named: "Velmar Research Center"), "\(index.entities.map(\.name))")
        #expect(!center.names.contains("Dorin"), "\(center.names)")
    }

    /// A word for a writing that itself describes the noun after it names no writing ("a review board").
    @Test func aWritingsWordBeforeAnotherNounMakesNoTitle() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn May another Velmar review board was convened in Velno.", title: "Orlov")
        #expect(index.entity(named: "Velmar")?.type != .work, "\(index.entities.map { ($0.name, $0.type) })")
    }

    /// English gives no one's name an article: right after "the", a name is a people's or a
    /// thing's, never someone's (an epithet's "the" and a name describing the noun after it aside).
    @Test func aNameAfterTheIsNoOnesName() throws {
        let index = try UnkeptKindTests.recognized("""
            Orlov\n\nIn 1698 the Velnitsy rebelled against Orlov. Later the Pasko Brovin arrived in Velno. \
            The Orlov archive opened. The Tolvaks fled. Orlov the Great died.
            """, title: "Orlov")
        let entities = "\(index.entities.map { ($0.name, $0.type) })"
        #expect(index.entity(named: "Velnitsy")?.type != .person, "\(entities)")
        #expect(index.entity(named: "Pasko Brovin") == nil, "\(entities)")
        #expect(index.entity(named: "Tolvaks")?.type != .person, "\(entities)")
        #expect(index.entity(named: "Orlov")?.mentions.count == 3, "\(entities)")
    }

    /// A title spelled like someone's name is a second thing: the song and the woman stay two,
    /// each with its own mentions; a paper some mentions read as someone stays one thing.
    @Test func aTitleSpelledLikeSomeoneIsASecondThing() throws {
        let index = try UnkeptKindTests.recognized("""
            Orlov\n\nIn 1910 Orlov met the anarchist Velna Dorsk in Velno. Years later the band wrote the song \
            "Velna Dorsk" about her. Dorsk had died in 1912.
            """, title: "Orlov")
        let named = index.entities.filter { $0.names.contains("Velna Dorsk") }.sorted { $0.type.rawValue < $1.type.rawValue }
        #expect(named.map(\.type) == [.person, .work], "\(index.entities.map { ($0.name, $0.type) })")
        #expect(named.map(\.mentions.count) == [2, 1])
        #expect(index.entity(named: "Velna Dorsk")?.type == .person)
    }

    /// A given name alone joins the one person so named only where it is written mostly in that
    /// person's document or in one on the same subject: a brother in one life is no namesake in another.
    @Test(arguments: [("Orlov", false), ("Dorsk", true)])
    func aGivenNameAloneStaysInItsOwnStory(secondTitle: String, apart: Bool) throws {
        let pipeline = try AnalysisPipeline.shipped()
        let texts = [("Orlov", "Orlov\n\nOrlov had a younger brother, Herman. Herman died young in Velno."),
                     (secondTitle, "\(secondTitle)\n\nIn 1890 Herman Velsky studied in Orsk. Herman Velsky died in 1901.")]
        let names = texts.enumerated().map { number, item in
            let document = DocumentPreparer.prepare(text: item.1, sourceName: "\(number).txt", format: .plainText)
            return (pipeline.analyse(ScalarText(document.text), structure: document.structure, title: item.0).names
                    ?? DocumentNames(mentions: [], evidence: [], pronouns: 0)).numbered(number)
        }
        let index = EntityIndex(names: names, titles: texts.map(\.0))
        let full = try #require(index.entity(named: "Herman Velsky"), "\(index.entities.map(\.names))")
        #expect(full.names.contains("Herman") == !apart, "\(index.entities.map(\.names))")
    }

    /// Names listed before an adjective of nation that heads the last item stay names.
    @Test func namesListedBeforeAnAdjectiveStayNames() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn Velno he met Dorvan, Pasko Brovin and Russian workers.", title: "Orlov")
        #expect(index.entity(named: "Pasko Brovin")?.type == .person, "\(index.entities.map { ($0.name, $0.type) })")
    }

    /// A noun for a kind of person written small before a full name says whose the name is.
    @Test(arguments: ["fellow anarchist", "the chemist", "the historian", "the poet"])
    func aKindOfPersonBeforeAFullName(noun: String) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn 1910 Orlov met \(noun) Velna de Dorsk in Velno.", title: "Orlov")
        let velna = index.entities.first { $0.names.contains("Velna de Dorsk") }
        #expect(velna?.type == .person, "\(index.entities.map { ($0.name, $0.type) })")
    }

    /// Strong cues decide a name's type, unless they are a few slips among many mentions read as another.
    @Test(arguments: [
        ([EntityType.work: 6], [EntityType.work: 6, .person: 240], EntityType.person),
        ([.work: 6], [.work: 6, .person: 30], .work),
        ([.work: 3, .person: 3], [.work: 3, .person: 4], .work),
        ([:], [.place: 2, .person: 1], .place),
    ])
    func aFewStrongSlipsDoNotOutweighManyMentions(strong: [EntityType: Int], all: [EntityType: Int], expected: EntityType) {
        #expect(EntityResolver.kind(strong: strong, all: all) == expected)
    }
}
