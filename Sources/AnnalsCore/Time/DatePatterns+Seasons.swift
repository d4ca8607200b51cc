/// Seasons written without their year, which the narrative gives: "the summer", "that
/// same spring", "in winter", "the early summer", "the middle of summer", "the spring and
/// summer", "the summer offensive".
extension DatePatterns {
    /// Words before a season alone that make it a time: "in winter", "before the onset of winter".
    private static let seasonPrepositions: Set<String> = ["in", "during", "by", "until", "till", "through", "throughout", "before",
                                                          "after", "since", "into", "of"]

    /// Fixed-date holidays (time-words.txt): "Christmas 1963", "by Christmas", "New Year's Day 1915".
    func holiday(at i: Int) -> (DateExpression, end: Int)? {
        guard let (words, end) = phrase(at: i, in: TimeWords.holidayNames), let (month, day) = TimeWords.holidays[words.joined(separator: " ")] else { return nil }
        if let year = token(end)?.fourDigitYear, isPlausibleYear(at: end, inDate: true) {
            var point = Point()
            (point.year, point.month, point.day) = (year, month, day)
            return (expression(for: point), end + 1)
        }
        // Alone, only where a preposition makes it a time: "by Christmas", "at Christmas".
        guard token(i - 1)?.isWord("by", "at", "on", "until", "till", "before", "after", "over", "since") == true else { return nil }
        return (.partial(month: month, day: day, part: nil, calendar: .gregorian), end)
    }

    func season(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word else { return nil }
        var k = i
        var part: DatePoint.Part?
        let determined = first.isWord("the", "that", "this")
        if determined {
            k += 1
            if token(k)?.isWord("same") == true { k += 1 }
        }
        // "the early summer", "the middle of summer", "the end of the winter".
        if let word = token(k), let wordPart = DateVocabulary.parts[word.text] {
            if word.isWord("beginning", "start", "middle", "end") {
                guard determined, token(k + 1)?.isWord("of") == true else { return nil }
                k += 2
                if token(k)?.isWord("the") == true { k += 1 }
            } else {
                k += 1
            }
            part = wordPart
        }
        guard let word = token(k), word.kind == .word, let season = DateVocabulary.seasons[word.text] else { return nil }
        // "the summer of 1902" is a point; "the fall of Paris" is no season.
        if let next = token(k + 1), next.isWord("of") || next.fourDigitYear != nil { return nil }
        if k > i { return isSeasonWord(word, at: k, determined: determined) ? (.partialSeason(season, part: part), k + 1) : nil }
        let previous = token(i - 1)
        let afterPreposition = previous.map { $0.kind == .word && Self.seasonPrepositions.contains($0.text) } ?? false
        let joined = previous?.isWord("and", "or") == true && token(i - 2).map { DateVocabulary.seasons[$0.text] != nil } == true
        // "the summer offensive", but not in a name ("the Spring Offensive").
        let dating = word.modifiesNoun && !word.isCapitalized && token(i + 1).map { $0.kind == .word && !$0.isCapitalized } == true
        guard afterPreposition || joined || dating, isSeasonWord(word, at: k, determined: afterPreposition || joined) else { return nil }
        return (.partialSeason(season, part: nil), k + 1)
    }

    /// "fall" is a season only after a determiner or a preposition and at the end of its
    /// phrase ("in the fall", "that fall,"; not "the fall in prices"); other season words
    /// are seasons wherever the pattern finds them.
    private func isSeasonWord(_ word: ReaderToken, at k: Int, determined: Bool) -> Bool {
        guard word.text == "fall" else { return true }
        guard determined, let next = token(k + 1) else { return determined }
        return next.kind == .mark || next.isWord("and", "or", "when", "he", "she", "they", "the")
    }
}
