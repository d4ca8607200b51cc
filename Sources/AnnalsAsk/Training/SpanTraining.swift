import Foundation
import AnnalsCore
public import AnnalsGrammar

/// Learns the span model's weights from questions made from treebank sentences
/// (``QuestionMaker``): each question's candidates are the phrases the ranker would weigh in
/// its sentence, the made answer's phrase the one to prefer; the weights maximise the
/// likelihood of that choice among them (a softmax over candidates, trained by stochastic
/// gradient descent with a decaying rate and a small L2 penalty).
public enum SpanTraining {
    /// One question: its candidates' features, and which candidate answers it.
    public struct Example: Sendable {
        public var candidates: [[(String, Double)]]
        public var gold: Int
        /// The kind of answer the question asks for ("thing", "reason" …).
        public var kind: String
        /// The question, and the sentence with its answer's phrase in brackets: for reading.
        public var text: String
    }

    /// A sentence as the ranker reads it at run time: its words parsed, each word's offsets in
    /// the sentence written with single spaces, and the words inside its dates.
    public static func reading(_ forms: [String], grammar: ReadingGrammar) -> (words: [Word], spans: [Range<Int>], dated: Set<Int>) {
        let words = grammar.annotate(forms)
        var spans: [Range<Int>] = [], at = 0
        for form in forms {
            let length = form.unicodeScalars.count
            spans.append(at..<(at + length))
            at += length + 1
        }
        let scalars = ScalarText(forms.joined(separator: " "))
        let structure = StructureAnalyzer(text: scalars, format: .plainText).analyze()
        let dates = DateExtractor().extract(from: scalars, structure: structure).filter { $0.kind.isCalendar }
        let dated = Set(spans.indices.filter { k in dates.contains { $0.range.start <= spans[k].lowerBound && spans[k].upperBound <= $0.range.end } })
        return (words, spans, dated)
    }

    /// The examples made from one sentence, and how many made questions found no candidate
    /// for their answer.
    public static func examples(_ forms: [String], grammar: ReadingGrammar, rewording: QuestionMaker.Rewording = .init(),
                                random: inout some RandomNumberGenerator) -> (examples: [Example], missed: Int) {
        let (words, spans, dated) = reading(forms, grammar: grammar)
        let ranker = SpanRanker(model: SpanModel(weights: [:]))
        var examples: [Example] = [], missed = 0
        let dates = dated.map { spans[$0] }
        for made in QuestionMaker.questions(from: words, dated: dated, rewording: rewording, using: &random) {
            let question = grammar.annotate(made.words)
            guard let cues = ranker.cues(question) else { missed += 1; continue }
            let candidates = ranker.candidates(cues, in: words, spans: spans, dates: dates)
            guard candidates.count > 1, let gold = candidates.firstIndex(where: { $0.head == made.answer }) else { missed += 1; continue }
            let range = candidates[gold].range
            let shown = spans.indices.map { k in
                (spans[k].lowerBound == range.lowerBound ? "[" : "") + forms[k] + (spans[k].upperBound == range.upperBound ? "]" : "")
            }
            examples.append(Example(candidates: candidates.map(\.features), gold: gold, kind: cues.wanted.name,
                                    text: made.words.joined(separator: " ") + "  ←  " + shown.joined(separator: " ")))
        }
        return (examples, missed)
    }

    /// The weights learned from `examples` in `epochs` passes over them, in an order drawn from
    /// `seed`; the `fixed` weights (by default the hand-set ones of `answer-words.txt`) stay as they are.
    public static func train(_ examples: [Example], epochs: Int, seed: UInt64, rate: Double = 0.1, penalty: Double = 1e-5,
                             fixed: [String: Double] = SpanModel.handSet, log: (String) -> Void = { _ in }) -> SpanModel {
        var weights = fixed
        var random = SeededGenerator(seed: seed)
        var order = Array(examples.indices)
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            let step = rate / Double(epoch)
            var loss = 0.0
            for index in order {
                let example = examples[index]
                let scores = example.candidates.map { features in features.reduce(0) { $0 + (weights[$1.0] ?? 0) * $1.1 } }
                let top = scores.max() ?? 0
                let exps = scores.map { exp($0 - top) }
                let total = exps.reduce(0, +)
                loss -= Foundation.log(max(exps[example.gold] / total, 1e-12))
                for (candidate, features) in example.candidates.enumerated() {
                    let gradient = (candidate == example.gold ? 1 : 0) - exps[candidate] / total
                    for (name, value) in features where fixed[name] == nil {
                        let old = weights[name] ?? 0
                        weights[name] = old + step * (gradient * value - penalty * old)
                    }
                }
            }
            log(String(format: "span model, epoch %d: mean loss %.4f", epoch, loss / Double(max(1, examples.count))))
        }
        return SpanModel(weights: weights)
    }

    /// The share of `examples` whose answer the model ranks first, overall and by kind of answer.
    public static func accuracy(_ model: SpanModel, on examples: [Example]) -> (overall: Double, byKind: [String: (right: Int, count: Int)]) {
        var byKind: [String: (right: Int, count: Int)] = [:], right = 0
        for example in examples {
            let scores = example.candidates.map(model.score)
            let best = scores.indices.max { scores[$0] < scores[$1] } ?? 0
            let hit = best == example.gold
            right += hit ? 1 : 0
            byKind[example.kind, default: (0, 0)].right += hit ? 1 : 0
            byKind[example.kind, default: (0, 0)].count += 1
        }
        return (Double(right) / Double(max(1, examples.count)), byKind)
    }
}
