extension HistoricalDate {
    /// The date as a reader would say it: "5 December 1923", "April 1923", "1932",
    /// "22 December 1917 – 10 February 1918"; an age's birthday-to-birthday window
    /// when it has one.
    public var inWords: String {
        if let bounds {
            return "\(DatePoint(bounds.earliest).inWords) – \(DatePoint(bounds.latest).inWords)"
        }
        let words = isInterval
            ? "\(start?.inWords ?? "…") – \(end?.inWords ?? "…")"
            : start?.inWords ?? "undated"
        return isApproximate ? "about " + words : words
    }
}

extension DatePoint {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "5 December 1923", "December 1923", "1923", "the 1920s".
    public var inWords: String {
        let year = self.year < 0 ? "\(-self.year) BC" : "\(self.year)"
        switch precision {
        case .day: return "\(day ?? 1) \(Self.monthNames[(month ?? 1) - 1]) \(year)"
        case .month: return "\(Self.monthNames[(month ?? 1) - 1]) \(year)"
        case .season: return season.map { "\($0.rawValue) \(year)" } ?? year
        case .decade: return "the \(self.year)s"
        case .century: return "the \(self.year / 100 + 1)th century"
        default: return year
        }
    }
}
