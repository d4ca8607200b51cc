/// Single date points: days, months, seasons, years, decades, centuries, eras.
extension DatePatterns {
    /// The longest date point starting at `i`.
    func point(at i: Int) -> (Point, end: Int)? {
        var j = i
        var result = Point()
        // Qualifiers: "about", "c.", "early", "mid-", "the end of".
        if let word = token(j), word.isWord("about", "around", "circa", "approximately", "c", "ca") {
            if word.text.count <= 2 {
                guard token(j + 1)?.isMark(".") == true else { return nil }
                j += 1
            }
            result.isApproximate = true
            j += 1
        }
        if let word = token(j), word.kind == .word, let part = DateVocabulary.parts[word.text] {
            if word.isWord("beginning", "start", "end", "middle") {
                guard token(j + 1)?.isWord("of") == true else { return nil }
                j += 2
                if token(j)?.isWord("the") == true { j += 1 }
            } else {
                j += 1
                if token(j)?.isDash == true { j += 1 }
                if token(j)?.isWord("in") == true { j += 1 }
            }
            result.part = part
        }
        guard let found = bare(at: j, into: result) else { return nil }
        return calendarMarked(found.0, end: found.1)
    }

    /// A point with no qualifier in front.
    private func bare(at j: Int, into start: Point) -> (Point, end: Int)? {
        guard let first = token(j) else { return nil }
        var result = start
        // "7th November, 1879", "7 November 1879", "22 April [O.S. 10 April] 1870".
        if let day = first.dayOfMonth {
            var k = j + 1
            if token(k)?.isWord("of") == true { k += 1 }
            if let monthToken = token(k), let month = monthToken.month, acceptsMonth(at: k, beforeDay: false) {
                k += 1
                if token(k)?.isMark(".") == true, monthToken.text.count <= 4 { k += 1 }
                result.day = day
                result.month = month
                if let (alternative, afterAlternative) = bracketedAlternative(at: k) {
                    k = afterAlternative
                    result.julian = alternative
                }
                if token(k)?.isMark(",") == true, token(k + 1)?.fourDigitYear != nil { k += 1 }
                if let year = token(k)?.fourDigitYear {
                    result.year = year
                    k += 1
                    if var julian = result.julian { julian.year = year; result.julian = julian }
                } else if result.julian != nil {
                    return nil
                }
                if result.part != nil { return nil }
                return (result, k)
            }
        }
        // "November 7, 1879", "Nov. 7", "January 1898", "September 27 (October 9, new style), 1888".
        if let month = first.month, acceptsMonth(at: j, beforeDay: true) {
            var k = j + 1
            if token(k)?.isMark(".") == true, first.text.count <= 4 { k += 1 }
            result.month = month
            if let day = token(k)?.dayOfMonth, !(token(k + 1)?.month != nil) {
                guard result.part == nil else { return nil }
                result.day = day
                k += 1
                if let (newStyle, afterNewStyle) = newStyleInParentheses(at: k) {
                    result.julian = DatePoint(year: 0, month: month, day: day)
                    result.month = newStyle.month
                    result.day = newStyle.day
                    result.calendar = .gregorian
                    k = afterNewStyle
                }
            }
            if token(k)?.isMark(",") == true, token(k + 1)?.fourDigitYear != nil { k += 1 }
            if token(k)?.isWord("of") == true, token(k + 1)?.fourDigitYear != nil { k += 1 }
            if let year = token(k)?.fourDigitYear, isPlausibleYear(at: k, inDate: true) {
                result.year = year
                if var julian = result.julian {
                    julian.year = year
                    result.julian = julian
                    // The text wrote Old Style first and New Style in brackets.
                    if julian.month.map({ $0 > (result.month ?? 12) }) == true { result.julian?.year = year }
                }
                k += 1
            } else if let (year, afterEra) = yearWithEra(at: k) {
                // "August 480 BC", "June 479 B.C.".
                result.year = year
                k = afterEra
            } else if result.day == nil, result.part == nil, !monthStandsAlone(at: j) {
                return nil
            }
            return (result, k)
        }
        // "the summer of 1902", "winter 1919-1920".
        if first.kind == .word, let season = DateVocabulary.seasons[first.text] {
            var k = j + 1
            if token(k)?.isWord("of") == true { k += 1 }
            // "the spring of 1916", "autumn of 481 BC".
            guard let (year, afterYear) = token(k)?.fourDigitYear.map({ ($0, k + 1) }) ?? yearWithEra(at: k) else { return nil }
            result.season = season
            result.year = year
            k = afterYear
            // ("winter 1919-1920", "the winter of 1886/1887": a winter written with both its years.)
            if season == .winter, token(k)?.isDash == true || token(k)?.isMark("/") == true, let next = token(k + 1), next.kind == .number,
               next.number == year + 1 || next.number == (year + 1) % 100 {
                k += 2
            }
            return (result, k)
        }
        // "the 19th century", "the nineteenth century", "the fifth century BCE".
        if let next = token(j + 1), next.isWord("century", "centuries"),
           let ordinal = first.kind == .number && first.isOrdinal ? first.number : (first.kind == .word ? DateVocabulary.ordinal(fromWord: first.text) : nil) {
            var k = j + 2
            let (isBC, afterEra) = era(at: k)
            k = afterEra ?? k
            result.span = .century
            result.year = isBC == true ? 1 - ordinal * 100 : (ordinal - 1) * 100
            return (result, k)
        }
        // Years: "1897", "1920s", "44 BC", "AD 800".
        if first.isWord("ad"), let next = token(j + 1), next.kind == .number, !next.isOrdinal, let year = next.number, year > 0, year < 2200 {
            result.year = year
            return (result, j + 2)
        }
        if first.kind == .number, !first.isOrdinal, let number = first.number {
            let (isBC, afterEra) = era(at: j + 1)
            if let afterEra, let isBC, first.digits <= 4, number > 0 {
                result.year = isBC ? 1 - number : number
                return (result, afterEra)
            }
            // "the 470s BC": a decade before Christ.
            if first.digits <= 3, number % 10 == 0, let s = token(j + 1), s.isWord("s"), adjacent(j, j + 1),
               case (true?, let afterEra?) = era(at: j + 2) {
                result.span = .decade
                result.year = 1 - (number + 9)
                return (result, afterEra)
            }
            if first.digits == 3, isEarlyYear(at: j) {
                result.year = number
                return (result, j + 1)
            }
            guard let year = first.fourDigitYear else { return nil }
            // "1920s", "1920's".
            if year % 10 == 0, let s = token(j + 1), s.isWord("s"), adjacent(j, j + 1) {
                result.span = .decade
                result.year = year
                return (result, j + 2)
            }
            if year % 10 == 0, token(j + 1)?.isMark("'", "’") == true, token(j + 2)?.isWord("s") == true, adjacent(j, j + 1) {
                result.span = .decade
                result.year = year
                return (result, j + 3)
            }
            guard isPlausibleYear(at: j, inDate: result.part != nil || result.isApproximate) else { return nil }
            result.year = year
            return (result, j + 1)
        }
        // "nineteen hundred and five", "eighteen ninety-seven" after "in", "of", "year".
        if let (year, end) = yearInWords(at: j) {
            result.year = year
            return (result, end)
        }
        return nil
    }

    /// "BC", "BCE", "B.C.", "AD", "A.D.", "CE" at `k`: whether it is before Christ, and the end.
    func era(at k: Int) -> (Bool?, Int?) {
        guard let word = token(k), word.kind == .word else { return (nil, nil) }
        switch word.text {
        case "bc", "bce": return (true, k + 1)
        case "ad", "ce": return (false, k + 1)
        case "b", "a":
            if token(k + 1)?.isMark(".") == true, let c = token(k + 2), c.isWord("c", "d") {
                // The last full stop may end the sentence too: "in 149 B.C."
                return (word.text == "b", token(k + 3)?.isMark(".") == true ? k + 4 : k + 3)
            }
            return (nil, nil)
        default: return (nil, nil)
        }
    }

    /// "[O.S. 10 April]" after a day and month: the Old Style reading.
    func bracketedAlternative(at k: Int) -> (DatePoint, Int)? {
        guard let open = token(k), open.isMark("[", "("), let (calendar, afterMarker) = calendarMarker(at: k + 1), calendar == .julian,
              let day = token(afterMarker)?.dayOfMonth, let month = token(afterMarker + 1)?.month else { return nil }
        var end = afterMarker + 2
        if token(end)?.fourDigitYear != nil { end += 1 }
        guard token(end)?.isMark("]", ")") == true else { return nil }
        return (DatePoint(year: 0, month: month, day: day), end + 1)
    }

    /// "(October 9, new style)" after an Old Style day: the New Style reading.
    func newStyleInParentheses(at k: Int) -> ((month: Int, day: Int), Int)? {
        guard token(k)?.isMark("(") == true, let month = token(k + 1)?.month, let day = token(k + 2)?.dayOfMonth else { return nil }
        var m = k + 3
        if token(m)?.isMark(",") == true { m += 1 }
        guard let (calendar, afterMarker) = calendarMarker(at: m), calendar == .gregorian, token(afterMarker)?.isMark(")") == true else { return nil }
        return ((month, day), afterMarker + 1)
    }

    /// "Old Style", "O.S.", "(Julian)", "New Style", "N.S." at `k`.
    func calendarMarker(at k: Int) -> (CalendarSystem, Int)? {
        guard let word = token(k), word.kind == .word else { return nil }
        if word.isWord("old", "new"), token(k + 1)?.isWord("style") == true {
            return (word.text == "old" ? .julian : .gregorian, k + 2)
        }
        if word.isWord("julian") { return (.julian, k + 1) }
        if word.isWord("gregorian") { return (.gregorian, k + 1) }
        if word.isWord("o", "n"), token(k + 1)?.isMark(".") == true, token(k + 2)?.isWord("s") == true {
            let end = token(k + 3)?.isMark(".") == true ? k + 4 : k + 3
            return (word.text == "o" ? .julian : .gregorian, end)
        }
        if word.isWord("os", "ns"), word.isCapitalized { return (word.text == "os" ? .julian : .gregorian, k + 1) }
        return nil
    }

    /// A calendar marked after a point, bare or in brackets: "12 March 1861 (Old Style)".
    func calendarMarked(_ point: Point, end: Int) -> (Point, end: Int) {
        var result = point
        if let open = token(end), open.isMark("(", "["), let (calendar, after) = calendarMarker(at: end + 1),
           token(after)?.isMark(")", "]") == true {
            result.calendar = calendar
            return (result, after + 1)
        }
        if let (calendar, after) = calendarMarker(at: end) {
            result.calendar = calendar
            return (result, after)
        }
        return (result, end)
    }

    /// Whether the four-digit number at `k` is a year, not a page, an ISBN, a quantity or a price.
    func isPlausibleYear(at k: Int, inDate: Bool) -> Bool {
        guard let number = token(k), number.fourDigitYear != nil else { return false }
        if let previous = token(k - 1) {
            if previous.isMark("$", "£", "€", "#", "№", "+") { return false }
            if previous.kind == .word, DateVocabulary.referenceWords.contains(previous.text) { return false }
            if previous.isMark("."), let word = token(k - 2), word.kind == .word, DateVocabulary.referenceWords.contains(word.text) { return false }
            if previous.isMark(":", "."), adjacent(k - 1, k), token(k - 2)?.kind == .number { return false }
            if previous.isDash, adjacent(k - 1, k), let before = token(k - 2), before.kind == .number, before.digits != 4 { return false }
        }
        if let next = token(k + 1) {
            if next.kind == .word, DateVocabulary.quantityNouns.contains(next.text), !inDate { return false }
            if next.isMark("%") { return false }
            if next.isMark(".", ":"), adjacent(k, k + 1), token(k + 2)?.kind == .number, adjacent(k + 1, k + 2) { return false }
            if next.isDash, adjacent(k, k + 1), let after = token(k + 2), after.kind == .number, adjacent(k + 1, k + 2),
               after.digits != 4, after.digits != 2 { return false }
        }
        return true
    }

    /// Whether the three-digit number at `k` is a year of the first millennium: after "in" or
    /// "year", and followed by the end of its clause or a clause word, not a noun it counts
    /// ("in 873 as a refuge", "in 845, the raiders"; not "in 300 ships").
    func isEarlyYear(at k: Int) -> Bool {
        guard let previous = token(k - 1), previous.isWord("in", "year") else { return false }
        guard let next = token(k + 1) else { return true }
        if next.isMark(",", ".", ";", ":", ")") { return !(next.isMark(".", ":") && token(k + 2)?.kind == .number && adjacent(k, k + 1)) }
        return next.kind == .word && TimeWords.earlyYearFollowers.contains(next.text)
    }

    /// "nineteen hundred and five", "eighteen seventy-nine", after "in", "of", "year".
    func yearInWords(at j: Int) -> (Int, Int)? {
        guard let previous = token(j - 1), previous.isWord("in", "of", "year", "since", "until", "by"),
              let first = token(j), first.kind == .word, let century = DateVocabulary.cardinals[first.text],
              (10...20).contains(century) else { return nil }
        var k = j + 1
        if token(k)?.isWord("hundred") == true {
            k += 1
            if token(k)?.isWord("and") == true { k += 1 }
            if let (rest, end) = numberWords(at: k), rest < 100 { return (century * 100 + rest, end) }
            return (century * 100, k)
        }
        if let (rest, end) = numberWords(at: k), (10...99).contains(rest) { return (century * 100 + rest, end) }
        return nil
    }

    /// Number words up to 99 at `k`: "five", "ninety-seven", "ninety seven".
    func numberWords(at k: Int) -> (Int, Int)? {
        guard let first = token(k), first.kind == .word,
              DateVocabulary.cardinals[first.text] != nil || first.text.contains("-") else { return nil }
        if let second = token(k + 1), second.kind == .word, let value = DateVocabulary.number(fromWords: [first.text, second.text]) {
            return (value, k + 2)
        }
        if let value = DateVocabulary.number(fromWords: [first.text]) { return (value, k + 1) }
        return nil
    }
}
