extension MentionDetector {
    /// What a run of capitals becomes when the recognizer reads it as a name of a kind
    /// the record keeps no entity for (GUM's abstract, time, object, substance, …).
    enum UnkeptReading: Equatable {
        /// Not a record entity: an idea, a faith, a season or a thing ("Christianity", "Advent").
        case dropped
        /// The title of a writing, a law or a paper: GUM files works under ideas ("Freiheit",
        /// "the Espionage Act", "History of Rome").
        case work
        /// The rules' own reading stands (a given name, a place after "in").
        case rules
    }

    /// The reading of a name whose recognized names are all of kinds the record does not keep.
    /// - One word the dictionary lists is a capitalised word, not a name, unless the rules
    ///   read it as a person by a given name or as a kind of writing ("the Testament").
    /// - An idea's name of two words or more opening with a common word is a work's title
    ///   ("Finance Capital", "the Selective Service Act") unless the rules give it a person
    ///   or a place; one opening with a name ("Emil Jannings") keeps the rules' reading.
    /// - One word of a time, an object or a substance with nothing else to say what it is
    ///   is no entity; anything else keeps the rules' reading.
    static func unkeptReading(words: [String], recognized: some Collection<RecognizedName>, cue: EntityType?, allCapitals: Bool) -> UnkeptReading {
        let idea = recognized.contains { $0.kind == "abstract" }
        if words.count == 1 {
            if recognized.contains(where: \.isDictionaryWord) {
                return cue == .work || cue == .person && NameLexicon.isGivenName(words[0]) ? .rules : .dropped
            }
            return cue == nil && !idea ? .dropped : .rules
        }
        let titled = recognized.contains { $0.kind == "abstract" && $0.opensWithCommonWord }
        return titled && cue != .person && cue != .place && !allCapitals && !NameLexicon.isGivenName(words[0]) ? .work : .rules
    }
}

extension MentionDetector {
    /// The words a document writes in lower case somewhere outside its headings: a word
    /// it capitalises elsewhere on its own ("the Church", "the World") is then a common
    /// noun given a capital, not a name ("Rugby", "Anna" are never written small).
    static func wordsInLowerCase(structure: DocumentStructure, tokens: SentenceTokens) -> Set<String> {
        var words: Set<String> = []
        for (index, sentence) in structure.sentences.enumerated() where !sentence.isHeading {
            for token in tokens[index] where token.kind == .word && !token.isCapitalized { words.insert(token.bare) }
        }
        return words
    }
}

extension MentionDetector {
    /// Whether a word for a relative or for someone ("the protagonist Vera") stands right before `start`, or before a comma or a
    /// dash there ("her sister Helena", "her half-sisters, Helena and Lena").
    static func followsKinship(_ tokens: [ReaderToken], start: Int) -> Bool {
        func kin(_ k: Int) -> Bool {
            k >= 0 && tokens[k].kind == .word && !tokens[k].isCapitalized && (NameLexicon.kinship.contains(tokens[k].text) || NameLexicon.personNouns.contains(tokens[k].text))
        }
        // "three sisters, Milka, Angelina and Marica": back across the list's earlier names to the relatives' noun.
        var k = start - 1
        while k >= 0, start - k <= 12 {
            if k == start - 1, kin(k) { return true }
            if tokens[k].isMark(",", "—", "–", ":"), kin(k - 1) { return true }
            guard tokens[k].isMark(",") || tokens[k].isWord("and") || tokens[k].kind == .word && tokens[k].isCapitalized else { return false }
            k -= 1
        }
        return false
    }
}

extension MentionDetector {
    /// Where the recognizer's names inside a run of capitals begin, when every one of them
    /// begins after the run's first word: the token that opens the first of them.
    static func recognizedOpening(_ tokens: [ReaderToken], first: Int, end: Int, names: some Collection<RecognizedName>) -> Int? {
        guard end - first >= 2 else { return nil }
        let run = TextRange(start: tokens[first].range.start, end: tokens[end - 1].range.end)
        let inside = names.filter { $0.range.start < run.end && run.start < $0.range.end }
        guard let start = inside.map(\.range.start).min(), start > tokens[first].range.end - 1 else { return nil }
        return tokens[(first + 1)..<end].firstIndex { $0.range.start >= start && $0.kind == .word }
    }

    /// "the French Bolshevik Inessa Armand … visited by Armand": one word that is the surname
    /// of a person the document has already named in full refers to that person, whatever
    /// body the recognizer takes it for.
    static func surnameOfSomeoneNamed(_ words: [String], _ found: [EntityMention]) -> Bool {
        guard words.count == 1 else { return false }
        return found.contains { mention in
            guard mention.cue == .person, mention.refersTo == nil else { return false }
            let parts = mention.surface.split(separator: " ")
            return parts.count >= 2 && parts.last.map { $0.lowercased() == words[0] } == true
        }
    }

    /// "at a Corsier conference", "the Yalta talks": one word before a gathering's lower-case
    /// noun names where it met; not a body's name or a follower ("the Comintern congress",
    /// "the Bolshevik conference"), nor a kind of person ("the Republican convention").
    func namesWhereItMet(_ words: [String], tokens: [ReaderToken], start: Int, end: Int) -> Bool {
        guard words.count == 1, end < tokens.count, NameLexicon.gatheringNouns.contains(tokens[end].text), !tokens[start].isAllCapitals else { return false }
        let word = words[0]
        return !Self.isHeadNoun(word) && !NameLexicon.bodyNames.contains(word) && !NameLexicon.isGivenName(word)
            && !NameLexicon.isFollowers(word) && !NameLexicon.isFollowers(word + "s") && !NameLexicon.isAdjective(word)
            && !dictionary.namesAKindOfPerson(CommonWords.capitalised(word))
    }

    /// "Fathers", "Generals", "Commissars": a title or a role in the plural, naming a group.
    static func isPluralTitle(_ word: String) -> Bool {
        let one = NameLexicon.singular(word)
        return one != word && (NameLexicon.personTitles.contains(one) || NameLexicon.roles.contains(one))
    }

    /// "the Golden Boy of the party", "the Iron Lady", "the Holy Father": English adjectives in
    /// capitals before a noun for someone make an epithet, a person's, never a place.
    func namesSomeoneByEpithet(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last, NameLexicon.personNouns.contains(last) || NameLexicon.kinship.contains(last) else { return false }
        return words.dropLast().allSatisfy { dictionary.isAdjectiveWord($0) && !NameLexicon.isGivenName($0) }
    }

    /// "the Greek Tragedians", "the Russian Painters": a nation's or a creed's adjective and a
    /// plural noun for people by what they do (an agent's ending, a common noun; not "Russian
    /// Railways", nor a body's or a place's head, "Russian Publishers", "Greek Islands").
    func namesPeopleByCalling(_ words: [String]) -> Bool {
        guard words.count == 2, NameLexicon.isAdjective(words[0]), let last = words.last,
              ["ians", "ists", "ers", "ors"].contains(where: last.hasSuffix) else { return false }
        return !NameLexicon.isOrgHead(last) && !NameLexicon.isPlaceNoun(last) && dictionary.isPluralCommonNoun(CommonWords.capitalised(last), lowered: last)
    }

    /// Whether a lower-case word describing a noun stands right before the name ("a
    /// five-stanza Reformation hymn"): the name is then one of the noun's modifiers, not the
    /// noun's own name; a determiner or a function word ("the", "his", "of") is no such word.
    static func describedBefore(_ tokens: [ReaderToken], start: Int) -> Bool {
        guard start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized else { return false }
        return !NameLexicon.determiners.contains(tokens[start - 1].text) && !titleFunctionWords.contains(tokens[start - 1].text)
    }

    /// "the US Congress", "the Continental Congress", "Congress passed the act": a nation's
    /// congress, or one named alone without an article or an ordinal, is a legislature, a
    /// body; "the Tenth Congress", "their 7th Congress", "the Party Congress", "the Congress of
    /// Soviets" are meetings.
    static func namesALegislature(_ words: [String], tokens: [ReaderToken], start: Int) -> Bool {
        guard words.last == "congress", !words.contains("of") else { return false }
        if words.count == 1 {
            guard start > 0 else { return true }
            let before = tokens[start - 1]
            return !before.isOrdinal && !(before.kind == .word && NameLexicon.determiners.contains(before.text)) && !before.isWord("a")
        }
        let before = words.dropLast().joined(separator: " ")
        return NameLexicon.capitalPlaces.contains(words[0]) || NameLexicon.places.contains(before)
            || words.count == 2 && (NameLexicon.nationalities.contains(words[0]) || NameLexicon.legislatureQualifiers.contains(words[0]))
    }

    /// "the Streltsy", "the Taliban", "the Rhine", "the Central Rada": English gives a person's
    /// name no article of its own, so a name right after "the" is a people's, a body's, a
    /// river's or a thing's, never someone's — unless it is an epithet ("Peter the Great",
    /// "known as the Golden Boy"); a quotation mark may open between ("the “Visitation of the Sick”").
    static func isArticled(_ tokens: [ReaderToken], first: Int) -> Bool {
        let quoted = first > 1 && tokens[first - 1].isMark("\"", "“")
        let article = quoted ? first - 2 : first - 1
        guard article >= 0, tokens[article].isWord("the") else { return false }
        guard article > 0 else { return true }
        let before = tokens[article - 1]
        return !(before.kind == .word && (NameLexicon.calledCues.contains(before.text) || before.isCapitalized && article > 1 && !quoted))
    }

    /// One word in the plural ("Bashkirs", "Saguntines"): a people or a party, not a thing.
    static func isPluralName(_ words: [String]) -> Bool {
        words.count == 1 && words[0].count > 3 && NameLexicon.singular(words[0]) != words[0] && !words[0].hasSuffix("ss") && !words[0].hasSuffix("us")
    }

    /// Endings common in Slavic, German and Romance surnames.
    static let surnameEndings = ["ov", "ev", "sky", "ski", "skii", "ovich", "evich", "ova", "eva", "aya", "skaya", "enko", "yan", "ian", "stein", "berg", "mann", "ich", "in", "ina"]

    /// "fellow anarchist Velna Dorsk", "the chemist Antoine Velmar": a noun for a kind of person,
    /// written small right before a full name, stands in apposition with it — the name is
    /// someone's (not a name with a head noun, "the communist Soviet Union", nor a known place's).
    func namedAfterAKindOfPerson(_ words: [String], tokens: [ReaderToken], start: Int) -> Bool {
        guard (2...3).contains(words.count), start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized else { return false }
        let noun = tokens[start - 1].text
        // A role, a descriptor, or an agent's "-ist" or "-ian" the dictionary lists ("anarchist", "historian").
        guard NameLexicon.roles.contains(noun) || NameLexicon.personDescriptors.contains(noun) || NameLexicon.personNouns.contains(noun)
                || ["ist", "ian"].contains(where: noun.hasSuffix) && dictionary.lists(noun) else { return false }
        let written = words.map(CommonWords.capitalised)
        guard let last = words.last, !NameLexicon.isFollowers(last), !Self.isPluralTitle(last) else { return false }
        return !words.contains(where: { Self.isHeadNoun($0) || NameLexicon.workHeads.contains($0) || NameLexicon.isAdjective($0) || ["of", "and"].contains($0) })
            && dictionary.kind(of: written).map { $0 == .person } ?? true && !dictionary.isGazetteerPlace(written)
    }

    static let prizeNouns = NameWords.set("prize-nouns")

    /// "the Nobel Prize", "an Academy Award", "the Nobel laureate Velna Dorsk": a prize is
    /// none of the things the record keeps, so neither is a name a prize's noun ends, nor one
    /// right before such a noun written small.
    static func namesAPrize(_ words: [String], tokens: [ReaderToken], end: Int) -> Bool {
        if let last = words.last, prizeNouns.contains(last) { return true }
        return end < tokens.count && tokens[end].kind == .word && !tokens[end].isCapitalized && prizeNouns.contains(tokens[end].text)
    }
}
