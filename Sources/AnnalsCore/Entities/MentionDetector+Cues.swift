/// Words around a name that say what it is: how it is quoted, the noun before its article,
/// the writer who writes for it.
extension MentionDetector {
    /// Whether the word at `article` (a capitalised article, or a name's first word) follows an
    /// opening quotation mark after "so-called", "called", "known as" (a name, "known as “The
    /// Three”", not a title).
    static func isCalledName(_ tokens: [ReaderToken], article: Int) -> Bool {
        guard article >= 2, tokens[article - 1].isMark("\"", "“"), tokens[article - 2].kind == .word,
              NameLexicon.calledCues.contains(tokens[article - 2].text) else { return false }
        // "as" after "known" only: "published as “The Road”" gives a title.
        return !tokens[article - 2].isWord("as") || article >= 3 && tokens[article - 3].isWord("known")
    }

    /// Whether a noun for a body or a place stands right before the article ("the band The Velnos").
    static func kindNounBefore(_ tokens: [ReaderToken], article: Int) -> Bool {
        article >= 1 && tokens[article - 1].kind == .word && !tokens[article - 1].isCapitalized
            && (NameLexicon.orgHeads.contains(tokens[article - 1].text) || NameLexicon.isPlaceNoun(tokens[article - 1].text))
    }

    /// Whether the name at `start` is what a writer for papers writes for: "a reporter for
    /// the …", "editor of …", "a correspondent at …".
    static func writesFor(_ tokens: [ReaderToken], start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].isWord("the") { k -= 1 }
        return k >= 1 && tokens[k].isWord("for", "of", "at") && tokens[k - 1].kind == .word && NameLexicon.pressRoles.contains(tokens[k - 1].text)
    }

    /// Whether a name's place is confirmed: the gazetteer knows a town or a country so, and
    /// the word before says a place ("at", "in", the rules' weak reading) or takes one ("took
    /// Peronne", "to capture Hwangju"); never a given name ("in Pushkin" is the town, "took Jackson" no).
    /// Only a person's reading yields: "headmaster of Rugby" read as a body stays one.
    /// A journey's end is a place whatever the gazetteers know ("relocating to Razliv").
    func confirmedPlace(_ tokens: [ReaderToken], first: Int, words: [String], surface: String, cue: EntityType?, recognized: EntityType?) -> Bool {
        guard let opening = words.first, !NameLexicon.isGivenName(opening) else { return false }
        let taken = first > 0 && tokens[first - 1].kind == .word && NameLexicon.takingVerbs.contains(tokens[first - 1].text)
        guard cue == .place || taken, recognized == .person || recognized == nil else { return false }
        let journeyed = first > 1 && tokens[first - 1].isWord("to") && tokens[first - 2].kind == .word && NameLexicon.journeyVerbs.contains(tokens[first - 2].text)
        return journeyed || dictionary.isGazetteerPlace(surface.split(separator: " ").map(String.init))
    }

    /// Whether a quoted name is a plain name its head noun types (before "of", or last), after
    /// an article, with no "and" and no possessive before the marks.
    static func quotedHeadedName(_ words: [String], tokens: [ReaderToken], start: Int) -> Bool {
        guard start > 1, tokens[start - 2].isWord("the"), !words.contains("and") else { return false }
        let head = words.firstIndex(of: "of").map { words[max(0, $0 - 1)] } ?? words[words.count - 1]
        return isHeadNoun(head)
    }

    /// Whether a chapter and verse ("9:20") follow the name, or a chapter number in lower-case Roman numerals, then a mark,
    /// a number or nothing: a book cited by chapter ("Isaiah iii, v", "Amos iv;"), not
    /// "Roe v Wade" (a word follows) nor "Europe i.e." (the "e" follows).
    static func citedByChapter(_ tokens: [ReaderToken], end: Int) -> Bool {
        // "in Chronicles 9:20", "Romans 13:1": a chapter and a verse joined by a colon.
        if end < tokens.count, tokens[end].kind == .number {
            if tokens[end].text.contains(":") { return true }
            return end + 2 < tokens.count && tokens[end + 1].isMark(":") && tokens[end + 2].kind == .number
                && tokens[end + 1].range.start == tokens[end].range.end && tokens[end + 2].range.start == tokens[end + 1].range.end
        }
        guard end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
              let chapter = Ordinal.roman(tokens[end].text), chapter <= 150 else { return false }
        guard end + 1 < tokens.count else { return true }
        let next = tokens[end + 1]
        if tokens[end].text == "i", next.isMark("."), end + 2 < tokens.count, tokens[end + 2].isWord("e") { return false }
        return next.isMark(",", ";", ".", ":", ")") || next.kind == .number
    }

    /// A nation's adjective alone ("Iranian", "Kenyan"), not a given name nor a party's follower ("Bolshevik").
    /// So is a word with an adjective's ending before a noun that the dictionary knows by no name ("the Marxian gospel").
    func isDemonym(_ word: String, surface: String, modifiesNoun: Bool) -> Bool {
        guard !NameLexicon.isGivenName(word), !NameLexicon.isFollowers(word + "s") else { return false }
        if modifiesNoun, ["ian", "ean"].contains(where: word.hasSuffix), dictionary.kind(of: [surface]) == nil { return true }
        return dictionary.isDemonym(surface, lowered: word)
    }

    /// Whether a name before "tribe", "people", "clan" is the people's own: not a place's ("the
    /// Ohio tribes"), not what "of" joins ("Börte of the Onggirat tribe"), not a sentence's first word ("Sometimes people …").
    func namesAPeople(_ words: [String], start: Int) -> Bool {
        let written = words.map(CommonWords.capitalised)
        // WordNet's places only: GeoNames names towns for peoples too ("Kikuyu").
        return start > 0 && !words.contains("of") && dictionary.kind(of: written) != .place
    }
}
