/// When places moved from the Julian to the Gregorian calendar: general knowledge
/// any history engine needs to read Old Style dates.
public struct CalendarReform: Sendable, Hashable {
    /// Who switched.
    public let region: String
    /// The last day written on the Julian calendar (a Julian date).
    public let lastJulian: (year: Int, month: Int, day: Int)
    /// The first day written on the Gregorian calendar.
    public let firstGregorian: CalendarDay

    public static func == (lhs: CalendarReform, rhs: CalendarReform) -> Bool {
        lhs.region == rhs.region && lhs.firstGregorian == rhs.firstGregorian
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(region)
        hasher.combine(firstGregorian)
    }

    /// Whether a place with this reform wrote the given (Gregorian) day in Julian style.
    public func usedJulian(on day: CalendarDay) -> Bool { day < firstGregorian }

    private init(_ region: String, lastJulian: (Int, Int, Int), firstGregorian: (Int, Int, Int)) {
        self.region = region
        self.lastJulian = lastJulian
        self.firstGregorian = CalendarDay(year: firstGregorian.0, month: firstGregorian.1, day: firstGregorian.2)!
    }

    /// Russia: 31 January 1918 (Julian) was followed by 14 February 1918.
    public static let russia = CalendarReform("Russia", lastJulian: (1918, 1, 31), firstGregorian: (1918, 2, 14))
    /// Spain, Portugal, the Papal States and Poland–Lithuania: 4 October 1582, then 15 October.
    public static let catholicEurope = CalendarReform("Catholic Europe", lastJulian: (1582, 10, 4), firstGregorian: (1582, 10, 15))
    /// France: 9 December 1582, then 20 December.
    public static let france = CalendarReform("France", lastJulian: (1582, 12, 9), firstGregorian: (1582, 12, 20))
    /// Great Britain and its colonies: 2 September 1752, then 14 September.
    public static let britain = CalendarReform("Great Britain", lastJulian: (1752, 9, 2), firstGregorian: (1752, 9, 14))
    /// Sweden (with Finland): 17 February 1753, then 1 March.
    public static let sweden = CalendarReform("Sweden", lastJulian: (1753, 2, 17), firstGregorian: (1753, 3, 1))
    /// Bulgaria: 31 March 1916, then 14 April.
    public static let bulgaria = CalendarReform("Bulgaria", lastJulian: (1916, 3, 31), firstGregorian: (1916, 4, 14))
    /// Greece: 15 February 1923, then 1 March.
    public static let greece = CalendarReform("Greece", lastJulian: (1923, 2, 15), firstGregorian: (1923, 3, 1))

    /// Every reform Annals knows.
    public static let all: [CalendarReform] = [catholicEurope, france, britain, sweden, bulgaria, russia, greece]

    /// The reform of a region named in text ("Russia", "Russian Empire", "England"…), if known.
    public static func forRegion(named name: String) -> CalendarReform? {
        let key = name.lowercased()
        let aliases: [String: CalendarReform] = [
            "russia": .russia, "russian empire": .russia, "soviet russia": .russia, "ukraine": .russia,
            "britain": .britain, "great britain": .britain, "england": .britain, "scotland": .britain,
            "wales": .britain, "ireland": .britain, "america": .britain, "american colonies": .britain,
            "spain": .catholicEurope, "portugal": .catholicEurope, "italy": .catholicEurope, "poland": .catholicEurope,
            "france": .france, "sweden": .sweden, "finland": .sweden, "bulgaria": .bulgaria, "greece": .greece,
        ]
        return aliases[key]
    }
}
