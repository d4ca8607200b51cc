/// Words around a name that say what it is: how it is quoted, the noun before its article,
/// the writer who writes for it.
extension MentionDetector {
    /// Whether the word at `article` (a capitalised article, or a name's first word) follows an
    /// opening quotation mark after "so-called", "called", "known as" (a name, "known as “The
    /// Three”", not a title).
    static func isCalledName(_ tokens: [ReaderToken], article: Int) -> Bool {
        guard article >= 2, tokens[article - 1].isMark("\"", "“"), tokens[article - 2].kind == .word,
              NameLexicon.calledCues.contains(tokens[article - 2].text) else { return false }
        // "as" after "known" only: "published as “The Road”" gives a title.
        return !tokens[article - 2].isWord("as") || article >= 3 && tokens[article - 3].isWord("known")
    }

    /// Whether a noun for a body or a place stands right before the article ("the band The Velnos").
    static func kindNounBefore(_ tokens: [ReaderToken], article: Int) -> Bool {
        article >= 1 && tokens[article - 1].kind == .word && !tokens[article - 1].isCapitalized
            && (NameLexicon.orgHeads.contains(tokens[article - 1].text) || NameLexicon.isPlaceNoun(tokens[article - 1].text))
    }

    /// Whether the name at `start` is what a writer for papers writes for: "a reporter for
    /// the …", "editor of …", "a correspondent at …".
    static func writesFor(_ tokens: [ReaderToken], start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].isWord("the") { k -= 1 }
        return k >= 1 && tokens[k].isWord("for", "of", "at") && tokens[k - 1].kind == .word && NameLexicon.pressRoles.contains(tokens[k - 1].text)
    }
}
