public import AnnalsCore

/// A date in the contract's shape.
public struct DateJSON: Encodable, Sendable {
    public var value: String
    /// Absent for a length of time, a repetition or a reference ("P2M", "PRESENT_REF").
    public var calendar: String?
    public var precision: String
    public var earliest: String?
    public var latest: String?
    public var text: String
    public var julian: String?
    public var approximate: Bool
    public var uncertain: Bool

    public init(_ date: HistoricalDate, text: String) {
        value = date.value
        calendar = date.calendar.rawValue
        precision = date.precision.description
        earliest = date.earliest?.iso
        latest = date.latest?.iso
        self.text = text
        julian = date.julian.map(\.edtf)
        approximate = date.isApproximate
        uncertain = date.isUncertain
    }

    /// A value that is not a calendar date: a length of time ("P2M", precision "duration"),
    /// a repetition ("P1Y", precision "set") or a reference ("PRESENT_REF", precision "reference").
    public init(value: String, precision: String, text: String, approximate: Bool = false) {
        self.value = value
        self.precision = precision
        self.text = text
        self.approximate = approximate
        uncertain = false
    }

    /// What a date expression's value is: its calendar date, else its length, its
    /// repetition or the time it points at.
    public init?(_ mention: DateMention, text: String) {
        if let amount = mention.amount {
            self.init(value: mention.kind == .set ? amount.recurrence : amount.iso, precision: mention.kind == .set ? "set" : "duration", text: text, approximate: amount.isApproximate)
        } else if let date = mention.date {
            self.init(date, text: text)
            // A time of day after its day: ISO 8601 for a clock ("T11:00"), TIMEX2's codes for parts of the day ("TNI").
            if let time = mention.timeOfDay, date.precision == .day, !date.isInterval { value += "T" + time }
        } else if let reference = mention.reference {
            self.init(value: reference.value, precision: "reference", text: text)
        } else {
            return nil
        }
    }
}
