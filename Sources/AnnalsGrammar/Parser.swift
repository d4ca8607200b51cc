/// What reads tagged words into a dependency tree: each word's head (1-based, 0 the
/// root) and relation (an index into `labels`).
public protocol DependencyParser: Sendable {
    /// The dependency relations, as Universal Dependencies writes them ("nsubj:pass").
    var labels: [String] { get }
    func parse(_ forms: [WordForm], tags: [Int]) -> (heads: [Int], labels: [Int])
    /// The words' tag classes (a parser that tags again gives its own; the others, those
    /// given), heads and relations.
    func analyse(_ forms: [WordForm], tags: [Int]) -> (tags: [Int], heads: [Int], labels: [Int])
}

extension DependencyParser {
    public func analyse(_ forms: [WordForm], tags: [Int]) -> (tags: [Int], heads: [Int], labels: [Int]) {
        let (heads, labels) = parse(forms, tags: tags)
        return (tags, heads, labels)
    }
}

/// Dependency parsing: a greedy arc-hybrid parser scoring each move with an averaged
/// perceptron over the configuration's features; labels are chosen with the move. Lifted
/// arcs marked in their labels are lowered afterwards, so trees may cross (``PseudoProjective``).
public struct Parser: DependencyParser {
    public let model: LinearModel
    /// The dependency relations, as Universal Dependencies writes them ("nsubj:pass").
    public let labels: [String]
    /// How many partial parses are kept at each step (1: greedy).
    public var beamWidth: Int
    let lifting: PseudoProjective

    public init(model: LinearModel, labels: [String], beamWidth: Int = 1) {
        self.model = model
        self.labels = labels
        self.beamWidth = beamWidth
        lifting = PseudoProjective(labels: labels)
    }

    /// Class 0 is SHIFT, 1…L are LEFT with each label, L + 1…2L RIGHT with each label.
    static func move(_ klass: Int, labelCount: Int) -> ArcHybrid.Move {
        klass == 0 ? .shift : klass <= labelCount ? .left(klass - 1) : .right(klass - 1 - labelCount)
    }

    static func klass(_ move: ArcHybrid.Move, labelCount: Int) -> Int {
        switch move {
        case .shift: 0
        case .left(let label): 1 + label
        case .right(let label): 1 + labelCount + label
        }
    }

    /// Each word's head (0 for the root) and relation (an index into `labels`).
    public func parse(_ forms: [WordForm], tags: [Int]) -> (heads: [Int], labels: [Int]) {
        let tokens = ParserFeatures.tokens(forms, tags: tags)
        var state = ArcHybrid(count: forms.count)
        var scores = [Float](repeating: 0, count: model.classCount)
        var features: [UInt64] = []
        if beamWidth > 1 {
            let search = BeamSearch(width: beamWidth, labelCount: labels.count)
            var beam = [BeamSearch.Item(state: state, score: 0, moves: [], isGold: false)]
            for _ in 0..<(2 * forms.count) {
                beam = search.step(beam, gold: nil) { state, scores in
                    ParserFeatures.extract(state, tokens, into: &features)
                    model.score(features, into: &scores)
                }
            }
            state = beam[0].state
        }
        while !state.isTerminal {
            ParserFeatures.extract(state, tokens, into: &features)
            model.score(features, into: &scores)
            state.apply(Self.bestAllowed(scores, state, labelCount: labels.count))
        }
        let root = forms.count + 1
        var heads = (1...max(forms.count, 1)).prefix(forms.count).map { state.heads[$0] == root ? 0 : state.heads[$0] }
        var labels = (1...max(forms.count, 1)).prefix(forms.count).map { state.labels[$0] }
        lifting.lower(heads: &heads, labels: &labels)
        return (heads, labels)
    }

    /// The best-scoring move the configuration allows.
    static func bestAllowed(_ scores: [Float], _ state: ArcHybrid, labelCount: Int) -> ArcHybrid.Move {
        var best = -1
        let canShift = state.allows(.shift), canLeft = state.allows(.left(0)), canRight = state.allows(.right(0))
        for k in scores.indices {
            let allowed = k == 0 ? canShift : k <= labelCount ? canLeft : canRight
            if allowed, best < 0 || scores[k] > scores[best] { best = k }
        }
        return move(best, labelCount: labelCount)
    }
}
