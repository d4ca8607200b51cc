import Foundation

/// A sentence of a text analysed: its tokens with their offsets and the words of each,
/// as CoNLL-U writes them (`TokenRange=start:end` in MISC, code points into the text).
extension ReadingGrammar {
    /// The analysis of the sentence `scalars[range]`, numbered `number`.
    public func analyse(_ scalars: [Unicode.Scalar], sentence range: Range<Int>, number: Int) -> ParsedSentence {
        let tokens = Tokenizer.tokens(scalars, in: range)
        let forms = tokens.flatMap { $0.words.map(\.form) }
        var words = annotate(forms)
        var multiword: [ParsedSentence.MultiwordToken] = []
        var k = 0
        for token in tokens {
            let space = token.spaceAfter ? "" : "|SpaceAfter=No"
            if token.words.count > 1 {
                multiword.append(.init(first: k + 1, last: k + token.words.count, form: String(String.UnicodeScalarView(scalars[token.start..<token.end])),
                                       misc: "TokenRange=\(token.start):\(token.end)" + space))
                for word in token.words {
                    words[k].misc = "TokenRange=\(word.start):\(word.end)"
                    k += 1
                }
            } else {
                words[k].misc = "TokenRange=\(token.start):\(token.end)" + space
                k += 1
            }
        }
        let text = String(String.UnicodeScalarView(scalars[range])).replacingOccurrences(of: "\n", with: " ")
        return ParsedSentence(words: words, comments: ["# sent_id = \(number)", "# text = \(text)"], multiwordTokens: multiword)
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
