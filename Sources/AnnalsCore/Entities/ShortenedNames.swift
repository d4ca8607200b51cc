/// Two ways a body's name is shortened in English, each joined only when one known name
/// fits it (so a short name shared by two bodies stays apart):
/// - **without its of-phrase**: "the Revolutionary Military Council of the Republic",
///   later "the Revolutionary Military Council" (the shortened name is three words or more
///   and ends in a body's head noun);
/// - **a syllabic abbreviation**: the first letters or syllables of each word of the full
///   name, in order ("Comintern" for "Communist International", "Sovnarkom" for "Soviet
///   Narodnykh Komissarov"); neither name is a person's;
/// - **a title by its main title or its subtitle**: "Permanent Revolution: Results and
///   Prospects", later "Results and Prospects"; "My Life" for "My Life: An Attempt at an
///   Autobiography" (works' names; the part names one work only);
/// - **without its nation**: "the Russian Social Democratic Labour Party", also "the Social
///   Democratic Labour Party"; "the 1905 Russian Revolution", also "the 1905 Revolution"
///   (the shortened name is three words or more, or two with a number or an ordinal that
///   tells it from the rest of its kind: "the Communist Party" names many).
extension EntityResolver {
    func joinShortenedBodies(keys: [String], surfaces: [[String: Int]], index: [String: Int], type: (Int) -> EntityType?, join: (Int, Int, String) -> Void) {
        var byHeadPhrase: [String: [Int]] = [:]
        var contentWords: [(node: Int, words: [Substring])] = []
        for (n, key) in keys.enumerated() where type(n) != .person {
            let words = key.split(separator: " ")
            // Two words ("Communist Party", "Central Committee") describe more bodies than they name.
            if let of = words.firstIndex(of: "of"), of >= 3, NameLexicon.orgHeads.contains(String(words[of - 1])) {
                byHeadPhrase[words[..<of].joined(separator: " "), default: []].append(n)
            }
            let content = words.filter { !NameLexicon.connectors.contains(String($0)) && $0 != "the" }
            if content.count >= 2 { contentWords.append((n, content)) }
        }
        for (phrase, longer) in byHeadPhrase.sorted(by: { $0.key < $1.key }) where longer.count == 1 {
            if let n = index[phrase], type(n) != .person { join(n, longer[0], "a body's name without its of-phrase, the only name so shortened") }
        }
        var byNationless: [String: [Int]] = [:]
        for (n, key) in keys.enumerated() where type(n) != .person {
            if let short = Self.withoutNation(key) { byNationless[short, default: []].append(n) }
        }
        for (short, longer) in byNationless.sorted(by: { $0.key < $1.key }) where longer.count == 1 {
            if let n = index[short], type(n) != .person { join(n, longer[0], "a name without the nation it names, the only name so shortened") }
        }
        joinSubtitles(surfaces: surfaces, index: index, type: type, join: join)
        // An abbreviation begins with its full name's first two letters: only those names are tried.
        let byOpening = Dictionary(grouping: contentWords) { $0.words[0].prefix(2) }
        for (n, key) in keys.enumerated() where key.count >= 4 && !key.contains(" ") && type(n) != .person {
            let full = (byOpening[key.prefix(2)] ?? []).filter { Self.isSyllabicAbbreviation(key, of: $0.words) }
            if full.count == 1 { join(n, full[0].node, "syllabic abbreviation of the only name it fits") }
        }
    }

    /// Joins a work's title written alone to the fuller title that has it as its title or
    /// its subtitle, either side of a colon, when one title only does.
    func joinSubtitles(surfaces: [[String: Int]], index: [String: Int], type: (Int) -> EntityType?, join: (Int, Int, String) -> Void) {
        var bySubtitle: [String: Set<Int>] = [:]
        for (n, surfaces) in surfaces.enumerated() where type(n) == .work {
            for surface in surfaces.keys {
                guard let colon = surface.firstIndex(of: ":") else { continue }
                // Either part alone: "My Life" for "My Life: An Attempt at an Autobiography".
                for part in [surface[..<colon], surface[surface.index(after: colon)...]] {
                    let key = Self.canonicalKey(NameLexicon.fold(String(part)))
                    if key.split(separator: " ").count >= 2 { bySubtitle[key, default: []].insert(n) }
                }
            }
        }
        for (subtitle, titles) in bySubtitle.sorted(by: { $0.key < $1.key }) where titles.count == 1 {
            if let n = index[subtitle], type(n) == .work, n != titles.first! { join(n, titles.first!, "a title by its main title or subtitle alone, the only title with it") }
        }
    }

    /// A name's key without the adjective of a nation it opens with (after a year or an
    /// ordinal): "russian social democratic labor party" → "social democratic labor party",
    /// "1905 russian revolution" → "1905 revolution"; nil when what is left names a kind.
    static func withoutNation(_ key: String) -> String? {
        var words = key.split(separator: " ").map(String.init)
        let numbered = words.first.map { $0.hasPrefix("#") || ($0.count == 4 && Int($0) != nil) } ?? false
        let at = numbered ? 1 : 0
        guard words.count > at + 1, NameLexicon.nationalities.contains(words[at]) else { return nil }
        words.remove(at: at)
        guard words.count >= 3 || (numbered && words.count >= 2) else { return nil }
        return words.joined(separator: " ")
    }

    /// Whether `short` is made of a beginning of each of `words`, in order, each of two
    /// letters or more (initials are acronyms, joined elsewhere; "Georgia" is no
    /// abbreviation of "Georgian Affair").
    static func isSyllabicAbbreviation(_ short: String, of words: [Substring]) -> Bool {
        let letters = Array(short), words = words.map(Array.init)
        guard letters.count < words.reduce(0, { $0 + $1.count }) else { return false }
        // Ways to cover letters[i...] with beginnings of words[w...], remembered.
        var failed = Set<Int>()
        func covers(_ i: Int, _ w: Int) -> Bool {
            if w == words.count { return i == letters.count }
            if failed.contains(i * 64 + w) { return false }
            var length = 1
            while i + length <= letters.count, length <= words[w].count, letters[i + length - 1] == words[w][length - 1] {
                if length >= 2, covers(i + length, w + 1) { return true }
                length += 1
            }
            failed.insert(i * 64 + w)
            return false
        }
        return covers(0, 0)
    }
}

extension EntityResolver {
    /// Whether a name is written as an acronym: its first two letters are capitals ("GPU",
    /// "G.P.U.", "VSNKh"; not "Dan", which may not stand for "Darkness at Noon").
    static func isWrittenAsAcronym(_ surface: String) -> Bool {
        let letters = surface.filter(\.isLetter)
        return letters.count >= 2 && letters.prefix(2).allSatisfy(\.isUppercase)
    }
}
