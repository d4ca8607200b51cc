public import Foundation

/// The neural parser in the grammar file: its shape, relations and vocabulary, and its
/// weights at eight bits each, one scale for every row of every matrix (a word's vector,
/// a gate's weights), which keeps a row's largest weight exact.
extension NeuralParser {
    public struct FormatError: Error, CustomStringConvertible {
        public var description: String
    }

    func sections() -> [(String, Data)] {
        var vocabulary: [UInt64: UInt64] = [:]
        for (key, id) in self.vocabulary { vocabulary[key] = UInt64(id) }
        return [
            ("neural.shape", ReadingGrammar.lines(shape.numbers.map(String.init))),
            ("neural.labels", ReadingGrammar.lines(labels)),
            ("neural.vocabulary", ReadingGrammar.pairs(vocabulary)),
            ("neural.weights", quantized()),
        ]
    }

    /// Whether the grammar file's sections hold a neural parser.
    static func isIn(_ sections: [String: Data]) -> Bool { sections["neural.weights"] != nil }

    init(sections: [String: Data]) throws(FormatError) {
        guard let shapeData = sections["neural.shape"], let labelData = sections["neural.labels"], let vocabularyData = sections["neural.vocabulary"],
              let weightData = sections["neural.weights"] else { throw FormatError(description: "the neural parser's sections are incomplete") }
        guard let shape = NeuralShape(numbers: ReadingGrammar.lines(shapeData).compactMap { Int($0) }) else {
            throw FormatError(description: "the neural parser's shape is not understood")
        }
        let labels = ReadingGrammar.lines(labelData)
        let vocabulary = ReadingGrammar.pairs(vocabularyData)
        guard labels.count == shape.labels, vocabulary.values.allSatisfy({ $0 < UInt64(shape.words) }) else {
            throw FormatError(description: "the neural parser's relations or words do not match its shape")
        }
        let weights = NeuralWeights(shape)
        let values = try Self.dequantized(weightData, weights.layout)
        self.init(shape: shape, values: values, vocabulary: vocabulary.mapValues { Int32($0) }, labels: labels)
        self = tabled()
    }

    /// Every row: its scale (a 32-bit float), then its weights as signed bytes.
    func quantized() -> Data {
        var out = [UInt8]()
        out.reserveCapacity(values.count + 4 * values.count / 8)
        for (tensor, _) in weights.layout.starts {
            for row in 0..<tensor.rows {
                let start = tensor.offset + row * tensor.cols
                let top = values[start..<(start + tensor.cols)].reduce(Float(0)) { max($0, abs($1)) }
                let scale = top / 127
                out.appendLittleEndian(scale.bitPattern)
                for k in start..<(start + tensor.cols) {
                    out.append(UInt8(bitPattern: scale == 0 ? 0 : Int8((values[k] / scale).rounded())))
                }
            }
        }
        return Data(out)
    }

    static func dequantized(_ data: Data, _ layout: TensorLayout) throws(FormatError) -> [Float] {
        let bytes = [UInt8](data)
        let expected = layout.starts.reduce(0) { $0 + $1.0.rows * (4 + $1.0.cols) }
        guard bytes.count == expected else {
            throw FormatError(description: "the neural parser's weights hold \(bytes.count) bytes, not \(expected)")
        }
        var values = [Float](repeating: 0, count: layout.count)
        var position = 0
        for (tensor, _) in layout.starts {
            for row in 0..<tensor.rows {
                var bits: UInt32 = 0
                for k in 0..<4 { bits |= UInt32(bytes[position + k]) << (8 * k) }
                position += 4
                let scale = Float(bitPattern: bits), start = tensor.offset + row * tensor.cols
                for k in 0..<tensor.cols { values[start + k] = scale * Float(Int8(bitPattern: bytes[position + k])) }
                position += tensor.cols
            }
        }
        return values
    }

    /// The parser alone, as a file of its own sections (for experiments).
    public func encoded() -> Data { ReadingGrammar.file(sections()) }

    public init(decoding data: Data) throws {
        let sections = try ReadingGrammar.sections(of: data)
        try self.init(sections: sections)
    }
}
