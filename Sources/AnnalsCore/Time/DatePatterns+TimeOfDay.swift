/// Times of day: "the night of April 18, 1775", "the morning of 31 January 1965",
/// "11 a.m.", "3:00 a.m.", "5:30pm", "10:57"; and with "that afternoon", "the next
/// morning" (read as relative days) the part of the day they name.
extension DatePatterns {
    /// Words naming a part of the day, and their TIMEX2 codes.
    static let partsOfDay: [String: String] = ["morning": "MO", "dawn": "MO", "daybreak": "MO", "afternoon": "AF",
                                               "evening": "EV", "dusk": "EV", "night": "NI", "midnight": "NI", "noon": "12:00"]

    /// "the night of April 18, 1775", "early in the morning of 29 April 1975": a day and a part of it.
    func partOfDay(at i: Int) -> (DateExpression, end: Int)? {
        var k = i
        if token(k)?.isWord("early", "late") == true, token(k + 1)?.isWord("in") == true { k += 2 }
        if token(k)?.isWord("the") == true { k += 1 }
        if token(k)?.isWord("early", "late") == true { k += 1 }
        guard let word = token(k), word.kind == .word, Self.partsOfDay[word.text] != nil, token(k + 1)?.isWord("of") == true,
              let (point, end) = point(at: k + 2), point.day != nil else { return nil }
        return (expression(for: point), end)
    }

    /// "11 a.m.", "3:00 a.m.", "5:30pm", "10:57", "19:00": a clock time on the story's day.
    func clockTime(at i: Int) -> (DateExpression, end: Int)? {
        guard clock(at: i) != nil, let (_, end) = clock(at: i) else { return nil }
        return (.relative(RelativeShift(unit: .day, amount: 0)), end)
    }

    /// The clock time at `i` as "HH:MM", and the index after it.
    func clock(at i: Int) -> (String, end: Int)? {
        guard let hourToken = token(i), hourToken.kind == .number, !hourToken.isOrdinal, hourToken.digits <= 2, var hour = hourToken.number,
              hour <= 24 else { return nil }
        var minute = 0
        var k = i + 1
        var hasMinutes = false
        if token(k)?.isMark(":") == true, adjacent(i, k), let minutes = token(k + 1), minutes.kind == .number, minutes.digits == 2,
           adjacent(k, k + 1), let value = minutes.number, value < 60 {
            minute = value
            k += 2
            hasMinutes = true
        }
        // "a.m.", "p.m.", "am", "pm" (also run together: "5:30pm" reads "30pm" apart).
        var meridiem: String?
        if let word = token(k), word.isWord("am", "pm") {
            meridiem = word.text
            k += 1
        } else if let letter = token(k), letter.isWord("a", "p"), token(k + 1)?.isMark(".") == true, token(k + 2)?.isWord("m") == true {
            meridiem = letter.text + "m"
            k += token(k + 3)?.isMark(".") == true ? 4 : 3
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
        } else {
            // Without a.m. or p.m., only a 24-hour time with its minutes: "19:00", "10:57";
            // after a name it is a chapter and verse ("Psalm 2:11", "John 3:16"), not a time.
            guard hasMinutes, hourToken.digits == 2 || hour < 10, !Self.namesABook(token(i - 1)) else { return nil }
        }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return (two(hour) + ":" + two(minute), k)
    }
}

extension DatePatterns {
    /// Whether the word before a bare "H:MM" is a capitalised word that names a book, not one a
    /// clock time follows (`[clock-leads]`: "At 10:57"), a month or a weekday ("Tuesday 10:57").
    static func namesABook(_ before: ReaderToken?) -> Bool {
        guard let before, before.kind == .word, before.isCapitalized else { return false }
        return before.month == nil && weekdays[before.text] == nil && !TimeWords.clockLeads.contains(before.text)
    }
}

extension DateExtractor {
    /// The time of day an expression's words give: a clock time, else a part of the day.
    static func timeOfDay(in tokens: ArraySlice<ReaderToken>) -> String? {
        let patterns = DatePatterns(tokens: Array(tokens))
        for k in patterns.tokens.indices { if let (time, _) = patterns.clock(at: k) { return time } }
        return tokens.lazy.compactMap { $0.kind == .word ? DatePatterns.partsOfDay[$0.text] : nil }.first
    }
}
