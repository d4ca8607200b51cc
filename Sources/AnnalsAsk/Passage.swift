public import AnnalsCore

/// A sentence that may hold an answer: where it is, its words, the dates and names in
/// it, how well retrieval ranked it, and — when it is the evidence of a claim that
/// matches the question — what that claim says.
public struct Passage: Sendable {
    public struct Dated: Sendable {
        public var range: TextRange
        public var date: HistoricalDate
        public var text: String
        /// Worked out from another date or an age ("the following day", "when he was 15"), not written.
        public var isDerived: Bool
        /// Whether its year is written ("7 May 1915"), not taken from the dates before it ("on 7 May").
        public var yearWritten: Bool
        /// The clock time its words give ("02:45" of "2:45 a.m."), else nil.
        public var clock: String?
        public init(range: TextRange, date: HistoricalDate, text: String, isDerived: Bool = false, yearWritten: Bool = true, clock: String? = nil) {
            self.clock = clock
            self.range = range
            self.date = date
            self.text = text
            self.isDerived = isDerived
            self.yearWritten = yearWritten
        }
    }

    public struct Named: Sendable {
        public var range: TextRange
        /// The entity's canonical name and id.
        public var name: String
        public var id: String
        public var type: EntityType
        public init(range: TextRange, name: String, id: String, type: EntityType) {
            self.range = range
            self.name = name
            self.id = id
            self.type = type
        }
    }

    /// What a matching claim says, answered from the record rather than the words.
    public struct Fact: Sendable {
        public var date: HistoricalDate?
        public var place: Named?
        public var other: Named?
        public init(date: HistoricalDate? = nil, place: Named? = nil, other: Named? = nil) {
            self.date = date
            self.place = place
            self.other = other
        }
    }

    public var document: Int
    public var source: String
    public var range: TextRange
    public var text: String
    /// BM25 from full-text search (0 when the passage came from a claim).
    public var retrieval: Double
    public var dates: [Dated]
    public var names: [Named]
    public var fact: Fact?
    /// The dates that set the time of a sentence that writes none: those of the nearest
    /// earlier sentence of its paragraph that writes one, else its section's heading.
    public var context: [HistoricalDate]
    /// Who the sentence before it in its paragraph names: whom its "she" or "he" may carry on.
    public var previousNames: [Named]
    /// The sentence before it in its paragraph, empty at a paragraph's start: the words the
    /// passage goes on from.
    public var previousText = ""
    /// The text of the paragraph the passage stands in (empty when it stands in none).
    public var paragraphText = ""
    /// Whom the passage's document is about, when it is an article about someone: there "he" or
    /// "she" is mostly that one.
    public var documentSubject: String?

    public init(document: Int, source: String, range: TextRange, text: String, retrieval: Double,
                dates: [Dated], names: [Named], fact: Fact? = nil, context: [HistoricalDate] = [], previousNames: [Named] = []) {
        self.context = context
        self.previousNames = previousNames
        self.document = document
        self.source = source
        self.range = range
        self.text = text
        self.retrieval = retrieval
        self.dates = dates
        self.names = names
        self.fact = fact
    }
}

/// An answer found: its kind, what to show, the value to compare, and the passages behind it.
public struct FoundAnswer: Sendable {
    public var kind: AnswerKind
    public var text: String
    public var value: String
    /// Indices into the passages given, best first.
    public var passages: [Int]
    public var score: Double
    /// The best score of it in each sentence that says it ("document:offset").
    var support: [String: Double] = [:]
}

/// The outcome of a question.
public struct Answering: Sendable {
    public enum Status: String, Sendable { case answered, conflict, notFound = "not_found" }
    public var status: Status
    public var answers: [FoundAnswer]
    /// How each passage and candidate scored, when the finder was asked to explain.
    public var explanation: [String] = []
}

extension Passage {
    /// The dates that set the passage's time: its own, when each writes its year; those of its
    /// context when it writes none; none when a date of its own takes its year from elsewhere
    /// ("on 7 May" after a paragraph about 1915), whose year is only inferred.
    public var timeSetting: [HistoricalDate] {
        if dates.isEmpty { return context }
        return dates.allSatisfy(\.yearWritten) ? dates.map(\.date) : []
    }
}
