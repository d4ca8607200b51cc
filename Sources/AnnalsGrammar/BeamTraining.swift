/// Training the parser for beam search: the structured perceptron with max-violation
/// updates (Huang, Fayong and Guo 2012). The gold parse is followed beside the beam; where
/// the beam's best leads the gold prefix by most after the gold has fallen out of it, the
/// gold prefix is rewarded and the beam's best prefix penalised.
public enum BeamTraining {
    /// The gold moves of an example: attach as soon as it costs nothing, else shift.
    static func goldMoves(_ example: ParserTraining.Example) -> [ArcHybrid.Move] {
        var state = ArcHybrid(count: example.forms.count)
        var moves: [ArcHybrid.Move] = []
        while !state.isTerminal {
            let s0 = state.stack.last ?? 0
            let label = s0 > 0 ? example.labels[s0] : 0
            let candidates: [ArcHybrid.Move] = [.left(max(label, 0)), .right(max(label, 0)), .shift]
            guard let move = candidates.first(where: {
                state.allows($0) && state.cost($0, gold: example.heads, goldLabels: example.labels, children: example.children) == 0
            }) else { break }
            state.apply(move)
            moves.append(move)
        }
        return moves
    }

    public static func train(_ examples: [ParserTraining.Example], labels: [String], epochs: Int, width: Int, seed: UInt64,
                             log: (String) -> Void = { _ in }) -> Perceptron {
        let labelCount = labels.count
        let perceptron = Perceptron(classCount: 1 + 2 * labelCount)
        let search = BeamSearch(width: width, labelCount: labelCount)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt64] = []
        for epoch in 1...epochs {
            var exact = 0
            for e in Array(examples.indices).shuffled(using: &generator) {
                let example = examples[e]
                let gold = goldMoves(example)
                guard gold.count == 2 * example.forms.count else { continue }
                let tokens = ParserFeatures.tokens(example.forms, tags: example.tags)
                let score = { (state: ArcHybrid, scores: inout [Float]) in
                    ParserFeatures.extract(state, tokens, into: &features)
                    perceptron.score(features, into: &scores)
                }
                var beam = [BeamSearch.Item(state: ArcHybrid(count: example.forms.count), score: 0, moves: [], isGold: true)]
                var goldState = ArcHybrid(count: example.forms.count)
                var goldScore: Float = 0
                var scores = [Float](repeating: 0, count: perceptron.classCount)
                var worst: (violation: Float, moves: [ArcHybrid.Move], step: Int)?
                for (t, move) in gold.enumerated() {
                    beam = search.step(beam, gold: move, score: score)
                    score(goldState, &scores)
                    goldScore += scores[Parser.klass(move, labelCount: labelCount)]
                    goldState.apply(move)
                    let violation = beam[0].score - goldScore
                    if !beam.contains(where: \.isGold), violation >= (worst?.violation ?? 0) {
                        worst = (violation, beam[0].moves, t + 1)
                    }
                }
                if worst == nil, !beam[0].isGold { worst = (beam[0].score - goldScore, beam[0].moves, gold.count) }
                if let worst {
                    update(perceptron, example: example, tokens: tokens, moves: Array(gold.prefix(worst.step)), amount: 1, labelCount: labelCount)
                    update(perceptron, example: example, tokens: tokens, moves: worst.moves, amount: -1, labelCount: labelCount)
                } else {
                    exact += 1
                }
                perceptron.tick()
            }
            log("beam parser epoch \(epoch): \(TaggerTraining.percent(exact, examples.count)) of sentences parsed exactly, \(perceptron.featureCount) features")
        }
        return perceptron
    }

    /// Adds `amount` to the weight of each move of `moves` for the features of the configuration it was made in.
    static func update(_ perceptron: Perceptron, example: ParserTraining.Example, tokens: [ParserFeatures.Token], moves: [ArcHybrid.Move],
                       amount: Float, labelCount: Int) {
        var state = ArcHybrid(count: example.forms.count)
        var features: [UInt64] = []
        for move in moves {
            ParserFeatures.extract(state, tokens, into: &features)
            perceptron.add(features: features, label: Parser.klass(move, labelCount: labelCount), amount: amount)
            state.apply(move)
        }
    }
}
