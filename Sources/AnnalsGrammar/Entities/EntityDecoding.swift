/// The best labels for a whole sentence (Viterbi): each label's score is its word's
/// features' votes plus the votes of features pairing it with the label before, and only
/// sequences that spell well-formed names are searched.
enum EntityDecoding {
    /// `score`: adds up a set of features' votes for every label.
    static func best(_ sentence: EntitySentence, rules: LabelRules, score: (_ features: [UInt64], _ scores: inout [Float]) -> Void) -> [Int] {
        let n = sentence.count, count = rules.opens.count
        guard n > 0 else { return [] }
        var features: [UInt64] = [], own = [Float](repeating: 0, count: count), paired = own
        var best = [Float](repeating: -.infinity, count: count), next = best
        var back = [[Int]](repeating: [Int](repeating: -1, count: count), count: n)
        for i in 0..<n {
            sentence.features(i, into: &features)
            score(features, &own)
            for y in 0..<count { next[y] = -.infinity }
            for p in (i == 0 ? [-1] : Array(0..<count)) where i == 0 || best[p] > -.infinity {
                sentence.features(i, previous: UInt64(p + 1), into: &features)
                score(features, &paired)
                let base = i == 0 ? 0 : best[p]
                for y in 0..<count where rules.allows(p < 0 ? nil : p, y) && !(i == n - 1 && rules.leavesOpen[y]) {
                    let total = base + paired[y] + own[y]
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
