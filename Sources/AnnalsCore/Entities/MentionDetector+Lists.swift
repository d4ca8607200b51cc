/// Names in a list are names of one kind: "Derbent, Shirvan, Gilan, Baku, and Astrabad",
/// "of Rostov, of Yaroslavl, of Belozersk". Co-ordination joins like with like, so a name
/// whose own cues are weak takes the kind most of its list is read as, when at least two
/// of three members read as of some kind agree and none of the others is sure of another.
extension MentionDetector {
    /// The words allowed between two names of one list: commas, "and", "or" and a repeated "of".
    static let listJoiners: Set<String> = [",", "and", "or", "nor", "of", ";"]

    static func agreeingLists(_ mentions: inout [EntityMention], from start: Int, tokens: [ReaderToken]) {
        var chain: [Int] = []
        func closeByVotes() {
            guard chain.count >= 3 else { return }
            var votes: [EntityType: Int] = [:]
            for k in chain { if let cue = mentions[k].cue { votes[cue, default: 0] += 1 } }
            guard let (kind, count) = EntityResolver.top(votes),
                  count >= 2, count * 3 >= votes.values.reduce(0, +) * 2,
                  !chain.contains(where: { mentions[$0].isStrongCue && mentions[$0].cue != kind }) else { return }
            for k in chain where !mentions[k].isStrongCue { mentions[k].cue = kind }
        }
        func close() {
            defer { chain = [] }
            // "the Qandil, Zap and Hakurk regions", "the Volga and Don rivers": a plural place noun after the list.
            // (A last name the rules dropped may stand between: "and Hakurk regions".)
            if chain.count >= 2, let last = chain.last, var after = tokens.firstIndex(where: { $0.range.start >= mentions[last].range.end }) {
                let limit = after + 4
                while after < min(limit, tokens.count - 1), listJoiners.contains(tokens[after].text) || tokens[after].kind == .word && tokens[after].isCapitalized { after += 1 }
                guard tokens[after].kind == .word, NameLexicon.isPluralPlaceNoun(tokens[after].text) else { return closeByVotes() }
                for k in chain where !mentions[k].isStrongCue { mentions[k].cue = .place }
                return
            }
            closeByVotes()
        }
        var t = 0
        for k in start..<mentions.count {
            if let last = chain.last, !joined(mentions[last].range, mentions[k].range, tokens: tokens, from: &t) { close() }
            chain.append(k)
        }
        close()
    }

    /// Whether only list words stand between two names, a comma or a conjunction among them.
    private static func joined(_ a: TextRange, _ b: TextRange, tokens: [ReaderToken], from t: inout Int) -> Bool {
        while t < tokens.count, tokens[t].range.start < a.end { t += 1 }
        var k = t, separated = false, count = 0
        while k < tokens.count, tokens[k].range.end <= b.start {
            let token = tokens[k]
            guard listJoiners.contains(token.text) else { return false }
            if token.text != "of" { separated = true }
            count += 1
            k += 1
        }
        return separated && count <= 3
    }

    /// Whether the name at `start` continues a list of titles that a plural word for
    /// writings opens ("the poems The Bronze Horseman, Poltava", "his novels Mother and
    /// Velno"): going back, a comma or "and", then only titles' words and list marks, then
    /// the plural cue.
    static func listedAfterWritings(_ tokens: [ReaderToken], start: Int, end: Int) -> Bool {
        guard start > 1, tokens[start - 1].isMark(",") || tokens[start - 1].isWord("and") else { return false }
        // The list's first title, right after the plural and its comma, when more follow ("two musicals, Ragtime and Assassins").
        if tokens[start - 1].isMark(","), tokens[start - 2].kind == .word, tokens[start - 2].text.hasSuffix("s"), !tokens[end - 1].isPossessive,
           NameLexicon.workCues.contains(tokens[start - 2].text), continuesAList(tokens, after: end) { return true }
        var k = start - 1, titles = 0
        while k > 0, start - k < 30 {
            k -= 1
            let token = tokens[k]
            if token.kind == .word, token.isCapitalized { titles += 1; continue }
            if token.isMark(",", ":", "\"", "“", "”") || token.isWord("and") || token.kind == .word && titleFunctionWords.contains(token.text) { continue }
            // The cue opens the list: its first title follows it, or a comma and it ("two musicals,
            // Ragtime and …"; "a collection of poems, and X" opens none).
            let opening = tokens[k + 1].isMark(",", ":") && k + 2 < start ? tokens[k + 2] : tokens[k + 1]
            return titles > 0 && token.kind == .word && token.text.hasSuffix("s") && NameLexicon.workCues.contains(token.text)
                && (opening.kind == .word && opening.isCapitalized || opening.isMark("\"", "“"))
        }
        return false
    }
}
