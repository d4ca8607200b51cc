/// Where a name's words begin and end when a month, a title or "and" stands inside it.
extension MentionDetector {
    /// "the February Revolution", "the July Days", "the April Theses": a month opening a
    /// name whose last word heads an event's or a writing's name is part of that name.
    static func monthNamesEvent(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end - first >= 2, DateVocabulary.months[tokens[first].text] != nil else { return false }
        let head = tokens[end - 1].bare
        return NameLexicon.eventHeads.contains(head) || NameLexicon.workHeads.contains(head)
    }

    /// "General Intelligence Division", "Saints Cyril and Methodius Church": a title opening a
    /// run that ends in a body's or a building's head noun belongs to that name and announces
    /// no person.
    static func titleOpensBody(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end - first >= 2, NameLexicon.personTitles.contains(tokens[first].bare) else { return false }
        let head = tokens[end - 1].bare
        return NameLexicon.isOrgHead(head) || NameLexicon.possessiveHeads.contains(head)
    }

    /// "Holy Roman Emperor", "the Prussian King": capitals right before a title qualify the
    /// office; they are no person's name.
    static func qualifiesTitle(_ tokens: [ReaderToken], end: Int) -> Bool {
        end < tokens.count && tokens[end].kind == .word && tokens[end].isCapitalized && NameLexicon.personTitles.contains(tokens[end].bare)
    }

    /// Whether "and" at `k` joins two parts of one name in a run from `start`:
    /// - two common nouns in a body's "of" or "for" ("the Association of Iron and Steel Workers",
    ///   "the Commission for Combating Counter-Revolution and Sabotage",
    ///   "the Council of Labour and Defence"; "the Ministry of War and Trotsky" is two names:
    ///   "Trotsky" is no English word; "the Brotherhood of Wood and Metal Workers", where the
    ///   second part goes on to a class of people, is one name too, and so is "the Union of
    ///   the Republics of Europe and Asia", two places);
    /// - two single names before a building's head noun ("Saints Peter and Paul Cathedral",
    ///   "Lewis and Clark College").
    func andJoinsName(_ tokens: [ReaderToken], start: Int, at k: Int) -> Bool {
        guard k > start, k + 2 <= tokens.count, tokens[k].isWord("and"), tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized,
              !tokens[start..<k].contains(where: { $0.isWord("and") }) else { return false }
        let before = tokens[k - 1], after = tokens[k + 1]
        let ofBody = tokens[start..<k].indices.contains { j in j > start && tokens[j].isWord("of", "for") && NameLexicon.isOrgHead(tokens[j - 1].bare) }
        if ofBody, !before.isPossessive, !after.isPossessive, !NameLexicon.isGivenName(after.text),
           dictionary.isEnglishWord(before.text) && dictionary.isEnglishWord(after.text) || Self.classOfPeopleFollows(tokens, at: k + 2)
            || isPlace(before.text) && isPlace(after.text) && !(k + 2 < tokens.count && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized) {
            return true
        }
        return k + 2 < tokens.count && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized
            && NameLexicon.possessiveHeads.contains(tokens[k + 2].text)
            && !tokens[start..<k].contains(where: { Self.isHeadNoun($0.text) })
    }

    /// Whether a word (lower-cased) is a place the lists or the dictionary know ("Europe", "Asia").
    func isPlace(_ word: String) -> Bool {
        NameLexicon.places.contains(word) || dictionary.kind(of: [CommonWords.capitalised(word)]) == .place
    }

    /// Whether a class of people's noun in capitals ("Workers", "Peasants'") stands at `k`.
    static func classOfPeopleFollows(_ tokens: [ReaderToken], at k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && NameLexicon.classesOfPeople.contains(tokens[k].bare)
    }
}
