import Testing
@testable import AnnalsCore

/// The other ways English writes one name, and the shortened names of bodies: joined when
/// one known name fits, kept apart when two do or when the names are people's.
struct NameKeyTests {
    @Test(arguments: [
        ("treaty of varnholm", "varnholm treaty"), ("university of dorvik", "dorvik university"),
        ("congress of the veltic league", "veltic league congress"), ("st petersburg", "saint petersburg"),
        ("veltic labour party", "veltic labor party"), ("centre party", "center party"),
        ("dorvik uprising", "dorvik rebellion"), ("easter rising", "easter rebellion"), ("uprising", "uprising"),
        ("peace of varnholm", "varnholm treaty"), ("varnholm peace", "varnholm treaty"), ("uprising of dorvik", "dorvik rebellion"),
        // Not a head noun first, or more than one of-phrase, or "st" at the end: unchanged.
        ("catherine of velmar", "catherine of velmar"), ("council of people of velmar", "council of people of velmar"),
        ("main st", "main st"), ("dorvik", "dorvik"),
    ])
    func keys(folded: String, key: String) {
        #expect(NameKey.key(folded.split(separator: " ").map(String.init)).joined(separator: " ") == key)
    }

    /// An opening article is no part of a name's key; a lone "the", and one inside, stay.
    @Test(arguments: [("the velno times", "velno times"), ("velno times", "velno times"), ("the", "the"),
                      ("the treaty of varnholm", "varnholm treaty"), ("peter the great", "peter the great")])
    func plainKeys(folded: String, key: String) {
        #expect(NameKey.plain(folded) == key)
    }

    @Test(arguments: [
        ("comintern", "communist international", true), ("sovnarkom", "soviet narodnykh komissarov", true),
        ("komsomol", "kommunisticheski soiuz molodezhi", true),
        // Initials alone are an acronym's; letters out of order or a word left out do not fit.
        ("ci", "communist international", false), ("intercom", "communist international", false),
        ("comin", "communist international youth", false), ("leon", "leningrad oblast", false),
        ("russia", "russian army", false), ("georgia", "georgian affair", false), ("prussia", "peoples russia", false),
        ("party", "baroque cycle", false), ("mexico", "revolutionary military council", false),
    ])
    func syllabicAbbreviations(short: String, full: String, fits: Bool) {
        #expect(EntityResolver.isSyllabicAbbreviation(short, of: full.split(separator: " ")) == fits)
    }

    @Test func theTwoWritingsOfAnOfNameAreOneEntity() {
        let index = EntityTests.index("The Treaty of Varnholm ended the war in 1721. The Varnholm Treaty was signed in St. Dorvik. Saint Dorvik rejoiced.")
        #expect(index.entity(named: "Varnholm Treaty")?.id == index.entity(named: "Treaty of Varnholm")?.id)
        #expect(index.entity(named: "Saint Dorvik")?.id == index.entity(named: "St. Dorvik")?.id)
    }

    @Test func aBodyShortenedByItsOfPhraseOrBySyllablesIsTheSameBody() {
        let index = EntityTests.index("""
            In 1919 the Supreme Naval Council of the Republic met in Dorvik. The Supreme Naval Council sent ships north. \
            The Veltic Communist International met in 1920; the Velcomintern sent delegates to Dorvik.
            """)
        #expect(index.entity(named: "Supreme Naval Council")?.id == index.entity(named: "Supreme Naval Council of the Republic")?.id)
        #expect(index.entity(named: "Velcomintern")?.id == index.entity(named: "Veltic Communist International")?.id)
    }

    @Test func aShortNameTwoBodiesFitStaysApart() {
        let index = EntityTests.index("""
            The Supreme Naval Council of the Republic met in Dorvik. The Supreme Naval Council of the North met in Varnholm. \
            The Supreme Naval Council adjourned. The Red Fleet of Dorvik sailed; the Red Fleet returned.
            """)
        let short = index.entity(named: "Supreme Naval Council")?.id
        #expect(short != index.entity(named: "Supreme Naval Council of the Republic")?.id)
        #expect(short != index.entity(named: "Supreme Naval Council of the North")?.id)
        // Two words describe more bodies than they name.
        #expect(index.entity(named: "Red Fleet")?.id != index.entity(named: "Red Fleet of Dorvik")?.id)
    }
}

/// Capitalised words that name a kind or mark a calendar, not someone or something.
struct NotANameTests {
    @Test(arguments: [
        ("He was elected a Fellow of the College in 1815.", "Fellow", false),
        ("By then he had become a Conservative.", "Conservative", false),
        ("She married an Englishman and a Lutheran who lived in Dorvik.", "Lutheran", false),
        // A capitalised modifier before a noun keeps its name.
        ("At a Dorvik meeting in June the delegates split.", "Dorvik", true),
        ("Ivan Orlov was born on 22 April [O.S. 10 April] 1870 in Dorvik.", "O.S", false),
        ("The town of Dorvik was founded in the sixth century BC by traders.", "BC", false),
        ("May God keep my mind fixed on Him, wrote Ivan Orlov.", "Him", false),
        ("He signed his letters N. Orlov, and the N stood for nothing.", "N", false),
        ("In 1921 the US sent grain to Dorvik.", "US", true),
        // A month before a number is the date's: the name is the country alone.
        ("The treaty was signed with the U.S.S.R. May 1922 saw the end of the blockade.", "U.S.S.R. May", false),
        ("The treaty was signed with the U.S.S.R. May 1922 saw the end of the blockade.", "U.S.S.R.", true),
    ])
    func kindsAndMarkers(text: String, name: String, isEntity: Bool) {
        #expect((EntityTests.index(text).entity(named: name) != nil) == isEntity)
    }
}

/// People named together are a group, not a person: no births, marriages or deaths.
struct GroupTests {
    @Test func aPluralNameOfPeopleIsAGroup() throws {
        let text = "Ivan Orlov\n\nWhile the Velmarians fought the Dorvikans, Ivan Orlov founded a city. The Velmarians lost."
        let index = try UnkeptKindTests.recognized(text, title: "Ivan Orlov")
        #expect(index.entity(named: "Velmarians")?.type == .group)
        #expect(index.entity(named: "Ivan Orlov")?.type == .person)
    }
}

/// A cue for a work before a comma types the name after it only when that name is not one of a list.
struct WorkCueTests {
    @Test(arguments: [
        ("He praised his book, Dorvik Nights, in a letter.", "Dorvik Nights", EntityType.work),
        ("Many were named in the testament, Ivan Orlovsky and Pyotr Velinsky among them.", "Ivan Orlovsky", .person),
    ])
    func aCueBeforeACommaTypesOneNameNotAList(text: String, name: String, type: EntityType) {
        #expect(EntityTests.index(text).entity(named: name)?.type == type)
    }
}

/// Words describing a person before their name are not part of it.
struct DescriptorTests {
    @Test(arguments: [
        ("The Czech-Austrian Marxist Karl Orlovsky wrote back.", "Karl Orlovsky", true),
        ("Later the Russian Marxist Ivan Velinsky arrived.", "Ivan Velinsky", true),
        ("As the Biographer Pyotr Orlovsky notes, he was ill.", "Pyotr Orlovsky", true),
        ("The Georgian Bolshevik Ivan Velinsky spoke next.", "Ivan Velinsky", true),
        ("Afterward Orlovsky went home to Dorvik.", "Orlovsky", true),
        // Names that only look so: two given names, an initial, "St.".
        ("Frederick William Orlovsky ruled Dorvik.", "William Orlovsky", false),
        ("J. Edgar Velinsky signed the order.", "Edgar Velinsky", false),
    ])
    func aDescriptorBeforeAGivenNameAndSurname(text: String, name: String, isEntity: Bool) {
        #expect((EntityTests.index(text).entity(named: name)?.name == name) == isEntity)
    }
}
