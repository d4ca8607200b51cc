/// Where a date hangs when the parse hangs it wrongly: the typography and the co-ordination
/// of a sentence say whose a date is, whatever the parser attached it to (``TreeDates/owner(of:)``).
extension TreeDates {
    /// "was arrested (1917), imprisoned and deported (1919)": a date alone in brackets right
    /// after an event's verb is that verb's, whatever the parse hangs it on.
    func verbBracketing(_ dated: SentenceReading.Dated) -> Int? {
        let tokens = reading.tokens
        guard dated.first >= 2, dated.end < tokens.count, tokens[dated.first - 1].isMark("("), tokens[dated.end].isMark(")"),
              let verb = tree.words.indices.first(where: { tree.tokenOfWord[$0] == dated.first - 2 }),
              tree.words[verb].upos == "VERB", triggers.contains(verb) else { return nil }
        return verb
    }

    /// "failed to stop the defeat; in November 1918, the Emperor abdicated": a phrase does not
    /// cross a semicolon, so a date the parse hangs on a clause before one belongs to the first
    /// clause after it, whatever the parse says.
    func clauseAfterSemicolon(from k: Int, holding dated: SentenceReading.Dated) -> Int? {
        let at = tree.tokenOfWord[k]
        guard at < dated.first, (at..<dated.first).contains(where: { reading.tokens[$0].isMark(";") }) else { return nil }
        let next = (dated.end..<reading.tokens.count).first { reading.tokens[$0].isMark(";") } ?? reading.tokens.count
        return tree.words.indices.first { w in
            let t = tree.tokenOfWord[w]
            return t >= dated.end && t < next && tree.words[w].upos == "VERB" && tree.headsClause(w)
        }
    }

    /// "was released and on 23 September, she was elected": a date written after the "and"
    /// of a later conjunct and before its verb is that conjunct's, whatever the parse says
    /// (phrases do not cross a co-ordination).
    func laterConjunct(of k: Int, holding dated: SentenceReading.Dated) -> Int? {
        tree.dependents(of: k, ["conj"]).first { conjunct in
            let verb = tree.tokenOfWord[conjunct]
            guard verb > dated.first, let and = tree.dependents(of: conjunct, ["cc"]).first else { return false }
            return tree.tokenOfWord[and] < dated.first && tree.tokenOfWord[and] > tree.tokenOfWord[k]
        }
    }
}
