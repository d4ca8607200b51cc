import Testing
@testable import AnnalsCore

/// Where a name begins and ends when a month, a year, a title, "of" or "and" stands inside it.
@Suite struct NameSpanTests {
    @Test(arguments: [
        ("After the March Uprising, Orlov fled to Velno.", "March Uprising", EntityType.event),
        ("After the 1921 March Uprising, Orlov fled to Velno.", "March Uprising", .event),
        ("Orlov issued the Declaration of the Rights of the Workers of Velno in May.", "Declaration of the Rights of the Workers of Velno", .work),
        ("Orlov turned the pages of Velinsky's Lexicon every morning.", "Velinsky's Lexicon", .work),
        ("Orlov was buried in Saints Cyril and Methodius Church in Velno.", "Saints Cyril and Methodius Church", .place),
        ("Orlov led the United Brotherhood of Wood and Metal Workers for a year.", "United Brotherhood of Wood and Metal Workers", .org),
        ("Orlov was head of the General Intelligence Division for a year.", "General Intelligence Division", .org),
        ("Orlov proposed a Union of Free Republics of Europe and Asia in May.", "Union of Free Republics of Europe and Asia", .org),
        ("His work earned him the Order of St. Velimir in May.", "Order of St. Velimir", .org),
        ("In May the Order of Orlov was established.", "Order of Orlov", .org),
        // The recognizer may read a body and the country it is "of" as two names; the body's name holds both.
        ("She joined the Communist Party of Great Britain in London.", "Communist Party of Great Britain", .org),
        // A book cited by its chapters in Roman numerals.
        ("He asked her to read Velnikov iii, v; and Orlavia ii, adding nothing.", "Velnikov", .work),
        ("He asked her to read Velnikov iii, v; and Orlavia ii, adding nothing.", "Orlavia", .work),
        ("Orlov lived in Velno i.e. the capital, for a year.", "Velno", .place),
        // A building's head word after a person's name: the building, named for the person.
        ("In 1990 the Anna Petrova Clinic opened in Velno.", "Anna Petrova Clinic", .place),
        // Two words joined by "and" before one head noun make one body's name.
        ("In May he joined the Velnian and Orskian International at once.", "Velnian and Orskian International", .org),
        // A body's head noun and "of" begin a name however long, as the recognizer reads it.
        ("In 1895 they named themselves the Union of Struggle for the Liberation of the Working People.",
         "Union of Struggle for the Liberation of the Working People", .org),
        // A body's head noun and "for" go on into what the body is for; plural nouns join by "and" too.
        ("In 1917 Orlov set up the Emergency Commission for Combating Counter-Revolution and Sabotage at once.",
         "Emergency Commission for Combating Counter-Revolution and Sabotage", .org),
        ("In 1890 they named themselves the League of Struggle for the Freedom of Velno in secret.",
         "League of Struggle for the Freedom of Velno", .org),
        ("He earned a degree from the College of Physicians and Surgeons of Velno in May.", "College of Physicians and Surgeons of Velno", .org),
        // An economic crisis is an event.
        ("Sales fell in the Great Depression of that decade.", "Great Depression", .event),
        // English words joined by "and" before one body's head noun; "Service" heads a body after English words only.
        ("The US Immigration and Settlement Service turned her away.", "US Immigration and Settlement Service", .org),
        ("In 1902 the historian Robert Service was born.", "Robert Service", .person),
        // A name quoted as what something is called is the whole quotation, whatever its kind.
        ("They belonged to the so-called \"Bloc of Velmarists and Orskites\" then.", "Bloc of Velmarists and Orskites", .group),
        ("The war was known as \"The Orsk Expedition of Peter the Great\", which changed things.", "Orsk Expedition of Peter the Great", .event),
        ("The so-called \"Grand Velmar Embassy\" left Velno in May.", "Grand Velmar Embassy", .org),
        // A doctrine's adjective before a nation's that opens a body's name describes the body.
        ("He became a theorist in the Marxist German Velmar Labour Party in May.", "German Velmar Labour Party", .org),
        ("In 1991 the papers went to the Velmar Centre for the Study of Recent History in Velno.", "Velmar Centre for the Study of Recent History", .org),
        // A class of people heads a body's name and goes on across "of".
        ("In 1910 Orlov spoke for the Velmar Workers of the World at once.", "Velmar Workers of the World", .org),
        // A plural's possessive goes on into a name a head noun ends; a place's owns what follows.
        ("A verse in the Velmar Engineers' Drinking Song names him.", "Velmar Engineers' Drinking Song", .work),
        ("Orlov was jailed during the United States' Velno Scare in 1919.", "Velno Scare", .event),
        // A title in quotation marks after a word for a writing.
        ("Orlov's article \"Velno—City of Victory,\" appeared in Pravda.", "Velno—City of Victory", .work),
    ])
    func oneNameWithItsInnerWords(sentence: String, name: String, type: EntityType) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n\(sentence)", title: "Orlov")
        #expect(index.entity(named: name)?.type == type, "\(index.entities.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        // A date's day of the week; an adjective joined to one of nation; rulers in the plural; a period.
        ("On Saturday Orlov left for Velno.", ["Saturday"]),
        ("He was sovereign of the Velmarian and Georgian Kings in those years.", ["Velmarian", "Kings"]),
        ("Its roots lay in the Middle Ages, long before Orlov.", ["Middle Ages"]),
        ("In that year Orlov proclaimed that the Julian Calendar was in effect.", ["Julian"]),
        // Two people's names joined before a noun; a ship.
        ("Orlov and Pavel Velinsky were allies until the Orlov-Velinsky alliance fell.", ["Orlov-Velinsky"]),
        ("A second attack was reported on the USS Velmar Joy in the same area.", ["Velmar"]),
        // A nation's adjective alone; a sentence's first word before "people".
        ("The report said an Iranian had fired first at Orlov.", ["Iranian"]),
        ("Sometimes people fled from Orlov.", ["Sometimes"]),
        // What an office is "of" in English words is a field, no realm.
        ("Orlov, former Professor of Modern History at Velno, wrote it.", ["Modern History"]),
        // A unit after a number; an adjective's ending before a noun.
        ("In turn, Orlov paid two million Velmaler to the crown.", ["Velmaler"]),
        ("It showed a religious faith in the Velmarian gospel, Orlov said.", ["Velmarian"]),
        // A kind of person after the article and words written small.
        ("He was an unemployed worker and registered Republican with a history of illness.", ["Republican"]),
        ("An old Velmarian who had been under Orlov wrote it.", ["Velmarian"]),
        // The deity's names.
        ("He treated the boys as Jehovah had treated his people.", ["Jehovah"]),
        // A weekday alone is a date; a head noun alone that only GeoNames writes in capitals is a common noun.
        ("Every Sunday afternoon Orlov read to the boys.", ["Sunday"]),
        ("But the star of Orlov was rising at the University in those years.", ["University"]),
        // A wish after an abbreviation's full stop is a sentence of its own, no name's end.
        ("He ended his letter to the U.S.S.R. May this trial be the last.", ["May"]),
        // Words listed with a lone adjective of nation before a noun are adjectives; a prize is no entity.
        ("Some said he was of Russian, Dorvan, or Orskin ancestry.", ["Dorvan", "Orskin"]),
        ("The French author and Velmar laureate Pasko Brovin wrote to him.", ["Velmar"]),
        ("In 1982 she won an Orsk Award for the part.", ["Orsk"]),
        // A quoted name right after "the" is no one's.
        ("Then Mrs. Orlov read from the Prayerbook the “Visitation of the Sick,” her husband listening.", ["Visitation"]),
    ])
    func wordsThatNameNothing(sentence: String, words: [String]) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n\(sentence)", title: "Orlov")
        for word in words { #expect(!index.entities.contains { $0.name.contains(word) }, "\(index.entities.map { ($0.name, $0.type) })") }
    }

    /// "I" after a name is a regnal number only when it is not the subject of a verb.
    @Test func thePronounIEndsAName() throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\nHe wrote to Orlov: \"For the sake of Velinsky I am asking you for mercy.\" Peter I was crowned.", title: "Orlov")
        let names = index.entities.flatMap(\.names)
        #expect(names.contains("Velinsky") && !names.contains("Velinsky I") && names.contains("Peter I"), "\(names)")
    }

    @Test(arguments: [
        ("The Ministry of War and Orlov agreed in May.", "Ministry of War"),
        ("Orlov wrote to the Great Velnian Emperor in May.", "Orlov"),
    ])
    func namesThatStopBeforeAnotherWord(sentence: String, name: String) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n\(sentence)", title: "Orlov")
        #expect(index.entity(named: name) != nil, "\(index.entities.map { ($0.name, $0.type) })")
        #expect(!index.entities.contains { $0.name.contains(" and Orlov") || ($0.name.hasSuffix("Velnian") && $0.type == .person) },
                "\(index.entities.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        ("He was Duke of Velnar, King of Grodek and Tsar of Orsk.", ["Velnar", "Grodek", "Orsk"], EntityType.place),
        ("The pamphlets reached Tasmania by sea.", ["Tasmania"], .place),
        ("In exile Orlov read Montesquieu.", ["Montesquieu"], .person),
        // A role in apposition after a name: the name is a person's, whatever else it could be.
        ("Orlov and Pskov, former secretaries of the Committee, were expelled.", ["Pskov"], .person),
        ("The Committee expelled Velno, the leader of the Union.", ["Velno"], .person),
    ])
    func whatATitleRulesAndWhatTheDictionaryKnows(sentence: String, names: [String], type: EntityType) throws {
        let index = try UnkeptKindTests.recognized("Orlov\n\n\(sentence)", title: "Orlov")
        for name in names { #expect(index.entity(named: name)?.type == type, "\(index.entities.map { ($0.name, $0.type) })") }
        #expect(!index.entities.contains { $0.name.contains(" and ") })
    }
}
