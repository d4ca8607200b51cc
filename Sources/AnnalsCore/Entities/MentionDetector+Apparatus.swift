import Foundation

/// What is not a name in the story: the reference apparatus (notes, bibliography), the
/// markers of a calendar, pronouns and lone letters, and the words describing a person.
extension MentionDetector {
    /// Headings of a document's reference apparatus, whose names are citations, not the story.
    static let apparatusHeadings: Set<String> = [
        "references", "notes", "bibliography", "sources", "further reading", "external links", "footnotes",
        "works cited", "citations", "see also", "literature", "secondary sources",
    ]

    /// The words of the markers that say which calendar or era a date is in ("O.S.", "BC").
    static let calendarMarkers: Set<[String]> = [
        ["old", "style"], ["new", "style"], ["o", "s"], ["n", "s"], ["os"], ["ns"],
        ["bc"], ["ad"], ["bce"], ["ce"], ["b", "c"], ["a", "d"], ["b", "c", "e"], ["c", "e"],
    ]

    /// Personal pronouns, capitalised for reverence ("fixed on Him") or at a sentence's start:
    /// they stand for a name and are none.
    static let pronouns: Set<String> = [
        "i", "me", "he", "him", "his", "she", "her", "it", "we", "us", "they", "them", "thee", "thou", "thy", "you", "himself", "herself",
    ]

    /// Whether a name's words are no name at all: an era or calendar marker, a pronoun (not
    /// in capitals: "US" is a country), or a lone letter (an initial cut from its name, "N."
    /// of "N. Lenin").
    static func isNoName(_ words: [String], allCapitals: Bool) -> Bool {
        calendarMarkers.contains(words) || (words.count == 1 && ((pronouns.contains(words[0]) && !allCapitals) || words[0].count == 1))
    }

    /// Sections of references, notes and bibliography: citations, not the story.
    static func apparatusSections(text: ScalarText, structure: DocumentStructure) -> Set<Int> {
        Set(structure.sections.indices.filter { index in
            apparatusHeadings.contains(text.string(in: structure.sections[index].heading).lowercased().trimmingCharacters(in: .punctuationCharacters))
        })
    }

    /// Whether a section, or one it sits in, is among `sections`.
    static func isInside(_ section: Int?, _ sections: Set<Int>, structure: DocumentStructure) -> Bool {
        var current = section
        while let index = current {
            if sections.contains(index) { return true }
            current = structure.sections[index].parent
        }
        return false
    }

    /// Where a person's name starts inside a run of capitals that begins with words describing
    /// them: a known given name and a surname (or an initial, "J. Arch Getty"), after words
    /// that each name a doctrine, a nation, a role or a title ("Bolshevik Leon Trotsky",
    /// "Czech-Austrian Marxist Karl Kautsky", "Historian J. Arch Getty"; not "Frederick
    /// William I", "J. Edgar Hoover" or "St. Louis Post-Dispatch"). After a doctrine or a
    /// role ("Bolshevik", not only a nation's adjective), two last words that no dictionary
    /// lists are a given name and a surname no list knows ("the French Bolshevik Inessa
    /// Armand"; not "the Soviet Red Army").
    static func givenNameAfterDescriptor(_ tokens: [ReaderToken], first: Int, end: Int, dictionary: CommonWords = .none) -> Int? {
        let words = (first..<end).filter { tokens[$0].kind == .word }
        guard words.count >= 3, tokens[words[words.count - 1]].text.count >= 3, tokens[words[words.count - 1]].isCapitalized else { return nil }
        func unlisted(_ k: Int) -> Bool {
            !dictionary.isEmpty && !dictionary.lists(tokens[k].text) && dictionary.kind(of: [tokens[k].bare]) == nil
                && !NameLexicon.places.contains(tokens[k].text) && !NameLexicon.bodyNames.contains(tokens[k].text)
        }
        func unlistedPerson(_ w: Int) -> Bool {
            unlisted(words[w]) && unlisted(words[words.count - 1])
                && words[..<w].contains { !NameLexicon.nationalities.contains(tokens[$0].text) }
        }
        func opensName(_ w: Int) -> Bool {
            let k = words[w]
            return w == words.count - 2 && (NameLexicon.isGivenName(tokens[k].text) || unlistedPerson(w))
                || tokens[k].text.count == 1 && k + 1 < end && tokens[k + 1].isMark(".")
        }
        guard let start = (1..<(words.count - 1)).first(where: opensName),
              words[..<start].allSatisfy({ isDescriptor(tokens[$0].text) }) else { return nil }
        return words[start]
    }

    /// "Secretary of State James Baker", "the Minister of Foreign Affairs Pavel Milyukov": an
    /// office "of" a department, then a given name and a surname; where the person's name
    /// begins (the office is a title before it). Nil when no such name ends the run.
    static func personAfterOffice(_ tokens: [ReaderToken], first: Int, end: Int) -> Int? {
        let inside = (first..<end).first { tokens[$0].isWord("of") }
        guard let of = inside ?? (first > 0 && tokens[first - 1].isWord("of") ? first - 1 : nil), of > 0, of + 3 < end + 1,
              tokens[of - 1].kind == .word, isTitle(tokens[of - 1].bare) else { return nil }
        guard let given = ((of + 2)..<end).first(where: { tokens[$0].isCapitalized && NameLexicon.isGivenName(tokens[$0].text) }),
              given + 1 < end, given >= first else { return nil }
        let rest = tokens[(given + 1)..<end]
        return rest.allSatisfy({ $0.kind == .word && $0.isCapitalized || $0.isMark(".") }) ? given : nil
    }

    /// "Velmar Deputy Administrator Pavel K. Velinsky", "Associate Administrator D. Brainerd Velmont":
    /// a title ending in an office's word, then a given name (or an initial), initials and a
    /// surname; where the person's name begins. The title is an apposition, not the name. Nil
    /// when no office's word stands right before such a name ending the run.
    static func personAfterTitle(_ tokens: [ReaderToken], first: Int, end: Int) -> Int? {
        let words = (first..<end).filter { tokens[$0].kind == .word }
        func isInitial(_ k: Int) -> Bool { tokens[k].text.count == 1 && tokens[k].isCapitalized && k + 1 < end && tokens[k + 1].isMark(".") }
        for (w, k) in words.enumerated() where w > 0 && w + 1 < words.count {
            guard isTitle(tokens[words[w - 1]].bare), NameLexicon.isGivenName(tokens[k].text) || isInitial(k) else { continue }
            // The rest: initials, then given names or a surname, all capitalised, the last a surname of its own.
            let rest = words[(w + 1)...]
            guard rest.allSatisfy({ tokens[$0].isCapitalized }), let last = rest.last, !isInitial(last), tokens[last].text.count >= 2,
                  !isTitle(tokens[last].bare) else { return nil }
            return k
        }
        return nil
    }

    /// A title or an office, alone or joined by hyphens to another ("General-in-Chief",
    /// "Vice-President", "Major-General").
    static func isTitle(_ word: String) -> Bool {
        func one(_ part: Substring) -> Bool { NameLexicon.personTitles.contains(String(part)) || NameLexicon.roles.contains(String(part)) }
        let parts = word.split(separator: "-")
        // The last part heads the compound: "Detective-Sergeant", "Vice-President", "General-in-Chief".
        return parts.count == 1 ? one(parts[0]) : one(parts[parts.count - 1]) || one(parts[0]) && parts.count > 2
    }

    /// "General-in-Chief", "Major-General": titles joined by hyphens, a title before a name.
    static func isHyphenatedTitle(_ word: String) -> Bool { word.contains("-") && isTitle(word) }

    /// "the Stalinist Comintern", "the Tsarist NKVD": an adjective of doctrine or regime before a
    /// body's one-word name (one the lexicon knows, or an acronym) describes the body and is
    /// not its name; where the name begins. A nation's adjective stays ("the Russian SFSR").
    /// So is a doctrine's "-ist" adjective before a nation's adjective that opens a body's
    /// name ("the Marxist Russian Social Democratic Labour Party"; not "the Imperial Russian Army").
    static func bodyAfterDescriptor(_ tokens: [ReaderToken], first: Int, end: Int) -> Int? {
        if end - first >= 3, tokens[first].kind == .word, tokens[first + 1].kind == .word, tokens[first].text.hasSuffix("ist"), tokens[first].text.count > 5,
           NameLexicon.nationalities.contains(tokens[first + 1].text), tokens[(first + 2)..<end].contains(where: { NameLexicon.isOrgHead($0.bare) }) {
            return first + 1
        }
        guard end - first == 2, tokens[first].kind == .word, tokens[end - 1].kind == .word else { return nil }
        let adjective = tokens[first].text, name = tokens[end - 1]
        guard NameLexicon.isAdjective(adjective), !NameLexicon.nationalities.contains(adjective),
              name.isAllCapitals || NameLexicon.bodyNames.contains(name.bare) else { return nil }
        return end - 1
    }

    /// A word that describes a person before their name: a doctrine or its follower, a
    /// nation's adjective, a role or a title, or such words joined by hyphens.
    static func isDescriptor(_ word: String) -> Bool {
        word.split(separator: "-").allSatisfy { part in
            let part = String(part)
            return part.count >= 3 && !NameLexicon.isGivenName(part)
                && (NameLexicon.isAdjective(part) || NameLexicon.roles.contains(part) || NameLexicon.personTitles.contains(part)
                    || NameLexicon.personDescriptors.contains(part))
        }
    }

    /// "of the Kartlian and Georgian Kings", "Georgian or Kartlian": a capitalised word with an
    /// adjective's ending ("-ian", "-ish", "-ese", "-ic") joined by "and" or "or" to an adjective
    /// of nation is an adjective of nation too, though no list knows it (a given name is not:
    /// "Adrian and Russian officers").
    static func isCoordinatedAdjective(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        let word = tokens[first].text
        guard end == first + 1, !tokens[first].isPossessive, !NameLexicon.isGivenName(word),
              adjectiveEndings.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 }) else { return false }
        func adjective(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .word && NameLexicon.isAdjective(tokens[k].text) }
        let after = end + 1 < tokens.count && tokens[end].isWord("and", "or") && adjective(end + 1)
        let before = first >= 2 && tokens[first - 1].isWord("and", "or") && adjective(first - 2)
        return after || before
    }

    /// "of Russian, Chuvash, Mordvin, or Kalmyk ancestry": single capitalised words listed with
    /// an adjective of nation, the last right before a noun written small, are adjectives all.
    static func isListedAdjective(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end == first + 1 else { return false }
        func separator(_ k: Int) -> Bool { tokens[k].isMark(",") || tokens[k].isWord("and", "or") }
        func item(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isPossessive }
        var items = [first], k = first - 1
        while k > 0, separator(k) {
            var j = k
            while j > 0, separator(j) { j -= 1 }
            guard item(j), j == 0 || !item(j - 1) else { break }
            items.append(j); k = j - 1
        }
        k = end
        while k < tokens.count, separator(k) {
            var j = k
            while j < tokens.count - 1, separator(j) { j += 1 }
            guard item(j), j + 1 < tokens.count, !item(j + 1) else { break }
            items.append(j); k = j + 1
        }
        guard let last = items.max(), items.count >= 3, last + 1 < tokens.count, tokens[last + 1].kind == .word, !tokens[last + 1].isCapitalized,
              !NameLexicon.phraseEnders.contains(tokens[last + 1].text), !titleFunctionWords.contains(tokens[last + 1].text) else { return false }
        // An adjective of nation standing alone as an item (not the last, which may head "Russian
        // workers" after "Lenin, Trotsky and") shares the noun after the list with every item.
        return items.contains { $0 != last && NameLexicon.isAdjective(tokens[$0].text) }
    }

    static let adjectiveEndings = ["ian", "ean", "ish", "ese", "ic"]

    /// Where the indefinite article of the phrase a name at `first` heads stands: right before
    /// it, or (when `adjectivesAllowed`) before a few lower-case words, "and" among them ("a
    /// registered Republican", "an unemployed worker and registered Republican"). Nil when there is none.
    static func indefiniteArticle(_ tokens: [ReaderToken], before first: Int, adjectivesAllowed: Bool) -> Int? {
        var k = first - 1
        // "an older brother named Dane": after a naming verb the name is someone's, whatever else the word means.
        while adjectivesAllowed, k >= 0, first - k <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isWord("a", "an"),
              !NameLexicon.namingVerbs.contains(tokens[k].text),
              tokens[k].isWord("and") || !NameLexicon.phraseEnders.contains(tokens[k].text) && !titleFunctionWords.contains(tokens[k].text) { k -= 1 }
        return k >= 0 && tokens[k].isWord("a", "an") ? k : nil
    }

    /// "the pro-Bolshevik Marxist Trotsky", "the Menshevik Martov": a word of doctrine before
    /// one other name describes its bearer and is not the name, when that name is no English
    /// word, head noun, given name or known place ("Soviet Russia", "Christian Rakovsky",
    /// "the Bolshevik Party" keep theirs; so does a quoted name, "the “Soviet Ark”").
    func surnameAfterDoctrine(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end - first == 2, tokens[first].kind == .word, tokens[first + 1].kind == .word, tokens[first + 1].isCapitalized else { return false }
        let doctrine = tokens[first].text, name = tokens[first + 1].bare
        // A follower's word ("Marxist", "Menshevik"), not a region's ("the Southern Front").
        guard NameLexicon.isFollowers(doctrine) || NameLexicon.isFollowers(doctrine + "s"), !NameLexicon.nationalities.contains(doctrine),
              !NameLexicon.isGivenName(doctrine), !tokens[first].isPossessive,
              first == 0 || !tokens[first - 1].isMark("\"", "“", "‘") else { return false }
        return !Self.isHeadNoun(name) && !NameLexicon.workHeads.contains(name) && !NameLexicon.isGivenName(name) && !dictionary.isEnglishWord(name)
            && !isPlace(name) && !NameLexicon.bodyNames.contains(name) && !NameLexicon.isFollowers(name)
    }

    /// "Mary and Abe Isaak", "Ivan and Olga Velinsky": a lone given name joined by "and" to a
    /// given name and a surname is named with that surname too ("Mary Isaak"); nil otherwise.
    static func sharedSurname(_ tokens: [ReaderToken], first: Int, end: Int, text: ScalarText) -> String? {
        guard end == first + 1, NameLexicon.isGivenName(tokens[first].text), !tokens[first].isPossessive, end + 2 < tokens.count,
              tokens[end].isWord("and"), tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized, !isHeadNoun(tokens[end + 1].text),
              !NameLexicon.places.contains(tokens[end + 1].text),
              tokens[end + 2].kind == .word, tokens[end + 2].isCapitalized, !NameLexicon.isGivenName(tokens[end + 2].bare),
              end + 3 == tokens.count || !(tokens[end + 3].kind == .word && tokens[end + 3].isCapitalized) else { return nil }
        let surname = tokens[end + 2]
        let last = TextRange(start: surname.range.start, end: surname.range.end - (surname.isPossessive ? 2 : 0))
        return text.string(in: tokens[first].range) + " " + text.string(in: last)
    }

    /// "(17) …": the header of a numbered primary source.
    static func isNumberedHeader(_ tokens: [ReaderToken]) -> Bool {
        tokens.count >= 3 && tokens[0].isMark("(") && tokens[1].kind == .number && tokens[2].isMark(")")
    }
}
