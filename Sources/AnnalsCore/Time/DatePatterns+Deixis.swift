/// Expressions that count from the writer's own day: "yesterday", "on Tuesday", "last
/// year", "this month", "next summer". Resolved against the document's date, or the
/// story's latest day when the document has none.
extension DatePatterns {
    static let weekdays: [String: Int] = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    func deixis(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word else { return nil }
        switch first.text {
        case "yesterday": return (.deictic(.unit(.day, amount: -1)), i + 1)
        case "tomorrow": return (.deictic(.unit(.day, amount: 1)), i + 1)
        case "tonight": return (.deictic(.unit(.day, amount: 0)), i + 1)
        default: break
        }
        // "Tuesday", "on Tuesday", "last Friday", "next Monday" (capitalised, as English writes them).
        // Not "on a Friday morning", "every Sunday" (no one day), "Bloody Sunday" (a name).
        if let day = Self.weekdays[first.text], first.isCapitalized, !(token(i - 1)?.isWord("a", "an", "every", "each", "one", "some") ?? false),
           !(i > 1 && token(i - 1)?.kind == .word && token(i - 1)?.isCapitalized == true) {
            // "Saturday, June 24, 1950": the weekday opens a full date.
            let next = token(i + 1)?.isMark(",") == true ? i + 2 : i + 1
            if let (point, end) = point(at: next), point.day != nil { return (expression(for: point), end) }
            return (.deictic(.weekday(day, future: isFuture(around: i))), i + 1)
        }
        guard first.isWord("last", "next", "this"), let word = token(i + 1), word.kind == .word else { return nil }
        // "the next year" and "the last week of August" are the story's, read elsewhere.
        if token(i - 1)?.isWord("the") == true { return nil }
        let amount = first.isWord("last") ? -1 : first.isWord("next") ? 1 : 0
        if let day = Self.weekdays[word.text], word.isCapitalized {
            return (.deictic(.weekday(day, future: amount == 1 || amount == 0 && isFuture(around: i))), i + 2)
        }
        if let season = DateVocabulary.seasons[word.text] { return (.deictic(.season(season, amount: amount)), i + 2) }
        // "this year", "this day" are the story's own (partOfCurrent); "last week", "next month".
        guard amount != 0, !word.text.hasSuffix("s"), let unit = DateVocabulary.units[word.text] else { return nil }
        return (.deictic(.unit(unit, amount: amount)), i + 2)
    }

    /// Whether the sentence speaks of the future ("will meet on Tuesday", "is to sign on Friday").
    private func isFuture(around i: Int) -> Bool {
        tokens.contains { $0.isWord("will", "shall", "'ll", "’ll", "wo") } || tokens.indices.contains { k in
            tokens[k].isWord("is", "are") && k + 1 < tokens.count && tokens[k + 1].isWord("to", "due", "expected", "scheduled")
        }
    }
}
