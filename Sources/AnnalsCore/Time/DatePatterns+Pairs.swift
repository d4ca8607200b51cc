/// Two numbers or months sharing one date word or joiner: "the 10th and 11th centuries",
/// "the 14th to 17th centuries", "1886/1887", "1916/17", "between June and September".
extension DatePatterns {
    /// "the 10th and 11th centuries", "fourteenth to seventeenth centuries", "10th–11th
    /// century": two centuries written before one "century" word, the span from the start of
    /// the first to the end of the second.
    func centuryPair(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i).flatMap(Self.centuryOrdinal), let joiner = token(i + 1),
              joiner.isWord("and", "to", "through") || joiner.isDash else { return nil }
        var k = i + 2
        if token(k)?.isWord("the") == true { k += 1 }
        guard let last = token(k).flatMap(Self.centuryOrdinal), last > first, token(k + 1)?.isWord("century", "centuries") == true else { return nil }
        let (isBC, afterEra) = era(at: k + 2)
        // ("the 5th and 4th centuries BC": before Christ the later century has the smaller number.)
        guard isBC != true else { return nil }
        var start = Point(), end = Point()
        (start.span, start.year) = (.century, (first - 1) * 100)
        (end.span, end.year) = (.century, (last - 1) * 100)
        return span(start, end, uncertain: false).map { ($0, afterEra ?? k + 2) }
    }

    /// "1886/1887", "1916/17": a year, a slash and the next year (or its last two digits) —
    /// a span of the two years, as a season or a school year is written.
    func yearPair(at i: Int) -> (DateExpression, end: Int)? {
        guard let first = token(i)?.fourDigitYear, token(i + 1)?.isMark("/") == true, adjacent(i, i + 1),
              let next = token(i + 2), next.kind == .number, !next.isOrdinal, adjacent(i + 1, i + 2), let number = next.number else { return nil }
        let second = next.digits == 2 ? first / 100 * 100 + number : number
        guard next.digits == 2 || next.digits == 4, second == first + 1 else { return nil }
        var start = Point(), end = Point()
        (start.year, end.year) = (first, second)
        return span(start, end, uncertain: false).map { ($0, i + 3) }
    }

    /// "between June and September", "from October to March": two months with no year after
    /// "between" or "from", one span; its year is found as a lone month's is.
    func monthPair(at i: Int) -> (DateExpression, end: Int)? {
        guard let opener = token(i - 1), opener.isWord("between", "from"), let (first, afterFirst) = point(at: i),
              first.month != nil, first.day == nil, first.year == nil, afterFirst == i + 1, let joiner = token(i + 1) else { return nil }
        let joins = opener.isWord("between") ? joiner.isWord("and") : joiner.isWord("to", "until", "till", "through") || joiner.isDash
        guard joins, let (second, end) = point(at: i + 2), let from = first.month, let to = second.month, second.day == nil, second.year == nil,
              from != to else { return nil }
        return (.partialMonths(from: from, to: to, calendar: first.calendar), end)
    }

    /// The century an ordinal names: "11th", "eleventh".
    private static func centuryOrdinal(_ token: ReaderToken) -> Int? {
        let value = token.kind == .number && token.isOrdinal ? token.number : (token.kind == .word ? DateVocabulary.ordinal(fromWord: token.text) : nil)
        return value.flatMap { (1...21).contains($0) ? $0 : nil }
    }
}
