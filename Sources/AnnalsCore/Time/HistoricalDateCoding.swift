/// How a ``HistoricalDate`` is written inside a stored byte form (a claim's date, a date
/// mention's): flags (start, end, interval, approximate, uncertain, Julian calendar, Julian
/// reading, bounds), then each point present and the bounds as signed day numbers. A point is
/// its precision, signed year, flags (month, day, season, part) and those present.
extension ByteFormWriter {
    mutating func date(_ date: HistoricalDate) {
        flags(date.start != nil, date.end != nil, date.isInterval, date.isApproximate, date.isUncertain,
              date.calendar == .julian, date.julian != nil, date.bounds != nil)
        for point in [date.start, date.end, date.julian].compactMap({ $0 }) { self.point(point) }
        if let bounds = date.bounds {
            signed(bounds.earliest.julianDayNumber)
            signed(bounds.latest.julianDayNumber)
        }
    }

    mutating func point(_ point: DatePoint) {
        number(point.precision.rawValue)
        signed(point.year)
        flags(point.month != nil, point.day != nil, point.season != nil, point.part != nil)
        if let month = point.month { number(month) }
        if let day = point.day { number(day) }
        if let season = point.season { string(season.rawValue) }
        if let part = point.part { string(part.rawValue) }
    }
}

extension ByteFormReader {
    mutating func date() throws(SentenceCoding.DecodingError) -> HistoricalDate {
        let flags = try flags()
        let start = flags[0] ? try point() : nil, end = flags[1] ? try point() : nil
        var date = HistoricalDate(from: start, to: end, calendar: flags[5] ? .julian : .gregorian, isApproximate: flags[3], isUncertain: flags[4])
        date.isInterval = flags[2]
        date.julian = flags[6] ? try point() : nil
        if flags[7] {
            let earliest = try signed()
            date.bounds = DayBounds(earliest: CalendarDay(julianDayNumber: earliest), latest: CalendarDay(julianDayNumber: try signed()))
        }
        return date
    }

    mutating func point() throws(SentenceCoding.DecodingError) -> DatePoint {
        let code = try count()
        guard let precision = DatePoint.Precision(rawValue: code) else { throw .init(description: "no date precision is numbered \(code)") }
        var point = DatePoint(span: precision, startingIn: try signed())
        let flags = try flags()
        point.month = flags[0] ? try count() : nil
        point.day = flags[1] ? try count() : nil
        point.season = flags[2] ? try raw(DatePoint.Season.self, "season") : nil
        point.part = flags[3] ? try raw(DatePoint.Part.self, "part of a period") : nil
        return point
    }
}
