/// ISO 8601 / EDTF values and the Gregorian day range of each point.
extension DatePoint {
    /// The first Gregorian day the point can mean.
    public var earliest: CalendarDay { bounds.0 }

    /// The last Gregorian day the point can mean.
    public var latest: CalendarDay { bounds.1 }

    /// Months covered by each part of a year: early Jan–Apr, mid Jun–Aug, late Sep–Dec.
    static func months(of part: Part) -> ClosedRange<Int> {
        switch part {
        case .early: 1...4
        case .mid: 6...8
        case .late: 9...12
        }
    }

    /// Months of each season; winter runs from December of `year` into the next year.
    static func months(of season: Season) -> (first: Int, last: Int) {
        switch season {
        case .spring: (3, 5)
        case .summer: (6, 8)
        case .autumn: (9, 11)
        case .winter: (12, 14)
        }
    }

    private var bounds: (CalendarDay, CalendarDay) {
        func first(_ year: Int, _ month: Int) -> CalendarDay {
            let y = year + (month - 1) / 12, m = (month - 1) % 12 + 1
            return CalendarDay(year: y, month: m, day: 1)!
        }
        func last(_ year: Int, _ month: Int) -> CalendarDay {
            let y = year + (month - 1) / 12, m = (month - 1) % 12 + 1
            return CalendarDay(year: y, month: m, day: CalendarDay.length(ofMonth: m, year: y, in: .gregorian))!
        }
        switch precision {
        case .day:
            let day = CalendarDay(year: year, month: month ?? 1, day: self.day ?? 1) ?? first(year, month ?? 1)
            return (day, day)
        case .month:
            let m = month ?? 1
            let length = CalendarDay.length(ofMonth: m, year: year, in: .gregorian)
            switch part {
            case nil: return (first(year, m), last(year, m))
            case .early: return (first(year, m), CalendarDay(year: year, month: m, day: 10)!)
            case .mid: return (CalendarDay(year: year, month: m, day: 11)!, CalendarDay(year: year, month: m, day: 20)!)
            case .late: return (CalendarDay(year: year, month: m, day: 21)!, CalendarDay(year: year, month: m, day: length)!)
            }
        case .season:
            let (a, b) = Self.months(of: season ?? .summer)
            return (first(year, a), last(year, b))
        case .year:
            let range = part.map(Self.months(of:)) ?? 1...12
            return (first(year, range.lowerBound), last(year, range.upperBound))
        case .decade, .century:
            let length = precision == .decade ? 10 : 100
            let years: ClosedRange<Int>
            switch part {
            case nil: years = year...(year + length - 1)
            case .early: years = year...(year + length * 3 / 10 - 1)
            case .mid: years = (year + length * 3 / 10)...(year + length * 7 / 10 - 1)
            case .late: years = (year + length * 7 / 10)...(year + length - 1)
            }
            return (first(years.lowerBound, 1), last(years.upperBound, 12))
        }
    }

    /// The EDTF value at the point's own precision: "1917-05-04", "1917-05", "1923",
    /// "1923-06/1923-08" for mid-1923, "1902-06/1902-08" for the summer of 1902,
    /// "192X" for the 1920s, "18XX" for the 1800s (spans for their parts and for BC).
    public var edtf: String {
        let y = CalendarDay.isoYear(year)
        switch precision {
        case .day:
            return "\(y)-\(CalendarDay.twoDigits(month ?? 1))-\(CalendarDay.twoDigits(day ?? 1))"
        case .month:
            let base = "\(y)-\(CalendarDay.twoDigits(month ?? 1))"
            return part == nil ? base : "\(earliest.iso)/\(latest.iso)"
        case .season, .year:
            if precision == .year, part == nil { return y }
            return monthSpan(earliest, latest)
        case .decade, .century:
            if part == nil, year >= 0 {
                let digits = precision == .decade ? 3 : 2
                return String(y.prefix(digits)) + String(repeating: "X", count: 4 - digits)
            }
            return "\(CalendarDay.isoYear(earliest.year))/\(CalendarDay.isoYear(latest.year))"
        }
    }

    private func monthSpan(_ start: CalendarDay, _ end: CalendarDay) -> String {
        "\(CalendarDay.isoYear(start.year))-\(CalendarDay.twoDigits(start.month))/\(CalendarDay.isoYear(end.year))-\(CalendarDay.twoDigits(end.month))"
    }
}

extension HistoricalDate {
    /// The ISO 8601 / EDTF value: a point ("1879-11-07", "1923-06/1923-08") or a span
    /// ("1904/1907", "1917-12-22/1918-02-10", "../1917"), with "~" for approximate,
    /// "?" for uncertain and "%" for both.
    public var value: String {
        let body: String
        if isInterval {
            // A point that is itself a span ("late 1920") contributes its outer end.
            let from = start.map { String($0.edtf.split(separator: "/").first ?? "") } ?? ".."
            let to = end.map { String($0.edtf.split(separator: "/").last ?? "") } ?? ".."
            body = "\(from)/\(to)"
        } else {
            body = start?.edtf ?? ".."
        }
        switch (isApproximate, isUncertain) {
        case (true, true): return body + "%"
        case (true, false): return body + "~"
        case (false, true): return body + "?"
        case (false, false): return body
        }
    }
}

extension HistoricalDate {
    /// A calendar date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" (anything after the day,
    /// a time "T10:00:00Z", is ignored): `annals ingest --date`, HTML metadata.
    public init?(calendarDate text: String) {
        let digits = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = digits.first, first.count == 4, let year = Int(first) else { return nil }
        let month = digits.count > 1 ? Int(digits[1].prefix(2)) : nil
        let day = digits.count > 2 ? Int(digits[2].prefix(2)) : nil
        if let month, let day {
            guard let calendarDay = CalendarDay(year: year, month: month, day: day) else { return nil }
            self.init(DatePoint(calendarDay))
        } else if let month {
            guard (1...12).contains(month) else { return nil }
            self.init(DatePoint(year: year, month: month))
        } else {
            guard digits.count == 1 else { return nil }
            self.init(DatePoint(year: year))
        }
    }
}
