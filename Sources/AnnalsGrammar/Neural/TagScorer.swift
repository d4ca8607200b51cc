import Foundation

/// Tagging again from the encoder: each word's tag class by a softmax over one layer's
/// outputs, which have read the whole sentence both ways and the first tagger's guess.
/// Trained with the parser (its loss added to theirs), it corrects the first tagger where
/// the sentence's context says otherwise.
enum TagScorer {
    /// Each word's class scores (n × classes), from the layer's outputs (n × 2H).
    static func scores(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, layer: FloatBuffer) -> FloatBuffer {
        let shape = weights.shape, n = layer.count / shape.encoded
        let scores = FloatBuffer(n * shape.tags)
        Kernel.affine(weights.tagOutput.at(p), weights.tagBias.at(p), layer.pointer, count: n, rows: shape.tags, cols: shape.encoded, scores.pointer)
        return scores
    }

    /// The best class of each word, or, given each class's group (its UPOS), the best class of
    /// the group with the most probability altogether: a word torn between "NOUN NN" and
    /// "NOUN NNP" against "PROPN NNP" is a noun if the two nouns outweigh the proper noun.
    static func best(_ scores: FloatBuffer, classes: Int, groups: [Int]) -> [Int] {
        guard groups.count == classes, let top = groups.max() else { return best(scores, classes: classes) }
        var mass = [Float](repeating: 0, count: top + 1)
        return (0..<(scores.count / classes)).map { i in
            let row = scores.pointer + i * classes
            var high = row[0]
            for k in 1..<classes where row[k] > high { high = row[k] }
            for g in mass.indices { mass[g] = 0 }
            for k in 0..<classes { mass[groups[k]] += expf(row[k] - high) }
            var group = 0
            for g in mass.indices where mass[g] > mass[group] { group = g }
            var best = -1
            for k in 0..<classes where groups[k] == group && (best < 0 || row[k] > row[best]) { best = k }
            return best
        }
    }

    /// The best class of each word.
    static func best(_ scores: FloatBuffer, classes: Int) -> [Int] {
        (0..<(scores.count / classes)).map { i in
            let row = scores.pointer + i * classes
            var best = 0
            for k in 1..<classes where row[k] > row[best] { best = k }
            return best
        }
    }

    /// The loss of the gold classes (cross-entropy, summed over words, times `weight`), its
    /// gradients added to `grad`, and the gradient of the layer's outputs returned.
    static func backward(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, layer: FloatBuffer, scores: FloatBuffer, gold: [Int],
                         weight: Float = 1, grad: UnsafeMutablePointer<Float>) -> (loss: Float, dLayer: FloatBuffer) {
        let shape = weights.shape, n = gold.count, k = shape.tags
        let dScores = FloatBuffer(n * k)
        var loss: Float = 0
        for i in 0..<n {
            loss += weight * ArcScorer.softmaxGradient(scores.pointer + i * k, count: k, gold: gold[i], into: dScores.pointer + i * k)
        }
        if weight != 1 { for i in 0..<dScores.count { dScores[i] *= weight } }
        Kernel.backWeights(dScores.pointer, layer.pointer, count: n, rows: k, cols: shape.encoded, weights.tagOutput.at(grad), weights.tagBias.at(grad))
        let dLayer = FloatBuffer(n * shape.encoded)
        Kernel.backInput(weights.tagOutput.at(p), dScores.pointer, count: n, rows: k, cols: shape.encoded, dLayer.pointer)
        return (loss, dLayer)
    }
}

/// One sentence's loss for training: the gold tree's, plus the gold tag classes' when the
/// parser tags too; its gradient added to `grad` when given.
enum NeuralLoss {
    struct Gold {
        /// Heads (0 the root), relation numbers, tag class numbers (empty: not tagging).
        var heads: [Int]
        var labels: [Int]
        var classes: [Int]
    }

    static func sentence(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, _ sentence: NeuralSentence, gold: Gold, dropout: Float,
                         generator: inout SeededGenerator, tagWeight: Float = 1, grad: UnsafeMutablePointer<Float>?) -> Float {
        let encoded = Encoder.forward(weights, p, sentence, dropout: dropout, generator: &generator)
        let tape = ArcScorer.forward(weights, p, encoded: encoded.output)
        let sink = grad ?? UnsafeMutablePointer<Float>.allocate(capacity: weights.count)
        defer { if grad == nil { sink.deallocate() } }
        if grad == nil { sink.initialize(repeating: 0, count: weights.count) }
        var (loss, dEncoded) = ArcScorer.backward(weights, p, tape: tape, heads: gold.heads, labels: gold.labels, grad: sink)
        var extra: (layer: Int, gradient: FloatBuffer)?
        let tagLayer = weights.shape.tagLayer
        if tagLayer > 0, gold.classes.count == sentence.count {
            let layer = encoded.layer(tagLayer)
            let (tagLoss, dLayer) = TagScorer.backward(weights, p, layer: layer, scores: TagScorer.scores(weights, p, layer: layer),
                                                       gold: gold.classes, weight: tagWeight, grad: sink)
            loss += tagLoss
            extra = (tagLayer, dLayer)
        }
        if grad != nil { Encoder.backward(weights, p, sentence, tape: encoded, dOutput: dEncoded, extra: extra, grad: sink) }
        return loss
    }
}
