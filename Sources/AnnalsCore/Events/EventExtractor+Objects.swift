/// What an event's words name after its trigger: the office of an appointment ("elected
/// Chairman of the Petrograd Soviet"), the title of a work published.
extension EventExtractor {
    /// The office named after "appointed", "elected", "resign as": capitalised words
    /// with "of", "and", "for" inside, or an office word ("chairman").
    func position(after start: Int, in reading: SentenceReading) -> String? {
        let tokens = reading.tokens
        var k = start
        while k < tokens.count, tokens[k].isWord("as", "to", "the", "its", "his", "her", "their", "a", "an", "one", "of", "only", "full", "new", "first", "sole") || tokens[k].kind == .number
                || (tokens[k].kind == .word && ["five", "three", "two", "four", "six", "seven"].contains(tokens[k].text)) || tokens[k].isMark(":") { k += 1 }
        // "ousted Zinoviev and Kamenev from the leadership": people named are no office.
        if reading.referents.contains(where: { $0.first == k && $0.participant.type == .person }) { return nil }
        var end = k
        var m = k
        while m < tokens.count, m - k < 14 {
            let token = tokens[m]
            if token.kind == .word, token.isCapitalized || EventLexicon.positionWords.contains(token.text) || token.isPossessive && token.isCapitalized {
                m += 1
                end = m
                // "the Comintern's executive committee": a body's possessive goes on to the body's own noun.
                if token.isPossessive, let head = (m..<min(tokens.count, m + 3)).first(where: { tokens[$0].kind == .word && EventWords.bodyHeads.contains(tokens[$0].text) }),
                   tokens[m..<head].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
                    var last = head
                    while last + 1 < tokens.count, tokens[last + 1].kind == .word, EventWords.bodyHeads.contains(tokens[last + 1].text) { last += 1 }
                    (m, end) = (last + 1, last + 1)
                }
            } else if token.isWord("of", "and", "for", "the", "on") || token.isMark("'", "’"), m + 1 < tokens.count, tokens[m + 1].isCapitalized || tokens[m + 1].isWord("the") {
                m += 1
            } else {
                break
            }
        }
        guard end > k else { return nil }
        let words = reading.words(k..<end)
        guard words.contains(where: EventLexicon.positionWords.contains) || words.count >= 2 else { return nil }
        return text.string(in: TextRange(start: tokens[k].range.start, end: tokens[end - 1].range.end))
    }

    /// A work's title after "published", "wrote": in quotation marks, or capitalised words.
    func workTitle(after start: Int, in reading: SentenceReading) -> Participant? {
        let tokens = reading.tokens
        var k = start
        while k < tokens.count, tokens[k].isWord("a", "an", "the", "his", "her", "their", "called", "titled", "entitled", "its", "first", "new", "newspaper", "journal")
                || (tokens[k].kind == .word && !tokens[k].isCapitalized && EventWords.workNouns.contains(tokens[k].text.lowercased())) || tokens[k].isMark(",") { k += 1 }
        guard k < tokens.count else { return nil }
        if tokens[k].isMark("\"", "\u{201C}") {
            var m = k + 1
            while m < tokens.count, !tokens[m].isMark("\"", "\u{201D}") { m += 1 }
            guard m < tokens.count, m > k + 1 else { return nil }
            // ""Left-Wing" Communism: An Infantile Disorder": words in quotation marks that open a title
            // go on with the capitalised words written right after them.
            if m + 1 < tokens.count, tokens[m + 1].isCapitalized, tokens[m + 1].range.start == tokens[m].range.end + 1 {
                let range = TextRange(start: tokens[k].range.start, end: tokens[capitalisedRun(from: m + 1, in: tokens) - 1].range.end)
                return Participant(name: text.string(in: range), range: range, type: .work)
            }
            let range = TextRange(start: tokens[k + 1].range.start, end: tokens[m - 1].range.end)
            return Participant(name: text.string(in: range), range: range, type: .work)
        }
        guard tokens[k].isCapitalized else { return nil }
        if let named = reading.referents.first(where: { $0.first == k }), named.participant.type == .person { return nil }
        let range = TextRange(start: tokens[k].range.start, end: tokens[capitalisedRun(from: k, in: tokens) - 1].range.end)
        return Participant(name: text.string(in: range), range: range, type: .work)
    }

    /// The end of a title's run of capitalised words from `k`, through the small words
    /// between them and a colon before a subtitle ("Capital: A Critique of Political Economy").
    private func capitalisedRun(from k: Int, in tokens: [ReaderToken]) -> Int {
        var end = k + 1
        while end < tokens.count, tokens[end].isCapitalized
                || (tokens[end].isWord("of", "the", "and", "a", "an", "in", "on") || tokens[end].isMark(":")) && end + 1 < tokens.count && tokens[end + 1].isCapitalized {
            end += 1
        }
        return end
    }
}
