import Testing
@testable import AnnalsCore

/// What kind a name is, read from the words around and inside it: its list, a class of
/// people's possessive, an office, a kind of writing, a place with adjectives, initials.
struct NameKindTests {
    @Test func aNameInAListOfPlacesIsAPlace() {
        // "Velmark" and "Orskoye" have nothing of their own to say what they are.
        let index = EntityTests.index("His armies held Moscow, Kiev, Velmark, Orskoye and Riga by the spring.")
        #expect(index.entity(named: "Velmark")?.type == .place)
        #expect(index.entity(named: "Orskoye")?.type == .place)
    }

    @Test func aListOfMixedKindsLeavesItsNamesAlone() {
        let index = EntityTests.index("In Dorvik he met Ivan Orlov, Pyotr Velinsky, and Varnholm.")
        #expect(index.entity(named: "Varnholm")?.type != .person || index.entity(named: "Ivan Orlov")?.type == .person)
        #expect(index.entity(named: "Ivan Orlov")?.type == .person)
    }

    @Test(arguments: [
        ("She joined the Women's Peace League in Dorvik.", "Women's Peace League", EntityType.org),
        ("He read a report to the First Veltic Writers' Congress in 1934.", "First Veltic Writers' Congress", .event),
        ("Orlov headed the Workers' and Peasants' Inspectorate of Dorvik.", "Workers' and Peasants' Inspectorate of Dorvik", .org),
    ])
    func aClassOfPeoplesPossessiveIsPartOfABodysName(text: String, name: String, type: EntityType) {
        #expect(EntityTests.index(text).entity(named: name)?.type == type)
    }

    /// The object of a verb of writing, in capitals, is a title, a subtitle after its colon too.
    @Test(arguments: [
        ("In prison Orlov wrote Bread and Salt: Notes from Dorvik.", "Bread and Salt: Notes from Dorvik", EntityType.work),
        ("In 1911 she published Velmar Review in Dorvik.", "Velmar Review", .work),
        ("Orlov wrote Velinsky a letter about the strike.", "Velinsky", .person),
    ])
    func theObjectOfAVerbOfWritingIsATitle(text: String, name: String, type: EntityType) {
        let index = EntityTests.index("Orlov\n\n" + text)
        #expect(index.entity(named: name)?.type == type, "\(index.entities.map(\.name))")
    }

    /// A name ending in a plural noun for followers or partisans names people, whatever the
    /// recognizer makes of it; a word like "various" before it is none of the name.
    @Test(arguments: [
        ("They met the Left Velmar-Revolutionaries in May.", "Left Velmar-Revolutionaries"),
        ("The Orsk Democrats left the coalition.", "Orsk Democrats"),
        ("Various Orsk Democrats resigned from the council.", "Orsk Democrats"),
    ])
    func followersAreAGroup(text: String, name: String) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n" + text, title: "Orlov")
        #expect(index.entity(named: name)?.type == .group, "\(index.entities.map { ($0.name, $0.type) })")
        #expect(index.entity(named: name)?.name == name)
    }

    /// What the words around a name, or its own make-up, say it is.
    @Test(arguments: [
        ("He was crowned Tsar of all the Russias in Velno.", "Russias", EntityType.place),
        ("The army spent a week conquering Velmarsk before the thaw.", "Velmarsk", .place),
        ("In 1920 she joined the Communist Party USA at once.", "Communist Party USA", .org),
        ("In 1850 Pierre-Joseph Velmont wrote about property.", "Pierre-Joseph Velmont", .person),
        ("Thousands died in the Red Terror that followed.", "Red Terror", .event),
        ("After losing the south, the Velmarids were forced to hand over land.", "Velmarids", .group),
        ("That year she and Orlov organized the No Conscription League of Velno.", "No Conscription League of Velno", .org),
        ("Later, in a letter, Velinsky declined to support her.", "Velinsky", .person),
        ("They include the poems The Grey Shore, Velmarsk and the unfinished novel Orsk.", "Velmarsk", .work),
        ("He was heard in the radio plays Ivan Orlov: The Gamblers and Ivan Orlov: The Queen of Velno last year.",
         "Ivan Orlov: The Queen of Velno", .work),
        ("Later they tried to capture Velmar-ruled Orskia in the spring.", "Orskia", .place),
        ("In 1700 he ruled the Tsardom of Velmar alone.", "Tsardom of Velmar", .place),
        ("It is a character in Ivan Orlov's Velmar Cycle of novels.", "Velmar Cycle", .work),
        ("In Velno he used Velmar University's library for a year.", "Velmar University", .org),
        ("He wrote a commentary on the New Testament in Velno.", "New Testament", .work),
        ("The Velno Tribune reported the strike at once.", "Velno Tribune", .work),
        ("In 1921 came the New Velmar Policy and trade revived.", "New Velmar Policy", .work),
        ("During the famine, Patriarch Velimir called on the churches to help.", "Velimir", .person),
        ("He joined the board of Velno Zhizn (New Velno), a radical newspaper run by Orlov.", "Velno Zhizn", .work),
        ("He asked them to sing the “Velmar Hymn” of Dr. Orlov every evening.", "Velmar Hymn", .work),
        ("In 1998 Velmar magazine named him one of its heroes.", "Velmar", .work),
        ("His family seemed to place St. Paul above St. John in those years.", "St. John", .person),
        ("In 1901 she moved to St. Paul, Minnesota, for a year.", "St. Paul", .place),
        ("She gave a lecture tour that ended in San Diego that spring.", "San Diego", .place),
        ("In 1725 the building of Velmarhof, a palace near Velno, began.", "Velmarhof", .place),
        ("Russia fought the Velmar–Orskian War for two years.", "Velmar–Orskian War", .event),
        ("In May the army launched Operation Velmarschlag in the north.", "Operation Velmarschlag", .event),
        ("The quarrel between the Velinsky and Orlavin families grew.", "Orlavin families", .group),
        ("She is a character in two musicals, Velmar and Orskians, on Broadway.", "Orskians", .work),
        ("Orlov asked him to write an article, Velmarism and the National Question, at once.", "Velmarism and the National Question", .work),
        ("He linked his circle and Liberation of Labour, a group of Velmar émigrés.", "Liberation of Labour", .org),
        ("Historian J. Arch Velinsky remarked on the strike.", "J. Arch Velinsky", .person),
        // A capitalised article inside a sentence opens a title that goes on across "of".
        ("As she wrote in \"The Theory of Velmar Violence\": \"nothing stays\".", "The Theory of Velmar Violence", .work),
        ("He wrote the popular primer The ABC of Velmarism (with Orlov, 1919).", "The ABC of Velmarism", .work),
        ("It appears in the third novel, The System of the Velno.", "The System of the Velno", .work),
        ("He wrote the more academic Economics of the Velno Period (1920) in prison.", "Economics of the Velno Period", .work),
        // Quotation marks inside a title, and a title a comma cuts in two after a singular cue.
        ("He wrote the tract What the \"Friends of Velno\" Are and How They Fight the Orskians.",
         "What the \"Friends of Velno\" Are and How They Fight the Orskians", .work),
        ("In 1904 he published the tract One Step Forward, Two Steps Back.", "One Step Forward, Two Steps Back", .work),
        // A day of the week is a paper's own first word, not a date, after "the" or "and".
        ("The Velno Herald and the Saturday Velmar Gazette both praised it.", "Saturday Velmar Gazette", .work),
        // A treaty is a writing, named either way round.
        ("In the ensuing Treaty of Velno, Orlov returned the ports; the Velno Treaty held.", "Treaty of Velno", .work),
        // A capitalised article inside a sentence opens a title; not after a body's noun or "known as".
        ("Orlov wrote for The Velmar Monthly in May.", "The Velmar Monthly", .work),
        ("It was later performed by her new band The Velno Brothers in Orsk.", "Velno Brothers", .org),
        ("The three women became known as \"The Velmar Three\" in prison.", "Velmar Three", .org),
        // What a writer for papers writes for is a paper, unless a body's head noun ends it.
        ("She was visited by Nellie Bly, a reporter for the Velno World, in May.", "Velno World", .work),
        ("He was a correspondent for the Velno Press Agency in May.", "Velno Press Agency", .org),
        // A person's name after an article and adjectives is a name all the same.
        ("It was a young Velinsky who came to Orsk.", "Velinsky", .person),
        ("He had an older brother named Frank and three sisters.", "Frank", .person),
        // A word of doctrine before a surname describes the person; two given names share one surname.
        ("Soon the pro-Bolshevik Marxist Velinsky was elected leader.", "Velinsky", .person),
        ("She read Mary Orlavina and stayed with Mary and Abe Velmont, an anarchist couple.", "Mary Velmont", .person),
        // A writing WordNet knows by name.
        ("He read the Psalms every evening.", "Psalms", .work),
        // A book cited by chapter and verse.
        ("He observed that in Velmarians 9:20 and 13:2 there is a declaration.", "Velmarians", .work),
        // A scare, an incident, an explosion, like a panic or a terror, is something that happened.
        ("Orlov was released during the Velnian Red Scare of 1919.", "Velnian Red Scare", .event),
        ("It lasted until the Velmar Incident, when Orlov was forced to act.", "Velmar Incident", .event),
        // A place's first word; a quoted name its head noun types.
        ("The armistice was signed in the Villa Orlova near Velno.", "Villa Orlova", .place),
        ("Later Orozco took Ciudad Velmar in May.", "Ciudad Velmar", .place),
        ("The army launched the \"Fatherland Velmar War\" with an attack.", "Fatherland Velmar War", .event),
        ("The \"Committee of Thirty\", a body of liberal Velnians, met Orlov.", "Committee of Thirty", .org),
        // Names in a list before a plural place noun.
        ("Air strikes hit targets in the Qandar, Zapol, Avashin and Hakurk regions.", "Zapol", .place),
        // An office "of" a department, a hyphenated title, an abbreviated rank: titles before a person's name.
        ("The group was led by former US Secretary of State Pavel Velinsky and others.", "Pavel Velinsky", .person),
        ("The Minister of Foreign Affairs Pavel Velinsky resigned in May.", "Pavel Velinsky", .person),
        ("Orlov resisted General-in-Chief Velinsky's orders.", "Velinsky", .person),
        ("He was greeted by the former Secretary-General of the Velmar League, Pavel Velinsky.", "Velmar League", .org),
        ("Maj. Gen. Nathaniel P. Velmar was to capture the port.", "Nathaniel P. Velmar", .person),
        // A title ending in an office's word before a given name or an initial is an apposition, whatever it opens with.
        ("In July 1860, Velmar Deputy Administrator Pavel K. Velinsky announced the plan.", "Pavel K. Velinsky", .person),
        ("Orlov replaced Associate Administrator D. Brainerd Velmont in May.", "D. Brainerd Velmont", .person),
        ("The team was chosen by Manned Space Flight Administrator George Velinsky.", "George Velinsky", .person),
        ("Orlov was made commander of the Allied Expeditionary Force in May.", "Allied Expeditionary Force", .org),
        // What is taken is a place where the gazetteer knows a town by that name; else whoever the recognizer reads.
        ("After a week the division took Tikrit and moved north.", "Tikrit", .place),
        ("After a week the division captured Velinsky and moved north.", "Velinsky", .person),
        // Reports, resolutions, accords and doctrines are writings; "on" before a date is the date's.
        ("The Velmar Commission Report was released in May.", "Velmar Commission Report", .work),
        ("Congress passed the Velinsky-Orlov Resolution on July 25, 1861.", "Velinsky-Orlov Resolution", .work),
        // Relatives listed after their noun; a people after "tribe"; a princely title's realm.
        ("Orlov had an older brother named Dane and three sisters, Milka, Angelina and Velmara.", "Velmara", .person),
        ("Orlov became Khan of his own tribe, the Jadaran.", "Jadaran", .group),
        ("In October 1529, Philip I, Landgrave of Velmaria, convoked an assembly.", "Velmaria", .place),
        // A gloss in brackets between a word for a writing and its title; a role before a comma; a prefix's hyphen.
        ("The Pope warned Orlov with the papal bull (edict) Velmar Domine that he risked much.", "Velmar Domine", .work),
        ("Orlov invited a Khitan prince, Velmarai, who worked for the court.", "Velmarai", .person),
        ("Orlov wrote about the post-Velmar War environment.", "Velmar War", .event),
        // A plural common noun after a possessive is a title; a hyphenated rank before a name; a year is no count.
        ("The modern reader of Tom Velinsky’s Schooldays searches in vain.", "Tom Velinsky’s Schooldays", .work),
        ("Later in court, Detective-Sergeant Charles Velmar offered another version.", "Charles Velmar", .person),
        ("In 1921 Velinsky met Orlov in Velno.", "Velinsky", .person),
        ("In the novel she found a role model in the protagonist Velmara.", "Velmara", .person),
        // A surname in the plural is a family.
        ("Power passed to Sophia, the Velinskys and their allies.", "Velinskys", .group),
        // Country initials.
        ("Orlov spoke on behalf of the UAE at the meeting.", "UAE", .place),
        // The first of a list of titles right after a plural word for writings and its comma.
        ("Orlov has been a character in two stage musicals, Velmarine and Orskova.", "Velmarine", .work),
        // One word before a gathering's noun in lower case is where it met.
        ("At a Velnitz conference they agreed to found a paper.", "Velnitz", .place),
        // A writing named by whom it addresses.
        ("He doubted who wrote the Epistle to the Velmarians.", "Epistle to the Velmarians", .work),
        ("Orlov dictated his Letter to the Congress in May.", "Letter to the Congress", .work),
        // A doctrine and a nation before a given name and a surname that no list knows.
        ("In Velno he befriended the French Bolshevik Ilvessa Varnaud at once.", "Ilvessa Varnaud", .person),
        // A title or a role in the plural names a group; adjectives before a noun for someone, an epithet.
        ("He read the writings of the Velmarian Fathers, and began a commentary.", "Velmarian Fathers", .group),
        ("In his letter, Orlov called him the Golden Boy of the party.", "Golden Boy", .person),
        // A journey's end; a title after a plural word for writings and a comma; a title's realm GeoNames knows.
        ("Orlov escaped in disguise, relocating to Velnask at once.", "Velnask", .place),
        ("She edited a book of his writing and speeches, Velmar Speaks. It sold well.", "Velmar Speaks", .work),
        ("Orlov spoke on behalf of the Archbishop of Trier in May.", "Trier", .place),
        ("He thought the Greek Tragedians greatly overrated.", "Greek Tragedians", .group),
        // A possessive after a word for writings and a comma owns what follows, and is no title;
        // a name after a word describing the noun that follows is that noun's modifier.
        ("More than his writing the Theses, Orlov's quarrel with the church made him famous.", "Orlov", .person),
        ("The choir sang a five-stanza Reformation hymn at the service.", "Reformation", .event),
        ("In May Orlov abolished the Table of Ranks.", "Table of Ranks", .work),
        // A congress named alone or by its nation is a legislature; a project is an event.
        ("Shortly afterward, Congress passed the Velmar Act.", "Congress", .org),
        ("In 1776 Orlov sat in the Continental Congress for a year.", "Continental Congress", .org),
        ("At their 7th Congress in March 1918, the Velmarists voted.", "Congress", .event),
        // A school's form, after an ordinal, is a body of pupils, no place.
        ("Every boy in the Sixth Form became a monitor at Velno.", "Sixth Form", .org),
        ("In 1961 Orlov launched Project Velmar at once.", "Project Velmar", .event),
    ])
    func whatTheWordsAroundOrInsideSay(text: String, name: String, type: EntityType) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n" + text, title: "Orlov")
        #expect(index.entity(named: name)?.type == type, "\(index.entities.map { ($0.name, $0.type) })")
        #expect(index.entity(named: name)?.name == name)
    }

    /// A name before a plural word for writings is where they come from, not their title.
    @Test func aListAfterPluralWritingsMustFollowThem() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn prison he wrote a novel, a collection of poems, and Velmarism and Its Culture.", title: "Orlov")
        #expect(index.entity(named: "Its Culture") == nil, "\(index.entities.map(\.name))")
    }

    /// The family is named apart from the surname alone, which stays its best-known bearer's.
    @Test func aFamilyKeepsItsNoun() throws {
        let index = try UnkeptKindTests.recognized("""
            Ivan Velinsky

            Ivan Velinsky was born in Velno. In 1862 the Velinsky family moved to Orsk. Velinsky studied there. Velinsky left.
            """, title: "Ivan Velinsky")
        #expect(index.entity(named: "Velinsky")?.name == "Ivan Velinsky")
        #expect(index.entity(named: "Velinsky family")?.type == .group)
    }

    @Test func aNameBeforePluralWritingsIsNoTitle() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nShe has been a character in two Velmarway musicals since then.", title: "Orlov")
        #expect(index.entity(named: "Velmarway")?.type != .work)
    }

    @Test(arguments: [("Russian-ruled", true), ("Bolshevik-led", true), ("German-born", true), ("Soviet-occupied", true),
                      ("Fifty-first", false), ("Austria-Hungary", false), ("Chicago-bound", false), ("Brest-Litovsk", false)])
    func aNameJoinedToAParticipleDescribes(word: String, describes: Bool) {
        let text = ScalarText(word)
        let token = ReaderToken(kind: .word, range: TextRange(start: 0, end: text.count), text: word.lowercased(), isCapitalized: true)
        #expect(MentionDetector.describesWithParticiple(token, in: text) == describes)
    }

    /// A title cited later by its main title alone is the same work.
    @Test func aMainTitleAloneNamesItsWork() {
        let index = EntityTests.index("Orlov\n\nHe wrote the memoir Grey Days: An Attempt at a Life (1930). Later the book Grey Days sold well.")
        #expect(index.entity(named: "Grey Days")?.name == "Grey Days: An Attempt at a Life")
    }

    /// A title cited later by its subtitle alone is the same work.
    @Test func aSubtitleAloneNamesItsWork() {
        let index = EntityTests.index("Orlov\n\nIn prison Orlov wrote Bread and Salt: Notes from Dorvik. The essay \"Notes from Dorvik\" was read widely.")
        let work = index.entity(named: "Notes from Dorvik")
        #expect(work?.name == "Bread and Salt: Notes from Dorvik" && work?.type == .work)
    }

    @Test func aPersonsPossessiveEndsTheName() {
        let index = EntityTests.index("Orlov's Testament was read aloud in Dorvik.")
        #expect(!index.entities.contains { $0.name.contains("Orlov") && $0.name.contains("Testament") })
    }

    @Test(arguments: [
        ("Peter made war on the Crimean Khan and his overlord.", "Crimean Khan"),
        ("The traditional leader of the Church was the Patriarch of Dorvik.", "Patriarch of Dorvik"),
        ("Envoys were sent to the Ottoman Sultan in 1700.", "Ottoman Sultan"),
    ])
    func anOfficeIsNoEntity(text: String, name: String) {
        #expect(EntityTests.index(text).entity(named: name)?.name != name)
    }

    @Test(arguments: [
        ("They hoped to be rid of the Velmarian Creed for good.", "Velmarian Creed", EntityType.work),
        ("His Dorvik History, he said, was the work of his life.", "Dorvik History", .work),
        ("Under Imperial Russia the serfs of Dorvik were many.", "Imperial Russia", .place),
        ("At the meeting of the C.C. the vote was lost.", "C.C", .org),
        ("Cases went to the People's Courts of Dorvik.", "People's Courts of Dorvik", .org),
        ("She was tried under the Velmar Law in 1915.", "Velmar Law", .work),
        ("Orlov chaired Sovnarkom until 1924.", "Sovnarkom", .org),
        ("Orlov read a radical publication called Velmarsk every week.", "Velmarsk", .work),
        ("I remain, my dear Varnholm, yours truly.", "Varnholm", .person),
        ("Orlov asked the US government for a visa.", "US", .place),
        ("The camps were run by a new government agency, Velgulag.", "Velgulag", .org),
    ])
    func kindsOfWritingPlacesAndInitials(text: String, name: String, type: EntityType) {
        #expect(EntityTests.index(text).entity(named: name)?.type == type)
    }

    @Test func aDecreeOnSomethingIsAWork() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nIn 1917 Orlov signed the Decree on the Press in Dorvik.", title: "Orlov")
        #expect(index.entity(named: "Decree on the Press")?.type == .work)
    }

    @Test func aDateAfterAWritingsNameIsNotPartOfIt() {
        let index = EntityTests.index("He offered an armistice in his Decree on Peace of November 1917, and the Revolution of February 1917 was over.")
        #expect(index.entities.contains { $0.name == "Decree on Peace" && $0.type == .work })
        #expect(index.entities.contains { $0.name == "Revolution of February" })
    }

    @Test func aPlaceRenamedIsTheFirstOfItsChainNotItsRegion() {
        let index = EntityTests.index("Orlov was born in Velno, Russian Empire (now Velnas, Lithuania) in 1869.")
        let town = index.entity(named: "Velnas")
        #expect(town?.id == index.entity(named: "Velno")?.id)
        #expect(index.entity(named: "Russian Empire")?.id != town?.id)
    }

    @Test func aWordDescribingPeopleIsNoSurname() {
        // "an Old Bolshevik" read as a person's name must not make "Bolshevik" a surname.
        var start = 0
        func mention(_ surface: String, _ cue: EntityType?) -> EntityMention {
            defer { start += surface.count + 2 }
            return EntityMention(document: 0, range: TextRange(start: start, end: start + surface.count), surface: surface, cue: cue,
                                 isStrongCue: cue != nil, opensSentence: false)
        }
        let mentions = [mention("Ivan Old Bolshevik", .person), mention("Old Bolshevik", .person), mention("Old Bolsheviks", .person),
                        mention("Bolshevik", nil), mention("Bolshevik", nil)]
        let index = EntityIndex(names: [DocumentNames(mentions: mentions, evidence: [], pronouns: 0)], titles: ["Orlov"])
        let merges = index.entities.flatMap(\.merges)
        #expect(!merges.contains { $0.rule.hasPrefix("surname alone") || $0.rule.hasPrefix("same surname") }, "\(merges)")
    }

    @Test(arguments: ["He was the first senior Narodnik to agree.", "Narodnik rule ended in the spring.", "A Narodnik spoke."])
    func oneOfAPartysFollowersNamesTheParty(sentence: String) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nThe Narodniks met in Velno. \(sentence) The Narodniks left.", title: "Orlov")
        let party = try #require(index.entity(named: "Narodniks"))
        #expect(party.mentions.count == 3 && party.type != .person, "\(index.entities.map { ($0.name, $0.type, $0.mentions.count) })")
    }
}
