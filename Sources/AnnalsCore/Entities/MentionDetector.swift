import Foundation

/// Finds names in sentences: runs of capitalised words (with "of", "de", "von" and
/// initials inside), typed by the evidence around them — titles and honorifics,
/// head words ("Party", "Revolution", "Province"), a gazetteer of well-known places,
/// given names, quotation marks and cue words for works ("the newspaper …").
struct MentionDetector {
    /// Tells common nouns given a capital ("the Embassy") from names.
    var dictionary = CommonWords.none

    /// `recognized`: the trained recognizer's names, in order (nil: none ran); a run of
    /// capitals it does not see as a name is kept only on strong evidence, and its kind
    /// types the names the rules leave unsure.
    func mentions(in text: ScalarText, structure: DocumentStructure, tokens sentenceTokens: SentenceTokens, document: Int,
                  recognized: [RecognizedName]? = nil) -> [EntityMention] {
        var found: [EntityMention] = []
        let apparatus = Self.apparatusSections(text: text, structure: structure)
        let lowerCase = Self.wordsInLowerCase(structure: structure, tokens: sentenceTokens)
        var bodies = NamedBodies()
        for (index, sentence) in structure.sentences.enumerated() where !Self.isInside(sentence.section, apparatus, structure: structure) {
            let tokens = sentenceTokens[index]
            let names = recognized.map { Self.names($0, in: sentence.range) }
            // Headings name nothing new, except numbered source headers: "(17) Adolph Joffe, letter to …".
            if sentence.isHeading, !Self.isNumberedHeading(sentence, structure: structure, tokens: sentenceTokens) { continue }
            // "30. Karl Radek, Leon Trotsky, Organizer of Victory. marxists.org.": a citation note.
            if let items = Self.citationMentions(text, sentence: sentence, words: tokens, document: document) {
                found += items
                continue
            }
            // "1933: Marx's Teaching and Its Historical Importance", "New York: Random House, 1972.".
            if let items = Self.bibliographyMentions(text, structure: structure, tokens: sentenceTokens, index: index, document: document) {
                found += items
                continue
            }
            var i = 0
            let sentenceStart = found.count
            defer { Self.agreeingLists(&found, from: sentenceStart, tokens: tokens) }
            while i < tokens.count {
                // "Nadezhda "Nadya" Krupskaya": a nickname between the given name and the surname.
                if let nicknamed = Self.nicknamedName(tokens, at: i) {
                    found += Self.nicknameMentions(nicknamed, tokens: tokens, text: text, document: document)
                    i = nicknamed.end
                    continue
                }
                guard case (let start, var end)? = nameSpan(tokens, from: i) else { i += 1; continue }
                // "the Council of Labour and Defence": the recognizer's longer name of a body, place or event.
                if let names, let longer = Self.extended(tokens, start: start, end: end, names: names) { end = longer }
                // "the so-called “Bloc of Velmarists and Orskites”": a name quoted as what something is called is all of the quotation.
                if let quoted = Self.calledNameEnd(tokens, start: start), quoted > end { end = quoted }
                // "the novel Crime and Punishment", "My Disillusionment in Russia (1923)": a title, words and all.
                if let title = Self.quotedTitleEnd(tokens, start: start) ?? Self.titleEnd(tokens, start: start, end: end) {
                    i = title
                    let range = TextRange(start: tokens[start].range.start, end: tokens[title - 1].range.end)
                    found.append(EntityMention(document: document, range: range, surface: text.string(in: range), cue: .work,
                                               isStrongCue: true, opensSentence: start == 0))
                    continue
                }
                i = end
                end = Self.endBeforeDate(tokens, start: start, end: end)
                var first = start
                // Drop leading words that are not names ("The", "After", a title kept as a cue).
                var titleCue = false, realm = false
                // "the No Conscription League": after "the" inside a sentence, such a word is the name's own.
                let ownWord = start > 0 && tokens[start - 1].isWord("the") && end - start >= 2 && !NameLexicon.personTitles.contains(tokens[start].bare)
                while first < end, tokens[first].kind == .word, !Self.monthNamesEvent(tokens, first: first, end: end),
                      !Self.weekdayOpensName(tokens, first: first, end: end),
                      !Self.titleOpensBody(tokens, first: first, end: end), !(ownWord && first == start),
                      NameLexicon.notNames.contains(tokens[first].bare) || NameLexicon.personTitles.contains(tokens[first].bare) || Self.isHyphenatedTitle(tokens[first].bare) {
                    let office = Self.isHyphenatedTitle(tokens[first].bare)
                    if NameLexicon.personTitles.contains(tokens[first].bare) || office { titleCue = true }
                    // "Tsar of Kazan", "Duke of Courland": what a title is "of" is a realm ("Secretary-General of the CNT" a body's).
                    if titleCue, first + 1 < end, tokens[first + 1].isWord("of") { (titleCue, realm) = (false, !office) }
                    first += 1
                    if first < end, tokens[first].isMark(".") { first += 1 }
                }
                // "Convinced Goldman …": at a sentence's start, where capitals prove nothing, the
                // words before the recognizer's name are not the name's.
                if first == 0, let names, let opening = Self.recognizedOpening(tokens, first: first, end: end, names: names) { first = opening }
                // "the Congress Lenin attended": a head noun ends one name and a person's begins
                // (not "The Revolution Betrayed", whose next word the document writes small, nor
                // "The Sunday Times", which a writing's head noun ends).
                if end - first >= 2, Self.isHeadNoun(tokens[first].text), !Self.isHeadNoun(tokens[end - 1].text),
                   !NameLexicon.workHeads.contains(tokens[end - 1].bare),
                   !tokens[(first + 1)..<end].contains(where: { $0.kind == .word && !$0.isCapitalized }),
                   first > 0, tokens[first - 1].isWord("the"), !lowerCase.contains(tokens[first + 1].bare) {
                    first += 1
                }
                // "the Left Socialist-Revolutionary Yakov Blumkin": a descriptor before a given
                // name and a surname is an apposition; the person's name starts at the given name.
                if let given = Self.givenNameAfterDescriptor(tokens, first: first, end: end, dictionary: dictionary) ?? Self.personAfterOffice(tokens, first: first, end: end)
                    ?? Self.personAfterTitle(tokens, first: first, end: end) { (first, titleCue, realm) = (given, true, false) }
                if surnameAfterDoctrine(tokens, first: first, end: end) { first += 1 }
                if let body = Self.bodyAfterDescriptor(tokens, first: first, end: end) { first = body }
                // "Russian-ruled Ukraine", "the Bolshevik-led Petrograd Soviet": a name joined to a
                // lower-case participle is an adjective describing the name after it.
                while end - first >= 2, Self.describesWithParticiple(tokens[first], in: text) { first += 1 }
                if let split = placeBeforeKnownName(tokens, first: first, end: end, found: found, text: text) { (end, i) = (split, split) }
                guard first < end, tokens[first].kind == .word, tokens[first].isCapitalized else { continue }
                let last = tokens[end - 1]
                let numbered = Self.numberOpening(tokens, first: first, end: end)
                var range = TextRange(start: tokens[numbered ?? first].range.start, end: last.range.end - (last.isPossessive ? 2 : 0))
                var surface = text.string(in: range)
                var words = tokens[first..<end].filter { $0.kind == .word }.map { $0.isPossessive ? String($0.text.dropLast(2)) : $0.text }
                // "Chicago-bound", "Bolshevik-led", "Europe-wide": a name joined to a lower-case word is an adjective; the name is its first part.
                if words.count == 1, let name = Self.nameInCompound(surface) {
                    (range, surface, words) = (TextRange(start: range.start, end: range.start + name.unicodeScalars.count), name, [name.lowercased()])
                }
                // "post-World War II": a head noun's name begins after the hyphen of the word before.
                if let tail = Self.capitalisedTail(tokens, before: first, in: text), words.contains(where: Self.isHeadNoun) {
                    (range, words) = (TextRange(start: tail.start, end: range.end), [tail.word] + words)
                    surface = text.string(in: range)
                }
                // A lone month or weekday is a date; a lone adjective or doctrine ("German", "Stalinist") is no name, nor people's names joined ("the Stalin-Bukharin alliance").
                if words.count == 1, DateVocabulary.months[words[0]] != nil || NameLexicon.weekdays.contains(words[0]) || NameLexicon.isAdjective(words[0]) || last.modifiesNoun && Self.joinsPeople(surface, named: found)
                    || isDemonym(words[0], surface: surface, modifiesNoun: last.modifiesNoun) { continue }
                // "the Kartlian and Georgian Kings": a word joined to an adjective of nation is one too.
                if words.count == 1, Self.isCoordinatedAdjective(tokens, first: first, end: end) || Self.isListedAdjective(tokens, first: first, end: end) { continue }
                // "a Russian Jewish father", "the German-Swedish Lutheran mother": adjectives all, before a common noun.
                if words.allSatisfy(NameLexicon.isAdjectiveCompound) { continue }
                if NameLexicon.namesAnOffice(words) || Self.namesAVessel(tokens, start: first, end: end) || Self.namesAPrize(words, tokens: tokens, end: end) { continue }
                // "the Tesla family": the family is named with its noun, apart from the surname alone
                // (which names its best-known bearer).
                if end < tokens.count, !last.isPossessive, Self.familyWords.contains(tokens[end].text) {
                    range = TextRange(start: range.start, end: tokens[end].range.end)
                    surface = text.string(in: range)
                    words.append(tokens[end].text)
                }
                // Calendar markers ("Old Style", "O.S.", "BC"), pronouns ("Him"), lone letters: no names.
                if Self.isNoName(words, allCapitals: tokens[first].isAllCapitals) { continue }
                // "a Conservative", "a Fellow of the College": one capitalised word heading a
                // phrase after the indefinite article names a kind, not one of a kind ("a
                // Paris meeting" is a modifier of a noun, and keeps its name).
                // So does an English word after the article and adjectives written small ("a registered
                // Republican with …", "an old Rugbaean who …"; not "a young Stalin", no English word
                // nor a kind of person).
                if words.count == 1, Self.indefiniteArticle(tokens, before: first, adjectivesAllowed: dictionary.isEnglishWord(words[0])
                                                             || dictionary.namesAKindOfPerson(surface) || Self.adjectiveEndings.contains { words[0].hasSuffix($0) }) != nil,
                   end == tokens.count || tokens[end].kind != .word || NameLexicon.phraseEnders.contains(tokens[end].text) { continue }
                var (cue, strong) = classify(words: words, tokens: tokens, start: first, end: end, titled: titleCue)
                if numbered != nil { strong = true }
                // "Professor of Modern History", "Minister of Finance": what an office is "of" in English words is a field, no realm.
                if realm, words.allSatisfy({ dictionary.isEnglishWord($0) || NameLexicon.connectors.contains($0) }), !dictionary.isGazetteerPlace(surface.split(separator: " ").map(String.init)) { continue }
                if realm { (cue, strong) = (.place, true) }
                // "published “The Northern Road”": a title keeps the capitalised article that opens it.
                if cue == .work, strong, first > 0, tokens[first - 1].isWord("the", "a", "an"), Self.opensTitle(tokens, at: first - 1) {
                    range = TextRange(start: tokens[first - 1].range.start, end: range.end)
                    surface = text.string(in: range)
                }
                // "the Union" a few sentences after "the South Russian Workers' Union" is that union.
                let definite = Self.isDetermined(tokens, before: first, by: Self.definiteArticle)
                var refersTo = definite ? bodies.referent(of: words, sentence: index).map { NamedBodies.Referent(surface: $0.surface, kind: .org) } : nil
                // "Mary and Abe Isaak": a given name joined to another and a surname shares the surname.
                if refersTo == nil, let full = Self.sharedSurname(tokens, first: first, end: end, text: text) { refersTo = NamedBodies.Referent(surface: full, kind: .person) }
                // "the World", "the System": one word the document also writes in lower case is a common noun in capitals.
                // Opening a sentence, where capitals prove nothing, a head noun alone is such a word too ("Days after …").
                if words.count == 1, !strong || first == 0 && Self.isHeadNoun(words[0]), refersTo == nil, lowerCase.contains(words[0]),
                   !NameLexicon.isGivenName(words[0]) { continue }
                // "the Cathedral" after "Saint Isaac's Cathedral" is that cathedral; "the present
                // Ministry" with no ministry named is a common noun in capitals, and no name (a
                // singular noun without a determiner, "at Rugby", "Pipes noted", is a name; so is
                // one before a noun, "the Homestead strike").
                let commonNoun = !strong && !last.modifiesNoun && words.count == 1 && cue != .group
                    && dictionary.isCommonNoun(surface, lowered: words[0])
                if commonNoun, refersTo == nil, Self.isDetermined(tokens, before: first, by: NameLexicon.determiners) {
                    guard definite, let thing = bodies.referent(ofNoun: words[0], sentence: index) else { continue }
                    refersTo = thing
                }
                // "Aristotle's Poetics", "Tom Brown's Schooldays": a common noun in capitals (one or many) after a
                // name's possessive is the title of a writing, the name's and the noun's together.
                if commonNoun || !strong && words.count == 1 && dictionary.isPluralCommonNoun(surface, lowered: words[0]), refersTo == nil, let title = Self.possessiveTitle(found, from: sentenceStart, tokens: tokens, first: first, range: range,
                                                                                  text: text, document: document) {
                    if found.count > sentenceStart, found[found.count - 1].range.start == title.range.start { found[found.count - 1] = title } else { found.append(title) }
                    continue
                }
                if let names, refersTo == nil {
                    let overlapping = names.filter { $0.range.start < range.end && range.start < $0.range.end }
                    // "Conversely", "Him", "O.S": capitals the recognizer reads as no name.
                    // "a senior Narodnik" after "the Narodniks": one of a body's members, named all the same.
                    let member = overlapping.isEmpty && bodies.namesAMember(words)
                    // "better known by his alias Lenin": a name announced as someone's other name is one.
                    let announced = AliasExtractor.announcesAlias(tokens, before: first)
                    if overlapping.isEmpty, !strong, !member, !announced { continue }
                    if member, cue == nil { cue = .group }
                    // One reading in context, right about four times in five: a vote, not a verdict; outweighed by a place
                    // the words before it and the gazetteer agree on ("at Trincomalee", "took Tikrit").
                    let reading = overlapping.lazy.compactMap(\.type).first
                    if !strong, confirmedPlace(tokens, first: first, words: words, surface: surface, cue: cue, recognized: reading) { cue = .place } else if !strong, let reading { cue = reading == .org && Self.surnameOfSomeoneNamed(words, found) ? .person : reading }
                    // "converted to Christianity", "during Advent": a name of a kind the record does not keep.
                    if !strong, !member, !announced, !overlapping.contains(where: \.isKept) {
                        switch Self.unkeptReading(words: words, recognized: overlapping, cue: cue, allCapitals: tokens[first].isAllCapitals) {
                        case .dropped: continue
                        case .work: cue = .work
                        case .rules: break
                        }
                    }
                }
                // "paid two million Riksdaler": what is counted is a unit, no one's name.
                if cue == .person && Self.qualifiesTitle(tokens, end: end) || cue != .group && !strong && Self.counted(tokens, first: first) { continue }
                // "the Safavids", "the Jacobins": partisans or a dynasty in the plural are never one person.
                if cue == .person, !strong, words.count == 1, NameLexicon.isFollowers(words[0]) { cue = .group }
                // "than Guizot or Sismondi could comprehend": the subject of a verb of thinking or feeling is someone; a place is not.
                if !strong, cue == .place || cue == nil, tokens[first..<end].contains(where: { $0.subjectOf.map(NameLexicon.personVerbs.contains) ?? false }) {
                    cue = .person
                }
                // "Siberia", "Proudhon": a name the dictionary knows as one kind of thing only.
                let written = surface.split(separator: " ").map(String.init)
                if !strong, let known = dictionary.kind(of: written) { cue = known }
                if !strong, dictionary.namesAPeriod(written) { continue }
                // "the Streltsy", "the Central Rada" (not "the Lenin archive"): no one's name; a people's in the plural, else nothing to type.
                let articled = cue == .person && !strong && !titleCue && refersTo == nil && !last.modifiesNoun && Self.isArticled(tokens, first: first)
                if articled { cue = Self.isPluralName(words) ? .group : nil }
                bodies.note(words, surface: surface, kind: cue, sentence: index)
                found.append(EntityMention(document: document, range: range, surface: surface, cue: refersTo.map { $0.kind ?? cue } ?? cue,
                                           isStrongCue: strong, opensSentence: first == 0 && !last.isPossessive, refersTo: refersTo?.surface, isArticled: articled))
            }
        }
        return found
    }

    /// Where a run of capitals starting at `start` ends when a recognized name of a body,
    /// place or event begins with it and goes on past `end` through words to a capitalised
    /// one; nil when none does. Through "and" only from a name with "of" in it ("the Council
    /// of Labour and Defence"), for "Rykov and Nogin" are two names.
    static func extended(_ tokens: [ReaderToken], start: Int, end: Int, names: ArraySlice<RecognizedName>) -> Int? {
        guard start < end else { return nil }
        let runStart = tokens[start].range.start, runEnd = tokens[end - 1].range.end
        let hasOf = tokens[start..<end].contains { $0.isWord("of") }
        // "the League of Struggle for the Emancipation of the Working Class": a head noun and
        // "of" begin a body's, an event's or a place's name, whatever kind the recognizer saw.
        let headed = end - start >= 3 && tokens[start + 1].isWord("of") && NameKey.frontHeads.contains(tokens[start].bare)
        for name in names where name.range.end > runEnd && name.range.start <= runStart
            && ([.org, .place, .event].contains(name.type) || headed && name.kind != "person") {
            var k = end, crossedAnd = false
            while k < tokens.count, tokens[k].range.end <= name.range.end, tokens[k].kind == .word || tokens[k].isMark("-") {
                crossedAnd = crossedAnd || tokens[k].isWord("and")
                // "King of Grodek and Tsar of Orsk": a title begins another name.
                if tokens[k].isCapitalized, NameLexicon.personTitles.contains(tokens[k].bare) { return nil }
                if tokens[k].range.end == name.range.end {
                    guard tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
                    // "the Labour and Socialist International": two words joined before one head noun
                    // (not "the Party and the Army", two names).
                    if crossedAnd, !hasOf, isHeadNoun(tokens[end - 1].text) || !isHeadNoun(tokens[k].text) { return nil }
                    return k + 1
                }
                k += 1
            }
        }
        return nil
    }

    /// The recognized names inside a sentence's range (`names` in order of their starts).
    static func names(_ names: [RecognizedName], in range: TextRange) -> ArraySlice<RecognizedName> {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < names.count, names[end].range.start < range.end { end += 1 }
        return names[low..<end]
    }

    static func isHeadNoun(_ word: String) -> Bool {
        let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
        return NameLexicon.isOrgHead(bare) || NameLexicon.eventHeads.contains(bare) || NameLexicon.placeHeads.contains(bare)
    }

    /// Whether a heading sentence belongs to a numbered source header "(17) …" (which
    /// may run to several sentences).
    static func isNumberedHeading(_ sentence: Sentence, structure: DocumentStructure, tokens: SentenceTokens) -> Bool {
        guard sentence.isHeading, let section = sentence.section else { return false }
        let heading = structure.sections[section].heading
        guard heading.contains(sentence.range) || heading.start == sentence.range.start else { return false }
        // The heading's first sentence, found by halving: its opening tokens.
        var low = 0, high = structure.sentences.count
        while low < high {
            let middle = (low + high) / 2
            if structure.sentences[middle].range.start < heading.start { low = middle + 1 } else { high = middle }
        }
        guard low < structure.sentences.count else { return false }
        let end = min(heading.end, heading.start + 8)
        return isNumberedHeader(Array(tokens[low].prefix { $0.range.end <= end }))
    }

    /// Whether a name ending before `end` is followed by another in a list: "and" or a
    /// comma, then a capitalised word.
    static func continuesAList(_ tokens: [ReaderToken], after end: Int) -> Bool {
        end + 1 < tokens.count && (tokens[end].isWord("and") || tokens[end].isMark(","))
            && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized
    }
}

extension ReaderToken {
    /// A word ending in "'s" ("Lenin's").
    var isPossessive: Bool { kind == .word && (text.hasSuffix("'s") || text.hasSuffix("’s")) && text.count > 2 }
    /// The word without its possessive ending ("tsar's" → "tsar").
    var bare: String { isPossessive ? String(text.dropLast(2)) : text }
}
