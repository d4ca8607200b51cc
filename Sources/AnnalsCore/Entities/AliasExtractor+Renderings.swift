extension AliasExtractor {
    /// The first and last tokens of a name alone in the brackets that open at `open`,
    /// quoted or not, in title case ("(\"The Beginning\")", "(New Life)"): a rendering of
    /// the name before the brackets. Not a short form in capitals ("(NEP)"), a well-known
    /// place ("(Russia)"), a date or anything with more in the brackets.
    static func bracketedRendering(_ tokens: [ReaderToken], open: Int) -> (Int, Int)? {
        var j = open + 1
        if j < tokens.count, tokens[j].isMark("\"", "“", "'", "‘") { j += 1 }
        let first = j
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCapitals else { return nil }
        while j < tokens.count, tokens[j].kind == .word,
              tokens[j].isCapitalized || MentionDetector.titleFunctionWords.contains(tokens[j].text) { j += 1 }
        let last = j - 1
        guard tokens[last].isCapitalized else { return nil }
        if j < tokens.count, tokens[j].isMark("\"", "”", "'", "’") { j += 1 }
        guard j < tokens.count, tokens[j].isMark(")") else { return nil }
        let words = tokens[first...last].map(\.text).joined(separator: " ")
        return NameLexicon.places.contains(words) ? nil : (first, last)
    }
}
