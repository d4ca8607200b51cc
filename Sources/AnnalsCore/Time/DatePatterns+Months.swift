/// When a month's name is a month, and years written with their era.
extension DatePatterns {
    /// A month word counts as a month when capitalised; "May" and "March" also need a
    /// number or a year next to them, or a preposition before.
    func acceptsMonth(at k: Int, beforeDay: Bool) -> Bool {
        guard let word = token(k), word.isCapitalized else { return false }
        let next = token(k + 1)
        let afterDot = next?.isMark(".") == true ? token(k + 2) : next
        let previous = token(k - 1)
        let numberNext = afterDot?.kind == .number || previous?.kind == .number
        if word.text == "may" || word.text == "march" {
            // "between March and April 1918", "(May-August 1950)": the first month of a range of months.
            if let joiner = next, joiner.isDash || joiner.isWord("and", "to", "through", "until"), token(k + 2)?.month != nil { return true }
            return numberNext || previous?.isWord("in", "of", "early", "late", "mid", "until", "by", "since", "from", "through", "to",
                                                  "between", "into", "during", "throughout", "before", "after") == true
        }
        if DateVocabulary.ambiguousMonthWords.contains(word.text) { return numberNext }
        return true
    }

    /// A month named without a day or year stands alone after a preposition ("in January",
    /// "from October to March"), joined to another month ("November and January"), or
    /// before the noun it dates ("the August offensive", "a March operation").
    func monthStandsAlone(at j: Int) -> Bool {
        guard let word = token(j), word.text.count > 3 || word.text == "may" else { return false }
        if token(j - 1)?.isWord("in", "by", "until", "till", "since", "during", "of", "early", "late", "mid", "from", "through", "that",
                                "following", "next", "last", "to", "into", "after", "before", "throughout", "between") == true { return true }
        if token(j - 1)?.isWord("and", "or") == true, token(j - 2)?.month != nil { return true }
        // "August-September 1950", "July to November 1954": the first month of a range of months.
        if let joiner = token(j + 1), joiner.isDash || joiner.isWord("to", "through", "until", "till"), token(j + 2)?.month != nil { return true }
        // Not in a name: "the October Revolution", "the April Theses" name an event or a work.
        guard let next = token(j + 1), next.kind == .word, !next.isCapitalized else { return false }
        return word.modifiesNoun && word.text != "may"
    }

    /// A year of one to four digits with its era after it: "480 BC", "149 B.C.", "AD 45" is read elsewhere.
    func yearWithEra(at k: Int) -> (Int, end: Int)? {
        guard let number = token(k), number.kind == .number, !number.isOrdinal, number.digits <= 4, let value = number.number, value > 0 else { return nil }
        let (isBC, afterEra) = era(at: k + 1)
        guard let isBC, let afterEra else { return nil }
        return (isBC ? 1 - value : value, afterEra)
    }
}
