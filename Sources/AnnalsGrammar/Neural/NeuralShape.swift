/// The sizes of the neural parser: its vocabularies, vector widths and layers.
public struct NeuralShape: Sendable, Hashable {
    public var words: Int
    public var tags: Int
    public var suffixes = 4096
    public var shapes = 512
    public var labels: Int
    public var wordWidth = 64
    public var tagWidth = 24
    public var suffixWidth = 24
    public var shapeWidth = 8
    public var hidden = 96
    public var layers = 2
    public var arcWidth = 96
    public var labelWidth = 48
    /// The layer (1-based) whose outputs also choose each word's tag class again; 0: none.
    public var tagLayer = 0
    /// Rows of the lexicon's entries as an input (0: the lexicon is not read), and their width.
    public var lexicals = 0
    public var lexicalWidth = 8
    /// Rows of the table of word beginnings and endings (0: not read), and their width: each
    /// word reads `affixKinds` rows of it (its first two and three letters, its last two and
    /// four), so that a word never seen in training still has its spelling's parts.
    public var affixes = 0
    public var affixWidth = 16
    static let affixKinds = 4

    public init(words: Int, tags: Int, labels: Int) {
        self.words = words
        self.tags = tags
        self.labels = labels
    }

    var inputWidth: Int { wordWidth + tagWidth + suffixWidth + shapeWidth + (lexicals > 0 ? lexicalWidth : 0) + affixInputWidth }
    /// The columns of a word's input that its beginnings and endings fill.
    var affixInputWidth: Int { affixes > 0 ? Self.affixKinds * affixWidth : 0 }
    /// The width of a word's vector as the encoder gives it: both directions.
    var encoded: Int { 2 * hidden }

    /// The shape's numbers in order, as a file stores them: the tagging layer, the lexicon's
    /// input and the affixes' only when there (so a file from before them writes the same again).
    var numbers: [Int] {
        [words, tags, suffixes, shapes, labels, wordWidth, tagWidth, suffixWidth, shapeWidth, hidden, layers, arcWidth, labelWidth]
            + (tagLayer > 0 || lexicals > 0 || affixes > 0 ? [tagLayer] : []) + (lexicals > 0 || affixes > 0 ? [lexicals, lexicalWidth] : [])
            + (affixes > 0 ? [affixes, affixWidth] : [])
    }

    /// From a file's numbers; a file of thirteen is from before the tagging layer (none),
    /// one of fourteen from before the lexicon's input (none), one of sixteen from before
    /// the affixes' (none).
    init?(numbers: [Int]) {
        guard [13, 14, 16, 18].contains(numbers.count), numbers.prefix(13).allSatisfy({ $0 > 0 && $0 < 1 << 24 }),
              numbers.dropFirst(13).allSatisfy({ $0 >= 0 && $0 < 1 << 24 }) else { return nil }
        self.init(words: numbers[0], tags: numbers[1], labels: numbers[4])
        (suffixes, shapes) = (numbers[2], numbers[3])
        (wordWidth, tagWidth, suffixWidth, shapeWidth) = (numbers[5], numbers[6], numbers[7], numbers[8])
        (hidden, layers, arcWidth, labelWidth) = (numbers[9], numbers[10], numbers[11], numbers[12])
        tagLayer = numbers.count > 13 ? numbers[13] : 0
        if numbers.count > 14 { (lexicals, lexicalWidth) = (numbers[14], numbers[15]) }
        if numbers.count > 16 { (affixes, affixWidth) = (numbers[16], numbers[17]) }
        guard (0...layers).contains(tagLayer) else { return nil }
    }
}

/// Every weight of the neural parser, as places in one block of floats.
struct NeuralWeights: Sendable {
    let shape: NeuralShape
    let layout: TensorLayout
    let word: Tensor, tag: Tensor, suffix: Tensor, wordShape: Tensor
    /// Per layer, left-to-right then right-to-left.
    let lstm: [(LSTMWeights, LSTMWeights)]
    let root: Tensor
    let arcDependent: Tensor, arcDependentBias: Tensor, arcHead: Tensor, arcHeadBias: Tensor, arcPair: Tensor, arcPrior: Tensor
    let labelDependent: Tensor, labelDependentBias: Tensor, labelHead: Tensor, labelHeadBias: Tensor, label: Tensor, labelBias: Tensor
    /// Tag class scores from one layer's outputs (no rows when the shape has no tagging layer).
    let tagOutput: Tensor, tagBias: Tensor
    /// The lexicon's entries as an input (no rows when the shape does not read them).
    let lexical: Tensor
    /// Words' beginnings and endings as an input (no rows when the shape does not read them).
    let affix: Tensor

    init(_ shape: NeuralShape) {
        var layout = TensorLayout()
        self.shape = shape
        word = layout.tensor(shape.words, shape.wordWidth, start: .random(0.1))
        tag = layout.tensor(shape.tags, shape.tagWidth, start: .random(0.1))
        suffix = layout.tensor(shape.suffixes, shape.suffixWidth, start: .random(0.1))
        wordShape = layout.tensor(shape.shapes, shape.shapeWidth, start: .random(0.1))
        var lstm: [(LSTMWeights, LSTMWeights)] = []
        for k in 0..<shape.layers {
            let input = k == 0 ? shape.inputWidth : shape.encoded
            lstm.append((LSTMWeights(&layout, input: input, hidden: shape.hidden), LSTMWeights(&layout, input: input, hidden: shape.hidden)))
        }
        self.lstm = lstm
        let d = shape.encoded, a = shape.arcWidth, l = shape.labelWidth
        root = layout.tensor(1, d, start: .random(0.1))
        arcDependent = layout.tensor(a, d); arcDependentBias = layout.tensor(1, a, start: .constant(0))
        arcHead = layout.tensor(a, d); arcHeadBias = layout.tensor(1, a, start: .constant(0))
        arcPair = layout.tensor(a, a, start: .constant(0)); arcPrior = layout.tensor(1, a, start: .constant(0))
        labelDependent = layout.tensor(l, d); labelDependentBias = layout.tensor(1, l, start: .constant(0))
        labelHead = layout.tensor(l, d); labelHeadBias = layout.tensor(1, l, start: .constant(0))
        label = layout.tensor(shape.labels, 3 * l); labelBias = layout.tensor(1, shape.labels, start: .constant(0))
        // Last, so that a shape without them lays out every other weight as before.
        let tagRows = shape.tagLayer > 0 ? shape.tags : 0
        tagOutput = layout.tensor(tagRows, d)
        tagBias = layout.tensor(tagRows > 0 ? 1 : 0, tagRows, start: .constant(0))
        lexical = layout.tensor(shape.lexicals, shape.lexicalWidth, start: .random(0.1))
        affix = layout.tensor(shape.affixes, shape.affixWidth, start: .random(0.1))
        self.layout = layout
    }

    var count: Int { layout.count }

    /// Starting values: random, the LSTMs' forget gates open.
    func initialValues(seed: UInt64) -> [Float] {
        var values = layout.initialValues(seed: seed)
        for (forward, backward) in lstm {
            for i in forward.forgetBias { values[i] = 1 }
            for i in backward.forgetBias { values[i] = 1 }
        }
        return values
    }
}
