import Testing
import Foundation
@testable import AnnalsGrammar

/// The neural parser's arithmetic: every weight's gradient agrees with the change in loss
/// a small step in that weight makes; the spanning tree is a tree, the best one; training
/// on a few sentences learns them.
struct NeuralParserTests {
    static func tinyShape(tagLayer: Int = 0, lexicals: Int = 0, affixes: Int = 0) -> NeuralShape {
        var shape = NeuralShape(words: 9, tags: 5, labels: 4)
        (shape.suffixes, shape.shapes) = (7, 5)
        (shape.wordWidth, shape.tagWidth, shape.suffixWidth, shape.shapeWidth) = (4, 3, 2, 2)
        (shape.hidden, shape.layers, shape.arcWidth, shape.labelWidth) = (5, 2, 6, 3)
        shape.tagLayer = tagLayer
        (shape.lexicals, shape.lexicalWidth) = (lexicals, lexicals > 0 ? 3 : shape.lexicalWidth)
        (shape.affixes, shape.affixWidth) = (affixes, affixes > 0 ? 2 : shape.affixWidth)
        return shape
    }

    static let sentence = NeuralSentence(words: [1, 4, 0, 7, 2], tags: [0, 3, 1, 4, 2], suffixes: [1, 6, 2, 0, 3], shapes: [4, 0, 1, 1, 2],
                                         lexicals: [2, 5, 1, 0, 3], affixes: [0, 1, 2, 3, 4, 5, 6, 7, 1, 3, 5, 0, 2, 2, 4, 6, 7, 0, 3, 1])
    static let gold = NeuralLoss.Gold(heads: [2, 0, 2, 5, 2], labels: [1, 0, 3, 2, 1], classes: [0, 3, 2, 4, 2])

    /// The loss of the gold tree (and classes), and (when asked) its gradient.
    static func loss(_ weights: NeuralWeights, _ values: [Float], gradient: FloatBuffer? = nil) -> Float {
        values.withUnsafeBufferPointer { buffer in
            var generator = SeededGenerator(seed: 1)
            return NeuralLoss.sentence(weights, buffer.baseAddress!, sentence, gold: gold, dropout: 0, generator: &generator, grad: gradient?.pointer)
        }
    }

    /// With no tagging layer, tagging again from the first layer (its outputs read twice),
    /// and from the last; and reading the lexicon's entries, and the words' affixes.
    @Test(arguments: [(0, 0, 0), (1, 0, 0), (2, 0, 0), (1, 6, 0), (1, 6, 8)])
    func gradientsMatchFiniteDifferences(tagLayer: Int, lexicals: Int, affixes: Int) {
        let weights = NeuralWeights(Self.tinyShape(tagLayer: tagLayer, lexicals: lexicals, affixes: affixes))
        var values = weights.initialValues(seed: 3)
        // Start the zero-initialised biaffine weights away from zero so their paths are exercised.
        var generator = SeededGenerator(seed: 9)
        for i in values.indices where values[i] == 0 { values[i] = Float.random(in: -0.3...0.3, using: &generator) }
        let gradient = FloatBuffer(values.count)
        let base = Double(Self.loss(weights, values, gradient: gradient))
        var checked = 0, kinks = 0, worst: Float = 0
        for i in stride(from: 0, to: values.count, by: 3) {
            var up = values, down = values
            up[i] += 2e-3
            down[i] -= 2e-3
            let (above, below) = (Double(Self.loss(weights, up)), Double(Self.loss(weights, down)))
            // A step that crosses a rectifier's corner has two slopes: no derivative to check there.
            let (right, left) = ((above - base) / 2e-3, (base - below) / 2e-3)
            if abs(right - left) > 0.25 * max(abs(right), abs(left)) + 0.05 {
                kinks += 1
                continue
            }
            let numeric = (above - below) / 4e-3
            let error = abs(Float(numeric) - gradient[i]) / max(1, abs(Float(numeric)) + abs(gradient[i]))
            worst = max(worst, error)
            checked += 1
        }
        #expect(kinks * 50 < checked, "\(kinks) of \(checked + kinks) steps crossed a corner")
        #expect(checked > 100)
        #expect(worst < 2e-2, "largest relative gradient error \(worst)")
        // The tag weights are there, and learn, exactly when the shape tags again.
        let tagGradient = (weights.tagOutput.offset..<(weights.tagOutput.offset + weights.tagOutput.count)).contains { gradient[$0] != 0 }
        #expect(tagGradient == (tagLayer > 0))
        let lexicalGradient = (weights.lexical.offset..<(weights.lexical.offset + weights.lexical.count)).contains { gradient[$0] != 0 }
        #expect(lexicalGradient == (lexicals > 0))
        let affixGradient = (weights.affix.offset..<(weights.affix.offset + weights.affix.count)).contains { gradient[$0] != 0 }
        #expect(affixGradient == (affixes > 0))
    }

    @Test(arguments: [
        // scores[d][h]; the best heads.
        ([[0, 0, 0], [5, -9, 1], [1, 4, -9]] as [[Float]], [-1, 0, 1]),
        // A cycle 1 ⇄ 2 that the root must break where it loses least.
        ([[0, 0, 0, 0], [1, -9, 5, 0], [3, 6, -9, 0], [0, 0, 3, -9]], [-1, 2, 0, 2]),
    ])
    func spanningTreeIsBest(scores: [[Float]], heads: [Int]) {
        #expect(SpanningTree.best(scores) == heads)
    }

    @Test func spanningTreeIsAlwaysASingleRootedTree() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let n = Int.random(in: 1...9, using: &generator)
            let scores = (0...n).map { d in (0...n).map { h in d == h ? -Float.infinity : Float.random(in: -3...3, using: &generator) } }
            let heads = SpanningTree.bestSingleRooted(scores)
            #expect(SpanningTree.cycle(in: heads) == nil)
            #expect(heads.dropFirst().filter { $0 == 0 }.count == 1)
            // No single change of head that keeps a tree scores higher (checked for small sentences exhaustively by moves).
            let total = (1...n).reduce(Float(0)) { $0 + scores[$1][heads[$1]] }
            for d in 1...n {
                for h in 0...n where h != d && h != heads[d] {
                    var moved = heads
                    moved[d] = h
                    guard SpanningTree.cycle(in: moved) == nil, moved.dropFirst().filter({ $0 == 0 }).count == 1 else { continue }
                    #expect((1...n).reduce(Float(0)) { $0 + scores[$1][moved[$1]] } <= total + 1e-4)
                }
            }
        }
    }
}

/// The affine kernel, four vectors at a time and one at a time, against plain sums.
struct NeuralKernelTests {
    @Test(arguments: [(1, 3, 5), (4, 8, 16), (7, 5, 19), (9, 2, 33), (1, 6, 16), (3, 9, 64)])
    func affineMatchesPlainSums(count: Int, rows: Int, cols: Int) {
        var generator = SeededGenerator(seed: UInt64(count * 100 + cols))
        let w = (0..<(rows * cols)).map { _ in Float.random(in: -1...1, using: &generator) }
        let x = (0..<(count * cols)).map { _ in Float.random(in: -1...1, using: &generator) }
        let b = (0..<rows).map { _ in Float.random(in: -1...1, using: &generator) }
        var y = [Float](repeating: 0.5, count: count * rows)
        Kernel.affine(w, b, x, count: count, rows: rows, cols: cols, &y, accumulate: true)
        for t in 0..<count {
            for r in 0..<rows {
                let plain = 0.5 + b[r] + (0..<cols).reduce(Float(0)) { $0 + w[r * cols + $1] * x[t * cols + $1] }
                #expect(abs(y[t * rows + r] - plain) < 1e-4)
            }
        }
    }
}

/// The neural parser in a file: read back, it parses as before (weights at eight bits move
/// them by at most half a step of their row's scale); a damaged file is refused.
struct NeuralFileTests {
    static func parser(lexicals: Int = 0, affixes: Int = 0) -> NeuralParser {
        let shape = NeuralParserTests.tinyShape(lexicals: lexicals, affixes: affixes)
        let labels = ["nsubj", "obj", "punct", "root"]
        return NeuralParser(shape: shape, values: NeuralWeights(shape).initialValues(seed: 4), vocabulary: [WordForm("the").lower: 1, WordForm("cat").lower: 2],
                            labels: labels)
    }

    @Test func readsBackWithinQuantisation() throws {
        let original = Self.parser()
        let read = try NeuralParser(decoding: original.encoded())
        #expect(read.shape == original.shape && read.labels == original.labels && read.vocabulary == original.vocabulary)
        for (tensor, _) in original.weights.layout.starts {
            for row in 0..<tensor.rows {
                let range = (tensor.offset + row * tensor.cols)..<(tensor.offset + (row + 1) * tensor.cols)
                let step = original.values[range].reduce(Float(0)) { max($0, abs($1)) } / 127
                for k in range { #expect(abs(read.values[k] - original.values[k]) <= step / 2 + 1e-7) }
            }
        }
        let forms = ["the", "cat", "saw", "the", "dog", "."].map { WordForm($0) }
        let parsed = read.parse(forms, tags: [0, 1, 2, 0, 1, 3])
        #expect(parsed.heads.count == 6 && parsed.heads.filter { $0 == 0 }.count == 1)
        #expect(SpanningTree.cycle(in: [-1] + parsed.heads) == nil)
    }

    /// The first layer's inputs from tables give the same gates as computing them (up to
    /// the order of a sum), for tabled and untabled words alike.
    @Test(arguments: [(0, 0), (6, 0), (6, 8)])
    func tabledInputsMatchComputedOnes(lexicals: Int, affixes: Int) throws {
        let plain = Self.parser(lexicals: lexicals, affixes: affixes), tabled = plain.tabled()
        let sentence = NeuralSentence(words: [1, 2, 8, 0, 5], tags: [0, 3, 1, 4, 2], suffixes: [1, 6, 2, 0, 3], shapes: [4, 0, 1, 1, 2],
                                      lexicals: [0, 5, 1, 2, 4], affixes: NeuralParserTests.sentence.affixes)
        var generator = SeededGenerator(seed: 0)
        let computed = plain.values.withUnsafeBufferPointer { Encoder.forward(plain.weights, $0.baseAddress!, sentence, dropout: 0, generator: &generator) }
        #expect(tabled.tables?.commonWords == plain.shape.words)
        // All words tabled, and only the first three (words 5 and 8 computed as they come).
        for tables in [tabled.tables, plain.values.withUnsafeBufferPointer { InputTables(plain.weights, $0.baseAddress!, commonWords: 3) }] {
            let fromTables = tabled.values.withUnsafeBufferPointer {
                Encoder.forward(tabled.weights, $0.baseAddress!, sentence, dropout: 0, generator: &generator, tables: tables)
            }
            for i in 0..<computed.output.count { #expect(abs(computed.output[i] - fromTables.output[i]) < 1e-5) }
        }
    }

    @Test func refusesDamagedWeights() throws {
        var data = Self.parser().encoded()
        data.removeLast(7)
        #expect(throws: (any Error).self) { try NeuralParser(decoding: data) }
    }
}

/// A grammar file may hold either parser: with the neural one it reads back as such and
/// annotates a sentence into one tree.
struct NeuralGrammarFileTests {
    @Test func grammarWithNeuralParserReadsBack() throws {
        let shipped = try ReadingGrammar.shipped()
        let grammar = ReadingGrammar(tagger: shipped.tagger, parser: NeuralFileTests.parser(), morphology: shipped.morphology,
                                     features: shipped.features, manifest: "test")
        let read = try ReadingGrammar(decoding: grammar.encoded())
        let parser = try #require(read.parser as? NeuralParser)
        #expect(parser.labels == ["nsubj", "obj", "punct", "root"])
        let words = read.annotate(["The", "cat", "saw", "the", "dog", "."])
        #expect(words.count == 6 && words.filter { $0.head == 0 }.count == 1)
        #expect(read.fingerprint != shipped.fingerprint)
    }

    /// A parser that reads the lexicon's entries is handed the tagger's lexicon whenever a
    /// grammar is put together (its own file does not keep it); one that does not, is not.
    @Test func aParserReadingTheLexiconIsGivenTheTaggers() throws {
        let shipped = try ReadingGrammar.shipped()
        try #require(shipped.tagger.lexicon.count > 0)
        for lexicals in [0, 6] {
            let grammar = ReadingGrammar(tagger: shipped.tagger, parser: NeuralFileTests.parser(lexicals: lexicals), morphology: shipped.morphology,
                                         features: shipped.features, manifest: "test")
            let read = try #require(try ReadingGrammar(decoding: grammar.encoded()).parser as? NeuralParser)
            #expect(read.lexicon.count == (lexicals > 0 ? shipped.tagger.lexicon.count : 0))
            #expect(read.sentence([WordForm("caters"), WordForm("Zyx")], tags: [0, 0]).lexicals.count == (lexicals > 0 ? 2 : 0))
        }
    }
}

/// The parser's own tanh and logistic function against the C library's, across their range.
struct NeuralSquashingTests {
    @Test func tanhAndSigmoidMatchTheLibrary() {
        var worst: Float = 0
        for step in -2000...2000 {
            let x = Float(step) / 100
            worst = max(worst, abs(Kernel.tanh(x) - Foundation.tanh(x)), abs(Kernel.sigmoid(x) - 1 / (1 + Foundation.exp(-x))))
        }
        #expect(worst < 1e-6)
    }
}
