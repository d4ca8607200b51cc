/// What the extractor recognised before resolving it against context.
enum DateExpression {
    /// A complete date.
    case absolute(HistoricalDate)
    /// A month (and perhaps a day) with no year; `julian` when marked Old Style.
    case partial(month: Int, day: Int?, part: DatePoint.Part?, calendar: CalendarSystem)
    /// Days of one month with no year: "November 7-8".
    case partialDays(month: Int, from: Int, to: Int, calendar: CalendarSystem)
    /// Months with no year: "between June and September", "from October to March".
    case partialMonths(from: Int, to: Int, calendar: CalendarSystem)
    /// A season with no year: "the summer".
    case partialSeason(DatePoint.Season, part: DatePoint.Part?)
    /// A shift from the previous date in the discourse.
    case relative(RelativeShift)
    /// An age in years, to add to the subject's birth date.
    case age(Int)
    /// The n-th anniversary of an event named by a noun ("revolution").
    case anniversary(Int, of: String)
    /// A length of time ("two months"); after "after", the date it reaches from the
    /// previous one; "of" a date, the date it lies in ("the first ten months of 1915").
    case amount(TimeAmount, shift: RelativeShift?, within: HistoricalDate?)
    /// A repetition: "every year", "daily", "twice a week".
    case frequency(TimeAmount)
    /// A word pointing at the writer's own time: "now", "former", "in the future".
    case reference(TimeReference)
    /// A move back from the writer's own time: "two years ago".
    case ago(RelativeShift)
    /// A day, season or unit named from the writer's own time, or the story's when the
    /// document has no date: "on Tuesday", "last year", "next summer", "yesterday".
    case deictic(Deixis)
}

/// What a deictic expression names, counted from the writer's day.
enum Deixis {
    /// The unit containing the day moved by `amount` units: "last year" (-1), "this month" (0), "yesterday".
    case unit(DateVocabulary.Unit, amount: Int)
    /// The nearest such weekday (1 Monday … 7 Sunday) before the day, or after it for the future.
    case weekday(Int, future: Bool)
    /// The season of this year, the next one or the last one.
    case season(DatePoint.Season, amount: Int)
}

/// "two months later", "the same year", "that evening".
struct RelativeShift {
    var unit: DateVocabulary.Unit
    /// Units to add: 0 for "the same", "that"; negative for "earlier".
    var amount: Int
    /// A part of the unit reached: "the end of the year", "early in the month".
    var part: DatePoint.Part? = nil
}
