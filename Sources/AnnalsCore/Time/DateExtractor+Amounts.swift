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
