import Foundation

/// A graph-based dependency parser over a bidirectional LSTM encoder: each word's head is
/// chosen among all words at once, by the best spanning tree of biaffine arc scores, and
/// its relation from the two words' vectors. It reads the words' forms and the tagger's
/// classes.
public struct NeuralParser: DependencyParser {
    public let shape: NeuralShape
    let weights: NeuralWeights
    public internal(set) var values: [Float]
    /// Each known word's number by its lower-cased form's key; 0 is every other word.
    public let vocabulary: [UInt64: Int32]
    public let labels: [String]
    /// The dictionary whose entries the parser reads when its shape says so: the tagger's,
    /// handed over when the grammar is put together (the parser's file does not keep it).
    public var lexicon = Lexicon.empty
    /// Each tag class's group (its UPOS's number), handed over with the lexicon: the class
    /// chosen is the best of the most likely group. Empty: the best class.
    public var tagGroups: [Int] = []
    /// The first layer's inputs, worked out once (nil while training changes the weights).
    var tables: InputTables?
    /// How many words (the first met in training) have their first-layer inputs in `tables`.
    static let tabledWords = 2000

    public init(shape: NeuralShape, values: [Float], vocabulary: [UInt64: Int32], labels: [String]) {
        self.shape = shape
        weights = NeuralWeights(shape)
        self.values = values
        self.vocabulary = vocabulary
        self.labels = labels
        precondition(values.count == weights.count, "neural parser: \(values.count) values for \(weights.count) weights")
    }

    /// The parser with its first layer's inputs tabled: for parsing many sentences with fixed weights.
    func tabled() -> NeuralParser {
        var parser = self
        parser.tables = values.withUnsafeBufferPointer { InputTables(weights, $0.baseAddress!, commonWords: Self.tabledWords) }
        return parser
    }

    func sentence(_ forms: [WordForm], tags: [Int]) -> NeuralSentence {
        NeuralSentence(words: forms.map { vocabulary[$0.lower] ?? 0 },
                       tags: tags.map { Int32(min(max($0, 0), shape.tags - 1)) },
                       suffixes: forms.map { Int32(truncatingIfNeeded: $0.suffixes.2 % UInt64(shape.suffixes)) },
                       shapes: forms.map { Int32(truncatingIfNeeded: $0.shape % UInt64(shape.shapes)) },
                       lexicals: shape.lexicals == 0 ? [] : forms.map { Int32(min(lexicon.feature($0), UInt64(shape.lexicals - 1))) },
                       affixes: shape.affixes == 0 ? [] : forms.flatMap { affixRows($0) })
    }

    /// A word's rows in the affixes' table: its first two and three letters, its last two and four.
    func affixRows(_ form: WordForm) -> [Int32] {
        let rows = UInt64(shape.affixes)
        return [form.prefixes.1, form.prefixes.2, form.suffixes.1, form.suffixes.3].enumerated().map { kind, key in
            Int32(truncatingIfNeeded: FeatureHash.mix(key, UInt64(kind) &+ 101) % rows)
        }
    }

    /// Heads (1-based, 0 the root) and relation numbers of the words.
    public func parse(_ forms: [WordForm], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let analysis = analyse(forms, tags: tags)
        return (analysis.heads, analysis.labels)
    }

    /// The words' tag classes (chosen again when the shape has a tagging layer, else those
    /// given), heads (1-based, 0 the root) and relation numbers, from one pass of the encoder.
    public func analyse(_ forms: [WordForm], tags: [Int]) -> (tags: [Int], heads: [Int], labels: [Int]) {
        guard !forms.isEmpty else { return ([], [], []) }
        return analyse(sentence(forms, tags: tags), given: tags)
    }

    /// As `analyse`, the first tagger's scores (n × classes) times `weight` added to the
    /// tagging layer's before a class is chosen.
    public func analyse(_ forms: [WordForm], tags: [Int], prior: [Float], weight: Float) -> (tags: [Int], heads: [Int], labels: [Int]) {
        guard !forms.isEmpty else { return ([], [], []) }
        return analyse(sentence(forms, tags: tags), given: tags, prior: prior, weight: weight)
    }

    func analyse(_ sentence: NeuralSentence, given: [Int], prior: [Float] = [], weight: Float = 0) -> (tags: [Int], heads: [Int], labels: [Int]) {
        values.withUnsafeBufferPointer { buffer in
            let p = buffer.baseAddress!
            var generator = SeededGenerator(seed: 0)
            let encoded = Encoder.forward(weights, p, sentence, dropout: 0, generator: &generator, tables: tables)
            var tags = given
            if shape.tagLayer > 0 {
                let scores = TagScorer.scores(weights, p, layer: encoded.layer(shape.tagLayer))
                if prior.count == scores.count, weight != 0 {
                    let k = shape.tags
                    for i in 0..<sentence.count {
                        let row = scores.pointer + i * k
                        var top = -Float.infinity
                        for j in 0..<k where row[j] > top { top = row[j] }
                        var sum: Float = 0
                        for j in 0..<k { sum += expf(row[j] - top) }
                        let log = top + logf(sum)
                        for j in 0..<k { row[j] = row[j] - log + weight * prior[i * k + j] }
                    }
                }
                tags = TagScorer.best(scores, classes: shape.tags, groups: tagGroups)
            }
            let tape = ArcScorer.forward(weights, p, encoded: encoded.output)
            let n = sentence.count
            var rows = [[Float]](repeating: [], count: n + 1)
            for i in 0..<n { rows[i + 1] = Self.logSoftmax(tape.scores.pointer + i * (n + 1), count: n + 1) }
            let heads = Array(SpanningTree.bestSingleRooted(rows).dropFirst())
            let scores = FloatBuffer(shape.labels), features = FloatBuffer(3 * shape.labelWidth)
            let labels = heads.enumerated().map { i, head in
                ArcScorer.labelScores(weights, p, tape: tape, word: i, head: head, into: scores.pointer, features: features.pointer)
                var best = 0
                for k in 0..<shape.labels where scores[k] > scores[best] { best = k }
                return best
            }
            return (tags, heads, labels)
        }
    }

    static func logSoftmax(_ scores: UnsafePointer<Float>, count: Int) -> [Float] {
        var top = -Float.infinity
        for j in 0..<count where scores[j] > top { top = scores[j] }
        var sum: Float = 0
        for j in 0..<count where scores[j] > -Float.infinity { sum += expf(scores[j] - top) }
        let log = top + logf(sum)
        return (0..<count).map { scores[$0] - log }
    }
}
