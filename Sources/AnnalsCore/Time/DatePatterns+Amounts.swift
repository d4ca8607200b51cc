/// Lengths of time, repetitions, and words pointing at the writer's own time: "two
/// months", "over a year", "the next two weeks", "a ten-day visit", "every year",
/// "daily", "now", "former", "in the future". The words are in `time-words.txt`.
extension DatePatterns {
    /// The longest phrase of `phrases` starting at `k`, and the index after it.
    func phrase(at k: Int, in phrases: Phrases) -> ([String], end: Int)? {
        guard let first = token(k), first.kind == .word, let candidates = phrases.byFirstWord[first.text] else { return nil }
        var best: ([String], end: Int)?
        for words in candidates where words.count > (best?.0.count ?? 0)
            && words.enumerated().allSatisfy({ offset, word in token(k + offset)?.isWord(word) == true }) {
            best = (words, k + words.count)
        }
        return best
    }

    /// "two months", "about a week", "the next two weeks", "a ten-day", "the first ten
    /// months of 1915"; after "after", also the date it reaches ("after two months").
    func amount(at i: Int) -> (DateExpression, end: Int)? {
        var k = i
        var isApproximate = false
        var opener: String?
        if token(k)?.isWord("the") == true, let word = token(k + 1), TimeWords.spanOpeners.contains(word.text) {
            opener = word.text
            k += 2
        } else if let (_, end) = phrase(at: k, in: TimeWords.approximateAmountWords) {
            isApproximate = true
            k = end
        } else if let (_, end) = phrase(at: k, in: TimeWords.exactAmountWords) {
            k = end
        }
        var found = length(at: k, opener: opener)
        if found == nil, k > i, opener == nil {
            // "some days", "a full year": the words read as a hedge were the count.
            found = length(at: i, opener: nil)
            isApproximate = false
        }
        guard var (amount, end) = found else { return nil }
        amount.isApproximate = isApproximate
        // "two months later", "three days after", "ten years before.": a move from a date (relative).
        if let next = token(end), next.kind == .word, TimeWords.shiftWords.contains(next.text) {
            if !next.isWord("before", "prior") || token(end + 1).map({ $0.kind == .mark }) ?? true { return nil }
        }
        // "the first ten months of 1915", "the last two weeks of February 1951".
        var within: HistoricalDate?
        if token(end)?.isWord("of") == true, let (point, after) = point(at: end + 1) {
            within = point.historicalDate
            end = after
        }
        let shift = token(i - 1)?.isWord("after") == true && opener == nil
            ? RelativeShift(unit: amount.unit.shiftUnit, amount: Int(amount.count ?? 3)) : nil
        return (.amount(amount, shift: shift, within: within), end)
    }

    /// A count and a unit: "two months", "a week", "several days", "ten-day", "24-year",
    /// "month-long", "3 year long"; plural units alone after "the"+opener ("the coming years").
    private func length(at k: Int, opener: String?) -> (TimeAmount, end: Int)? {
        guard let first = token(k) else { return nil }
        // "ten-day", "month-long", "months-long": one hyphenated word.
        if first.kind == .word, first.text.contains("-"), let amount = Self.hyphenated(first.text) { return (amount, k + 1) }
        // "24-year", "6-month": a number joined to its unit.
        if first.kind == .number, !first.isOrdinal, let number = first.number, token(k + 1)?.isDash == true, adjacent(k, k + 1),
           adjacent(k + 1, k + 2), let word = token(k + 2), let unit = TimeWords.durationUnits[word.text] {
            var end = k + 3
            if token(end)?.isDash == true, token(end + 1)?.isWord("long") == true { end += 2 }
            return (TimeAmount(count: Double(number), unit: unit), end)
        }
        // "the intervening years", "the following days".
        if opener != nil, let unit = plural(first) { return (TimeAmount(count: nil, unit: unit), k + 1) }
        guard let (count, afterCount) = count(at: k) else {
            guard let unit = TimeWords.durationUnits[first.text], plural(first) == nil else {
                // "for months", "within days": a plural unit alone after a preposition of time.
                if opener == nil, let unit = plural(first), token(k - 1)?.isWord("for", "within", "over", "during", "after", "in") == true,
                   !(token(k + 1)?.isWord("of") ?? false) {
                    return (TimeAmount(count: nil, unit: unit), k + 1)
                }
                return nil
            }
            // "the past decade"; "the first hour of the attack", "the last week of August".
            if opener == "past" || (opener == "first" || opener == "last") && token(k + 1)?.isWord("of") == true {
                return (TimeAmount(count: 1, unit: unit), k + 1)
            }
            return nil
        }
        var unitIndex = afterCount
        // "two bloody weeks", "ten brutal months": one adjective between a number and its unit.
        if let adjective = token(unitIndex), adjective.kind == .word, TimeWords.durationUnits[adjective.text] == nil, adjective.modifiesNoun,
           !(token(k)?.isWord("a", "an") ?? true), let next = token(unitIndex + 1), plural(next) != nil {
            unitIndex += 1
        }
        guard let word = token(unitIndex), word.kind == .word, let unit = TimeWords.durationUnits[word.text] else { return nil }
        // "a second attack": an ordinal, not a length.
        if unit == .second, token(k)?.kind != .number { return nil }
        let isPlural = plural(word) != nil
        var end = unitIndex + 1
        // "a 3 year long siege", "a thirty year truce": a singular unit before "long" or a noun.
        if token(end)?.isWord("long") == true { end += 1 }
        switch count {
        case nil: guard isPlural else { return nil }
        case 1?: guard !isPlural else { return nil }
        case let number?:
            guard isPlural || end > unitIndex + 1 || word.modifiesNoun || number < 1 else { return nil }
        }
        return (TimeAmount(count: count, unit: unit), end)
    }

    /// A number, or a number word other than the article ("ten", "several"; not "a").
    private func isCount(_ token: ReaderToken) -> Bool {
        token.kind == .number || DateVocabulary.cardinals[token.text] != nil && !token.isWord("a", "an")
    }

    private func pow10(_ digits: Int) -> Double { (0..<digits).reduce(1.0) { value, _ in value * 10 } }

    /// The unit of a plural unit noun ("years"), nil for a singular one.
    private func plural(_ token: ReaderToken) -> TimeAmount.Unit? {
        guard token.kind == .word, token.text.hasSuffix("s") || token.text == "centuries", let unit = TimeWords.durationUnits[token.text] else { return nil }
        return unit
    }

    /// "ten-day" (10 days), "month-long" (1 month), "months-long" (months), "three-month-long".
    static func hyphenated(_ word: String) -> TimeAmount? {
        var pieces = word.split(separator: "-").map(String.init)
        if pieces.last == "long" { pieces.removeLast() }
        guard let last = pieces.last, let unit = TimeWords.durationUnits[last] else { return nil }
        let isPlural = last.hasSuffix("s") || last == "centuries"
        switch pieces.count {
        case 1:
            guard word.hasSuffix("-long") else { return nil }
            return TimeAmount(count: isPlural ? nil : 1, unit: unit)
        case 2:
            guard !isPlural, let number = DateVocabulary.number(fromWords: [pieces[0]]) else { return nil }
            return TimeAmount(count: Double(number), unit: unit)
        default:
            return nil
        }
    }

    /// How many: a number, a number word, "a", "a couple of", "half a", "two and a half";
    /// nil count for an open one ("several", "a few").
    private func count(at k: Int) -> (Double?, end: Int)? {
        if let (_, end) = phrase(at: k, in: TimeWords.openCounts) { return (nil, end) }
        guard let first = token(k) else { return nil }
        if first.isWord("half"), token(k + 1)?.isWord("a", "an") == true { return (0.5, k + 2) }
        if first.isWord("a", "an") {
            if token(k + 1)?.isWord("single", "full", "whole", "entire") == true { return (1, k + 2) }
            if token(k + 1)?.isWord("couple") == true, token(k + 2)?.isWord("of") == true { return (2, k + 3) }
            if token(k + 1)?.isWord("hundred") == true { return (100, k + 2) }
            return (1, k + 1)
        }
        if first.isWord("hundred") { return (100, k + 1) }
        var value: Int
        var end: Int
        if first.kind == .number, !first.isOrdinal, first.digits <= 3, let number = first.number,
           !(token(k + 1)?.isMark(",") == true && adjacent(k, k + 1) && token(k + 2)?.kind == .number) {
            (value, end) = (number, k + 1)
        } else if let (number, after) = numberWords(at: k) {
            (value, end) = (number, after)
            if token(end)?.isWord("hundred") == true { value *= 100; end += 1 }
        } else {
            return nil
        }
        // "22.8 years".
        if first.kind == .number, token(end)?.isMark(".") == true, adjacent(k, end), adjacent(end, end + 1), let decimals = token(end + 1),
           decimals.kind == .number, let fraction = decimals.number {
            return (Double(value) + Double(fraction) / pow10(decimals.digits), end + 2)
        }
        // "two and a half years", "two and half years".
        if token(end)?.isWord("and") == true {
            if token(end + 1)?.isWord("a") == true, token(end + 2)?.isWord("half") == true { return (Double(value) + 0.5, end + 3) }
            if token(end + 1)?.isWord("half") == true { return (Double(value) + 0.5, end + 2) }
        }
        return (Double(value), end)
    }

    /// "every year", "each day", "per month", "daily", "annually", "twice a week".
    func frequency(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word else { return nil }
        if let unit = TimeWords.frequencyWords[first.text], !first.isCapitalized || i == 0 {
            return (.frequency(TimeAmount(count: 1, unit: unit, everyCalendarUnit: true)), i + 1)
        }
        var k = i + 1
        if TimeWords.frequencyOpeners.contains(first.text) {
            var count = 1.0
            if let (number, end) = self.count(at: k), let number, token(k)?.isWord("a", "an") == false { (count, k) = (number, end) }
            guard let word = token(k), let unit = TimeWords.durationUnits[word.text], (plural(word) != nil) == (count != 1) else { return nil }
            let every = count == 1 && !first.isWord("per")
            return (.frequency(TimeAmount(count: count, unit: unit, everyCalendarUnit: every)), k + 1)
        }
        // "twice a week", "50 miles a day", "ten hours a day": "a" and a unit after a count.
        if first.isWord("a", "an"), let word = token(i + 1), plural(word) == nil, let unit = TimeWords.durationUnits[word.text],
           let before = token(i - 1), before.isWord("times", "once", "twice") || isCount(before) || token(i - 2).map(isCount) == true {
            k = i + 2
            return (.frequency(TimeAmount(count: 1, unit: unit)), k)
        }
        return nil
    }

    /// "now", "at present", "former", "recently", "in the future", "the current government".
    func reference(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word, let entries = TimeWords.referencesByFirstWord[first.text] else { return nil }
        var best: (words: [String], reference: TimeReference)?
        for entry in entries where entry.words.count > (best?.words.count ?? 0) {
            if entry.words.enumerated().allSatisfy({ offset, word in token(i + offset)?.isWord(word) == true }) { best = entry }
        }
        guard let best, let last = token(i + best.words.count - 1) else { return nil }
        // "the past two centuries", "in the past decade": the words open a length of time.
        if let next = token(i + best.words.count), TimeWords.durationUnits[next.text] != nil || isCount(next) { return nil }
        // "as recently as late 2009": a comparison, the date follows.
        if token(i - 1)?.isWord("as") == true, token(i + best.words.count)?.isWord("as") == true { return nil }
        // "the current government", "a former ally"; not "a strong current", "the former … the latter".
        if TimeWords.adjectiveReferences.contains(last.text), !last.modifiesNoun { return nil }
        // "a former", "the recent" are fine; "Now" in a name ("Apocalypse Now") is not a reference.
        if let first = token(i), first.isCapitalized, i > 0, !(token(i - 1)?.isMark(".", "\"", "(", "\u{201C}") ?? true) { return nil }
        return (.reference(best.reference), i + best.words.count)
    }
}

extension TimeAmount.Unit {
    /// The unit a shift by this length moves a date in.
    var shiftUnit: DateVocabulary.Unit {
        switch self {
        case .second, .minute, .hour, .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        case .decade, .century: .decade
        }
    }
}
