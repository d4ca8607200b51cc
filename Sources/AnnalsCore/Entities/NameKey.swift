import Foundation

/// How English writes one name of a body, an event or a place in more than one way,
/// brought to one key for matching (on names already folded by ``NameLexicon/fold(_:)``):
/// - **an opening article** is no part of the key ("The New York Times", "the New York Times");
/// - **the of-phrase and the noun modifier**: "the Treaty of Brest-Litovsk" is "the
///   Brest-Litovsk Treaty", "the University of Kazan" "Kazan University": a name whose
///   first word is the head noun of an event or a body, followed by "of" (and "the"),
///   keys as the modifier followed by the head;
/// - **"St." before a name is "Saint"** ("St. Petersburg", "Saint Petersburg");
/// - **British and American spellings** of the words such names are made of
///   ("Labour Party", "Labor Party");
/// - **one event, its head noun's synonyms**: a rising against rulers is named a rebellion,
///   an uprising, a revolt, a rising or an insurrection ("the Kronstadt Uprising", "the
///   Kronstadt Rebellion"; WordNet puts the five words in one sense); "the Peace of X" is
///   the treaty of X;
/// - **one ordinal, three writings**: "the Second Congress", "the 2nd Congress" and "the
///   IInd Congress" key the ordinal as its number ("#2 congress"), and a Roman numeral after
///   the head noun of an event or a body is the same ordinal ("World War II" is "the Second
///   World War"; "Catherine II" is left alone).
enum NameKey {
    /// British spellings and the American ones they are keyed as.
    static let americanSpellings: [String: String] = [
        "labour": "labor", "defence": "defense", "centre": "center", "organisation": "organization",
        "theatre": "theater", "harbour": "harbor", "honour": "honor", "colour": "color", "offence": "offense",
    ]

    /// Head nouns of events that name the same kind of event, and the word they are keyed as.
    static let eventSynonyms: [String: String] = [
        "uprising": "rebellion", "revolt": "rebellion", "rising": "rebellion", "insurrection": "rebellion",
        // "the Peace of Riga" is the treaty that made it.
        "peace": "treaty",
    ]

    /// Head nouns that may come first in a name, before "of" (events, bodies and writings:
    /// "the Treaty of Nystad" is "the Nystad Treaty").
    static let frontHeads: Set<String> = NameLexicon.eventHeads.union(NameLexicon.orgHeads).union(NameLexicon.workHeads)

    /// The key of a folded name's words.
    static func key(_ words: [String]) -> [String] {
        var words = words.enumerated().map { k, word in
            k + 1 < words.count && word == "st" ? "saint" : americanSpellings[word] ?? word
        }
        words = ordinalsKeyed(words)
        // "treaty of brest litovsk" → "brest litovsk treaty"; one "of" only ("council of people's commissars");
        // after an ordinal ("#2 congress of the party" → "#2 party congress").
        let lead = words.first?.hasPrefix("#") == true ? 1 : 0
        if words.count >= lead + 3, frontHeads.contains(words[lead]), words[lead + 1] == "of" {
            let rest = words.dropFirst(lead + (words.count > lead + 3 && words[lead + 2] == "the" ? 3 : 2))
            if !rest.contains("of") { words = Array(words.prefix(lead)) + Array(rest) + [words[lead]] }
        }
        if words.count >= 2, let synonym = eventSynonyms[words[words.count - 1]] { words[words.count - 1] = synonym }
        return words
    }

    /// Ordinal words as "#N"; a Roman numeral after an event's or a body's head noun, last,
    /// as the same ordinal first.
    static func ordinalsKeyed(_ words: [String]) -> [String] {
        var words = words.map { word in Ordinal.value(of: word).map { "#\($0)" } ?? word }
        if words.count >= 3, let number = Ordinal.roman(words[words.count - 1]), number <= 40, frontHeads.contains(words[words.count - 2]) {
            words = ["#\(number)"] + words.dropLast()
        }
        return words
    }

    /// A folded name's key: an acronym's letters joined ("G.P.U." → "gpu"), else its words keyed.
    static func plain(_ folded: String) -> String {
        var words = folded.split(separator: " ")
        // "The New York Times" is "the New York Times": an article opening a name is no part of its key.
        if words.count >= 2, words[0] == "the" { words.removeFirst() }
        if words.count >= 2, words.allSatisfy({ $0.count == 1 }) { return words.joined() }
        return key(words.map(String.init)).joined(separator: " ")
    }

    /// Names general knowledge makes one, as the list `name-variants` in the name words gives
    /// them ("united states = us; usa"): each variant's key, to its name's.
    static let variants: [String: String] = NameWords.lines("name-variants").joined().reduce(into: [:]) { table, entry in
        let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return }
        let name = plain(NameLexicon.fold(parts[0]))
        for variant in parts[1].split(separator: ";") {
            table[plain(NameLexicon.fold(variant.trimmingCharacters(in: .whitespaces)))] = name
        }
    }
}
