/// What an entity is called, the keys its names are matched on and, when nothing typed its mentions, what it is taken for.
extension EntityResolver {
    /// The name to show: a document title if one names the entity; for a person the most
    /// used full name in Latin letters; otherwise the most used name.
    static func canonicalName(_ ordered: [String], type: EntityType, titleKeys: Set<String>) -> String {
        if let title = ordered.first(where: { titleKeys.contains(canonicalKey(NameLexicon.fold($0))) }) { return title }
        // 'Nadezhda "Nadya" Krupskaya' is found as written, and shown without the nickname.
        let plain = ordered.filter { !$0.contains(where: { "\"“”".contains($0) }) }
        let ordered = plain.isEmpty ? ordered : plain
        if type == .person {
            let latin = ordered.filter { name in
                name.contains(" ") && !name.unicodeScalars.contains { $0.value >= 0x400 && $0.properties.isAlphabetic }
            }
            if let full = latin.first { return full }
        }
        return ordered[0]
    }

    /// For a set of names with no typed mention: person if it looks like one, else organisation.
    static func guessType(_ names: Dictionary<String, Int>.Keys) -> EntityType {
        for name in names {
            let words = NameLexicon.fold(name).split(separator: " ")
            if let last = words.last, MentionDetector.surnameEndings.contains(where: { last.hasSuffix($0) }) { return .person }
        }
        // A single capitalised word that nothing else explains is most often a surname, and
        // two or three capitalised words without a head word ("Wendelin Thomas") a full name.
        return names.contains { name in
            let words = name.split(separator: " ")
            return words.count <= 3 && words.allSatisfy { $0.first?.isUppercase == true }
        } ? .person : .org
    }

    /// The type with the most votes and its votes; a tie goes to the type whose name sorts
    /// last, the same in every process.
    static func top(_ tally: [EntityType: Int]) -> (key: EntityType, value: Int)? {
        tally.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }
    }

    /// The type of a set of names: what strong cues say most, unless their reading is a few
    /// slips among many (a tenth or less of all the votes, where another type has most of
    /// them: two titles read into "Luther" beside 240 mentions of the man); else what all the votes say.
    static func kind(strong: [EntityType: Int], all: [EntityType: Int]) -> EntityType? {
        let overall = top(all)
        guard let decided = top(strong) else { return overall?.key }
        if let overall, overall.key != decided.key, overall.value >= 20, decided.value * 10 <= all.values.reduce(0, +) { return overall.key }
        return decided.key
    }

    /// "a life of the anarchist Velna Orsk" and the biography "Velna Orsk", "the Reds" and the
    /// film "Reds": a spelling that strong cues read as a title and the other mentions as a
    /// person or a group, strong cues among them, names two things. The keys of such
    /// spellings — unless the title readings are a few slips among many mentions, as
    /// ``kind(strong:all:)`` judges ("Iskra", a paper the recognizer alone reads as someone, stays one).
    static func titlesNamedLikeSomeone(_ tallies: KeptTallies) -> Set<String> {
        var titles: [String: Int] = [:], others: [String: [EntityType: Int]] = [:], strong: [String: Set<EntityType>] = [:]
        for tally in tallies {
            let key = tally.key
            if tally.isTitleReading { titles[key, default: 0] += tally.count } else if !tally.votes.isEmpty {
                tally.votes.forEach { others[key, default: [:]][$0, default: 0] += $1 }
                tally.strong.forEach { type, _ in strong[key, default: []].insert(type) }
            }
        }
        return Set(titles.compactMap { key, count in
            guard let votes = others[key], let leading = top(votes)?.key,
                  [.person, .group].contains(leading), strong[key]?.contains(leading) == true else { return nil }
            let all = votes.merging([.work: 3 * count], uniquingKeysWith: +)
            return kind(strong: [.work: 3 * count], all: all) == .work ? key : nil
        })
    }

    /// The node key of a title spelled like someone's name: apart from the name's own key,
    /// and no word of it matches a list (a unit separator joins the mark).
    static func titleKey(_ key: String) -> String { key + "\u{1F}title" }

    /// The key names are matched on: folded, an acronym's letters joined ("G.P.U." → "gpu"),
    /// the other ways English writes one name brought together (``NameKey``).
    /// Names general knowledge makes one ("US", "USA" and "United States") share their name's key.
    static func canonicalKey(_ folded: String) -> String {
        let key = NameKey.plain(folded)
        return NameKey.variants[key] ?? key
    }

    /// "Bolsheviks", "Bolshevik Party", "Bolshevik faction" → "bolshevik".
    static func stem(_ key: String) -> String? {
        var words = key.split(separator: " ").map(String.init)
        while let last = words.last, ["party", "faction", "group", "movement", "organization", "organisation"].contains(last), words.count > 1 {
            words.removeLast()
        }
        guard words.count <= 2, var last = words.popLast() else { return nil }
        if last.hasSuffix("s"), last.count > 4 { last.removeLast() }
        return (words + [last]).joined(separator: " ")
    }
}
