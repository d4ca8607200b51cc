/// What the first LSTM layer's gates receive from each input, worked out once when the
/// parser is loaded: W·x is a sum over the parts of x (the word's vector, its tag's, its
/// ending's, its shape's), so each part's share is a table row to add instead of a product
/// to compute, for every tag, ending and shape and for the words met first in training
/// (the most common ones). Only rarer words' shares are computed as they come.
final class InputTables: @unchecked Sendable {
    /// Per direction: the rows of tags (with the bias), endings, shapes and common words, 4H wide.
    let tags: [FloatBuffer], suffixes: [FloatBuffer], shapes: [FloatBuffer], words: [FloatBuffer]
    /// The lexicon's entries' rows (none when the parser does not read them).
    let lexicals: [FloatBuffer]
    /// Per direction, the first layer's weights on the word's vector and on its affixes'
    /// vectors, one input column after another (4H wide each): a rarer word's or an affix's
    /// share is then a sum of whole rows scaled by its vector's values, not 4H short products.
    let wordColumns: [FloatBuffer], affixColumns: [FloatBuffer]
    let commonWords: Int

    init(_ weights: NeuralWeights, _ p: UnsafePointer<Float>, commonWords: Int) {
        let shape = weights.shape
        let common = min(commonWords, shape.words)
        self.commonWords = common
        let (left, right) = weights.lstm[0]
        func table(_ lstm: LSTMWeights, _ embedding: Tensor, column: Int, rows: Int, bias: Bool) -> FloatBuffer {
            let h4 = 4 * lstm.hidden, width = embedding.cols
            let out = FloatBuffer(rows * h4)
            for id in 0..<rows {
                let vector = embedding.at(p) + id * width, row = out.pointer + id * h4
                for g in 0..<h4 {
                    row[g] = Kernel.dot(lstm.w.at(p) + g * lstm.input + column, vector, width) + (bias ? lstm.b.at(p)[g] : 0)
                }
            }
            return out
        }
        let columns = (tag: shape.wordWidth, suffix: shape.wordWidth + shape.tagWidth, shape: shape.wordWidth + shape.tagWidth + shape.suffixWidth)
        tags = [left, right].map { table($0, weights.tag, column: columns.tag, rows: shape.tags, bias: true) }
        suffixes = [left, right].map { table($0, weights.suffix, column: columns.suffix, rows: shape.suffixes, bias: false) }
        shapes = [left, right].map { table($0, weights.wordShape, column: columns.shape, rows: shape.shapes, bias: false) }
        words = [left, right].map { table($0, weights.word, column: 0, rows: common, bias: false) }
        lexicals = shape.lexicals == 0 ? [] : [left, right].map {
            table($0, weights.lexical, column: columns.shape + shape.shapeWidth, rows: shape.lexicals, bias: false)
        }
        func columnsOf(_ lstm: LSTMWeights, from start: Int, count: Int) -> FloatBuffer {
            let h4 = 4 * lstm.hidden
            let out = FloatBuffer(count * h4)
            for c in 0..<count { for g in 0..<h4 { out.pointer[c * h4 + g] = lstm.w.at(p)[g * lstm.input + start + c] } }
            return out
        }
        wordColumns = [left, right].map { columnsOf($0, from: 0, count: shape.wordWidth) }
        affixColumns = [left, right].map { columnsOf($0, from: shape.inputWidth - shape.affixInputWidth, count: shape.affixInputWidth) }
    }

    /// Fills the gates' inputs (n × 4H) of one direction for a sentence.
    func fill(_ gates: UnsafeMutablePointer<Float>, direction: Int, sentence: NeuralSentence, weights: NeuralWeights, _ p: UnsafePointer<Float>) {
        let lstm = direction == 0 ? weights.lstm[0].0 : weights.lstm[0].1
        let h4 = 4 * lstm.hidden, width = weights.shape.wordWidth
        for t in 0..<sentence.count {
            let row = gates + t * h4
            row.update(from: tags[direction].pointer + Int(sentence.tags[t]) * h4, count: h4)
            Kernel.axpy(1, suffixes[direction].pointer + Int(sentence.suffixes[t]) * h4, row, h4)
            Kernel.axpy(1, shapes[direction].pointer + Int(sentence.shapes[t]) * h4, row, h4)
            if !lexicals.isEmpty { Kernel.axpy(1, lexicals[direction].pointer + Int(sentence.lexicals[t]) * h4, row, h4) }
            if weights.shape.affixes > 0 {
                let affixWidth = weights.shape.affixWidth
                for k in 0..<NeuralShape.affixKinds {
                    let vector = weights.affix.at(p) + Int(sentence.affixes[t * NeuralShape.affixKinds + k]) * affixWidth
                    Kernel.addColumns(affixColumns[direction].pointer + k * affixWidth * h4, vector, count: affixWidth, row, h4)
                }
            }
            let word = Int(sentence.words[t])
            if word < commonWords {
                Kernel.axpy(1, words[direction].pointer + word * h4, row, h4)
            } else {
                Kernel.addColumns(wordColumns[direction].pointer, weights.word.at(p) + word * width, count: width, row, h4)
            }
        }
    }

}
