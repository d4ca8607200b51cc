/// A calendar a source can write its dates in.
public enum CalendarSystem: String, Sendable, Hashable, Codable {
    /// The Gregorian calendar, proleptic before 1582 ("New Style").
    case gregorian
    /// The Julian calendar ("Old Style").
    case julian
}

/// One day on the proleptic Gregorian calendar, with astronomical year numbering
/// (year 0 is 1 BC, year -43 is 44 BC).
///
/// Arithmetic goes through the Julian Day Number, computed here rather than with
/// Foundation, whose Gregorian calendar on Linux silently turns Julian before 1582.
///
/// ```swift
/// let day = CalendarDay(julianYear: 1917, month: 10, day: 25)  // Old Style
/// day?.iso  // "1917-11-07"
/// ```
public struct CalendarDay: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A Gregorian day, or nil if it does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.length(ofMonth: month, year: year, in: .gregorian)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Gregorian day that a Julian-calendar date names.
    public init?(julianYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.length(ofMonth: month, year: year, in: .julian)).contains(day) else { return nil }
        self.init(julianDayNumber: Self.julianDayNumber(year: year, month: month, day: day, in: .julian))
    }

    /// The Gregorian day with this Julian Day Number.
    public init(julianDayNumber jdn: Int) {
        let (year, month, day) = Self.date(fromJulianDayNumber: jdn, in: .gregorian)
        self.year = year
        self.month = month
        self.day = day
    }

    /// The Julian Day Number: days since 1 January 4713 BC (Julian), noon.
    public var julianDayNumber: Int { Self.julianDayNumber(year: year, month: month, day: day, in: .gregorian) }

    /// The same day written on the Julian calendar.
    public var julian: (year: Int, month: Int, day: Int) { Self.date(fromJulianDayNumber: julianDayNumber, in: .julian) }

    /// The day `count` days later (or earlier, for a negative count).
    public func adding(days count: Int) -> CalendarDay { CalendarDay(julianDayNumber: julianDayNumber + count) }

    /// The day of the week, ISO numbering: 1 Monday … 7 Sunday.
    public var weekday: Int { julianDayNumber % 7 + 1 }

    /// The day `count` months later, clamped to the end of a shorter month.
    public func adding(months count: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + count
        let newYear = Int((Double(index) / 12).rounded(.down))
        let newMonth = index - newYear * 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.length(ofMonth: newMonth, year: newYear, in: .gregorian)))!
    }

    /// The day `count` years later, 29 February becoming 28 February where needed.
    public func adding(years count: Int) -> CalendarDay { adding(months: 12 * count) }

    /// ISO 8601 with astronomical years: "1879-11-07", "-0043-03-15".
    public var iso: String { "\(Self.isoYear(year))-\(Self.twoDigits(month))-\(Self.twoDigits(day))" }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    // MARK: - Calendar rules

    /// Whether a year has 29 February in a calendar.
    public static func isLeapYear(_ year: Int, in calendar: CalendarSystem) -> Bool {
        switch calendar {
        case .julian: return year.isMultiple(of: 4)
        case .gregorian: return year.isMultiple(of: 4) && (!year.isMultiple(of: 100) || year.isMultiple(of: 400))
        }
    }

    /// Days in a month of a year in a calendar.
    public static func length(ofMonth month: Int, year: Int, in calendar: CalendarSystem) -> Int {
        switch month {
        case 2: isLeapYear(year, in: calendar) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The Julian Day Number of a date in a calendar (valid from 4713 BC onwards).
    public static func julianDayNumber(year: Int, month: Int, day: Int, in calendar: CalendarSystem) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        let base = day + (153 * m + 2) / 5 + 365 * y + y / 4
        switch calendar {
        case .gregorian: return base - y / 100 + y / 400 - 32045
        case .julian: return base - 32083
        }
    }

    /// The date in a calendar of a Julian Day Number.
    public static func date(fromJulianDayNumber jdn: Int, in calendar: CalendarSystem) -> (year: Int, month: Int, day: Int) {
        var b = 0
        var c: Int
        switch calendar {
        case .gregorian:
            let a = jdn + 32044
            b = (4 * a + 3) / 146097
            c = a - 146097 * b / 4
        case .julian:
            c = jdn + 32082
        }
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        let day = e - (153 * m + 2) / 5 + 1
        let month = m + 3 - 12 * (m / 10)
        let year = 100 * b + d - 4800 + m / 10
        return (year, month, day)
    }

    /// How many days the Julian calendar runs behind the Gregorian on this day
    /// (10 in the 1600s, 11 in the 1700s, 12 in the 1800s, 13 from Julian 1900-03-01).
    public var julianLag: Int {
        // Counted on the Julian date: the lag grows on Julian 1 March of each century year
        // that is not a Gregorian leap year (1700, 1800, 1900…).
        let julian = self.julian
        let year = julian.month <= 2 ? julian.year - 1 : julian.year
        let centuries = Int((Double(year) / 100).rounded(.down))
        let quadricentennials = Int((Double(year) / 400).rounded(.down))
        return centuries - quadricentennials - 2
    }

    static func isoYear(_ year: Int) -> String {
        let digits = String(abs(year))
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return year < 0 ? "-" + padded : padded
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
