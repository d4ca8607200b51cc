import Foundation

/// The weights of the answer finder's passage and candidate features
/// (``AnswerFinder/features(of:_:unmet:missesEveryone:in:)``, ``AnswerFinder/candidateFeatures(_:_:_:nearest:place:in:)``),
/// shipped as `Resources/answer-weights.txt` in the span model's format: a score is the
/// weighted sum of the features, so what each counts is data, not code.
struct AnswerWeights: Sendable {
    let weights: [String: Double]

    init(text: String) throws(SpanModel.FormatError) {
        do { weights = try SpanModel(text: text).weights } catch { throw SpanModel.FormatError(line: error.line, text: error.text, file: "answer-weights.txt") }
    }

    /// `start` plus each feature's value times its weight, summed in the features' order.
    func score(_ features: [(String, Double)], from start: Double = 0) -> Double {
        features.reduce(start) { sum, feature in
            guard let weight = weights[feature.0] else { preconditionFailure("answer-weights.txt does not weigh \"\(feature.0)\"") }
            return sum + weight * feature.1
        }
    }

    /// The least score of a passage that answers (`passage threshold` in the file).
    var threshold: Double {
        guard let threshold = weights[Self.thresholdName] else { preconditionFailure("answer-weights.txt gives no \"\(Self.thresholdName)\"") }
        return threshold
    }

    static let thresholdName = "passage threshold"

    /// Each feature that counts, as "name value×weight", for an explanation.
    func terms(_ features: [(String, Double)]) -> [String] {
        features.filter { $0.1 != 0 }.map { "\($0.0) \(String(format: "%.2f", $0.1))×\(weights[$0.0] ?? 0)" }
    }

    static let shipped: AnswerWeights = {
        guard let url = Bundle.module.url(forResource: "answer-weights", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("answer-weights.txt is missing from AnnalsAsk's resources")
        }
        do { return try AnswerWeights(text: text) } catch { preconditionFailure("\(error)") }
    }()
}
