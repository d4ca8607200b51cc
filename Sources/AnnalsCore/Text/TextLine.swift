/// One line of a text, without its line break.
struct TextLine {
    /// The whole line.
    var range: TextRange
    /// The line without leading and trailing white space.
    var content: TextRange

    var isBlank: Bool { content.isEmpty }

    /// Splits a text into lines at LF (and lone CR).
    static func lines(of text: ScalarText) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var i = 0
        while i <= text.count {
            if i == text.count || text[i].isLineBreak {
                let range = TextRange(start: start, end: i)
                lines.append(TextLine(range: range, content: text.trimmed(range)))
                start = i + 1
            }
            i += 1
        }
        return lines
    }
}
