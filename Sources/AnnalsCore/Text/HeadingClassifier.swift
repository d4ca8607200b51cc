/// Decides from its shape whether a standalone line of plain text is a heading:
/// "Childhood and family (1879-1896)", "Permanent Revolution", or a numbered
/// source header such as "(17) A. Writer, letter to a friend (16th November, 1927)".
struct HeadingClassifier {
    /// What kind of heading a line is, if any.
    enum Kind: Equatable {
        /// A title-like line: short, capitalised, no closing punctuation.
        case titled
        /// "(12) Author, work (date)": a numbered item in a collection of sources.
        case numberedSource
    }

    /// Most words a heading may have, not counting a trailing parenthesis such as "(1879-1896)".
    var maximumWords = 8
    /// Most words a numbered source header may have.
    var maximumNumberedWords = 40

    func classify(_ line: String) -> Kind? {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 300, scalars.contains(where: { $0.isLetter }) else { return nil }
        if isNumberedSourceHeader(line, scalars: scalars) { return .numberedSource }
        guard scalars.count <= 100 else { return nil }
        guard let first = scalars.first, first.isUppercaseLetter || first.isDigit else { return nil }
        if let last = scalars.last, ".,;:!?…\"”’'-–—".unicodeScalars.contains(last) { return nil }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard words.count <= maximumWords + 6 else { return nil }
        if wordsBeforeTrailingParenthesis(line) > maximumWords { return nil }
        if endsWithCommaAndYear(words) { return nil }
        // A heading of several words has few sentence-internal commas.
        if line.filter({ $0 == "," }).count > 1 { return nil }
        return .titled
    }

    private func isNumberedSourceHeader(_ line: String, scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.first == "(", let close = scalars.firstIndex(of: ")"), close >= 2, close <= 4,
              scalars[1..<close].allSatisfy({ $0.isDigit }), close + 1 < scalars.count,
              scalars[close + 1] == " " else { return false }
        if scalars.last == ":" { return false }
        return line.split(whereSeparator: { $0.isWhitespace }).count <= maximumNumberedWords
    }

    private func wordsBeforeTrailingParenthesis(_ line: String) -> Int {
        var body = Substring(line)
        if body.hasSuffix(")"), let open = body.lastIndex(of: "(") { body = body[..<open] }
        return body.split(whereSeparator: { $0.isWhitespace }).count
    }

    /// "Lev Bronstein, 1897": a picture caption, not a heading.
    private func endsWithCommaAndYear(_ words: [Substring]) -> Bool {
        guard words.count >= 2, let last = words.last, words[words.count - 2].hasSuffix(",") else { return false }
        return (3...4).contains(last.count) && last.allSatisfy(\.isNumber)
    }
}
