/// The few Markdown shapes the structure analyzer needs: headings, fences, list and
/// quote markers at the start of a line.
enum MarkdownSyntax {
    /// For an ATX heading line ("## Exile"), its level and the span of its words.
    static func atxHeading(_ text: ScalarText, line: TextLine) -> (level: Int, words: TextRange)? {
        var i = line.content.start
        let end = line.content.end
        guard i - line.range.start <= 3 else { return nil }
        var level = 0
        while i < end, text[i] == "#" { level += 1; i += 1 }
        guard (1...6).contains(level), i == end || text[i] == " " || text[i] == "\t" else { return nil }
        var wordsEnd = end
        // A closing run of #s preceded by a space is not part of the heading.
        var k = wordsEnd
        while k > i, text[k - 1] == "#" { k -= 1 }
        if k < wordsEnd, k > i, text[k - 1] == " " || text[k - 1] == "\t" { wordsEnd = k }
        let words = text.trimmed(TextRange(start: i, end: wordsEnd))
        return words.isEmpty ? nil : (level, words)
    }

    /// The level a setext underline ("=====" or "-----") gives the line above it.
    static func setextUnderlineLevel(_ text: ScalarText, line: TextLine) -> Int? {
        let content = line.content
        guard content.length >= 2 else { return nil }
        let first = text[content.start]
        guard first == "=" || first == "-" else { return nil }
        for k in content.start..<content.end where text[k] != first { return nil }
        return first == "=" ? 1 : 2
    }

    /// Whether the line opens or closes a fenced code block.
    static func isFence(_ text: ScalarText, line: TextLine) -> Bool {
        let c = line.content
        guard c.length >= 3 else { return false }
        let first = text[c.start]
        return (first == "`" || first == "~") && text[c.start + 1] == first && text[c.start + 2] == first
    }
}

/// Markers that open a line without being part of its sentence: indentation,
/// Markdown quote marks, and list bullets or numbers.
enum LineMarkers {
    /// The first offset of the line's own words, past any quote and list markers.
    static func contentStart(_ text: ScalarText, line: TextLine, allowQuoteMarks: Bool) -> Int {
        var i = line.content.start
        let end = line.content.end
        if allowQuoteMarks {
            while i < end, text[i] == ">" {
                i += 1
                while i < end, text[i] == " " || text[i] == "\t" { i += 1 }
            }
        }
        if let afterMarker = listMarkerEnd(text, from: i, end: end) { i = afterMarker }
        while i < end, text[i].isAnnalsWhitespace { i += 1 }
        return i
    }

    /// Whether the line begins with a bullet or a list number.
    static func startsWithListMarker(_ text: ScalarText, line: TextLine) -> Bool {
        listMarkerEnd(text, from: line.content.start, end: line.content.end) != nil
    }

    /// The offset just past a bullet ("•", "-", "*", "+", "·", "–") or list number ("1.", "12)")
    /// followed by a space, if one starts at `start`.
    static func listMarkerEnd(_ text: ScalarText, from start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        let first = text[start]
        if "•-*+·–▪◦".unicodeScalars.contains(first) {
            return start + 1 < end && text[start + 1].isAnnalsWhitespace ? start + 1 : nil
        }
        var k = start
        while k < end, text[k].isDigit, k - start < 3 { k += 1 }
        guard k > start, k + 1 < end, text[k] == "." || text[k] == ")", text[k + 1].isAnnalsWhitespace else { return nil }
        return k + 1
    }
}
