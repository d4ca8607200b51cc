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

    /// Whether a word in brackets after a body's name is someone's, no rendering of it: the
    /// surname of a person the document names ("the Manned Spacecraft Center (Gilruth)"
    /// names its director).
    static func namesSomeone(_ surface: String, among names: [EntityMention]) -> Bool {
        guard !surface.contains(" ") else { return false }
        return names.contains { ($0.cue == .person || $0.cue == nil) && $0.surface.split(separator: " ").count >= 2 && $0.surface.hasSuffix(" " + surface) }
    }

    /// The names in the brackets that open at `open` that a language's name and a colon
    /// introduce ("German: Skagerrakschlacht", "pinyin: Jiěfàng Zhànzhēng"), to the closing bracket.
    static func renderingsInLanguages(_ tokens: [ReaderToken], open: Int, byStart: [Int: EntityMention]) -> [EntityMention] {
        var found: [EntityMention] = []
        var k = open + 1
        while k + 2 < tokens.count, !tokens[k].isMark(")") {
            if tokens[k].kind == .word, NameLexicon.languages.contains(tokens[k].text), tokens[k + 1].isMark(":"),
               let alias = byStart[tokens[k + 2].range.start] { found.append(alias) }
            k += 1
        }
        return found
    }
}
