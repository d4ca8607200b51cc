/// One sentence as the reading grammar analysed it: its syntactic words with their spans,
/// tags, lemmas, features and dependency tree, and the tokens written as one that hold
/// several words ("didn't" → "did" "n't"). Offsets are code points into the document.
public struct AnalyzedSentence: Sendable, Hashable {
    public var words: [AnalyzedWord]
    public var multiwordTokens: [MultiwordToken]

    public init(words: [AnalyzedWord], multiwordTokens: [MultiwordToken] = []) {
        self.words = words
        self.multiwordTokens = multiwordTokens
    }

    /// A token holding words `first...last` (0-based word indices).
    public struct MultiwordToken: Sendable, Hashable {
        public var range: TextRange
        public var first: Int
        public var last: Int

        public init(range: TextRange, first: Int, last: Int) {
            self.range = range
            self.first = first
            self.last = last
        }
    }

    /// The same sentence `offset` code points further on.
    public func shifted(by offset: Int) -> AnalyzedSentence {
        guard offset != 0 else { return self }
        var copy = self
        for k in copy.words.indices { copy.words[k].range = words[k].range.shifted(by: offset) }
        for k in copy.multiwordTokens.indices { copy.multiwordTokens[k].range = multiwordTokens[k].range.shifted(by: offset) }
        return copy
    }
}

/// A syntactic word: what the tagger, the lemmatiser and the parser say of it.
public struct AnalyzedWord: Sendable, Hashable {
    /// Its span in the text; a word of a contraction has its own part of the token.
    public var range: TextRange
    public var form: String
    public var lemma: String
    /// Universal part of speech (NOUN, VERB, PROPN…).
    public var upos: String
    /// Penn Treebank tag (NN, VBD, NNP…).
    public var xpos: String
    /// Universal features, `Name=Value|…`, or `_`.
    public var feats: String
    /// The word it depends on, 0-based; `nil` for the root.
    public var head: Int?
    /// Universal Dependencies relation, with its subtype (`nsubj:pass`).
    public var relation: String

    public init(range: TextRange, form: String, lemma: String, upos: String, xpos: String, feats: String, head: Int?, relation: String) {
        self.range = range
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.relation = relation
    }

    /// The value of one feature ("Tense" → "Past"), if the word has it.
    public func feature(_ name: String) -> String? {
        for pair in feats.split(separator: "|") where pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        return nil
    }
}
