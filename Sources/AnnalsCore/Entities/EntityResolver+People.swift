/// The guards that tell people apart by their names: given names that cannot be one
/// person's, and the regnal numbers that make a monarch's name whole.
extension EntityResolver {
    /// Whether two person names can be one person: same given name (any transliteration),
    /// an initial that fits, or one of them without a given name.
    static func compatibleGivenNames(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " ").map(String.init), y = b.split(separator: " ").map(String.init)
        guard x.count >= 2, y.count >= 2 else { return true }
        let g1 = x[0], g2 = y[0]
        if g1.count == 1 || g2.count == 1 { return g1.first == g2.first }
        let k1 = NameLexicon.givenNameKey[g1] ?? g1, k2 = NameLexicon.givenNameKey[g2] ?? g2
        if k1 == k2 { return true }
        // A one-letter slip in a long given name ("Maihail").
        return g1.count >= 6 && EditDistance.between(Array(g1), Array(g2)) <= 1
    }

    /// Whether a folded word is a Roman numeral of the kind that numbers monarchs and popes
    /// ("i", "iv", "xiv"; letters i, v and x only, up to 39).
    static func isRegnalNumber(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy({ "ivx".contains($0) }) && (Ordinal.roman(word).map { $0 < 40 } ?? false)
    }

    /// Whether two monarchs' names, each ending in a regnal number, are one monarch's: the
    /// same number and as many given names, each pair the same name in any transliteration.
    static func sameMonarch(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: " ").map(String.init), y = b.split(separator: " ").map(String.init)
        guard x.count == y.count, x.last == y.last else { return false }
        return zip(x.dropLast(), y.dropLast()).allSatisfy { (NameLexicon.givenNameKey[$0] ?? $0) == (NameLexicon.givenNameKey[$1] ?? $1) }
    }

    /// Whether a folded name is a given name and more: a person's, whatever the votes say.
    static func looksLikeAPersonsName(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return words.count >= 2 && NameLexicon.isGivenName(String(words[0]))
    }
}
