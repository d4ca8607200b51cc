/// The date a document states for itself in its opening lines: a newspaper's dateline
/// ("MOSCOW, Nov. 7, 1927 —"), a letter's heading ("London, 3 March 1921"), a date alone
/// on the first line, or "Written in May 1927", "Dated 3 March 1921".
extension DateExtractor {
    /// Words that open a line stating when the document was written.
    static let writtenWords: Set<String> = ["written", "dated", "published", "posted", "filed", "composed"]

    /// The first such date of the first sentences (`opening`: their tokens), at day or month precision.
    static func statedDate(in opening: [[ReaderToken]], found: [Found]) -> HistoricalDate? {
        for item in found where item.sentence < opening.count {
            guard case .absolute(let date) = item.expression, !date.isInterval, let point = date.start, point.precision <= .year,
                  !item.isParenthetical else { continue }
            let tokens = opening[item.sentence]
            guard let first = tokens.firstIndex(where: { $0.range.start == item.range.start }),
                  let last = tokens.lastIndex(where: { $0.range.end == item.range.end }) else { continue }
            // A year alone dates a document only after a word of writing ("Written in 1927").
            if point.precision == .year, !(tokens.first.map { $0.kind == .word && writtenWords.contains($0.text) } ?? false) { continue }
            if isDatelineOpening(tokens[..<first]), closesDateline(tokens[(last + 1)...]) { return date }
        }
        return nil
    }

    /// Before the date: nothing, a place of up to four capitalised words and a comma
    /// ("MOSCOW,", "New York, N.Y.,"), or a word of writing ("Written in", "Dated").
    private static func isDatelineOpening(_ before: ArraySlice<ReaderToken>) -> Bool {
        guard let opener = before.first else { return true }
        if opener.kind == .word, writtenWords.contains(opener.text) {
            return before.dropFirst().allSatisfy { $0.isWord("in", "on", "at") || $0.isMark(",") || $0.kind == .word && $0.isCapitalized }
        }
        guard before.last?.isMark(",") == true else { return false }
        let words = before.filter { $0.kind == .word }
        return (1...4).contains(words.count) && words.allSatisfy(\.isCapitalized)
            && before.allSatisfy { $0.kind == .word || $0.isMark(",", ".") }
    }

    /// After the date: the end of the line, or a dash, a bracket or a colon before the story.
    private static func closesDateline(_ after: ArraySlice<ReaderToken>) -> Bool {
        guard let next = after.first else { return true }
        return next.isDash || next.isMark("(", ":", ".", "\u{2014}", "\u{2013}")
    }
}
