/// A nickname in quotation marks between a person's given name and surname: "Nadezhda
/// "Nadya" Velskaya", "Modest "Fedya" Orlov". The whole is one mention of the person, matched
/// as the given name and surname without the nickname, and the nickname is a mention of its
/// own that the alias reader ties to them.
extension MentionDetector {
    /// The parts of a nicknamed name starting at token `k`: the given name's token, the
    /// nickname's first and last tokens, and the end of the surname (exclusive).
    struct NicknamedName {
        var given: Int
        var nickname: ClosedRange<Int>
        var end: Int
    }

    /// A known given name, an opening quotation mark, one or two capitalised words, the
    /// closing mark and one or two capitalised words (the surname); nil otherwise.
    static func nicknamedName(_ tokens: [ReaderToken], at k: Int) -> NicknamedName? {
        guard k + 4 < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, NameLexicon.isGivenName(tokens[k].text),
              tokens[k + 1].isMark("\"", "“", "'", "‘"), tokens[k + 1].range.start == tokens[k].range.end + 1 else { return nil }
        var j = k + 2
        while j < tokens.count, j - k <= 3, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        guard j > k + 2, j + 1 < tokens.count, tokens[j].isMark("\"", "”", "'", "’"), tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized,
              !NameLexicon.notNames.contains(tokens[j + 1].text) else { return nil }
        var end = j + 2
        if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end - 1].isPossessive { end += 1 }
        return NicknamedName(given: k, nickname: (k + 2)...(j - 1), end: end)
    }

    /// The name without its nickname ("Nadezhda Velskaya"), as written.
    static func nameWithoutNickname(_ name: NicknamedName, tokens: [ReaderToken], text: ScalarText) -> String {
        let surname = TextRange(start: tokens[name.nickname.upperBound + 2].range.start, end: tokens[name.end - 1].range.end)
        return text.string(in: tokens[name.given].range) + " " + text.string(in: surname).replacingPossessive()
    }

    /// The two mentions a nicknamed name makes: the whole, matched as the name without the
    /// nickname, and the nickname.
    static func nicknameMentions(_ name: NicknamedName, tokens: [ReaderToken], text: ScalarText, document: Int) -> [EntityMention] {
        let last = tokens[name.end - 1]
        let whole = TextRange(start: tokens[name.given].range.start, end: last.range.end - (last.isPossessive ? 2 : 0))
        let nickname = TextRange(start: tokens[name.nickname.lowerBound].range.start, end: tokens[name.nickname.upperBound].range.end)
        return [
            EntityMention(document: document, range: whole, surface: text.string(in: whole), cue: .person, isStrongCue: true,
                          opensSentence: name.given == 0, refersTo: nameWithoutNickname(name, tokens: tokens, text: text)),
            EntityMention(document: document, range: nickname, surface: text.string(in: nickname), cue: .person, isStrongCue: true, opensSentence: false),
        ]
    }
}

private extension String {
    /// The name without a possessive ending ("Velskaya's" → "Velskaya").
    func replacingPossessive() -> String {
        hasSuffix("'s") || hasSuffix("’s") ? String(dropLast(2)) : self
    }
}
