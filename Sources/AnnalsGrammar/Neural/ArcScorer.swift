import Foundation

/// Scores every head for every word with a biaffine product of two small perceptrons'
/// views of the encoded words (Dozat and Manning 2017), and every relation for a word
/// and its head from the two views, side by side and multiplied.
final class ScorerTape {
    let count: Int
    /// The root's vector, then the words': (n + 1) × 2H.
    let heads: FloatBuffer
    let arcDependents: FloatBuffer, arcHeads: FloatBuffer, pairs: FloatBuffer
    let labelDependents: FloatBuffer, labelHeads: FloatBuffer
    /// scores[i][j]: word i + 1 (1-based) headed by j (0 the root); n × (n + 1).
    let scores: FloatBuffer

    init(count n: Int, shape: NeuralShape) {
        count = n
        heads = FloatBuffer((n + 1) * shape.encoded)
        arcDependents = FloatBuffer(n * shape.arcWidth)
        arcHeads = FloatBuffer((n + 1) * shape.arcWidth)
        pairs = FloatBuffer((n + 1) * shape.arcWidth)
        labelDependents = FloatBuffer(n * shape.labelWidth)
        labelHeads = FloatBuffer((n + 1) * shape.labelWidth)
        scores = FloatBuffer(n * (n + 1))
    }
}

enum ArcScorer {
    static func forward(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, encoded: FloatBuffer) -> ScorerTape {
        let shape = weights.shape, d = shape.encoded, a = shape.arcWidth, l = shape.labelWidth
        let n = encoded.count / d
        let tape = ScorerTape(count: n, shape: shape)
        tape.heads.pointer.update(from: weights.root.at(p), count: d)
        (tape.heads.pointer + d).update(from: encoded.pointer, count: n * d)
        Kernel.affine(weights.arcDependent.at(p), weights.arcDependentBias.at(p), encoded.pointer, count: n, rows: a, cols: d, tape.arcDependents.pointer)
        Kernel.affine(weights.arcHead.at(p), weights.arcHeadBias.at(p), tape.heads.pointer, count: n + 1, rows: a, cols: d, tape.arcHeads.pointer)
        Kernel.affine(weights.labelDependent.at(p), weights.labelDependentBias.at(p), encoded.pointer, count: n, rows: l, cols: d, tape.labelDependents.pointer)
        Kernel.affine(weights.labelHead.at(p), weights.labelHeadBias.at(p), tape.heads.pointer, count: n + 1, rows: l, cols: d, tape.labelHeads.pointer)
        for buffer in [tape.arcDependents, tape.arcHeads, tape.labelDependents, tape.labelHeads] {
            for i in 0..<buffer.count where buffer[i] < 0 { buffer[i] = 0 }
        }
        Kernel.affine(weights.arcPair.at(p), nil, tape.arcHeads.pointer, count: n + 1, rows: a, cols: a, tape.pairs.pointer)
        for j in 0...n {
            let prior = Kernel.dot(weights.arcPrior.at(p), tape.arcHeads.pointer + j * a, a)
            for i in 0..<n {
                tape.scores[i * (n + 1) + j] = j == i + 1 ? -Float.infinity
                    : Kernel.dot(tape.arcDependents.pointer + i * a, tape.pairs.pointer + j * a, a) + prior
            }
        }
        return tape
    }

    /// The relation scores of word i (0-based) under head j (0 the root).
    static func labelScores(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, tape: ScorerTape, word i: Int, head j: Int,
                            into scores: UnsafeMutablePointer<Float>, features: UnsafeMutablePointer<Float>) {
        let l = weights.shape.labelWidth
        let dependent = tape.labelDependents.pointer + i * l, head = tape.labelHeads.pointer + j * l
        features.update(from: dependent, count: l)
        (features + l).update(from: head, count: l)
        for k in 0..<l { features[2 * l + k] = dependent[k] * head[k] }
        Kernel.affine(weights.label.at(p), weights.labelBias.at(p), features, count: 1, rows: weights.shape.labels, cols: 3 * l, scores)
    }

    /// The loss of the gold heads and relations (cross-entropy, summed over words), its
    /// gradients added to `grad`, and the gradient of the encoded words returned.
    static func backward(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, tape: ScorerTape, heads gold: [Int], labels: [Int],
                         grad: UnsafeMutablePointer<Float>) -> (loss: Float, dEncoded: FloatBuffer) {
        let shape = weights.shape, n = tape.count, d = shape.encoded, a = shape.arcWidth, l = shape.labelWidth, k = shape.labels
        var loss: Float = 0
        let dScores = FloatBuffer(n * (n + 1))
        for i in 0..<n {
            loss += softmaxGradient(tape.scores.pointer + i * (n + 1), count: n + 1, gold: gold[i], into: dScores.pointer + i * (n + 1))
        }
        let dArcDependents = FloatBuffer(n * a), dArcHeads = FloatBuffer((n + 1) * a), dPairs = FloatBuffer((n + 1) * a)
        for i in 0..<n {
            for j in 0...n where dScores[i * (n + 1) + j] != 0 {
                let g = dScores[i * (n + 1) + j]
                Kernel.axpy(g, tape.pairs.pointer + j * a, dArcDependents.pointer + i * a, a)
                Kernel.axpy(g, tape.arcDependents.pointer + i * a, dPairs.pointer + j * a, a)
                Kernel.axpy(g, weights.arcPrior.at(p), dArcHeads.pointer + j * a, a)
                Kernel.axpy(g, tape.arcHeads.pointer + j * a, weights.arcPrior.at(grad), a)
            }
        }
        Kernel.backInput(weights.arcPair.at(p), dPairs.pointer, count: n + 1, rows: a, cols: a, dArcHeads.pointer)
        Kernel.backWeights(dPairs.pointer, tape.arcHeads.pointer, count: n + 1, rows: a, cols: a, weights.arcPair.at(grad), nil)
        let dLabelDependents = FloatBuffer(n * l), dLabelHeads = FloatBuffer((n + 1) * l)
        let features = FloatBuffer(3 * l), scores = FloatBuffer(k), dLabel = FloatBuffer(k), dFeatures = FloatBuffer(3 * l)
        for i in 0..<n {
            let j = gold[i]
            labelScores(weights, p, tape: tape, word: i, head: j, into: scores.pointer, features: features.pointer)
            loss += softmaxGradient(scores.pointer, count: k, gold: labels[i], into: dLabel.pointer)
            Kernel.backWeights(dLabel.pointer, features.pointer, count: 1, rows: k, cols: 3 * l, weights.label.at(grad), weights.labelBias.at(grad))
            dFeatures.zero()
            Kernel.backInput(weights.label.at(p), dLabel.pointer, count: 1, rows: k, cols: 3 * l, dFeatures.pointer)
            let dependent = tape.labelDependents.pointer + i * l, head = tape.labelHeads.pointer + j * l
            for c in 0..<l {
                dLabelDependents[i * l + c] += dFeatures[c] + dFeatures[2 * l + c] * head[c]
                dLabelHeads[j * l + c] += dFeatures[l + c] + dFeatures[2 * l + c] * dependent[c]
            }
        }
        for (values, gradients) in [(tape.arcDependents, dArcDependents), (tape.arcHeads, dArcHeads),
                                    (tape.labelDependents, dLabelDependents), (tape.labelHeads, dLabelHeads)] {
            for i in 0..<values.count where values[i] <= 0 { gradients[i] = 0 }
        }
        let dEncoded = FloatBuffer(n * d), dHeads = FloatBuffer((n + 1) * d)
        let encoded = tape.heads.pointer + d
        for (w, b, dy, rows) in [(weights.arcDependent, weights.arcDependentBias, dArcDependents, a), (weights.labelDependent, weights.labelDependentBias, dLabelDependents, l)] {
            Kernel.backWeights(dy.pointer, encoded, count: n, rows: rows, cols: d, w.at(grad), b.at(grad))
            Kernel.backInput(w.at(p), dy.pointer, count: n, rows: rows, cols: d, dEncoded.pointer)
        }
        for (w, b, dy, rows) in [(weights.arcHead, weights.arcHeadBias, dArcHeads, a), (weights.labelHead, weights.labelHeadBias, dLabelHeads, l)] {
            Kernel.backWeights(dy.pointer, tape.heads.pointer, count: n + 1, rows: rows, cols: d, w.at(grad), b.at(grad))
            Kernel.backInput(w.at(p), dy.pointer, count: n + 1, rows: rows, cols: d, dHeads.pointer)
        }
        Kernel.axpy(1, dHeads.pointer, weights.root.at(grad), d)
        Kernel.axpy(1, dHeads.pointer + d, dEncoded.pointer, n * d)
        return (loss, dEncoded)
    }

    /// Softmax of `count` scores: writes probabilities minus the gold one-hot to `gradient`
    /// and returns −log p(gold).
    static func softmaxGradient(_ scores: UnsafePointer<Float>, count: Int, gold: Int, into gradient: UnsafeMutablePointer<Float>) -> Float {
        var top = -Float.infinity
        for j in 0..<count where scores[j] > top { top = scores[j] }
        var sum: Float = 0
        for j in 0..<count {
            gradient[j] = scores[j] == -Float.infinity ? 0 : expf(scores[j] - top)
            sum += gradient[j]
        }
        for j in 0..<count { gradient[j] /= sum }
        let loss = -logf(max(gradient[gold], 1e-30))
        gradient[gold] -= 1
        return loss
    }
}
