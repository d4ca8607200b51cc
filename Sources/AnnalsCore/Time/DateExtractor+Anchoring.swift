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
        if let month = month(of: expression), let storyMonth = storyMonth(recent[...index]), month < storyMonth,
           storyMonth - month > month + 12 - storyMonth || storyMonth - month == month + 12 - storyMonth {
            year += 1
        }
        return (year, anchor.range)
    }

    /// The month the story has reached in its anchor's year: the anchor's own month, else the
    /// latest month of the same year before it ("December 8 … in 1941 … in January").
    private static func storyMonth(_ recent: ArraySlice<(range: TextRange, point: DatePoint)>) -> Int? {
        guard let year = recent.last?.point.year else { return nil }
        for earlier in recent.reversed() {
            guard earlier.point.year == year, earlier.point.precision <= .year else { return nil }
            if let month = earlier.point.month { return month }
            if let season = earlier.point.season { return DatePoint.months(of: season).first }
        }
        return nil
    }

    /// The first month a partial date names.
    private static func month(of expression: DateExpression) -> Int? {
        switch expression {
        case .partial(let month, _, _, _), .partialDays(let month, _, _, _): month
        case .partialSeason(let season): DatePoint.months(of: season).first
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
        case .partialDays: break
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
