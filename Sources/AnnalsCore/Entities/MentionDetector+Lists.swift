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
            guard let (kind, count) = votes.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }),
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
}
