/// The best labels for a whole sentence (Viterbi): each label's score is its word's
/// features' votes plus the votes of features pairing it with the label before, and only
/// sequences that spell well-formed names are searched.
enum EntityDecoding {
    /// `score`: adds up a set of features' votes for every label; `pairs`: the votes of the
    /// few-valued pair features kept from word to word (only while the weights stay fixed).
    static func best(_ sentence: EntitySentence, rules: LabelRules, pairs: PairVotes? = nil,
                     score: (_ features: [UInt64], _ scores: inout [Float]) -> Void) -> [Int] {
        let n = sentence.count, count = rules.opens.count
        guard n > 0 else { return [] }
        var features: [UInt64] = [], own = [Float](repeating: 0, count: count), paired = own
        var best = [Float](repeating: -.infinity, count: count), next = best
        var back = [[Int]](repeating: [Int](repeating: -1, count: count), count: n)
        let start = [-1], everyLabel = Array(0..<count)
        for i in 0..<n {
            sentence.features(i, into: &features)
            score(features, &own)
            for y in 0..<count { next[y] = -.infinity }
            let values = sentence.pairValues(i)
            let kept = pairs.map { pairs in values.filter { EntitySentence.isFewValued($0.template) }.map { pairs.row($0, score: score) } } ?? []
            for p in i == 0 ? start : everyLabel where i == 0 || best[p] > -.infinity {
                if pairs == nil {
                    sentence.features(i, previous: UInt64(p + 1), into: &features)
                } else {
                    features.removeAll(keepingCapacity: true)
                    for (template, value) in values where !EntitySentence.isFewValued(template) {
                        features.append(FeatureHash.feature(template, UInt64(p + 1), value))
                    }
                }
                score(features, &paired)
                let base = i == 0 ? 0 : best[p], offset = (p + 1) * count
                for y in rules.successors[p + 1] where !(i == n - 1 && rules.leavesOpen[y]) {
                    var total = base + paired[y] + own[y]
                    for row in kept { total += row[offset + y] }
                    if total > next[y] { next[y] = total; back[i][y] = p }
                }
            }
            swap(&best, &next)
        }
        var y = 0
        for k in 1..<count where best[k] > best[y] { y = k }
        var labels = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            labels[i] = y
            y = back[i][y]
        }
        return labels
    }

    /// A structured perceptron's step: where the guessed labels differ from the gold ones,
    /// the gold path's features are rewarded and the guessed path's penalised.
    static func learn(_ perceptron: Perceptron, _ sentence: EntitySentence, gold: [Int], guess: [Int]) {
        var features: [UInt64] = []
        for i in 0..<sentence.count {
            let (g0, y0) = (i == 0 ? -1 : gold[i - 1], i == 0 ? -1 : guess[i - 1])
            if gold[i] != guess[i] {
                sentence.features(i, into: &features)
                perceptron.add(features: features, label: gold[i], amount: 1)
                perceptron.add(features: features, label: guess[i], amount: -1)
            }
            if gold[i] != guess[i] || g0 != y0 {
                sentence.features(i, previous: UInt64(g0 + 1), into: &features)
                perceptron.add(features: features, label: gold[i], amount: 1)
                sentence.features(i, previous: UInt64(y0 + 1), into: &features)
                perceptron.add(features: features, label: guess[i], amount: -1)
            }
        }
    }
}

/// The votes of the pair features whose word values are few (a tag, a relation, a shape),
/// for every previous label and label, worked out the first time a value is met and kept
/// for the rest of a document: a word then costs a lookup a previous label for its form only.
final class PairVotes {
    private var rows: [UInt64: [Float]] = [:]
    let labels: Int

    init(labels: Int) { self.labels = labels }

    /// (previous label + 1) × label votes of one template's value.
    func row(_ pair: (template: UInt64, value: UInt64), score: (_ features: [UInt64], _ scores: inout [Float]) -> Void) -> [Float] {
        let key = FeatureHash.mix(pair.template, pair.value)
        if let row = rows[key] { return row }
        var row = [Float](repeating: 0, count: (labels + 1) * labels), scores = [Float](repeating: 0, count: labels)
        for previous in 0...labels {
            score([FeatureHash.feature(pair.template, UInt64(previous), pair.value)], &scores)
            for y in 0..<labels { row[previous * labels + y] = scores[y] }
        }
        rows[key] = row
        return row
    }
}
