extension MentionDetector {
    /// The type the words and their surroundings suggest, and whether the evidence is strong.
    func classify(words: [String], tokens: [ReaderToken], start: Int, end: Int, titled: Bool) -> (EntityType?, Bool) {
        guard let last = words.last, let first = words.first else { return (nil, false) }
        let joined = words.joined(separator: " ")
        if titled { return (.person, true) }
        if let previous = start > 0 ? tokens[start - 1] : nil, previous.kind == .word, NameLexicon.personTitles.contains(previous.text) {
            return (.person, true)
        }
        // "Maj. Gen. Banks": an abbreviated title and its full stop.
        if start > 1, tokens[start - 1].isMark("."), tokens[start - 2].kind == .word, NameLexicon.personTitles.contains(tokens[start - 2].text) { return (.person, true) }
        // "St. Paul above St. John": a saint's given name alone is the saint, where nothing around
        // it says a place ("in St. Paul", "St. Paul, Minnesota").
        // (English "St." and "Saint" only: "San Diego", "Santa Barbara" are towns first.)
        if words.count == 2, first == "st" || first == "saint", NameLexicon.isGivenName(last),
           !(start > 0 && tokens[start - 1].isWord("in", "at", "to", "from", "near", "of", "into")),
           !(end + 1 < tokens.count && tokens[end].isMark(",") && tokens[end + 1].isCapitalized) { return (.person, true) }
        // "the Epistle to the Hebrews", "Letter to Stalin": a writing named by whom it addresses.
        if let to = words.firstIndex(of: "to"), to > 0, NameLexicon.addressedWorks.contains(words[to - 1]) { return (.work, true) }
        // "Jeremiah v, xxii, xxx; Amos iv": a book cited by its chapters.
        if Self.citedByChapter(tokens, end: end) { return (.work, true) }
        // A quoted title, or one announced by "the newspaper", "his book"…
        // "the newspaper Pravda", "his book Stalin": the cue stands right before the title.
        if start > 0, tokens[start - 1].kind == .word, NameLexicon.workCues.contains(tokens[start - 1].text) { return (.work, true) }
        // "the papal bull (edict) Exsurge Domine": a gloss in brackets may stand between the cue and the title.
        if start > 3, tokens[start - 1].isMark(")"), let open = tokens[max(0, start - 5)..<(start - 1)].lastIndex(where: { $0.isMark("(") }), open > 0,
           tokens[open - 1].kind == .word, NameLexicon.workCues.contains(tokens[open - 1].text) { return (.work, true) }
        // "a radical publication called Freiheit": a kind of writing, a naming verb, the title.
        if start > 1, tokens[start - 1].kind == .word, NameLexicon.namingVerbs.contains(tokens[start - 1].text),
           tokens[start - 2].kind == .word, NameLexicon.workCues.contains(tokens[start - 2].text) { return (.work, true) }
        // "the poems The Bronze Horseman, Poltava and …": a later title of a list a plural word for writings opens.
        if Self.listedAfterWritings(tokens, start: start, end: end) { return (.work, true) }
        // "my dear Simpkinson": a name addressed with "dear" is a person's.
        if start > 0, tokens[start - 1].isWord("dear") { return (.person, true) }
        if namedAfterAKindOfPerson(words, tokens: tokens, start: start) { return (.person, true) }
        // "the US government": initials in capitals that name a country.
        if words.count == 1, tokens[start].isAllCapitals, NameLexicon.capitalPlaces.contains(first) { return (.place, true) }
        // "a new government agency, Gulag": an apposition after a body's or a place's noun says what the name is.
        if let kind = kindNamedBefore(tokens: tokens, start: start, end: end) { return (kind, true) }
        // "his book, Stalin": after a comma only when the name is not one of a list ("Lenin's
        // testament, Preobrazhensky and Serebriakov" names the men the testament mentions).
        // Not the subject of the verb that follows ("in a letter, Russell declined"), nor one owning
        // the noun after it ("the 95 Theses, Luther's confrontation …").
        if start > 1, tokens[start - 1].isMark(","), tokens[start - 2].kind == .word, NameLexicon.workCues.contains(tokens[start - 2].text),
           !Self.continuesAList(tokens, after: end), !tokens[end - 1].isPossessive, !tokens[start..<end].contains(where: { $0.subjectOf != nil }) {
            return (.work, true)
        }
        // A name in quotation marks is a title, unless they only mark it as what something is
        // called ("the so-called “Grand Velmar Embassy”").
        // Nor when a body's, an event's or a place's head noun heads a simple name ("the “Committee of
        // Thirty”", "launched the “Fatherland Liberation War”"; not "Lenin's “State and Revolution”").
        if start > 0, tokens[start - 1].isMark("\"", "“", "«"), end < tokens.count, tokens[end].isMark("\"", "”", "»", ","),
           words.count >= 2, !Self.isCalledName(tokens, article: start), !Self.quotedHeadedName(words, tokens: tokens, start: start) {
            return (.work, NameLexicon.workHeads.contains(last))
        }
        // "wrote for The New Yorker": a capitalised article inside a sentence opens a title,
        // unless the name is a known place's ("The Hague") or a body's, an event's or a place's
        // head noun or its followers end it ("The Salvation Army"), or it is quoted as what
        // something is called ("known as “The Three”"), or a noun before says its kind ("the band The Velnos").
        if start > 0, Self.opensTitle(tokens, at: start - 1), !NameLexicon.places.contains(joined),
           dictionary.kind(of: words.map(CommonWords.capitalised)) != .place, dictionary.kind(of: ["The"] + words.map(CommonWords.capitalised)) != .place,
           case let head = words.firstIndex(of: "of").map({ words[max(0, $0 - 1)] }) ?? last, !Self.isHeadNoun(head), !NameLexicon.isFollowers(head),
           !Self.isCalledName(tokens, article: start - 1), !Self.kindNounBefore(tokens, article: start - 1) {
            return (.work, true)
        }
        // "a reporter for the New York World": what someone writes for is a paper, unless a head noun
        // says a body's or a place's name ("a correspondent for the Associated Press") or a noun
        // follows ("editor of the Velno Party paper").
        if Self.writesFor(tokens, start: start), !Self.isHeadNoun(last), end == tokens.count || Self.followsNounPhrase(tokens[end]) { return (.work, true) }
        // "her sister Helena", "two daughters—Helena and Lena": a relative is a person.
        if Self.followsKinship(tokens, start: start) { return (.person, true) }
        // "Harper & Brothers": an ampersand joins the names of a firm.
        if tokens[start..<end].contains(where: { $0.isMark("&") }) { return (.org, true) }
        // "the Southern Front", "the Eastern Front": a theatre of war is a place, not a body like a popular front.
        if last == "front", words.count == 2, ["northern", "southern", "eastern", "western", "north-western", "south-western",
                                                "north-eastern", "south-eastern", "caucasian", "polish", "italian", "russian"].contains(first) {
            return (.place, true)
        }
        // "Sovnarkom", "the Politburo": a body the lexicon knows by its one word.
        if words.count == 1, NameLexicon.bodyNames.contains(first) { return (.org, true) }
        // "the Soviet Union", "the United States": a well-known place, whatever its last word.
        if NameLexicon.places.contains(joined) { return (.place, true) }
        // "Fort Sumter", "Lake Ladoga", "Ciudad Juárez": a place's first word, unless the last
        // is a body's, an event's or a writing's head noun ("the Port Authority").
        // Not its people ("Puerto Ricans").
        if words.count >= 2, NameLexicon.placeFronts.contains(first), !words.contains("of"), !NameLexicon.isFollowers(last), !last.hasSuffix("ans"),
           !Self.isHeadNoun(last) || NameLexicon.placeHeads.contains(last), !NameLexicon.workHeads.contains(last) { return (.place, true) }
        // "Tsar of all the Russias", "the Americas": a known place in the plural is places.
        if words.count == 1, last.hasSuffix("s"), NameLexicon.places.contains(String(last.dropLast())) { return (.place, true) }
        // "conquering Velmarsk", "besieged Orsk": what is taken or held by force is a place.
        if start > 0, tokens[start - 1].kind == .word, NameLexicon.conquestVerbs.contains(tokens[start - 1].text) { return (.place, true) }
        // "the Communist Party USA": a body's head noun, then the country it is of.
        if let head = words.lastIndex(where: NameLexicon.isOrgHead), head > 0, head + 1 < words.count,
           NameLexicon.places.contains(words[(head + 1)...].joined(separator: " ")) || NameLexicon.capitalPlaces.contains(last) { return (.org, true) }
        // "Imperial Russia", "Outer Mongolia", "Soviet Russia": a known place with adjectives before it.
        if words.count >= 2, NameLexicon.places.contains(last),
           words.dropLast().allSatisfy({ NameLexicon.isAdjective($0) || NameLexicon.placeModifiers.contains($0) }) { return (.place, true) }
        // "the Decree on Land", "Roman History", "the Athanasian Creed": a kind of writing heads the name.
        if let on = words.firstIndex(where: { $0 == "of" || $0 == "on" }), on > 0, NameLexicon.workHeads.contains(words[on - 1]) { return (.work, true) }
        if words.count >= 2, !words.contains("of"), NameLexicon.workHeads.contains(last) { return (.work, true) }
        // "the Moscow Bolsheviks", "the Left Decembrists": followers named together are a group; so
        // are a title or a role in the plural ("the Christian Fathers", "the Union Generals"), and
        // people of a nation or a creed named by their calling ("the Greek Tragedians").
        if words.count >= 2, NameLexicon.isFollowers(last) || Self.isPluralTitle(last) && !words.contains("of") || namesPeopleByCalling(words) { return (.group, true) }
        if namesSomeoneByEpithet(words) { return (.person, true) }
        // "the Miloslavskys", "the Romanovs": a surname in the plural is a family (not "the Carpathians", a place).
        if words.count == 1, start > 0, tokens[start - 1].isWord("the"), last.count > 5, last.hasSuffix("s"), !last.hasSuffix("ss"),
           Self.surnameEndings.contains(where: { last.dropLast().hasSuffix($0) }), dictionary.kind(of: [CommonWords.capitalised(last)]) != .place,
           !NameLexicon.places.contains(last) { return (.group, true) }
        // "the Naryshkin family", "the Romanov dynasty": a surname and such a word name a family.
        if words.count >= 2, Self.familyWords.contains(last) { return (.group, true) }
        // "Operation Faustschlag", "Project Apollo": a military operation or a project is an event.
        if first == "operation" || first == "project", words.count >= 2 { return (.event, true) }
        // "the US Congress": a country's congress is its legislature, a body (a party's is a meeting).
        if Self.namesALegislature(words, tokens: tokens, start: start) { return (.org, true) }
        // "Revolutionary Military Council of the Republic", "Battle of Poltava", "Commission for
        // Combating Sabotage": the noun before "of" or "for" heads the name.
        if let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 {
            let head = words[of - 1]
            if NameLexicon.isOrgHead(head) || NameLexicon.ofOrgHeads.contains(head) { return (.org, true) }
            if NameLexicon.eventHeads.contains(head) { return (.event, true) }
            if NameLexicon.placeHeads.contains(head) { return (.place, true) }
            // "the Industrial Workers of the World": a class of people before "of" heads a body.
            if of >= 2, NameLexicon.classesOfPeople.contains(head), head.hasSuffix("s") || head.hasSuffix("en") { return (.org, true) }
        }
        // A head noun alone ("the Revolution", "the Party") is strong evidence of nothing: it
        // refers back to a name, or is a common noun in capitals ("the Senate" is a name).
        if NameLexicon.eventHeads.contains(last) { return (.event, words.count >= 2 || dictionary.namesAlone(last)) }
        // "the port of Tampico", "the town of Simbirsk": a place noun and "of" before the name.
        if start > 1, tokens[start - 1].isWord("of"), tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
           NameLexicon.isPlaceNoun(tokens[start - 2].text) {
            return (.place, true)
        }
        if namesWhereItMet(words, tokens: tokens, start: start, end: end) { return (.place, true) }
        // "Preobrazhensky and Serebriakov, former secretaries of the Committee": a role in apposition names a person.
        if Self.roleNamedAfter(tokens: tokens, end: end) { return (.person, true) }
        // "the Mezhraiontsy faction", "the Mezhraiontsy, a regional organization": the noun
        // after the name, or in an apposition just after it, says what it is.
        // Not for people's names: "the Trotsky faction" is his.
        if !NameLexicon.isGivenName(first), !Self.surnameEndings.contains(where: { last.hasSuffix($0) && last.count >= 5 }),
           let kind = kindNamedAfter(tokens: tokens, start: start, end: end), kind != .group || namesAPeople(words, start: start) { return (kind, true) }
        if namesABodyByQualifiedHead(words) { return (.org, true) }
        // "the Central Committee", "the People's Courts".
        if NameLexicon.isOrgHead(last) { return (.org, words.count >= 2 || dictionary.namesAlone(last)) }
        if NameLexicon.placeHeads.contains(last), words.count >= 2 { return (.place, true) }
        // "Saints Cyril and Methodius Church": a building named for saints or people ("the
        // Russian Orthodox Church" is a body).
        if NameLexicon.possessiveHeads.contains(last), words.count >= 2,
           NameLexicon.saints.contains(first) || NameLexicon.personTitles.contains(first) { return (.place, true) }
        if words.count >= 2, NameLexicon.isGivenName(first) { return (.person, true) }
        // "C.C.", "U.S.": initials alone stand for a body's or a place's name, not a person's.
        if words.count >= 2, words.allSatisfy({ $0.count == 1 }) { return (.org, false) }
        if words.count >= 2, words.dropLast().allSatisfy({ $0.count == 1 }) { return (.person, true) }   // "J. T. Murphy"
        if words.count == 1, last.count >= 2, last.count <= 7,
           tokens[start].range.length == last.count, tokens[start].kind == .word,
           isAllCapitals(tokens, start, end) { return (.org, false) }                                      // "RSDLP", "GPU"
        // "The Russian Revolution Betrayed (1937)": a year in brackets after a title.
        if words.count >= 2, !NameLexicon.isGivenName(first), end + 2 < tokens.count, tokens[end].isMark("("), tokens[end + 1].kind == .number,
           tokens[end + 1].text.count == 4, tokens[end + 2].isMark(")") { return (.work, false) }
        // "the Testament", "the Review": a kind of writing.
        if words.count == 1, NameLexicon.workCues.contains(first) { return (.work, false) }
        // What stands before a short name says more than its spelling: "at Royan", "to the
        // Balkans" are places; "joined the Mezhraiontsy" a body (people are not "the X").
        if start > 0, words.count <= 2, !NameLexicon.isGivenName(first) {
            let before = tokens[start - 1]
            if before.isWord("in", "at", "near", "into") { return (.place, false) }
            // "co-founded Nachalo": what is founded is a body or a paper, not a person.
            if before.isWord("founded", "co-founded", "established", "launched") { return (.org, false) }
            // "exiled to Onega", "escaped to Hanover": where a journey ends.
            if before.isWord("to"), start > 1, tokens[start - 2].isWord("exiled", "banished", "deported", "moved", "fled", "escaped", "sent",
                                                                       "returned", "travelled", "traveled", "emigrated", "transferred", "went", "sailed",
                                                                       "relocated", "relocating", "moving", "returning", "fleeing", "travelling", "traveling") {
                return (.place, false)
            }
            // "the Haymarket affair": "the" is the noun's the name modifies, not the name's.
            if before.isWord("the"), !tokens[end - 1].modifiesNoun {
                let earlier = start > 1 ? tokens[start - 2] : nil
                if earlier?.isWord("in", "at", "to", "from", "into", "across", "near", "through", "toward", "towards") == true { return (.place, false) }
                return (.org, false)
            }
        }
        if Self.surnameEndings.contains(where: { last.hasSuffix($0) }), last.count >= 5 { return (.person, false) }
        if NameLexicon.isGivenName(first) { return (.person, false) }
        return (nil, false)
    }

    /// Nouns that, after a surname, name a family ("the Tesla family", "the Romanov dynasty").
    static let familyWords: Set<String> = ["family", "families", "clan", "dynasty"]

    /// Whether a token cannot go on a noun phrase: a mark, a preposition, a relative, a
    /// conjunction or an auxiliary, or a participle ("run", "based", "founded").
    static func followsNounPhrase(_ token: ReaderToken) -> Bool {
        guard token.kind == .word else { return true }
        return NameLexicon.phraseEnders.contains(token.text) || MentionDetector.titleFunctionWords.contains(token.text)
            || ["near", "outside", "inside", "beyond", "along", "across", "during", "since", "until", "within"].contains(token.text)
            || token.text.hasSuffix("ed") && token.text.count > 4
            || ["run", "led", "held", "built", "made", "known", "written", "set", "kept", "begun"].contains(token.text)
    }

    /// Whether a name is a ship's: a word for a vessel right before it ("the steamer
    /// Velmara"), or heading an apposition right after it ("Velmara, a ship the press …").
    static func namesAVessel(_ tokens: [ReaderToken], start: Int, end: Int) -> Bool {
        if start > 0, tokens[start - 1].kind == .word, NameLexicon.vessels.contains(tokens[start - 1].text) { return true }
        // "the USS Turner Joy", "HMS Dreadnought": initials before the ship's name.
        if end - start >= 2, tokens[start].isAllCapitals, NameLexicon.vesselPrefixes.contains(tokens[start].text) { return true }
        guard end + 2 < tokens.count, tokens[end].isMark(","), tokens[end + 1].isWord("a", "an", "the") else { return false }
        return (end + 2...min(end + 3, tokens.count - 1)).contains { tokens[$0].kind == .word && NameLexicon.vessels.contains(tokens[$0].text) }
    }

    /// The kind a lower-case noun right after a name gives it ("faction", "river"), or the
    /// head noun of an apposition after a comma (", a regional social democratic organization").
    func kindNamedAfter(tokens: [ReaderToken], start: Int, end: Int) -> EntityType? {
        func kind(of token: ReaderToken, right: Bool = false) -> EntityType? {
            guard token.kind == .word, !token.isCapitalized else { return nil }
            if NameLexicon.orgHeads.contains(token.text) { return .org }
            if NameLexicon.isPlaceNoun(token.text) { return .place }
            if NameLexicon.groupNouns.contains(token.text) { return .group }
            // "Novaya Zhizn (New Life), a radical legal newspaper", "Time magazine": a kind of
            // writing; right after the name, in the singular ("Broadway musicals" are of Broadway), and
            // not after a word describing the noun ("a five-stanza Reformation hymn" is no Reformation).
            // Nor when the noun itself describes another ("a NASA review board").
            if NameLexicon.workCues.contains(token.text), !right || !token.text.hasSuffix("s") && !describedBefore && !token.modifiesNoun { return .work }
            return nil
        }
        let describedBefore = Self.describedBefore(tokens, start: start)
        // "Jagellonian University's library": what a name owns is not what it is.
        guard end < tokens.count, !tokens[end - 1].isPossessive else { return nil }
        if let found = kind(of: tokens[end], right: true) { return found }
        // A rendering in brackets may stand between the name and its apposition.
        var comma = end
        if tokens[end].isMark("("), let close = tokens[end...].prefix(12).firstIndex(where: { $0.isMark(")") }) { comma = close + 1 }
        // ", a [few words] organization," — up to five words, stopping at any other mark.
        guard comma + 1 < tokens.count, tokens[comma].isMark(","), tokens[comma + 1].isWord("a", "an") else { return nil }
        let end = comma
        var k = end + 2
        while k < tokens.count, k <= end + 7, tokens[k].kind == .word {
            // The phrase's head comes before what follows it: its "of" ("a group of Russian Marxist
            // émigrés"), a participle ("a newspaper run by Gorky", "a party based in Geneva").
            if k + 1 >= tokens.count || Self.followsNounPhrase(tokens[k + 1]) { return kind(of: tokens[k]) }
            k += 1
        }
        return nil
    }

    /// Whether an apposition after the name is headed by a person's role or office: a comma,
    /// at most three lower-case words ("the", "former", "his", "two"), then the role, alone
    /// or plural, ending the phrase or taking "of" ("Lenin, the leader of the Bolsheviks",
    /// "Preobrazhensky and Serebriakov, former secretaries of the Central Committee,").
    static func roleNamedAfter(tokens: [ReaderToken], end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].isMark(",") else { return false }
        var k = end + 1
        while k < tokens.count, k <= end + 4, tokens[k].kind == .word, !tokens[k].isCapitalized {
            let word = tokens[k].text
            let singular = NameLexicon.singular(word)
            if NameLexicon.roles.contains(word) || NameLexicon.roles.contains(singular) {
                return k + 1 == tokens.count || tokens[k + 1].isWord("of") || tokens[k + 1].isMark(",", ".", ";", ")")
            }
            k += 1
        }
        return false
    }

    /// The kind a lower-case noun gives a name in apposition after it, the apposition closing
    /// its clause: "a new government agency, Gulag." is a body; "the party, Lenin said" is not read.
    func kindNamedBefore(tokens: [ReaderToken], start: Int, end: Int) -> EntityType? {
        // "his own tribe, the Jadaran": an article may open the name's phrase.
        let comma = start > 1 && tokens[start - 1].isWord("the") ? start - 2 : start - 1
        guard comma > 1, tokens[comma].isMark(","), end == tokens.count || tokens[end].isMark(".", ",", ";", ")"),
              tokens[comma - 1].kind == .word, !tokens[comma - 1].isCapitalized else { return nil }
        let noun = tokens[comma - 1].text
        // "a Khitan prince, Chu'Tsai": a role or a title before the comma names a person.
        let kind: EntityType? = NameLexicon.orgHeads.contains(noun) ? .org : NameLexicon.isPlaceNoun(noun) ? .place
            : NameLexicon.groupNouns.contains(noun) ? .group : NameLexicon.roles.contains(noun) || NameLexicon.personTitles.contains(noun) ? .person : nil
        guard let kind, ((comma - 4)...(comma - 2)).contains(where: { $0 >= 0 && tokens[$0].isWord("a", "an", "the", "his", "her", "their", "its") }) else { return nil }
        return kind
    }

    func isAllCapitals(_ tokens: [ReaderToken], _ start: Int, _ end: Int) -> Bool {
        end - start == 1 && tokens[start].isAllCapitals
    }
}
