public import AnnalsCore

/// A date in the contract's shape.
public struct DateJSON: Encodable, Sendable {
    public var value: String
    public var calendar: String
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
}
