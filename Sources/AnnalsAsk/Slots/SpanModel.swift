import Foundation

/// The weights of the answer-span ranker's features (``SpanRanker/features(_:kind:inside:named:cues:anchors:tree:in:)``),
/// learned from questions made from treebank sentences (`scripts/train --answers`) and shipped
/// as `Resources/span-model.txt`: comment lines, then one feature and its weight a line,
/// separated by a tab. A feature the file does not weigh counts nothing.
public struct SpanModel: Sendable {
    public var weights: [String: Double]
    /// The file's comment lines: how the model was trained and how it scored.
    public var manifest: [String]

    public init(weights: [String: Double], manifest: [String] = []) {
        self.weights = weights
        self.manifest = manifest
    }

    /// A model read from the text of its file; it throws at the first line that is neither a comment nor a feature and its weight.
    public init(text: String) throws(FormatError) {
        var weights: [String: Double] = [:], manifest: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            if line.hasPrefix("#") {
                manifest.append(String(line.dropFirst().drop { $0 == " " }))
                continue
            }
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let weight = Double(parts[1]) else { throw FormatError(line: number + 1, text: String(line)) }
            weights[String(parts[0])] = weight
        }
        self.init(weights: weights, manifest: manifest)
    }

    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var text: String
        /// The file's name, for the message.
        public var file = "span-model.txt"
        public var description: String { "\(file), line \(line): not a feature, a tab and a weight: \(text)" }
    }

    /// The model's file: the manifest as comments, then the features by name.
    public var text: String {
        manifest.map { "# " + $0 + "\n" }.joined()
            + weights.filter { abs($0.value) >= 0.00005 }.sorted { $0.key < $1.key }.map { "\($0.key)\t\(String(format: "%.4f", $0.value))\n" }.joined()
    }

    /// The weighted sum of a phrase's features.
    public func score(_ features: [(String, Double)]) -> Double {
        features.reduce(0) { $0 + (weights[$1.0] ?? 0) * $1.1 }
    }

    /// The hand-set weights (`[weights]` in `answer-words.txt`), which training keeps fixed.
    public static var handSet: [String: Double] { AnswerWords.shipped.fixedWeights }

    /// The model shipped with Annals.
    public static let shipped: SpanModel = {
        guard let url = Bundle.module.url(forResource: "span-model", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("span-model.txt is missing from AnnalsAsk's resources")
        }
        do { return try SpanModel(text: text) } catch { preconditionFailure("\(error)") }
    }()
}
