import Foundation

/// A sentence as the neural parser reads it: per word, the numbers of its form, tag,
/// last letters and shape in the parser's vocabularies.
struct NeuralSentence: Sendable {
    var words: [Int32]
    var tags: [Int32]
    var suffixes: [Int32]
    var shapes: [Int32]
    /// The lexicon's entries (empty when the parser does not read them).
    var lexicals: [Int32] = []
    /// Per word, `NeuralShape.affixKinds` rows of the affixes' table (empty when not read).
    var affixes: [Int32] = []
    var count: Int { words.count }
}

/// What the encoder's pass over a sentence keeps: the inputs of each layer (after dropout),
/// each direction's tape, and the dropout masks (nil when nothing was dropped).
final class EncoderTape {
    let count: Int
    var inputs: [FloatBuffer] = []
    var masks: [FloatBuffer?] = []
    var directions: [(LSTMTape, LSTMTape)] = []
    /// The encoded words, n × 2H, after dropout.
    var output = FloatBuffer(0)

    init(count: Int) { self.count = count }

    /// Layer k's outputs (1-based), n × 2H, after dropout.
    func layer(_ k: Int) -> FloatBuffer { k == directions.count ? output : inputs[k] }
}

/// The words' embeddings, then layers of bidirectional LSTMs (Kiperwasser and Goldberg 2016).
enum Encoder {
    /// `tables`: the first layer's inputs worked out at load (for parsing; training reads the embeddings).
    static func forward(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, _ sentence: NeuralSentence,
                        dropout: Float, generator: inout SeededGenerator, tables: InputTables? = nil) -> EncoderTape {
        let shape = weights.shape, n = sentence.count
        let tape = EncoderTape(count: n)
        let x = FloatBuffer(tables == nil ? n * shape.inputWidth : 0)
        for t in 0..<n where tables == nil {
            var out = x.pointer + t * shape.inputWidth
            for (table, row) in inputRows(weights, sentence, t) {
                out.update(from: table.at(p) + row, count: table.cols)
                out += table.cols
            }
        }
        tape.masks.append(drop(x, rate: dropout, generator: &generator))
        tape.inputs.append(x)
        for (k, (forward, backward)) in weights.lstm.enumerated() {
            let input = tape.inputs[k].pointer, h = shape.hidden
            let first = k == 0 ? tables : nil
            let left = LSTM.forward(forward, p, x: input, count: n, reverse: false,
                                    inputs: first.map { tables in { tables.fill($0, direction: 0, sentence: sentence, weights: weights, p) } })
            let right = LSTM.forward(backward, p, x: input, count: n, reverse: true,
                                     inputs: first.map { tables in { tables.fill($0, direction: 1, sentence: sentence, weights: weights, p) } })
            tape.directions.append((left, right))
            let out = FloatBuffer(n * 2 * h)
            for t in 0..<n {
                (out.pointer + t * 2 * h).update(from: left.outputs.pointer + t * h, count: h)
                (out.pointer + t * 2 * h + h).update(from: right.outputs.pointer + t * h, count: h)
            }
            tape.masks.append(drop(out, rate: dropout, generator: &generator))
            if k + 1 < weights.lstm.count { tape.inputs.append(out) } else { tape.output = out }
        }
        return tape
    }

    /// Zeroes each value with probability `rate` and scales the rest to keep the sum; the mask.
    static func drop(_ buffer: FloatBuffer, rate: Float, generator: inout SeededGenerator) -> FloatBuffer? {
        guard rate > 0 else { return nil }
        let mask = FloatBuffer(buffer.count), kept = 1 / (1 - rate)
        for i in 0..<buffer.count {
            mask[i] = Float.random(in: 0..<1, using: &generator) < rate ? 0 : kept
            buffer[i] *= mask[i]
        }
        return mask
    }

    /// From the gradient of the encoded words (n × 2H), and of one layer's outputs (1-based)
    /// when something else reads them too, the gradients of every encoder weight.
    static func backward(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, _ sentence: NeuralSentence, tape: EncoderTape,
                         dOutput: FloatBuffer, extra: (layer: Int, gradient: FloatBuffer)? = nil, grad: UnsafeMutablePointer<Float>) {
        let shape = weights.shape, n = tape.count, h = shape.hidden
        var d = dOutput
        for k in stride(from: weights.lstm.count - 1, through: 0, by: -1) {
            if let extra, extra.layer == k + 1 { Kernel.axpy(1, extra.gradient.pointer, d.pointer, d.count) }
            if let mask = tape.masks[k + 1] { for i in 0..<d.count { d[i] *= mask[i] } }
            let (forward, backward) = weights.lstm[k]
            let dLeft = FloatBuffer(n * h), dRight = FloatBuffer(n * h)
            for t in 0..<n {
                dLeft.pointer.advanced(by: t * h).update(from: d.pointer + t * 2 * h, count: h)
                dRight.pointer.advanced(by: t * h).update(from: d.pointer + t * 2 * h + h, count: h)
            }
            let dx = FloatBuffer(n * forward.input)
            let (left, right) = tape.directions[k]
            LSTM.backward(forward, p, tape: left, x: tape.inputs[k].pointer, dOutputs: dLeft.pointer, grad: grad, dx: dx.pointer)
            LSTM.backward(backward, p, tape: right, x: tape.inputs[k].pointer, dOutputs: dRight.pointer, grad: grad, dx: dx.pointer)
            d = dx
        }
        if let mask = tape.masks[0] { for i in 0..<d.count { d[i] *= mask[i] } }
        for t in 0..<n {
            var from = d.pointer + t * shape.inputWidth
            for (table, row) in inputRows(weights, sentence, t) {
                Kernel.axpy(1, from, table.at(grad) + row, table.cols)
                from += table.cols
            }
        }
    }

    /// The parts of word t's input, in order: each embedding table and where its row starts.
    @inline(__always)
    static func inputRows(_ weights: NeuralWeights, _ sentence: NeuralSentence, _ t: Int) -> [(Tensor, Int)] {
        var rows = [(weights.word, Int(sentence.words[t]) * weights.word.cols), (weights.tag, Int(sentence.tags[t]) * weights.tag.cols),
                    (weights.suffix, Int(sentence.suffixes[t]) * weights.suffix.cols), (weights.wordShape, Int(sentence.shapes[t]) * weights.wordShape.cols)]
        if weights.shape.lexicals > 0 { rows.append((weights.lexical, Int(sentence.lexicals[t]) * weights.lexical.cols)) }
        if weights.shape.affixes > 0 {
            for k in 0..<NeuralShape.affixKinds {
                rows.append((weights.affix, Int(sentence.affixes[t * NeuralShape.affixKinds + k]) * weights.affix.cols))
            }
        }
        return rows
    }
}
