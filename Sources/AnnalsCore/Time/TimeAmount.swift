/// A length of time as a text gives it: "two months", "several days", "a decade",
/// "over a year". Written as an ISO 8601 duration ("P2M", "PT7H"), with the TIMEX2
/// units for decades and centuries ("P1DE", "P2CE") and "X" for a count the text
/// leaves open ("PXD" for "several days", "for months").
public struct TimeAmount: Hashable, Sendable, Codable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case second, minute, hour, day, week, month, year, decade, century

        /// The unit's letters in an ISO 8601 / TIMEX2 duration.
        var designator: String {
            switch self {
            case .second: "S"
            case .minute: "M"
            case .hour: "H"
            case .day: "D"
            case .week: "W"
            case .month: "M"
            case .year: "Y"
            case .decade: "DE"
            case .century: "CE"
            }
        }

        /// Whether ISO 8601 writes the unit after a "T" (a time, not a date, unit).
        var isTimeOfDay: Bool { self == .second || self == .minute || self == .hour }
    }

    /// How many units; nil when the text leaves it open ("several days", "months").
    public var count: Double?
    public var unit: Unit
    /// "about a week", "some eight years", "over a year", "nearly four weeks".
    public var isApproximate: Bool

    /// For a repetition, whether it falls on every day, week, month or year of the calendar
    /// ("daily", "every year") rather than once per length of time ("per month").
    public var everyCalendarUnit: Bool { every ?? false }
    private var every: Bool?

    public init(count: Double?, unit: Unit, isApproximate: Bool = false, everyCalendarUnit: Bool = false) {
        self.count = count
        self.unit = unit
        self.isApproximate = isApproximate
        every = everyCalendarUnit ? true : nil
    }

    /// A repetition's value: the TIMEX2 calendar pattern for every day, week, month or year
    /// ("XXXX-XX-XX" for "daily", "XXXX" for "annually"), else the length it recurs after ("P1M").
    public var recurrence: String {
        guard everyCalendarUnit else { return iso }
        switch unit {
        case .day: return "XXXX-XX-XX"
        case .week: return "XXXX-WXX"
        case .month: return "XXXX-XX"
        case .year: return "XXXX"
        default: return iso
        }
    }

    /// "P2M", "PT7H", "PXD", "P2.5Y", "P1DE".
    public var iso: String {
        let number: String
        if let count {
            number = count == count.rounded() ? String(Int(count)) : String(count)
        } else {
            number = "X"
        }
        return "P" + (unit.isTimeOfDay ? "T" : "") + number + unit.designator
    }

    /// "two months", "several days", "about a week".
    public var inWords: String {
        let name = "\(unit)"
        let plural = unit == .century ? "centuries" : name + "s"
        let words: String
        switch count {
        case nil: words = "several " + plural
        case 1: words = "one " + name
        case let count?: words = (count == count.rounded() ? String(Int(count)) : String(count)) + " " + plural
        }
        return isApproximate ? "about " + words : words
    }
}

/// A word that places something relative to the writer's own time: "now", "former",
/// "in the future". Without a date for the document it stays a direction; with one,
/// "now" and "today" are that date.
public enum TimeReference: String, Sendable, Codable {
    case present, past, future

    /// The TIMEX2 value: "PRESENT_REF", "PAST_REF", "FUTURE_REF".
    public var value: String { rawValue.uppercased() + "_REF" }
}
