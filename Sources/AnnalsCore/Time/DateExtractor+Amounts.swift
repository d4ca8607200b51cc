/// Resolving lengths of time, repetitions, references to the writer's time and moves
/// back from it ("two years ago").
extension DateExtractor {
    /// Fills `mention` for an amount, a frequency, a reference or an "ago"; returns the
    /// point the narrative moves to, if it moves ("after two months" does, "for two months" not).
    func resolveAmount(_ expression: DateExpression, into mention: inout DateMention,
                       anchor: (range: TextRange, point: DatePoint)?) -> DatePoint? {
        switch expression {
        case .amount(let amount, let shift, let within):
            mention.kind = .duration
            mention.amount = amount
            mention.date = within
            guard let shift, let anchor else { return nil }
            let shifted = Self.shift(anchor.point, by: shift)
            mention.date = HistoricalDate(shifted.point, isApproximate: shifted.isApproximate || amount.isApproximate || amount.count == nil)
            mention.anchor = anchor.range
            return shifted.point
        case .frequency(let amount):
            mention.kind = .set
            mention.amount = amount
        case .reference(let reference):
            mention.kind = .reference
            mention.reference = reference
            if reference == .present, let documentDate {
                mention.date = documentDate
                mention.isFromDocumentDate = true
            }
        case .deictic(let deixis):
            mention.kind = .relative
            if let written = documentDate?.start {
                mention.date = Self.resolve(deixis, from: written)
                mention.isFromDocumentDate = true
            } else if let anchor, let date = Self.resolve(Self.alongTheStory(deixis), from: anchor.point) {
                // Counted from the story's day, but said by someone in it: the story stays where it was.
                mention.date = date
                mention.anchor = anchor.range
            }
        case .ago(let shift):
            mention.kind = .relative
            if let written = documentDate?.start {
                let shifted = Self.shift(written, by: shift)
                mention.date = HistoricalDate(shifted.point, isApproximate: shifted.isApproximate)
                mention.isFromDocumentDate = true
            } else if let anchor {
                // Relative to the story's date, but an "ago" is a speaker's aside: the story stays where it was.
                let shifted = Self.shift(anchor.point, by: shift)
                mention.date = HistoricalDate(shifted.point, isApproximate: shifted.isApproximate)
                mention.anchor = anchor.range
            }
        default:
            break
        }
        return nil
    }
}

extension DateExtractor {
    /// Read along a story rather than from the writer's day, a weekday is the next such day
    /// from the story's ("On 12 September … on Thursday" is the 13th).
    static func alongTheStory(_ deixis: Deixis) -> Deixis {
        if case .weekday(let weekday, _) = deixis { return .weekday(weekday, future: true) }
        return deixis
    }

    /// The date a deictic expression names from `day`: a weekday needs a day to count from,
    /// a unit or a season the precision it moves in.
    static func resolve(_ deixis: Deixis, from point: DatePoint) -> HistoricalDate? {
        switch deixis {
        case .unit(.week, let amount):
            // "last week": the Monday-to-Sunday week before the day's.
            guard point.precision == .day else { return nil }
            let monday = point.earliest.adding(days: 1 - point.earliest.weekday + 7 * amount)
            return HistoricalDate(from: DatePoint(monday), to: DatePoint(monday.adding(days: 6)))
        case .unit(let unit, let amount):
            let shifted = shift(point, by: RelativeShift(unit: unit, amount: amount))
            return shifted.isApproximate ? nil : HistoricalDate(shifted.point)
        case .weekday(let weekday, let future):
            guard point.precision == .day else { return nil }
            let day = point.earliest
            // The latest such day before the writer's (or the story's) day, or the next one after it.
            let back = (day.weekday - weekday + 7) % 7
            let ahead = (weekday - day.weekday + 7) % 7
            return HistoricalDate(DatePoint(day.adding(days: future ? (ahead == 0 ? 7 : ahead) : -(back == 0 ? 7 : back))))
        case .season(let season, let amount):
            guard point.precision <= .season else { return nil }
            return HistoricalDate(DatePoint(year: point.year + amount, season: season))
        }
    }
}
