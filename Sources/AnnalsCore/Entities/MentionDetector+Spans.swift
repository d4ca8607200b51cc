/// Where a name's words begin and end when a month, a title or "and" stands inside it.
extension MentionDetector {
    /// "the February Revolution", "the July Days", "the April Theses": a month opening a
    /// name whose last word heads an event's or a writing's name is part of that name.
    static func monthNamesEvent(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end - first >= 2, DateVocabulary.months[tokens[first].text] != nil else { return false }
        let head = tokens[end - 1].bare
        return NameLexicon.eventHeads.contains(head) || NameLexicon.workHeads.contains(head)
    }

    /// "the Saturday Review of Literature", "The Sunday Times": a day of the week opening a
    /// run of names is the name's own first word, unless a word before it makes it a date
    /// ("on Saturday Goldman left") or a person's name follows ("Monday Lenin wrote").
    static func weekdayOpensName(_ tokens: [ReaderToken], first: Int, end: Int) -> Bool {
        guard end - first >= 2, NameLexicon.weekdays.contains(tokens[first].bare), tokens[first + 1].kind == .word,
              !NameLexicon.isGivenName(tokens[first + 1].bare) else { return false }
        return first == 0 || !NameLexicon.dayOpeners.contains(tokens[first - 1].bare)
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
        if sharesABodysHead(tokens, start: start, at: k) { return true }
        return k + 2 < tokens.count && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized
            && NameLexicon.possessiveHeads.contains(tokens[k + 2].text)
            && !tokens[start..<k].contains(where: { Self.isHeadNoun($0.text) })
    }

    /// "the Immigration and Naturalization Service", "the Labour and Socialist International":
    /// English words joined by the "and" at `k` before one body's head noun, a few capitalised
    /// words on, are one name, a country's initials before them too ("the US Immigration and …";
    /// not "the Army and Navy", two heads; nor "Orlov and Velno Party").
    func sharesABodysHead(_ tokens: [ReaderToken], start: Int, at k: Int) -> Bool {
        guard !tokens[start..<k].contains(where: { Self.isHeadNoun($0.text) || !$0.isCapitalized && $0.kind == .word }),
              tokens[start..<k].allSatisfy({ $0.kind != .word || $0.isWord("the") || dictionary.isEnglishWord($0.text)
                  || NameLexicon.capitalPlaces.contains($0.text) })
        else { return false }
        var j = k + 1
        while j < tokens.count, j - k <= 3, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isPossessive { j += 1 }
        let head = tokens[j - 1].text
        return j > k + 1 && (NameLexicon.isOrgHead(head) || NameLexicon.qualifiedOrgHeads.contains(head))
            && tokens[(k + 1)..<(j - 1)].allSatisfy { dictionary.isEnglishWord($0.text) }
    }

    /// "the Secret Service", "the Immigration and Naturalization Service": a noun that heads a
    /// body's name only after English words (and a country's initials) in capitals.
    func namesABodyByQualifiedHead(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last, NameLexicon.qualifiedOrgHeads.contains(last), !NameLexicon.isGivenName(words[0]) else { return false }
        return words.dropLast().allSatisfy { $0 == "and" || $0 == "the" || dictionary.isEnglishWord($0) || NameLexicon.capitalPlaces.contains($0) }
    }

    /// Whether a word (lower-cased) is a place the lists or the dictionary know ("Europe", "Asia").
    func isPlace(_ word: String) -> Bool {
        NameLexicon.places.contains(word) || dictionary.kind(of: [CommonWords.capitalised(word)]) == .place
    }

    /// Whether a class of people's noun in capitals ("Workers", "Peasants'") stands at `k`.
    static func classOfPeopleFollows(_ tokens: [ReaderToken], at k: Int) -> Bool {
        k < tokens.count && tokens[k].kind == .word && tokens[k].isCapitalized && NameLexicon.classesOfPeople.contains(tokens[k].bare)
    }

    /// The maximal run of capitalised words starting at `i`, with connectors and initials inside.
    func nameSpan(_ tokens: [ReaderToken], from i: Int) -> (Int, Int)? {
        guard tokens[i].kind == .word, tokens[i].isCapitalized else { return nil }
        var end = i + 1
        if tokens[i].isPossessive, !NameLexicon.classesOfPeople.contains(tokens[i].bare) {
            guard Self.possessiveHeadFollows(tokens, at: end) else { return (i, end) }
            end += 1
        }
        while end < tokens.count {
            let token = tokens[end]
            // A title inside a run starts a new name: "… Committee General Secretary …".
            if token.kind == .word, NameLexicon.personTitles.contains(token.text), token.isCapitalized { break }
            // "the Congress of the Party Leon Trotsky attended": a given name does not go on
            // from the head noun of a body or an event; a person's name begins there.
            if token.kind == .word, token.isCapitalized, NameLexicon.isGivenName(token.bare), NameLexicon.isBodyOrEventHead(tokens[end - 1].text) { break }
            // "the Women's Peace Party", "the Writers' Congress": a class of people's possessive
            // goes on into the body's name; a person's ("Lenin's Testament") ends the name.
            let goesOn = end + 1 < tokens.count && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized
            let joinsAnother = end + 2 < tokens.count && tokens[end + 1].isWord("and") && tokens[end + 2].isCapitalized
                && NameLexicon.classesOfPeople.contains(tokens[end + 2].bare)
            if token.kind == .word, token.isCapitalized, token.isPossessive {
                end += 1
                if goesOn || joinsAnother, NameLexicon.classesOfPeople.contains(token.bare) { continue }
                // "Saint Isaac's Cathedral": a possessive before a building's or a college's head noun.
                if Self.possessiveHeadFollows(tokens, at: end) { end += 1; continue }
                break
            }
            if token.isMark("'", "’"), goesOn || joinsAnother, NameLexicon.classesOfPeople.contains(tokens[end - 1].text) { end += 1; continue }
            // "the Engineers' Drinking Song", "the Thirty Years' War": a plural's possessive goes on into the
            // capitalised words after it when a writing's, a body's or an event's head noun ends them (a
            // place's possessive owns what follows: "the United States' Red Scare").
            if token.isMark("'", "’"), goesOn, tokens[end - 1].text.hasSuffix("s"), Self.headEndsRun(tokens, from: end + 1),
               !NameLexicon.places.contains(tokens[i..<end].map(\.text).joined(separator: " ")) { end += 1; continue }
            // "the Workers' and Peasants' Inspectorate": two classes' possessives joined.
            if token.isWord("and"), goesOn, NameLexicon.classesOfPeople.contains(tokens[end + 1].bare),
               tokens[end - 1].isMark("'", "’") || (tokens[end - 1].isPossessive && NameLexicon.classesOfPeople.contains(tokens[end - 1].bare)) {
                end += 1; continue
            }
            // "for the sake of Gorky I am asking": "I" before a verb only the first person takes is the pronoun, no regnal number.
            if token.isWord("i"), end + 1 < tokens.count, tokens[end + 1].kind == .word, NameLexicon.firstPersonForms.contains(tokens[end + 1].text) { break }
            // "… of the U.S.S.R. May this trial be the last": after a full stop, "May" before a
            // determiner or a pronoun opens a wish, a sentence of its own, and no name goes on into it.
            if token.isWord("may"), tokens[end - 1].isMark("."), end + 1 < tokens.count, tokens[end + 1].kind == .word,
               NameLexicon.determiners.contains(tokens[end + 1].text) || NameLexicon.subjectPronouns.contains(tokens[end + 1].text) { break }
            if token.kind == .word, token.isCapitalized { end += 1; continue }
            // "Peter the Great", "Ivan the Terrible": an epithet after a single name.
            if token.isWord("the"), end == i + 1, end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
               NameLexicon.givenNames.contains(tokens[i].text) { end += 2; continue }
            // "St. Petersburg", "St. Louis".
            if token.isMark("."), tokens[end - 1].isWord("st", "ste", "mt", "ft"), end + 1 < tokens.count,
               tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized { end += 1; continue }
            // "the Polish–Soviet War", "Denmark–Norway": an en dash between names, unspaced, joins them.
            if token.isMark("–"), end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
               tokens[end - 1].range.end == token.range.start, token.range.end == tokens[end + 1].range.start { end += 1; continue }
            // "Harper & Brothers": an ampersand joins a firm's names.
            if token.isMark("&"), end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized { end += 1; continue }
            // An initial: "P." inside "James P. Cannon".
            if token.isMark("."), tokens[end - 1].kind == .word, tokens[end - 1].text.count == 1, end + 1 < tokens.count,
               tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized { end += 1; continue }
            // "Farrell Dobbs of the Socialist Workers Party": a full name without a head word
            // is one name, and what it is "of" another.
            // A capitalised article inside a sentence opens a title, which goes on across "of"
            // ("she wrote in The Psychology of Political Violence").
            // A class of people heads a body's name as a head noun does ("the Industrial Workers of the World").
            if token.isWord("of"), end - i >= 2, !Self.opensTitle(tokens, at: i),
               !tokens[i..<end].contains(where: { Self.isHeadNoun($0.text) || NameLexicon.workHeads.contains($0.bare) || NameLexicon.ofOrgHeads.contains($0.bare)
                   || $0.isCapitalized && NameLexicon.classesOfPeople.contains($0.bare) }) {
                break
            }
            if andJoinsName(tokens, start: i, at: end) { end += 1; continue }
            // "the Emergency Commission for Combating Sabotage", "the League of Struggle for the
            // Emancipation of Labour": a body's head noun (or its of-phrase) and "for" go on
            // into what the body is for.
            if token.isWord("for"), NameLexicon.isOrgHead(tokens[end - 1].bare)
                || end - i >= 3 && NameLexicon.isOrgHead(tokens[i].bare) && tokens[i + 1].isWord("of") {
                let k = end + 1 < tokens.count && tokens[end + 1].isWord("the") ? end + 2 : end + 1
                if k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, !NameLexicon.isGivenName(tokens[k].bare) { end = k; continue }
            }
            // "the Decree on Land", "the Theses on the National Question": a writing's head noun and "on"
            // (not a date's: "the Velmar Resolution on July 25"); "the Epistle to the Hebrews", "Ode to
            // the West Wind": a writing addressed to someone goes on into whom it addresses.
            if token.isWord("on") && NameLexicon.workHeads.contains(tokens[end - 1].bare)
                || token.isWord("to") && NameLexicon.addressedWorks.contains(tokens[end - 1].bare) {
                let k = end + 1 < tokens.count && tokens[end + 1].isWord("the") ? end + 2 : end + 1
                if k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, DateVocabulary.months[tokens[k].text] == nil,
                   !NameLexicon.weekdays.contains(tokens[k].text) { end = k; continue }
            }
            // "Battle of Warsaw", "Leon van der Berg".
            if token.kind == .word, NameLexicon.connectors.contains(token.text), token.text != "and" {
                var k = end
                while k < tokens.count, tokens[k].kind == .word,
                      (NameLexicon.connectors.contains(tokens[k].text) && tokens[k].text != "and") || (tokens[k].text == "the" && tokens[k - 1].text == "of") { k += 1 }
                if k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, k - end <= 2 { end = k; continue }
            }
            break
        }
        // Never end on an initial's letter alone.
        return (i, end)
    }

    /// A capitalised article inside a sentence ("read The Lost Tsar", "in “The Psychology
    /// of …”"): a title begins there, since names of people and places take a small "the"
    /// (not after a bracket, where it may begin a rendering or a sentence).
    static func opensTitle(_ tokens: [ReaderToken], at i: Int) -> Bool {
        guard tokens[i].isCapitalized, tokens[i].isWord("the", "a", "an") else { return false }
        var k = i - 1
        while k >= 0, tokens[k].isMark("\"", "“", "‘", "'") { k -= 1 }
        // After a bracket the words may be a rendering ("Nachalo (“The Beginning”)") or a sentence's own.
        return k >= 0 && !tokens[k].isMark(".", "!", "?", ":", "(", "[")
    }

    /// Whether the capitalised words from `start` on end with a head noun of a writing, a body or
    /// an event ("Drinking Song", "Peace Party").
    static func headEndsRun(_ tokens: [ReaderToken], from start: Int) -> Bool {
        var k = start
        while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].isPossessive { k += 1 }
        guard k > start else { return false }
        let last = tokens[k - 1].text
        return NameLexicon.workHeads.contains(last) || NameLexicon.isOrgHead(last) || NameLexicon.eventHeads.contains(last)
    }

    /// "After two years in Siberia Trotsky managed to escape": after a preposition, a place
    /// the gazetteer or the dictionary knows and then a name the document has already written (or the surname of one) are
    /// two names, not one; the place's ends where the known name begins.
    func placeBeforeKnownName(_ tokens: [ReaderToken], first: Int, end: Int, found: [EntityMention], text: ScalarText) -> Int? {
        guard end - first >= 2, first > 0, tokens[first - 1].isWord("in", "at", "from", "to", "near", "into", "across", "through"),
              case let place = [text.string(in: tokens[first].range)],
              dictionary.isGazetteerPlace(place) || dictionary.kind(of: place) == .place else { return nil }
        let rest = text.string(in: TextRange(start: tokens[first + 1].range.start, end: tokens[end - 1].range.end - (tokens[end - 1].isPossessive ? 2 : 0)))
        guard found.contains(where: { ($0.surface == rest || $0.surface.hasSuffix(" " + rest)) && $0.cue != .place }) else { return nil }
        return first + 1
    }
}
