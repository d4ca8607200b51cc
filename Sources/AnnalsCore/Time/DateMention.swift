/// A temporal expression found in a document: its span, what kind it is, the date it
/// means, and what it was resolved against when the text alone does not say.
public struct DateMention: Hashable, Sendable, Codable {
    /// How the date was obtained.
    public enum Kind: String, Sendable, Codable {
        /// Written out in full: "7 November 1879", "1897", "the 1920s".
        case absolute
        /// Missing its year, taken from the context: "18th October", "in January".
        case partial
        /// Relative to an earlier date: "the following day", "two months later".
        case relative
        /// An age turned into a date through the birth date: "at the age of eighteen".
        case age
        /// An anniversary of an earlier event: "the eleventh birthday of the revolution".
        case anniversary
        /// A length of time: "two months", "several days", "over a year".
        case duration
        /// A repetition: "every year", "daily", "twice a week".
        case set
        /// A word pointing at the writer's time: "now", "former", "in the future".
        case reference

        /// Whether the expression names a point or span on the calendar (durations, sets and
        /// references do so only when a date comes with them).
        public var isCalendar: Bool { self != .duration && self != .set && self != .reference }
    }

    /// The expression's span in the stored text.
    public var range: TextRange
    public var kind: Kind
    /// The date meant, or nil when it could not be resolved (an age without a known birth date).
    public var date: HistoricalDate?
    /// The mention this one was resolved against (for partial, relative, age and anniversary dates).
    public var anchor: TextRange?
    /// Whether the expression is in a heading (its range then frames the section's dates).
    public var isInHeading: Bool
    /// For a duration, its length; for a set, how often it repeats.
    public var amount: TimeAmount?
    /// For a span written as two dates ("1915-17", "6-7 January 1916", "from May to October
    /// 1918"), where each end is written: its first date's words, then its last date's.
    public var ends: [TextRange]?
    /// The time of day the expression gives with its day: a clock time ("11:00", "21:34") or a
    /// part of the day in TIMEX2's codes ("MO" morning, "AF" afternoon, "EV" evening, "NI" night).
    public var timeOfDay: String?
    /// For a reference, the time it points at.
    public var reference: TimeReference?
    /// Whether the date was resolved against the document's own date ("now", "two years ago").
    public var isFromDocumentDate: Bool {
        get { documentDated ?? false }
        set { documentDated = newValue ? true : nil }
    }
    private var documentDated: Bool?

    public init(range: TextRange, kind: Kind, date: HistoricalDate?, anchor: TextRange? = nil, isInHeading: Bool = false) {
        self.range = range
        self.kind = kind
        self.date = date
        self.anchor = anchor
        self.isInHeading = isInHeading
    }
}
