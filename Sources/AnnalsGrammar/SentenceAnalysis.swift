import Foundation

/// A sentence analysed: from its text (tokens, then words), or from a treebank's words.
extension ReadingGrammar {
    /// The sentence `scalars[range]` cut into tokens as the treebanks are, and the
    /// analysis of their words, in order (a contraction's words one after another).
    public func analyse(_ scalars: [Unicode.Scalar], sentence range: Range<Int>) -> (tokens: [Tokenizer.Token], words: [Word]) {
        var known = WordForms()
        return analyse(scalars, sentence: range, known: &known)
    }

    /// The same, with the forms of words worked out so far (by a reader of many sentences), added to.
    public func analyse(_ scalars: [Unicode.Scalar], sentence range: Range<Int>, known: inout WordForms) -> (tokens: [Tokenizer.Token], words: [Word]) {
        let tokens = Tokenizer.tokens(scalars, in: range)
        return (tokens, annotate(tokens.flatMap { $0.words.map(\.form) }, known: &known))
    }

    /// A treebank sentence analysed on its own words (its gold tags and tree are not read):
    /// how the grammar is scored. Comments, multiword tokens and MISC are kept.
    public func reanalyse(_ sentence: ParsedSentence) -> ParsedSentence {
        var analysed = sentence
        let predicted = annotate(sentence.words.map(\.form))
        for k in analysed.words.indices {
            var word = predicted[k]
            word.misc = sentence.words[k].misc
            analysed.words[k] = word
        }
        return analysed
    }
}
