/// Numbers that are the first word of a name: after "the" (and an adjective), a year before the name of an
/// event ("the 1905 Revolution", "the 1848 Revolutions") and an ordinal in figures before
/// the name of an event or a body ("the 2nd Congress", "the 10th Army") tell one event or
/// body from the others of its kind, as "Second" does in "the Second Congress". The head
/// is the name's last word before its of-phrase ("the 2nd Congress of the Party"). A name
/// opening with its month takes no year ("the 1917 February Revolution").
extension MentionDetector {
    static func numberOpening(_ tokens: [ReaderToken], first: Int, end: Int) -> Int? {
        // "the 1905 Revolution", "the failed 1905 Russian Revolution".
        let determined = first >= 2 && tokens[first - 2].isWord("the")
            || first >= 3 && tokens[first - 3].isWord("the") && tokens[first - 2].kind == .word && !tokens[first - 2].isCapitalized
        guard determined, first < end else { return nil }
        let number = tokens[first - 1]
        guard number.kind == .number else { return nil }
        let name = tokens[first..<end]
        let head = (name.firstIndex { $0.isWord("of") }).map { tokens[first..<$0] } ?? name
        guard let last = head.last(where: { $0.kind == .word })?.bare else { return nil }
        if number.isOrdinal { return NameLexicon.isBodyOrEventHead(last) ? first - 1 : nil }
        // "the 1917 February Revolution": a name its month already tells apart takes no year.
        return number.fourDigitYear != nil && NameLexicon.eventHeads.contains(last) && !monthNamesEvent(tokens, first: first, end: end) ? first - 1 : nil
    }
}
