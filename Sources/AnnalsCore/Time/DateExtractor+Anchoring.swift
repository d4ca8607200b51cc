/// Which year a date written without one ("on 14 January", "in the summer") belongs to.
extension DateExtractor {
    /// The year of a month, days or season with no year, and the date it was taken from.
    ///
    /// Within a section whose heading gives years ("Exile (1907-1914)"), the latest date of
    /// the section inside those years is the anchor (an aside about a later year does not
    /// move the section's story); failing one, the story's latest date if it is in this section
    /// or in those years; failing that, the latest date in those years, else their first year. Within the anchor's year the month is read
    /// as the nearest one, going on into the next year when the story has moved past it
    /// ("December 1916 … on 14 January" is January 1917; "in May 1943 … in March" stays 1943).
    static func year(for expression: DateExpression, recent: [(range: TextRange, point: DatePoint)],
                     frame: ClosedRange<Int>?, sectionStart: Int?) -> (year: Int, anchor: TextRange?)? {
        let inFrame = { (point: DatePoint) in frame?.contains(point.year) ?? true }
        // The latest date of the heading's years within this section; else the story's latest date.
        var chosen = recent.lastIndex { $0.range.start >= (sectionStart ?? 0) && inFrame($0.point) }
        if chosen == nil, let latest = recent.last, latest.range.start >= (sectionStart ?? 0) || inFrame(latest.point) {
            chosen = recent.count - 1
        }
        if chosen == nil { chosen = recent.lastIndex { inFrame($0.point) } }
        guard let index = chosen else { return frame.map { ($0.lowerBound, nil) } }
        let anchor = recent[index]
        var year = anchor.point.year
        if let month = month(of: expression), let storyMonth = storyMonth(recent[...index]) {
            if month < storyMonth, storyMonth - month >= month + 12 - storyMonth { year += 1 }
            // In January or February, "the winter" is the one that began the December before.
            if case .partialSeason(.winter, _) = expression, storyMonth <= 2 { year -= 1 }
        }
        return (year, anchor.range)
    }

    /// The month the story has reached: the anchor's own month or season (a year written
    /// alone, "in 1919", takes the story back to that year as a whole).
    private static func storyMonth(_ recent: ArraySlice<(range: TextRange, point: DatePoint)>) -> Int? {
        guard let year = recent.last?.point.year else { return nil }
        guard let point = recent.last?.point, point.year == year else { return nil }
        if let month = point.month { return month }
        if let season = point.season { return DatePoint.months(of: season).first }
        return nil
    }

    /// A date written without its year, in `year`: "18th October", "the summer", "November
    /// 7-8", "from October to March" (the later month in the next year).
    static func date(of expression: DateExpression, in year: Int) -> HistoricalDate? {
        var point = DatePatterns.Point()
        point.year = year
        switch expression {
        case .partial(let month, let day, let part, let calendar):
            (point.month, point.day, point.part, point.calendar) = (month, day, part, calendar)
        case .partialSeason(let season, let part):
            (point.season, point.part) = (season, part)
        case .partialDays(let month, let first, let last, let calendar):
            var start = point, end = point
            (start.month, start.day, start.calendar) = (month, first, calendar)
            (end.month, end.day, end.calendar) = (month, last, calendar)
            guard let from = start.historicalDate?.start, let to = end.historicalDate?.start else { return nil }
            return HistoricalDate(from: from, to: to, calendar: calendar)
        case .partialMonths(let from, let to, let calendar):
            var start = point, end = point
            (start.month, start.calendar) = (from, calendar)
            (end.month, end.year, end.calendar) = (to, year + (to < from ? 1 : 0), calendar)
            guard let a = start.datePoint, let b = end.datePoint else { return nil }
            return HistoricalDate(from: a, to: b, calendar: calendar)
        default:
            return nil
        }
        return point.historicalDate
    }

    /// The first month a partial date names.
    private static func month(of expression: DateExpression) -> Int? {
        switch expression {
        case .partial(let month, _, _, _), .partialDays(let month, _, _, _), .partialMonths(let month, _, _): month
        case .partialSeason(let season, _): DatePoint.months(of: season).first
        default: nil
        }
    }
}

extension DateExtractor {
    /// Where each end of a span of two written dates is written: the words before its joiner
    /// (a dash, "to", "until", "through", "and", "or") and after it, leaving out an opening
    /// "from" or "between" ("from May to October 1918": "May", "October 1918").
    static func ends(of expression: DateExpression, in tokens: ArraySlice<ReaderToken>) -> [TextRange]? {
        switch expression {
        case .absolute(let date) where date.isInterval && date.start != nil && date.end != nil: break
        case .partialDays, .partialMonths: break
        default: return nil
        }
        var first = tokens.startIndex
        if tokens[first].isWord("from", "between") { first += 1 }
        guard let joiner = tokens[first...].firstIndex(where: { $0.isDash || $0.isWord("to", "until", "till", "through", "thru", "and", "or") }),
              joiner > first, joiner + 1 < tokens.endIndex else { return nil }
        return [TextRange(start: tokens[first].range.start, end: tokens[joiner - 1].range.end),
                TextRange(start: tokens[joiner + 1].range.start, end: tokens[tokens.endIndex - 1].range.end)]
    }
}

extension DateExtractor {
    /// A sentence's tokens with compounds of calendar words cut at their hyphens, as the
    /// date patterns read them: "mid-June" is "mid" "-" "June", "August-September" and
    /// "winter-spring" are two months or seasons joined by a dash. Other compounds stay whole.
    static func splittingCalendarCompounds(_ tokens: [ReaderToken], in text: ScalarText) -> [ReaderToken] {
        guard tokens.contains(where: { $0.kind == .word && $0.text.contains("-") }) else { return tokens }
        var result: [ReaderToken] = []
        result.reserveCapacity(tokens.count + 4)
        for token in tokens {
            let pieces = token.text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            let isCalendar = { (piece: String) in DateVocabulary.months[piece] != nil && (piece.count > 3 || piece == "may") || DateVocabulary.seasons[piece] != nil }
            guard token.kind == .word, pieces.count == 2, token.text.unicodeScalars.count == token.range.end - token.range.start,
                  isCalendar(pieces[1]), isCalendar(pieces[0]) || ["mid", "early", "late"].contains(pieces[0]) else {
                result.append(token)
                continue
            }
            let firstEnd = token.range.start + pieces[0].unicodeScalars.count
            let secondStart = firstEnd + 1
            for (piece, range) in [(pieces[0], TextRange(start: token.range.start, end: firstEnd)),
                                   ("-", TextRange(start: firstEnd, end: secondStart)),
                                   (pieces[1], TextRange(start: secondStart, end: token.range.end))] {
                var part = token
                part.kind = piece == "-" ? .mark : .word
                part.text = piece
                part.range = range
                part.isCapitalized = piece != "-" && text[range.start].isUppercaseLetter
                part.isAllCapitals = false
                result.append(part)
            }
        }
        return result
    }
}

extension DateExtractor {
    /// Words before a date that make it a bound or a target, not the story's time: "until
    /// February 1945", "before 1914", "planned for 1976", "scheduled for May".
    static let boundWords: Set<String> = ["until", "till", "planned", "projected", "scheduled", "expected", "intended", "due"]

    /// Whether the date at `i` is a bound or a target: right after "for" or "before",
    /// or within four words after one of `boundWords` in its clause.
    static func isBound(at i: Int, in tokens: [ReaderToken]) -> Bool {
        if i > 0, tokens[i - 1].isWord("for", "before") { return true }
        var k = i - 1
        while k >= 0, k >= i - 5, !tokens[k].isMark(",", ";", ":", "(") {
            // "until in March 1980, Iran …": "until" opens a clause with its own date, not a bound.
            if tokens[k].kind == .word, boundWords.contains(tokens[k].text) {
                return !(k + 1 < tokens.count && tokens[k + 1].isWord("in", "on", "at", "about"))
            }
            k -= 1
        }
        return false
    }
}
