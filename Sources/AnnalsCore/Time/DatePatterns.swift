/// The token patterns of date expressions, tried at one token at a time. Each
/// returns what it recognised and the index of the first token after it.
struct DatePatterns {
    let tokens: [ReaderToken]

    /// A point as read, before context fills what it lacks.
    struct Point {
        var year: Int?
        var month: Int?
        var day: Int?
        var season: DatePoint.Season?
        var part: DatePoint.Part?
        var span: DatePoint.Precision?      // .decade or .century
        var calendar: CalendarSystem = .gregorian
        var julian: DatePoint?
        var isApproximate = false

        var isYearOnly: Bool { year != nil && month == nil && season == nil && span == nil }

        var datePoint: DatePoint? {
            guard let year else { return nil }
            if let span { return DatePoint(span: span, startingIn: year, part: part) }
            if let season { return DatePoint(year: year, season: season, part: part) }
            if let month, let day { return DatePoint(year: year, month: month, day: day) }
            if let month { return DatePoint(year: year, month: month, part: part) }
            return DatePoint(year: year, part: part)
        }

        /// The Gregorian date; an Old Style day is converted, its original kept.
        var historicalDate: HistoricalDate? {
            guard let point = datePoint else { return nil }
            if calendar == .julian, let month, let day, let year,
               let converted = CalendarDay(julianYear: year, month: month, day: day) {
                return HistoricalDate(DatePoint(converted), calendar: .julian, julian: point, isApproximate: isApproximate)
            }
            return HistoricalDate(point, calendar: calendar, julian: julian, isApproximate: isApproximate)
        }
    }

    func token(_ index: Int) -> ReaderToken? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Whether two tokens touch, with no space between them.
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        guard let x = token(a), let y = token(b) else { return false }
        return x.range.end == y.range.start
    }

    // MARK: - Entry point

    func match(at i: Int) -> (DateExpression, end: Int)? {
        if let found = connectedRange(at: i) { return found }
        if let found = partOfDay(at: i) ?? clockTime(at: i) { return found }
        if let found = relative(at: i) { return found }
        if let found = age(at: i) { return found }
        if let found = worldEraYear(at: i) { return found }
        if let found = anniversary(at: i) { return found }
        if let found = frequency(at: i) ?? amount(at: i) ?? reference(at: i) ?? deixis(at: i) { return found }
        if let found = season(at: i) ?? holiday(at: i) { return found }
        // "7-9 May 1905", "from 15 to 22 February": a span of days written before their month.
        if let firstDay = token(i)?.dayOfMonth, let joiner = token(i + 1),
           joiner.isDash && adjacent(i, i + 1) || joiner.isWord("to", "and", "until", "through") && token(i - 1)?.isWord("from", "between") == true,
           let (last, end) = point(at: i + 2), last.day != nil, let lastDay = last.day, firstDay < lastDay, token(i + 3)?.month != nil {
            var first = last
            first.day = firstDay
            if first.year == nil, let month = first.month {
                return (.partialDays(month: month, from: firstDay, to: lastDay, calendar: first.calendar), end)
            }
            if let joined = span(first, last, uncertain: false) { return (joined, end) }
        }
        // "between January 16 and 18, 1924": two days of one month.
        if token(i - 1)?.isWord("between") == true, let month = token(i)?.month, let firstDay = token(i + 1)?.dayOfMonth,
           token(i + 2)?.isWord("and") == true, let lastDay = token(i + 3)?.dayOfMonth, firstDay < lastDay {
            var k = i + 4
            if token(k)?.isMark(",") == true { k += 1 }
            if let year = token(k)?.fourDigitYear {
                var start = Point(), end = Point()
                (start.year, start.month, start.day) = (year, month, firstDay)
                (end.year, end.month, end.day) = (year, month, lastDay)
                if let joined = span(start, end, uncertain: false) { return (joined, k + 1) }
            }
        }
        if let found = centuryPair(at: i) ?? yearPair(at: i) ?? monthPair(at: i) { return found }
        guard let (first, end) = point(at: i) else { return nil }
        if let (span, spanEnd) = continuation(of: first, end: end) { return (span, spanEnd) }
        // "During 1918 and 1919", "between 1905 and 1907": two years joined after a word of a span are one span,
        // however long ("between 1500 and 1850").
        if token(i - 1)?.isWord("during", "throughout", "between") == true, first.isYearOnly, token(end)?.isWord("and") == true,
           let (second, secondEnd) = point(at: end + 1), second.isYearOnly, let joined = span(first, second, uncertain: false, longest: 1000) {
            return (joined, secondEnd)
        }
        return (expression(for: first), end)
    }

    func expression(for point: Point) -> DateExpression {
        if let date = point.historicalDate { return .absolute(date) }
        return .partial(month: point.month ?? 1, day: point.day, part: point.part, calendar: point.calendar)
    }

    // MARK: - Spans

    /// "between December 22, 1917 and February 10, 1918", "from May through October 1918".
    func connectedRange(at i: Int) -> (DateExpression, end: Int)? {
        guard let opener = token(i), opener.isWord("between", "from") else { return nil }
        guard let (first, afterFirst) = point(at: i + 1), let joiner = token(afterFirst) else { return nil }
        let joins = opener.text == "between" ? joiner.isWord("and") : (joiner.isWord("to", "until", "till", "through", "thru") || joiner.isDash)
        guard joins, let (second, end) = point(at: afterFirst + 1) else { return nil }
        return span(first, second, uncertain: false).map { ($0, end) }
    }

    /// "1904-1907", "1904–07", "22 December–10 February 1918", "late 1920 or early 1921".
    func continuation(of first: Point, end: Int) -> (DateExpression, end: Int)? {
        guard let joiner = token(end) else { return nil }
        let isDash = joiner.isDash
        // "November 7-8": a span of days within one month.
        if isDash, let day = first.day, let next = token(end + 1), let lastDay = next.dayOfMonth, lastDay > day,
           token(end + 2)?.month == nil {
            var second = first
            second.day = lastDay
            var stop = end + 2
            let (marked, afterMarker) = calendarMarked(second, end: stop)
            second = marked
            stop = afterMarker
            var start = first
            start.calendar = second.calendar
            if start.year == nil, let month = start.month {
                return (.partialDays(month: month, from: day, to: lastDay, calendar: second.calendar), stop)
            }
            return span(start, second, uncertain: false).map { ($0, stop) }
        }
        let isOr = joiner.isWord("or")
        let isTo = joiner.isWord("to", "until", "till", "through") && first.year != nil
        guard isDash || isOr || isTo else { return nil }
        // "1904–07": a two-digit year after a dash.
        if isDash, first.isYearOnly, let next = token(end + 1), next.kind == .number, next.digits == 2, !next.isOrdinal,
           adjacent(end, end + 1), let year = first.year {
            let candidate = year / 100 * 100 + (next.number ?? 0)
            guard candidate > year else { return nil }
            var second = Point()
            second.year = candidate
            return span(first, second, uncertain: false).map { ($0, end + 2) }
        }
        guard let (second, secondEnd) = point(at: end + 1) else { return nil }
        // Both ends must be of comparable kinds: years with years, days with days.
        if first.isYearOnly != second.isYearOnly, first.year != nil, second.year != nil { return nil }
        return span(first, second, uncertain: isOr).map { ($0, secondEnd) }
    }

    /// Joins two points into a span; a first point without a year borrows the second's. Nil
    /// when the second comes first or lies more than `longest` years after it (two dates so far
    /// apart are seldom one span unless a word says so).
    func span(_ first: Point, _ second: Point, uncertain: Bool, longest: Int = 300) -> DateExpression? {
        var first = first
        guard var end = second.historicalDate else { return nil }
        if first.year == nil, let year = second.year {
            first.year = (first.month ?? 0) > (second.month ?? 12) ? year - 1 : year
            if first.calendar == .gregorian { first.calendar = second.calendar }
        }
        guard let start = first.historicalDate, let startPoint = start.start, let endPoint = end.start else { return nil }
        guard startPoint.earliest <= endPoint.latest, endPoint.year - startPoint.year <= longest else { return nil }
        end.isApproximate = end.isApproximate || start.isApproximate
        var date = HistoricalDate(from: startPoint, to: endPoint, calendar: start.calendar == .julian ? .julian : end.calendar,
                                  isApproximate: end.isApproximate, isUncertain: uncertain)
        if start.calendar == .julian { date.julian = start.julian }
        return .absolute(date)
    }
}
