import Foundation
import AnnalsGrammar

/// General knowledge about names that an entity engine needs: titles, cue words,
/// well-known places, given-name variants across transliterations, and folding of
/// spelling variants. Nothing here is specific to one corpus.
public enum NameLexicon {
    /// Titles and honorifics that announce a person ("General Krasnov", "Comrade Lenin").
    static let personTitles = NameWords.set("person-titles")

    /// Whether a word is a title that announces a person ("Emperor", "Dr."), case and a final
    /// full stop aside.
    public static func isPersonTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        return personTitles.contains(lower.hasSuffix(".") ? String(lower.dropLast()) : lower)
    }

    /// Last words that make a name an organisation.
    static let orgHeads = NameWords.set("org-heads")

    /// Last words (or the word before "of" or "on") that make a name a writing, a law or a creed.
    static let workHeads = NameWords.set("work-heads")
    static let addressedWorks = NameWords.set("addressed-works")
    static let gatheringNouns = NameWords.set("gathering-nouns")
    static let journeyVerbs = NameWords.set("journey-verbs")
    static let legislatureQualifiers = NameWords.set("legislature-qualifiers")

    /// Bodies named by one word of their own (not a kind: "Party" is one of many).
    static let bodyNames = NameWords.set("body-names")

    /// Whether a word heads a body's name, in the singular or the plural ("the People's Courts").
    static func isOrgHead(_ word: String) -> Bool {
        orgHeads.contains(word) || word.hasSuffix("s") && orgHeads.contains(String(word.dropLast()))
    }

    /// Last words that make a name an event.
    static let eventHeads = NameWords.set("event-heads")

    /// Last words that make a name a place.
    static let placeHeads = NameWords.set("place-heads")
    /// First words that make a name a place ("Fort Sumter", "Lake Ladoga", "Ciudad Juárez").
    static let placeFronts = NameWords.set("place-fronts")

    /// Head nouns that a founder's, a saint's or an owner's possessive names: "Saint Isaac's
    /// Cathedral", "King's College", "Guy's Hospital", "Sachs's Café" are one name each.
    static let possessiveHeads = NameWords.set("possessive-heads")
    /// Words for a saint before a saint's name ("Saint", "Saints", "St").
    static let saints = NameWords.set("saints")
    /// Nouns that head a body's name before "of" only ("the Order of St. Vladimir").
    static let ofOrgHeads = NameWords.set("of-org-heads")
    /// Nouns that head a body's name only after capitalised English words ("the Secret Service").
    static let qualifiedOrgHeads = NameWords.set("qualified-org-heads")
    /// Verbs of thinking and feeling, whose subject is someone ("Sismondi could comprehend").
    static let personVerbs = NameWords.set("person-verbs")

    /// A lower-case noun that says the name beside it is a place: "the port of Tampico", "the Dnieper river".
    /// A noun that ends the names of bodies and gatherings ("Congress", "Party", "Committee"):
    /// "the Congress" alone refers back to the last one named.
    public static func isBodyOrEventHead(_ word: String) -> Bool {
        let lower = word.lowercased()
        return orgHeads.contains(lower) || eventHeads.contains(lower)
    }

    static func isPlaceNoun(_ word: String) -> Bool {
        placeHeads.contains(word) || placeNouns.contains(word)
    }

    /// A plural of a place noun ("regions", "rivers", "cities").
    static func isPluralPlaceNoun(_ word: String) -> Bool {
        guard word.count > 3, word.hasSuffix("s") else { return false }
        let singular = singular(word)
        return singular != word && isPlaceNoun(singular) && !isPlaceNoun(word)
    }

    /// A plural noun's singular by its regular ending ("cities" → "city", "regions" → "region"); other words as they are.
    static func singular(_ word: String) -> String {
        word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : word.hasSuffix("s") ? String(word.dropLast()) : word
    }

    /// Words before a name that make it a work ("his book", "the newspaper").
    static let workCues = NameWords.set("work-cues")
    static let writingVerbs = NameWords.set("writing-verbs")
    /// Words before a quotation mark that give what follows as a name ("so-called", "known as").
    static let calledCues = NameWords.set("called-cues")
    /// Pronouns that stand as a subject ("May he …").
    static let subjectPronouns = NameWords.set("subject-pronouns")
    /// People who write for a paper ("a reporter for the New York World").
    static let pressRoles = NameWords.set("press-roles")
    static let conquestVerbs = NameWords.set("conquest-verbs")
    /// Verbs whose object is a place when a gazetteer knows one by its name ("took Peronne").
    static let takingVerbs = NameWords.set("taking-verbs")
    static let vessels = NameWords.set("vessels")
    /// Verbs whose subject can only be "I" ("am", "have"): after a name, "I" is then the pronoun.
    static let firstPersonForms = NameWords.set("first-person-forms")
    /// Languages (and romanisations) whose name and a colon give a name's rendering in brackets ("German:", "pinyin:").
    static let languages = NameWords.set("languages")
    /// Nouns for a people or a following ("tribe", "clan", "sect").
    static let groupNouns = NameWords.set("group-nouns")
    /// Nouns for someone besides relatives ("protagonist", "friend"), before a person's name.
    static let personNouns = NameWords.set("person-nouns")
    /// Initials before a ship's name ("USS", "HMS").
    static let vesselPrefixes = NameWords.set("vessel-prefixes")
    /// Determiners before a capitalised common noun ("the Embassy", "his Ministry").
    static let determiners = NameWords.set("determiners")
    /// Words between a kind of writing and its title ("a publication called Freiheit").
    static let namingVerbs = NameWords.set("naming-verbs")
    /// Places named by initials in capitals ("US", "UK").
    static let capitalPlaces = NameWords.set("capital-places")

    /// Capitalised words that begin sentences but are not names.
    static let notNames = NameWords.set("not-names")

    /// Adjectives of nation, faith and doctrine that are capitalised but name nothing alone.
    static let adjectives = NameWords.set("adjectives")

    /// The adjectives of nations among them: "the Russian Social Democratic Labour Party" is
    /// also "the Social Democratic Labour Party" where the nation goes without saying.
    static let nationalities: Set<String> = adjectives.subtracting(NameWords.set("not-nations"))

    /// Words before a place's name that say which part or age of it ("Outer Mongolia", "Old Russia").
    static let placeModifiers = NameWords.set("place-modifiers")
    /// Days of the week, and the words before one that make it a date.
    static let weekdays = NameWords.set("weekdays")
    static let dayOpeners = NameWords.set("day-openers")
    /// Followers of a party or a creed named in the plural without "-ists" or "-ites" ("Bolsheviks", "Whigs").
    static let followers = NameWords.set("followers")
    /// Lower-case nouns besides the place heads that make the name beside them a place ("town", "port").
    static let placeNouns = NameWords.set("place-nouns")
    /// Last words of a place's name that make it an area ("Province", "Empire").
    static let areaWords = NameWords.set("area-words")

    /// Whether a word names followers of a party or a creed, in the plural ("Bolsheviks", "Trotskyites", "Decembrists").
    static func isFollowers(_ word: String) -> Bool {
        // "Socialist-Revolutionaries", "Social-Democrats": the last part of a compound says who they are.
        let word = word.split(separator: "-").last.map(String.init) ?? word
        // "the Safavids", "the Abbasids": a dynasty, named for its founder in "-ids".
        return followers.contains(word) || ["ists", "ites", "ids"].contains { word.hasSuffix($0) && word.count > 6 }
    }

    /// Forms that join an adjective of nation only in a compound ("Austro-Hungarian", "Russo-Persian").
    static let combiningForms = NameWords.set("combining-forms")

    /// Whether a word, hyphenated or not, is an adjective all through: "German-Swedish",
    /// "Austro-Hungarian" (a combining form before an adjective), "Stalinist".
    static func isAdjectiveCompound(_ word: String) -> Bool {
        let parts = word.split(separator: "-").map(String.init)
        guard let last = parts.last else { return false }
        return isAdjective(last) && parts.dropLast().allSatisfy { isAdjective($0) || combiningForms.contains($0) }
    }

    /// Nouns for a man or a woman of a nation ("Englishman", "Frenchwomen"): capitalised, naming no one.
    static let demonyms = NameWords.set("demonyms")

    /// Whether a single word is an adjective, a nation's man or woman, the name of a doctrine
    /// or its follower, or a process named from a name ("Russification", "Stalinization").
    static func isAdjective(_ word: String) -> Bool {
        adjectives.contains(word) || demonyms.contains(word)
            || ["ist", "ists", "ism", "isms", "ite", "ites"].contains { word.hasSuffix($0) && word.count > 5 }
            || ["ification", "ization", "isation"].contains { word.hasSuffix($0) && word.count > 9 }
    }

    /// Words that follow a noun phrase rather than modify it: prepositions, relatives,
    /// conjunctions and auxiliaries ("a Fellow of …", "a Liberal who …", "a Tory and …").
    static let phraseEnders = NameWords.set("phrase-enders")

    /// Lower-case words allowed inside a name ("Battle of Warsaw", "Leon van der Berg").
    static let connectors = NameWords.set("connectors")

    /// Well-known places: countries, regions and large cities (general knowledge).
    static let places: Set<String> = regions.union(cities)

    /// Whether a place is a country or a region, not a settlement: no answer to "which city".
    public static func isRegion(_ name: String) -> Bool { regions.contains(name.lowercased()) }

    /// Whether a place is a well-known city.
    public static func isCity(_ name: String) -> Bool { cities.contains(name.lowercased()) }

    /// Whether a place's name ends in a word for a larger area ("Kherson Province", "Russian Empire").
    public static func namesAnArea(_ name: String) -> Bool {
        name.split(separator: " ").last.map { areaWords.contains($0.lowercased()) } ?? false
    }

    static let cities = NameWords.set("cities")

    static let regions = NameWords.set("regions")

    /// Given names that mean the same person across transliterations; the first is the group's key.
    static let givenNameGroups: [[String]] = NameWords.lines("given-name-groups")

    static let givenNameKey: [String: String] = {
        var table: [String: String] = [:]
        for group in givenNameGroups {
            for name in group where table[name] == nil { table[name] = group[0] }
            // Names are looked up as folded ("Pyotr" as "petr").
            for name in group where table[fold(name)] == nil { table[fold(name)] = group[0] }
        }
        return table
    }()

    /// Short and pet forms of given names, to the full name's group key.
    static let hypocorisms: [String: String] = hypocorismList.reduce(into: [:]) { table, entry in
        table[entry.key] = entry.value
        table[fold(entry.key)] = entry.value
    }

    private static let hypocorismList: [String: String] = NameWords.pairs("hypocorisms")

    /// Given names that mark a person: the variant groups, those below, and the first words
    /// of people's full names in WordNet (``FirstNames``), less connectors and titles.
    static let givenNames: Set<String> = Set(givenNameKey.keys).union(FirstNames.shipped.subtracting(connectors).subtracting(personTitles)).union(NameWords.set("given-names"))

    /// Whether a word (lower-case, as tokens carry it) is a common given name, accents aside ("Édouard").
    static func isGivenName(_ word: String) -> Bool {
        if givenNames.contains(word) || givenNames.contains(fold(word)) { return true }
        // "Pierre-Joseph", "Anne-Marie": given names joined by a hyphen are one.
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { givenNames.contains(String($0)) || givenNames.contains(fold(String($0))) }
    }
}
