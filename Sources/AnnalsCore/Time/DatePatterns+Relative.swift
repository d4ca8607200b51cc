/// Expressions that need context: relative shifts, ages and anniversaries.
extension DatePatterns {
    private static let dayWords: Set<String> = ["day", "morning", "evening", "night", "afternoon"]

    private func unit(_ token: ReaderToken?) -> DateVocabulary.Unit? {
        guard let token, token.kind == .word else { return nil }
        // "that year's harvest": the possessive names the same unit.
        let text = token.text.hasSuffix("'s") || token.text.hasSuffix("’s") ? String(token.text.dropLast(2)) : token.text
        if Self.dayWords.contains(text) { return .day }
        return DateVocabulary.units[text]
    }

    /// "the following day", "two months later", "later that month", "the same year", "that evening".
    func relative(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i) else { return nil }
        if let found = partOfCurrent(at: i) { return found }
        // "the following day", "the next year", "the previous month", "the same year", "the day after".
        if first.isWord("the") {
            if let which = token(i + 1), which.isWord("following", "next", "previous", "preceding", "same"),
               let unitWord = token(i + 2), !unitWord.text.hasSuffix("s"), let unit = unit(unitWord) {
                let amount = which.isWord("same") ? 0 : (which.isWord("previous", "preceding") ? -1 : 1)
                return (.relative(RelativeShift(unit: unit, amount: amount)), i + 3)
            }
            if let unit = unit(token(i + 1)), let which = token(i + 2), which.isWord("after", "before"),
               let next = token(i + 3), next.kind == .mark || next.isWord("that", "and") {
                return (.relative(RelativeShift(unit: unit, amount: which.isWord("after") ? 1 : -1)), i + 3)
            }
            return nil
        }
        // "next day", "next morning".
        if first.isWord("next"), let unit = unit(token(i + 1)), !(token(i - 1)?.isWord("the") == true) {
            return (.relative(RelativeShift(unit: unit, amount: 1)), i + 2)
        }
        // "later that month", "earlier that year", "that evening", "that same day".
        var k = i
        if first.isWord("later", "earlier") { k += 1 }
        if token(k)?.isWord("that") == true {
            var m = k + 1
            if token(m)?.isWord("same") == true { m += 1 }
            if let unit = unit(token(m)), unit != .decade {
                // "that year's", "that day when…" are fine; "that day-long" is not a date.
                if let after = token(m + 1), after.isDash { return nil }
                return (.relative(RelativeShift(unit: unit, amount: 0)), m + 1)
            }
        }
        // "two months later", "a year later", "three days after", "six years earlier".
        if let (amount, afterAmount) = quantity(at: i), let unit = unit(token(afterAmount)), unit != .day || amount > 0,
           let direction = token(afterAmount + 1) {
            if direction.isWord("later", "afterwards", "afterward", "on") {
                if direction.isWord("on"), !(token(afterAmount + 2).map { $0.kind == .mark } ?? true) { return nil }
                return (.relative(RelativeShift(unit: unit, amount: amount)), afterAmount + 2)
            }
            if direction.isWord("after") {
                return (.relative(RelativeShift(unit: unit, amount: amount)), afterAmount + 2)
            }
            if direction.isWord("ago") {
                return (.ago(RelativeShift(unit: unit, amount: -amount)), afterAmount + 2)
            }
            if direction.isWord("earlier") || (direction.isWord("before") && (token(afterAmount + 2).map { $0.kind == .mark } ?? true)) {
                return (.relative(RelativeShift(unit: unit, amount: -amount)), afterAmount + 2)
            }
        }
        return nil
    }

    /// A count: "two", "a", "23", "twenty-three", "a few".
    func quantity(at k: Int) -> (Int, Int)? {
        guard let first = token(k) else { return nil }
        // ("200,000 years ago": "000" after a comma is the end of a larger number, no count of its own.)
        if first.kind == .number, k >= 2, token(k - 1)?.isMark(",") == true, adjacent(k - 1, k), token(k - 2)?.kind == .number, adjacent(k - 2, k - 1) { return nil }
        if first.kind == .number, !first.isOrdinal, first.digits <= 3, let number = first.number { return (number, k + 1) }
        if first.isWord("a", "an") {
            if token(k + 1)?.isWord("few") == true { return (3, k + 2) }
            return (1, k + 1)
        }
        return numberWords(at: k)
    }

    /// "when he was nine", "at the age of eighteen", "aged 63", "at age 17", ", then 23,".
    func age(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word else { return nil }
        var k: Int
        switch first.text {
        case "when":
            // "when he was nine", "when Trotsky was eight years old", "when Lev Bronstein was nine".
            var subjectEnd = i + 1
            if let pronoun = token(subjectEnd), pronoun.isWord("he", "she", "i", "they") {
                subjectEnd += 1
            } else {
                while let name = token(subjectEnd), name.kind == .word, name.isCapitalized, subjectEnd < i + 4 { subjectEnd += 1 }
            }
            guard subjectEnd > i + 1, let verb = token(subjectEnd), verb.isWord("was", "were") else { return nil }
            k = subjectEnd + 1
        case "at":
            if token(i + 1)?.isWord("the") == true, token(i + 2)?.isWord("age") == true, token(i + 3)?.isWord("of") == true {
                k = i + 4
            } else if token(i + 1)?.isWord("age") == true {
                k = i + 2
            } else {
                return nil
            }
        case "aged":
            k = i + 1
        case "then":
            guard token(i - 1)?.isMark(",", "(") == true else { return nil }
            k = i + 1
            guard let (years, end) = ageNumber(at: k), let after = token(end), after.isMark(",", ")") else { return nil }
            return (.age(years), end)
        default:
            return nil
        }
        guard let (years, end) = ageNumber(at: k) else { return nil }
        var stop = end
        if token(stop)?.isWord("years", "year") == true, token(stop + 1)?.isWord("old") == true { stop += 2 }
        else if first.isWord("when"), let next = token(stop), next.isWord("months", "weeks", "days", "percent", "o'clock", "feet", "miles") {
            return nil
        }
        return (.age(years), stop)
    }

    private func ageNumber(at k: Int) -> (Int, Int)? {
        guard let (years, end) = numberWords(at: k) ?? numericAge(at: k), (1...110).contains(years) else { return nil }
        return (years, end)
    }

    private func numericAge(at k: Int) -> (Int, Int)? {
        guard let token = token(k), token.kind == .number, !token.isOrdinal, token.digits <= 3, let number = token.number else { return nil }
        return (number, k + 1)
    }

    /// "the eleventh birthday of the revolution", "the 10th anniversary of the October Revolution".
    func anniversary(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), token(i + 1)?.isWord("birthday", "anniversary") == true else { return nil }
        let count: Int?
        if first.kind == .number, first.isOrdinal { count = first.number }
        else if first.kind == .word { count = DateVocabulary.ordinal(fromWord: first.text) }
        else { count = nil }
        guard let count, let noun = token(i + 1), noun.isWord("birthday", "anniversary"), token(i + 2)?.isWord("of") == true else { return nil }
        var k = i + 3
        if token(k)?.isWord("the", "his", "her", "their") == true { k += 1 }
        // The event's name: one word, or a run of capitalised ones ("October Revolution").
        var last: ReaderToken?
        while let word = token(k), word.kind == .word, k < i + 7, last == nil || (word.isCapitalized && last?.isCapitalized == true) {
            last = word
            k += 1
        }
        guard let key = last?.text else { return nil }
        return (.anniversary(count, of: key), k)
    }
}

extension DatePatterns {
    /// A part of the story's current year or month: "the end of the year", "the middle of the
    /// month", "the latter part of the year", "late in the year", "later in the month",
    /// "month's end", "this year", "this day".
    func partOfCurrent(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i), first.kind == .word else { return nil }
        func yearOrMonth(_ k: Int) -> DateVocabulary.Unit? {
            guard let word = token(k), word.isWord("year", "month") else { return nil }
            return word.text == "year" ? .year : .month
        }
        // "the end of the year", "the beginning of the month".
        if first.isWord("the"), let word = token(i + 1), word.isWord("end", "beginning", "start", "middle"),
           token(i + 2)?.isWord("of") == true, token(i + 3)?.isWord("the") == true, let unit = yearOrMonth(i + 4) {
            return (.relative(RelativeShift(unit: unit, amount: 0, part: DateVocabulary.parts[word.text])), i + 5)
        }
        // "the latter part of the year", "the first half of the year".
        if first.isWord("the"), let which = token(i + 1), which.isWord("latter", "later", "last", "first", "early", "earlier", "second"),
           token(i + 2)?.isWord("part", "half") == true, token(i + 3)?.isWord("of") == true, token(i + 4)?.isWord("the") == true,
           let unit = yearOrMonth(i + 5) {
            let part: DatePoint.Part = which.isWord("first", "early", "earlier") ? .early : .late
            return (.relative(RelativeShift(unit: unit, amount: 0, part: part)), i + 6)
        }
        // "late in the year", "later in the month", "early in the year".
        if first.isWord("late", "early", "later", "earlier"), token(i + 1)?.isWord("in") == true, token(i + 2)?.isWord("the") == true,
           let unit = yearOrMonth(i + 3) {
            let part: DatePoint.Part? = first.isWord("late") ? .late : first.isWord("early") ? .early : nil
            return (.relative(RelativeShift(unit: unit, amount: 0, part: part)), i + 4)
        }
        // "month's end", "the year's end".
        var k = i
        if first.isWord("the") { k += 1 }
        if let word = token(k), word.isWord("month's", "month’s", "year's", "year’s"), token(k + 1)?.isWord("end") == true {
            return (.relative(RelativeShift(unit: word.text.hasPrefix("month") ? .month : .year, amount: 0, part: .late)), k + 2)
        }
        // "this year", "this day": the story's own.
        if first.isWord("this"), let unit = token(i + 1).flatMap({ $0.isWord("year", "month", "day") ? DateVocabulary.units[$0.text] : nil }),
           !(token(i + 2)?.isMark("'", "’") ?? false) {
            return (.relative(RelativeShift(unit: unit, amount: 0)), i + 2)
        }
        return nil
    }
}
