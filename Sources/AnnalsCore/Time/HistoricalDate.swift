/// A date as a historical text gives it: as precise as the text and no more
/// ("mid-1923" stays a span of months), possibly a span between two such points,
/// possibly approximate or uncertain, and remembering the calendar it was written in.
///
/// All values are held on the Gregorian calendar; a Julian source date is converted
/// and its original kept in ``julian``.
///
/// ```swift
/// let mid1923 = HistoricalDate(DatePoint(year: 1923, part: .mid))
/// mid1923.value      // "1923-06/1923-08"
/// mid1923.earliest   // 1923-06-01
/// ```
public struct HistoricalDate: Hashable, Sendable, Codable {
    /// Where the date starts; nil for a span open at the start ("until 1917").
    public var start: DatePoint?
    /// Where a span ends; nil for a single point, or for a span open at the end.
    public var end: DatePoint?
    /// Whether this is a span between two points (even if one end is open).
    public var isInterval: Bool
    /// "about 1920", "c. 1920".
    public var isApproximate: Bool
    /// "1920?", "probably 1920".
    public var isUncertain: Bool
    /// The calendar the source wrote the date in.
    public var calendar: CalendarSystem
    /// The date as written on the Julian calendar, when the source used it.
    public var julian: DatePoint?
    /// Tighter bounds than the written precision shows: "when he was eight" is written
    /// as the years 1887/1888 but means the twelve months from his eighth birthday.
    public var bounds: DayBounds?

    /// A single point.
    public init(_ point: DatePoint, calendar: CalendarSystem = .gregorian, julian: DatePoint? = nil,
                isApproximate: Bool = false, isUncertain: Bool = false) {
        start = point
        end = nil
        isInterval = false
        self.calendar = calendar
        self.julian = julian
        self.isApproximate = isApproximate
        self.isUncertain = isUncertain
    }

    /// A span between two points; either may be open.
    public init(from start: DatePoint?, to end: DatePoint?, calendar: CalendarSystem = .gregorian,
                isApproximate: Bool = false, isUncertain: Bool = false) {
        self.start = start
        self.end = end
        isInterval = true
        self.calendar = calendar
        julian = nil
        self.isApproximate = isApproximate
        self.isUncertain = isUncertain
    }

    /// The date told no finer than `precision` (a month or a year): "16 January 1698" is
    /// January 1698 or 1698; "December 1916 to March 1917" in years is 1916/1917; a coarser
    /// point stays as it is.
    public func coarsened(to precision: DatePoint.Precision) -> HistoricalDate {
        let coarse = { (point: DatePoint?) in
            point.map { p in p.precision >= precision ? p : precision == .year ? DatePoint(year: p.year) : DatePoint(year: p.year, month: p.month ?? 1) }
        }
        let (first, last) = (coarse(start), coarse(end))
        if first == start && last == end { return self }
        if let point = first ?? last, !isInterval || first == last {
            return HistoricalDate(point, isApproximate: isApproximate, isUncertain: isUncertain)
        }
        return HistoricalDate(from: first, to: last, isApproximate: isApproximate, isUncertain: isUncertain)
    }

    /// The coarsest precision of its points.
    public var precision: DatePoint.Precision {
        let points = [start, end].compactMap { $0 }
        return points.map(\.precision).max() ?? .year
    }

    /// The first Gregorian day the date can mean, if it has a start.
    public var earliest: CalendarDay? { bounds?.earliest ?? start?.earliest }

    /// The last Gregorian day the date can mean, if it has an end.
    public var latest: CalendarDay? { bounds?.latest ?? (isInterval ? end?.latest : start?.latest) }

    /// Whether the two dates can mean the same day: their ranges overlap.
    public func overlaps(_ other: HistoricalDate) -> Bool {
        let lowA = earliest ?? CalendarDay(julianDayNumber: 0), highA = latest ?? CalendarDay(julianDayNumber: 10_000_000)
        let lowB = other.earliest ?? CalendarDay(julianDayNumber: 0), highB = other.latest ?? CalendarDay(julianDayNumber: 10_000_000)
        return lowA <= highB && lowB <= highA
    }
}

/// The first and last day a date can mean, when known more tightly than its precision.
public struct DayBounds: Hashable, Sendable, Codable {
    public var earliest: CalendarDay
    public var latest: CalendarDay

    public init(earliest: CalendarDay, latest: CalendarDay) {
        self.earliest = earliest
        self.latest = latest
    }
}

/// One end of a historical date: a year, perhaps with a month, a day, a season or a
/// part (early/mid/late), or a decade or a century.
public struct DatePoint: Hashable, Sendable, Codable {
    /// How precise the text was.
    public enum Precision: Int, Sendable, Codable, Comparable, CustomStringConvertible {
        case day, month, season, year, decade, century

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }

        public var description: String {
            switch self {
            case .day: "day"
            case .month: "month"
            case .season: "season"
            case .year: "year"
            case .decade: "decade"
            case .century: "century"
            }
        }
    }

    /// A third of a month, a year, a decade or a century.
    public enum Part: String, Sendable, Codable {
        case early, mid, late
    }

    /// A season of a year (northern hemisphere; winter belongs to the year it starts in).
    public enum Season: String, Sendable, Codable {
        case spring, summer, autumn, winter
    }

    public var precision: Precision
    /// Astronomical year (0 = 1 BC). For a decade, its first year (1920); for a century, its first year (1800).
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var season: Season?
    public var part: Part?

    /// A day.
    public init(year: Int, month: Int, day: Int) {
        precision = .day
        self.year = year
        self.month = month
        self.day = day
    }

    /// A month, perhaps early, mid or late in it.
    public init(year: Int, month: Int, part: Part? = nil) {
        precision = .month
        self.year = year
        self.month = month
        self.part = part
    }

    /// A year, perhaps early, mid or late in it.
    public init(year: Int, part: Part? = nil) {
        precision = .year
        self.year = year
        self.part = part
    }

    /// A season of a year.
    public init(year: Int, season: Season, part: Part? = nil) {
        precision = .season
        self.year = year
        self.season = season
        self.part = part
    }

    /// A decade (its first year, e.g. 1920) or a century (its first year, e.g. 1800).
    public init(span precision: Precision, startingIn year: Int, part: Part? = nil) {
        self.precision = precision
        self.year = year
        self.part = part
    }

    /// A Gregorian day as a point of day precision.
    public init(_ day: CalendarDay) {
        self.init(year: day.year, month: day.month, day: day.day)
    }
}
