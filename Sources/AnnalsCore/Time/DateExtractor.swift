/// Finds every temporal expression in a document and turns it into a
/// ``HistoricalDate``, resolving what the text leaves to context: a missing year
/// from the nearest preceding date (or the section heading's range), relative
/// expressions from the nearest preceding date in the discourse, ages from the
/// subject's birth date, anniversaries from the event they count from.
///
/// ```swift
/// let text = ScalarText("He was born on 7 November 1879. Two months later the family moved.")
/// let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
/// DateExtractor().extract(from: text, structure: structure).map(\.date?.value)
/// // ["1879-11-07", "1880-01"]
/// ```
public struct DateExtractor: Sendable {
    /// Bumped whenever extraction changes, so stores find dates again.
    public static let version = 11

    /// When the document was written, if known (``DocumentDate``): "now", "last year",
    /// "two years ago" and weekday names are resolved against it.
    public var documentDate: HistoricalDate?

    public init(documentDate: HistoricalDate? = nil) {
        self.documentDate = documentDate
    }

    /// One recognised expression before resolution.
    struct Found {
        var range: TextRange
        var expression: DateExpression
        var sentence: Int
        /// Inside brackets: an aside ("(d. 1910)", "(1847–1922)") that does not move the narrative's time.
        /// So is a year that ends a name ("the Panic of 1893", "the Revolution of 1905"): it names, it does not narrate.
        var isParenthetical: Bool
        /// For a span of two written dates, where each is written.
        var ends: [TextRange]? = nil
        /// A bound or a target ("until February 1945", "planned for 1976"): it does not move the story.
        var isBound = false
        /// The time of day its words give ("the night of April 18", "11 a.m.").
        var timeOfDay: String?

        /// Whether the story's time moves to this date.
        var movesStory: Bool { !isParenthetical && !isBound }
    }

    /// The dates of a document read outside the pipeline (its tokens from the grammar's tokenizer).
    public func extract(from text: ScalarText, structure: DocumentStructure) -> [DateMention] {
        extract(from: text, structure: structure, tokens: SentenceTokens(text: text, structure: structure))
    }

    /// The dates of a document whose sentences the pipeline has cut into `tokens`.
    public func extract(from text: ScalarText, structure: DocumentStructure, tokens sentenceTokens: SentenceTokens) -> [DateMention] {
        var found: [Found] = []
        var sentenceWords: [Set<String>] = []
        var bornEnds: [Int] = []
        var opening: [[ReaderToken]] = []
        for index in structure.sentences.indices {
            let tokens = Self.splittingCalendarCompounds(sentenceTokens[index], in: text)
            if index < 3 { opening.append(tokens) }
            sentenceWords.append(Set(tokens.filter { $0.kind == .word }.map(\.text)))
            bornEnds += tokens.filter { $0.isWord("born") }.map(\.range.end)
            let patterns = DatePatterns(tokens: tokens)
            var depth = 0
            var i = 0
            while i < tokens.count {
                if let (expression, end) = patterns.match(at: i), end > i {
                    found.append(Found(range: TextRange(start: tokens[i].range.start, end: tokens[end - 1].range.end),
                                       expression: expression, sentence: index, isParenthetical: depth > 0 || Self.endsAName(at: i, in: tokens),
                                       ends: Self.ends(of: expression, in: tokens[i..<end]), isBound: Self.isBound(at: i, in: tokens),
                                       timeOfDay: Self.timeOfDay(in: tokens[i..<end])))
                    for token in tokens[i..<end] { depth = Self.depth(depth, after: token) }
                    i = end
                } else {
                    depth = Self.depth(depth, after: tokens[i])
                    i += 1
                }
            }
        }
        // Without a date given, a dateline the document states is its date ("MOSCOW, Nov. 7, 1927 —").
        var reader = self
        if documentDate == nil { reader.documentDate = Self.statedDate(in: opening, found: found) }
        return reader.resolve(found, structure: structure, sentenceWords: sentenceWords, bornEnds: bornEnds)
    }

    /// "the Panic of 1893": a year after "of" and a capitalised word.
    private static func endsAName(at i: Int, in tokens: [ReaderToken]) -> Bool {
        guard i >= 2, tokens[i].kind == .number, tokens[i - 1].isWord("of"), tokens[i - 2].kind == .word, tokens[i - 2].isCapitalized else { return false }
        // "In June of 1893", "Spring of 1893" are dates, not names.
        return DateVocabulary.months[tokens[i - 2].text] == nil && DateVocabulary.seasons[tokens[i - 2].text] == nil
    }

    private static func depth(_ depth: Int, after token: ReaderToken) -> Int {
        if token.isMark("(", "[") { return depth + 1 }
        if token.isMark(")", "]") { return max(0, depth - 1) }
        return depth
    }

    // MARK: - Resolution

    private func resolve(_ found: [Found], structure: DocumentStructure, sentenceWords: [Set<String>], bornEnds: [Int]) -> [DateMention] {
        let sectionYears = headingYears(found, structure: structure)
        let birth = birthDate(found, structure: structure, bornEnds: bornEnds)
        var mentions: [DateMention] = []
        var anchor: (range: TextRange, point: DatePoint, section: Int?)?
        /// The end of the anchor when it is a span of years (an age), for shifts that keep the span.
        var anchorThrough: DatePoint?
        var recentAnchors: [(range: TextRange, point: DatePoint)] = []
        for item in found {
            if let current = anchor, recentAnchors.last?.range != current.range { recentAnchors.append((current.range, current.point)) }
            let sentence = structure.sentences[item.sentence]
            let section = sentence.section
            var mention = DateMention(range: item.range, kind: .absolute, date: nil, isInHeading: sentence.isHeading)
            mention.ends = item.ends
            mention.timeOfDay = item.timeOfDay
            switch item.expression {
            case .absolute(let date):
                mention.date = date
                // A bound or a target moves the story only when it has no date yet.
                if !date.isInterval, item.movesStory || anchor == nil && !item.isParenthetical, let point = date.start, point.precision <= .year {
                    anchor = (item.range, point, section)
                    anchorThrough = nil
                }
            case .partial, .partialSeason, .partialDays, .partialMonths:
                mention.kind = .partial
                let frame = section.flatMap { enclosingYears($0, in: structure, years: sectionYears) }
                let chosen = Self.year(for: item.expression, recent: recentAnchors, frame: frame,
                                       sectionStart: section.map { structure.sections[$0].range.start })
                mention.anchor = chosen?.anchor
                if let year = chosen?.year {
                    mention.date = Self.date(of: item.expression, in: year)
                    if let resolved = mention.date?.start, !mention.isInHeading, item.movesStory {
                        anchor = (item.range, resolved, section)
                        anchorThrough = nil
                    }
                }
            case .relative(let shift):
                mention.kind = .relative
                if anchor == nil, let written = documentDate?.start {
                    // "this month" in a report with no date before it: the writer's month.
                    mention.date = HistoricalDate(Self.shift(written, by: shift).point)
                    mention.isFromDocumentDate = true
                } else if let current = anchor {
                    let shifted = Self.shift(current.point, by: shift)
                    mention.date = HistoricalDate(shifted.point, isApproximate: shifted.isApproximate)
                    mention.anchor = current.range
                    // "two decades earlier", "the previous year": a look back; the story stays where it was.
                    if shift.amount >= 0 { anchor = (item.range, shifted.point, section) }
                    // "Six years later" than an age: the same span of years, moved.
                    if let through = anchorThrough, shift.unit == .year {
                        let last = DatePoint(year: through.year + shift.amount)
                        mention.date = HistoricalDate(from: shifted.point, to: last)
                        anchorThrough = last
                    } else {
                        anchorThrough = nil
                    }
                }
            case .age(let years):
                mention.kind = .age
                if let birth {
                    let date = Self.dateAtAge(years, born: birth.point)
                    mention.date = date
                    mention.anchor = birth.range
                    // Later relative dates count from the year the age began ("Six years later"), unless the sentence
                    // wrote its own date before it ("In January 1886, when Lenin was 15": the story is in January 1886).
                    let ownDate = anchor.map { sentence.range.contains($0.range.start) } ?? false
                    if !item.isParenthetical, !ownDate, let start = date.start {
                        anchor = (item.range, DatePoint(year: start.year), section)
                        anchorThrough = date.end
                    }
                }
            case .amount, .frequency, .reference, .ago, .deictic:
                // "In December 1916, after ten brutal months …": the sentence's own date dates it; no move from it.
                let ownDate = anchor.map { sentence.range.contains($0.range.start) } ?? false
                if let moved = resolveAmount(item.expression, into: &mention, anchor: ownDate ? nil : anchor.map { ($0.range, $0.point) }),
                   item.movesStory {
                    anchor = (item.range, moved, section)
                    anchorThrough = nil
                }
            case .anniversary(let count, let noun):
                mention.kind = .anniversary
                if let event = mentions.last(where: { previous in
                    previous.date?.start != nil && found.first(where: { $0.range == previous.range }).map { sentenceWords[$0.sentence].contains(noun) } == true
                }), let start = event.date?.start {
                    var point = start
                    point.year += count
                    if point.precision == .day, CalendarDay(year: point.year, month: point.month ?? 1, day: point.day ?? 1) == nil {
                        point.day = 28
                    }
                    mention.date = HistoricalDate(point)
                    mention.anchor = event.range
                }
            }
            mentions.append(mention)
        }
        return mentions
    }

    /// Years a heading's range gives each section: "Exile (1907-1914)" frames 1907…1914.
    private func headingYears(_ found: [Found], structure: DocumentStructure) -> [Int: ClosedRange<Int>] {
        var years: [Int: ClosedRange<Int>] = [:]
        for item in found {
            let sentence = structure.sentences[item.sentence]
            guard sentence.isHeading, let section = sentence.section, years[section] == nil,
                  case .absolute(let date) = item.expression, let start = date.start else { continue }
            let end = date.end ?? start
            years[section] = start.earliest.year...end.latest.year
        }
        return years
    }

    /// The year range of the nearest section, itself or an ancestor, whose heading gives one.
    private func enclosingYears(_ section: Int, in structure: DocumentStructure, years: [Int: ClosedRange<Int>]) -> ClosedRange<Int>? {
        var current: Int? = section
        while let index = current {
            if let range = years[index] { return range }
            current = structure.sections[index].parent
        }
        return nil
    }

    /// The subject's birth date: the first full date written shortly after "born" ("was born
    /// in Simbirsk on 22 April 1870", not "Born to a family…, he … after the 1887 execution"),
    /// else the start of the first span in the document's opening ("(22 April 1870 – 21 January 1924)").
    private func birthDate(_ found: [Found], structure: DocumentStructure, bornEnds: [Int]) -> (range: TextRange, point: DatePoint)? {
        for item in found where !item.isParenthetical && bornEnds.contains(where: { born in
            (0...80).contains(item.range.start - born) && structure.sentences[item.sentence].range.contains(born - 1)
        }) {
            if case .absolute(let date) = item.expression, let start = date.start, start.precision <= .year, start.part == nil {
                return (item.range, start)
            }
        }
        for item in found.prefix(5) {
            if case .absolute(let date) = item.expression, date.isInterval, let start = date.start, start.precision <= .year {
                return (item.range, start)
            }
        }
        return nil
    }

    /// A point moved by a relative shift, as precise as both allow.
    static func shift(_ point: DatePoint, by shift: RelativeShift) -> (point: DatePoint, isApproximate: Bool) {
        switch shift.unit {
        case .day, .week:
            guard point.precision == .day else { return (point, shift.amount != 0) }
            let days = shift.amount * (shift.unit == .week ? 7 : 1)
            return (DatePoint(point.earliest.adding(days: days)), false)
        case .month:
            guard point.precision <= .month, let month = point.month else { return (point, shift.amount != 0) }
            let day = CalendarDay(year: point.year, month: month, day: 1)!.adding(months: shift.amount)
            return (DatePoint(year: day.year, month: day.month, part: shift.part), false)
        case .year:
            guard point.precision <= .year || point.precision == .season else { return (point, shift.amount != 0) }
            return (DatePoint(year: point.year + shift.amount, part: shift.part), false)
        case .decade:
            // "the following decade", "two decades earlier": the decade that many on, as a decade.
            let year = point.year + 10 * shift.amount
            return (DatePoint(span: .decade, startingIn: Int((Double(year) / 10).rounded(.down)) * 10), false)
        }
    }

    /// The span of days on which someone born on `birth` was `years` old.
    static func dateAtAge(_ years: Int, born birth: DatePoint) -> HistoricalDate {
        if birth.precision == .day {
            // Written at the precision an age gives (years), bounded by the birthdays.
            let start = birth.earliest.adding(years: years)
            let end = birth.earliest.adding(years: years + 1).adding(days: -1)
            var date = start.year == end.year ? HistoricalDate(DatePoint(year: start.year))
                : HistoricalDate(from: DatePoint(year: start.year), to: DatePoint(year: end.year))
            date.bounds = DayBounds(earliest: start, latest: end)
            return date
        }
        let year = birth.earliest.year + years
        return HistoricalDate(from: DatePoint(year: year), to: DatePoint(year: year + 1))
    }
}
