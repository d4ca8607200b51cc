/// Years of other eras than the Christian one, read as the Christian span they name.
extension DatePatterns {
    /// "the year 7150 of the Byzantine era", "7160 Anno Mundi": a year of the era of
    /// the Creation as Byzantium and Russia (until 1700) counted it, which began on 1 September
    /// (Julian) 5509 years before the Christian year it began in: 7150 is 1 September 1641 to
    /// 31 August 1642, Old Style. The era's words are `[world-era-words]` in time-words.txt.
    func worldEraYear(at i: Int) -> (DateExpression, end: Int)? {
        guard let number = token(i), number.kind == .number, number.digits == 4, !number.isOrdinal, let year = number.number,
              (5509...7300).contains(year), let end = worldEraMarker(after: i + 1),
              let first = CalendarDay(julianYear: year - 5509, month: 9, day: 1),
              let last = CalendarDay(julianYear: year - 5508, month: 8, day: 31) else { return nil }
        var date = HistoricalDate(from: DatePoint(year: year - 5509), to: DatePoint(year: year - 5508))
        date.bounds = DayBounds(earliest: first, latest: last)
        return (.absolute(date), end)
    }

    /// The end of "of the old Muscovite calendar", "of the Byzantine era" or "Anno Mundi" at `k`.
    private func worldEraMarker(after k: Int) -> Int? {
        if token(k)?.isWord("anno") == true, token(k + 1)?.isWord("mundi") == true { return k + 2 }
        guard token(k)?.isWord("of") == true else { return nil }
        var j = k + 1
        if token(j)?.isWord("the") == true { j += 1 }
        var named = false
        while let word = token(j), word.kind == .word, !word.isWord("calendar", "era", "reckoning"), j - k < 6 {
            named = named || TimeWords.worldEraWords.contains(word.text)
            j += 1
        }
        return named && token(j)?.isWord("calendar", "era", "reckoning") == true ? j + 1 : nil
    }
}
