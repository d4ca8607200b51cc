/// Where a capitalised word stands that tells a common noun in capitals from a name: after
/// a determiner, hyphened to a lower-case word, after a possessive.
extension MentionDetector {
    /// The capitalised parts of a hyphenated word whose last part is in lower case
    /// ("Chicago-bound" → "Chicago", "Austria-Hungary-based" → "Austria-Hungary"); nil otherwise.
    static func nameInCompound(_ surface: String) -> String? {
        let parts = surface.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, let lastName = parts.lastIndex(where: { $0.first?.isUppercase == true }), lastName < parts.count - 1,
              parts[(lastName + 1)...].allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
        return parts[...lastName].joined(separator: "-")
    }

    /// Whether a word is a name joined to a lower-case participle ("Russian-ruled",
    /// "Bolshevik-led", "German-born"; not "Fifty-first").
    static func describesWithParticiple(_ token: ReaderToken, in text: ScalarText) -> Bool {
        guard token.kind == .word, let name = nameInCompound(text.string(in: token.range)), let participle = token.text.split(separator: "-").last else { return false }
        return !name.isEmpty && (participle.hasSuffix("ed") || ["led", "held", "born", "run", "built", "made", "grown"].contains(participle))
    }

    /// Whether a hyphenated word before a noun joins the names of people the document has
    /// already named ("the Stalin-Bukharin alliance", "the Hitler-Stalin pact"): it names
    /// the two, no third person ("the Brest-Litovsk treaty" joins no people's names).
    static func joinsPeople(_ surface: String, named found: [EntityMention]) -> Bool {
        let parts = surface.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let people = Set(found.filter { $0.cue == .person }.compactMap { $0.surface.split(separator: " ").last.map(String.init) })
        return parts.allSatisfy(people.contains)
    }

    /// The capitalised part after the last hyphen of the word right before `first` ("post-World"
    /// before "War II"), where only a space parts them: where it starts, and its lower-case spelling.
    static func capitalisedTail(_ tokens: [ReaderToken], before first: Int, in text: ScalarText) -> (start: Int, word: String)? {
        guard first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].isCapitalized, tokens[first - 1].range.end + 1 == tokens[first].range.start else { return nil }
        let written = text.string(in: tokens[first - 1].range)
        guard let hyphen = written.lastIndex(of: "-") else { return nil }
        let tail = written[written.index(after: hyphen)...]
        guard tail.count >= 2, tail.first?.isUppercase == true else { return nil }
        return (tokens[first - 1].range.start + written[...hyphen].unicodeScalars.count, tail.lowercased())
    }

    /// Where a run ends without a date's month ("the U.S.S.R. May 1922", "the Decree on Peace of
    /// November 1917"): a month before a number is the date's, not the name's ("the Revolution
    /// of February 1917", an event named for its month, keeps it).
    static func endBeforeDate(_ tokens: [ReaderToken], start: Int, end: Int) -> Int {
        guard end - start >= 2, DateVocabulary.months[tokens[end - 1].text] != nil, end < tokens.count, tokens[end].kind == .number else { return end }
        if !tokens[end - 2].isWord("of") { return end - 1 }
        if end - start >= 3, !NameLexicon.eventHeads.contains(tokens[end - 3].bare)
            || tokens[start..<(end - 3)].contains(where: { NameLexicon.workHeads.contains($0.bare) }) { return end - 2 }
        return end
    }

    /// Whether a number or a word for one stands right before a singular word at `first` ("two million Riksdaler").
    static func counted(_ tokens: [ReaderToken], first: Int) -> Bool {
        // Not a year ("in 1921 Lenin met …"), nor people counted in the plural ("40,000 Cossacks").
        first > 0 && !tokens[first].text.hasSuffix("s") && (tokens[first - 1].kind == .number && !tokens[first - 1].isOrdinal && tokens[first - 1].digits < 4
                      || tokens[first - 1].isWord("million", "thousand", "hundred", "billion", "dozen"))
    }

    static let definiteArticle: Set<String> = ["the"]

    /// Whether one of `determiners` ("the"; "this", "his") stands right before `first`, or
    /// before one lower-case word there ("the present Ministry").
    static func isDetermined(_ tokens: [ReaderToken], before first: Int, by determiners: Set<String>) -> Bool {
        first > 0 && tokens[first - 1].kind == .word && determiners.contains(tokens[first - 1].text)
            || first > 1 && tokens[first - 2].kind == .word && determiners.contains(tokens[first - 2].text)
            && tokens[first - 1].kind == .word && !tokens[first - 1].isCapitalized
    }

    /// The work titled by the sentence's last mention, a name's possessive ending right before
    /// `first`, and the word at `first`: "Aristotle's" + "Poetics" (nil when none stands there).
    static func possessiveTitle(_ found: [EntityMention], from sentenceStart: Int, tokens: [ReaderToken], first: Int, range: TextRange,
                                text: ScalarText, document: Int) -> EntityMention? {
        guard first > 0, tokens[first - 1].isPossessive, tokens[first - 1].isCapitalized else { return nil }
        if found.count > sentenceStart, let owner = found.last, owner.range.end + 2 == tokens[first - 1].range.end {
            let title = TextRange(start: owner.range.start, end: range.end)
            return EntityMention(document: document, range: title, surface: text.string(in: title), cue: .work, isStrongCue: false,
                                 opensSentence: owner.opensSentence)
        }
        // An owner the rules kept no name of ("Facciolati's Lexicon"): its capitalised words.
        var start = first - 1
        while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].isPossessive { start -= 1 }
        if NameLexicon.notNames.contains(tokens[start].text) { start += 1 }
        guard start < first else { return nil }
        let title = TextRange(start: tokens[start].range.start, end: range.end)
        return EntityMention(document: document, range: title, surface: text.string(in: title), cue: .work,
                             isStrongCue: false, opensSentence: start == 0)
    }

    /// Whether a capitalised head noun that a possessive names stands at `k` ("… 's Cathedral").
    static func possessiveHeadFollows(_ tokens: [ReaderToken], at k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isPossessive
            && NameLexicon.possessiveHeads.contains(tokens[k].text)
    }
}
