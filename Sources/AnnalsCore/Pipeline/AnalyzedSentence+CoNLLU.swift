public import AnnalsGrammar

extension AnalyzedSentence {
    /// The sentence as CoNLL-U writes it, numbered `number`: each token's code-point
    /// offsets in MISC (`TokenRange=start:end`), `SpaceAfter=No` where no white space follows.
    public func conllu(number: Int, text: ScalarText) -> ParsedSentence {
        func spaceAfter(_ end: Int) -> String {
            end < text.count && text[end].properties.isWhitespace ? "" : "|SpaceAfter=No"
        }
        var inToken = Set<Int>()
        let tokens = multiwordTokens.map { token -> ParsedSentence.MultiwordToken in
            inToken.formUnion(token.first...token.last)
            return .init(first: token.first + 1, last: token.last + 1, form: text.string(in: token.range),
                         misc: "TokenRange=\(token.range.start):\(token.range.end)" + spaceAfter(token.range.end))
        }
        let conlluWords = words.enumerated().map { k, word in
            let misc = "TokenRange=\(word.range.start):\(word.range.end)" + (inToken.contains(k) ? "" : spaceAfter(word.range.end))
            return Word(form: word.form, lemma: word.lemma, upos: word.upos, xpos: word.xpos, feats: word.feats,
                        head: word.head.map { $0 + 1 } ?? 0, deprel: word.relation, misc: misc)
        }
        let span = TextRange(start: words.first?.range.start ?? 0, end: words.last?.range.end ?? 0)
        let quoted = text.string(in: span).map { $0.isNewline ? " " : $0 }
        return ParsedSentence(words: conlluWords, comments: ["# sent_id = \(number)", "# text = \(String(quoted))"], multiwordTokens: tokens)
    }
}
