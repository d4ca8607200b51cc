/// Training the parser with a dynamic oracle (Goldberg and Nivre 2012, 2013): at every
/// configuration the perceptron is taught the best-scoring move that loses no more of the
/// gold tree than any other, and after the first epoch the parser mostly follows its own
/// predictions, so that it learns to recover from its mistakes.
public enum ParserTraining {
    public struct Example {
        var forms: [WordForm]
        var tags: [Int]
        /// Gold heads by word, 1-based (index 0 unused), the root as count + 1; projectivized.
        var heads: [Int]
        var labels: [Int]
        var children: [[Int]]
    }

    /// Examples from treebank sentences, with the tags the parser will read (predicted ones
    /// at training time make it robust to tagging errors).
    /// A lifted arc keeps its mark when `labels` has the marked relation (frequent enough
    /// to learn, see ``labels(_:minimumLifted:)``), else it is learnt lifted and plain.
    public static func examples(_ sentences: [ParsedSentence], tags: [[Int]], labels: [String]) -> [Example] {
        let number = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        return zip(sentences, tags).compactMap { sentence, tags in
            let n = sentence.words.count
            guard n > 0, sentence.words.allSatisfy({ $0.head != nil }) else { return nil }
            let lifted = Projectivity.lifted([-1] + sentence.words.map { $0.head! }, labels: [""] + sentence.words.map(\.deprel))
            let heads = lifted.heads.enumerated().map { $0.offset == 0 ? -1 : ($0.element == 0 ? n + 1 : $0.element) }
            var children = [[Int]](repeating: [], count: n + 2)
            for d in 1...n { children[heads[d]].append(d) }
            let goldLabels = [-1] + lifted.labels.dropFirst().map { number[$0] ?? number[PseudoProjective.base($0)] ?? 0 } + [-1]
            return Example(forms: sentence.words.map { WordForm($0.form) }, tags: tags, heads: heads + [-1], labels: goldLabels, children: children)
        }
    }

    /// The relations to learn: every one in the treebanks, and each lifted arc's marked
    /// relation seen at least `minimumLifted` times.
    public static func labels(_ sentences: [ParsedSentence], minimumLifted: Int) -> [String] {
        var plain = Set<String>(), marked: [String: Int] = [:]
        for sentence in sentences where !sentence.words.isEmpty && sentence.words.allSatisfy({ $0.head != nil }) {
            plain.formUnion(sentence.words.map(\.deprel))
            let lifted = Projectivity.lifted([-1] + sentence.words.map { $0.head! }, labels: [""] + sentence.words.map(\.deprel))
            for label in lifted.labels where label.contains(PseudoProjective.mark) { marked[label, default: 0] += 1 }
        }
        return (plain.union(marked.filter { $0.value >= minimumLifted }.keys)).sorted()
    }

    /// The trained perceptron, to be frozen (pruned) by the caller: `parser(from:labels:threshold:)`.
    public static func train(_ examples: [Example], labels: [String], epochs: Int, seed: UInt64, log: (String) -> Void = { _ in }) -> Perceptron {
        let labelCount = labels.count
        let perceptron = Perceptron(classCount: 1 + 2 * labelCount)
        var generator = SeededGenerator(seed: seed)
        var scores = [Float](repeating: 0, count: perceptron.classCount)
        var features: [UInt64] = []
        for epoch in 1...epochs {
            var right = 0, total = 0
            let explore = epoch > 1
            for e in Array(examples.indices).shuffled(using: &generator) {
                let example = examples[e]
                let tokens = ParserFeatures.tokens(example.forms, tags: example.tags)
                var state = ArcHybrid(count: example.forms.count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, tokens, into: &features)
                    perceptron.score(features, into: &scores)
                    let predicted = Parser.bestAllowed(scores, state, labelCount: labelCount)
                    let (gold, predictedCost) = bestGold(scores, state, example, labelCount: labelCount, predicted: predicted)
                    let goldClass = Parser.klass(gold, labelCount: labelCount), predictedClass = Parser.klass(predicted, labelCount: labelCount)
                    if predictedCost > 0 {
                        perceptron.update(truth: goldClass, guess: predictedClass, features: features)
                    } else {
                        right += 1
                    }
                    perceptron.tick()
                    total += 1
                    let follow = explore && predictedCost > 0 && Double.random(in: 0..<1, using: &generator) < 0.9
                    state.apply(follow ? predicted : (predictedCost == 0 ? predicted : gold))
                }
            }
            log("parser epoch \(epoch): \(TaggerTraining.percent(right, total)) of moves right, \(perceptron.featureCount) features")
        }
        return perceptron
    }

    /// The best-scoring move of least cost, and the cost of the predicted move above that least.
    static func bestGold(_ scores: [Float], _ state: ArcHybrid, _ example: Example, labelCount: Int,
                         predicted: ArcHybrid.Move) -> (ArcHybrid.Move, Int) {
        var best: ArcHybrid.Move?
        var bestScore = -Float.infinity
        var least = Int.max
        var costs: [Int: Int] = [:]
        for k in 0..<(1 + 2 * labelCount) {
            let move = Parser.move(k, labelCount: labelCount)
            guard state.allows(move) else { continue }
            let cost = state.cost(move, gold: example.heads, goldLabels: example.labels, children: example.children)
            costs[k] = cost
            if cost < least || (cost == least && scores[k] > bestScore) {
                least = cost
                best = move
                bestScore = scores[k]
            }
        }
        let predictedCost = (costs[Parser.klass(predicted, labelCount: labelCount)] ?? least) - least
        return (best!, predictedCost)
    }
}
