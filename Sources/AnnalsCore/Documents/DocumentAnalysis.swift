/// What Annals reads from one document, part by part: its claims, the names it uses and
/// its date expressions, all at the whole document's offsets.
public struct DocumentAnalysis: Sendable {
    /// Which readings to make (a store re-reads only those whose rules changed).
    public struct Readings: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let claims = Readings(rawValue: 1)
        public static let names = Readings(rawValue: 2)
        public static let dates = Readings(rawValue: 4)
        public static let all: Readings = [.claims, .names, .dates]
    }

    /// Where the part read starts and ends in the whole document.
    public var span: TextRange
    public var claims: [Claim] = []
    public var names = DocumentNames(mentions: [], evidence: [], pronouns: 0)
    public var dates: [DateMention] = []

    /// Reads a document part by part (see ``DocumentParts``), handing each part's
    /// readings to `body` in document order, so that a caller can store them and let
    /// them go before the next part is read. `body` may throw to stop (a time limit).
    public static func read<Failure: Error>(_ text: ScalarText, structure: DocumentStructure, title: String, readings: Readings = .all,
                                            maximumPartLength: Int = DocumentParts.maximumLength,
                                            each body: (DocumentAnalysis) throws(Failure) -> Void) throws(Failure) {
        let ranges = DocumentParts.sentenceRanges(of: text, structure: structure, maximumLength: maximumPartLength)
        for number in ranges.indices {
            try body(analyse(DocumentParts.part(number, of: ranges, text: text, structure: structure), title: title, readings: readings))
        }
    }

    /// Every reading of a document at once (for tests and small documents).
    public static func whole(_ text: ScalarText, structure: DocumentStructure, title: String, readings: Readings = .all,
                             maximumPartLength: Int = DocumentParts.maximumLength) -> DocumentAnalysis {
        var whole = DocumentAnalysis(span: TextRange(start: 0, end: text.count))
        read(text, structure: structure, title: title, readings: readings, maximumPartLength: maximumPartLength) { (part: DocumentAnalysis) in
            whole.claims += part.claims
            whole.names.mentions += part.names.mentions
            whole.names.evidence += part.names.evidence
            whole.names.pronouns += part.names.pronouns
            whole.dates += part.dates
        }
        return whole
    }

    private static func analyse(_ part: DocumentPart, title: String, readings: Readings) -> DocumentAnalysis {
        var analysis = DocumentAnalysis(span: TextRange(start: part.base, end: part.base + part.text.count))
        let shift = part.base
        if readings.contains(.claims) {
            analysis.claims = ClaimExtractor().claims(in: part.text, structure: part.structure, title: title).map { $0.shifted(by: shift) }
        }
        if readings.contains(.names) {
            let names = DocumentNames(scanning: part.text, structure: part.structure, title: title)
            analysis.names = DocumentNames(mentions: names.mentions.map { $0.shifted(by: shift) },
                                           evidence: names.evidence.map { $0.shifted(by: shift) }, pronouns: names.pronouns)
        }
        if readings.contains(.dates) {
            analysis.dates = DateExtractor().extract(from: part.text, structure: part.structure).map { $0.shifted(by: shift) }
        }
        return analysis
    }
}

// MARK: - Moving what a part says to the whole document's offsets

extension TextRange {
    /// The same span `offset` code points further on.
    public func shifted(by offset: Int) -> TextRange {
        offset == 0 ? self : TextRange(start: start + offset, end: end + offset)
    }
}

extension Participant {
    func shifted(by offset: Int) -> Participant {
        var copy = self
        copy.range = range?.shifted(by: offset)
        return copy
    }
}

extension Claim {
    /// The same claim with every span `offset` code points further on.
    public func shifted(by offset: Int) -> Claim {
        guard offset != 0 else { return self }
        var copy = self
        copy.subject = subject.shifted(by: offset)
        copy.object = object?.shifted(by: offset)
        copy.others = others.map { $0.shifted(by: offset) }
        copy.place = place?.shifted(by: offset)
        copy.attribution = attribution?.shifted(by: offset)
        copy.dateSpan = dateSpan?.shifted(by: offset)
        copy.evidence = evidence.shifted(by: offset)
        copy.trigger = trigger?.shifted(by: offset)
        return copy
    }
}

extension DateMention {
    public func shifted(by offset: Int) -> DateMention {
        guard offset != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: offset)
        copy.anchor = anchor?.shifted(by: offset)
        return copy
    }
}

/// Something read from a text that points at one span of it.
public protocol SpanOfText {
    var range: TextRange { get set }
}

extension SpanOfText {
    /// The same thing, its span `offset` code points further on.
    public func shifted(by offset: Int) -> Self {
        guard offset != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: offset)
        return copy
    }
}

extension EntityMention: SpanOfText {}
extension AliasEvidence: SpanOfText {}
