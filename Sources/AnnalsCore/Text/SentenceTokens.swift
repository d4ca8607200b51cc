import AnnalsGrammar

/// Every sentence's tokens as the rule-based readers see them (``ReaderToken``), taken
/// from the reading grammar's tokens: the pipeline cuts text into tokens once, and the
/// dates, names and claims stages read those. Each reader token knows the grammar word
/// it begins in, so a reader can ask for its tag, lemma or head.
public struct SentenceTokens: Sendable {
    let sentences: [[ReaderToken]]

    /// The tokens of the grammar stage's output (one ``AnalyzedSentence`` for each of the
    /// structure's sentences).
    public init(grammar: [AnalyzedSentence], text: ScalarText) {
        sentences = grammar.map { sentence in
            var tokens = ReaderToken.joined(Self.tokenRanges(of: sentence).map { range, word in ReaderToken.pieces(of: text, in: range, word: word) }, in: text)
            for k in tokens.indices where tokens[k].word < sentence.words.count {
                let word = sentence.words[tokens[k].word]
                tokens[k].modifiesNoun = ["compound", "amod"].contains(word.relation) && (word.head ?? -1) > tokens[k].word
                tokens[k].subjectOf = Self.verbOfSubject(tokens[k].word, in: sentence)
            }
            return tokens
        }
    }

    /// The same tokens from the grammar's tokenizer alone, without tagging or parsing:
    /// for readers called outside the pipeline (tests, a question's text).
    public init(text: ScalarText, structure: DocumentStructure) {
        sentences = structure.sentences.map { sentence in
            var word = 0
            let pieces = Tokenizer.tokens(text.scalars, in: sentence.range.start..<sentence.range.end).map { token in
                defer { word += token.words.count }
                return ReaderToken.pieces(of: text, in: TextRange(start: token.start, end: token.end), word: word)
            }
            return ReaderToken.joined(pieces, in: text)
        }
    }

    /// The lemma of the verb word `k` is the active subject of, directly or as a conjunct of
    /// its subject.
    static func verbOfSubject(_ k: Int, in sentence: AnalyzedSentence) -> String? {
        var subject = k
        if sentence.words[k].relation == "conj", let head = sentence.words[k].head { subject = head }
        guard sentence.words[subject].relation == "nsubj", let verb = sentence.words[subject].head, sentence.words[verb].upos == "VERB" else { return nil }
        return sentence.words[verb].lemma.lowercased()
    }

    /// The reader tokens of sentence `index` of the structure.
    subscript(index: Int) -> [ReaderToken] { sentences[index] }

    /// Each token of a sentence as written, with its first word: a token of several words
    /// ("didn't", "Trotsky's") is one span.
    static func tokenRanges(of sentence: AnalyzedSentence) -> [(TextRange, Int)] {
        var ranges: [(TextRange, Int)] = []
        var k = 0, m = 0
        while k < sentence.words.count {
            if m < sentence.multiwordTokens.count, sentence.multiwordTokens[m].first == k {
                ranges.append((sentence.multiwordTokens[m].range, k))
                k = sentence.multiwordTokens[m].last + 1
                m += 1
            } else {
                ranges.append((sentence.words[k].range, k))
                k += 1
            }
        }
        return ranges
    }
}
