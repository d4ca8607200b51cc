import Foundation

/// Training the entity recognizer: an averaged perceptron over sentences whose names are
/// known (``TreebankNames``), each read with the reading grammar's own analysis (the tags
/// and tree it will see in use), the epoch kept that scores best on held-out sentences.
public enum EntityTraining {
    public struct Example: Sendable {
        /// The grammar's analysis of the sentence's words.
        public var words: [Word]
        /// The names in it.
        public var names: [NamedSpan]
        /// Which document it is from: a document's sentences are read in order.
        public var document: Int
        public init(words: [Word], names: [NamedSpan], document: Int) {
            self.words = words
            self.names = names
            self.document = document
        }
    }

    /// `runs` recognizers trained alike but each reading the documents in its own order
    /// (seeds `seed`, `seed + 1`, …), each at the epoch that scores best on `dev` (the
    /// last without it), joined into one by ``LinearModel/mean(_:)``. `manifest` is handed
    /// the epochs chosen and the joined model's score on `dev`.
    /// `hiding`: the share of GeoNames' places in the gazetteer that each epoch reads as
    /// unknown (a model that always sees them learns that a place is a name the gazetteer
    /// has, and misreads the towns it lacks).
    public static func train(_ examples: [Example], dev: [Example], gazetteer: Gazetteer, epochs: Int, seed: UInt64, runs: Int = 1,
                             hiding: Double = 0, manifest: ([Int], EntityScore) -> String, log: (String) -> Void = { _ in }) -> EntityRecognizer {
        let kinds = Set(examples.flatMap { $0.names.map(\.kind) }).sorted()
        let labels = [NameCoding.outside] + kinds.flatMap { kind in ["B", "I", "L", "U"].map { "\($0) \(kind)" } }
        var models: [LinearModel] = [], chosen: [Int] = []
        for run in 0..<max(1, runs) {
            let one = trainOne(examples, dev: dev, labels: labels, gazetteer: gazetteer, epochs: epochs, seed: seed &+ UInt64(run),
                               hiding: hiding, log: log)
            models.append(one.model)
            chosen.append(one.epoch)
        }
        let joined = EntityRecognizer(labels: labels, model: LinearModel.mean(models), gazetteer: gazetteer, manifest: "", fingerprint: "")
        let score = dev.isEmpty ? EntityScore() : EntityScore.of(joined, dev)
        if runs > 1, !dev.isEmpty { log("entities: the mean of \(runs) runs (epochs \(chosen.map(String.init).joined(separator: ", "))): dev " + score.summary) }
        return EntityRecognizer(labels: labels, model: joined.model, gazetteer: gazetteer, manifest: manifest(chosen, score))
    }

    /// One averaged perceptron, documents shuffled by `seed` each epoch; the epoch's model that reads `dev` best.
    static func trainOne(_ examples: [Example], dev: [Example], labels: [String], gazetteer: Gazetteer, epochs: Int, seed: UInt64,
                         hiding: Double, log: (String) -> Void) -> (model: LinearModel, epoch: Int) {
        let number = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var sentences = examples.map { EntitySentence($0.words, gazetteer: gazetteer) }
        let covers = sentences.map(\.cover)
        var hider = SeededGenerator(seed: seed ^ 0x6869_6465)
        let gold = examples.map { NameCoding.labels($0.names, count: $0.words.count).map { number[$0]! } }
        let perceptron = Perceptron(classCount: labels.count), rules = LabelRules(labels)
        var generator = SeededGenerator(seed: seed)
        var best: (model: LinearModel, score: EntityScore, epoch: Int)?
        var documents = Dictionary(grouping: examples.indices, by: { examples[$0].document }).values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        for epoch in 1...epochs {
            documents.shuffle(using: &generator)
            var wrong = 0, total = 0
            for document in documents {
                var history = NameHistory()
                for s in document {
                    if hiding > 0 { sentences[s].cover = hide(covers[s], share: hiding, using: &hider) }
                    sentences[s].history = history.summary(examples[s].words)
                    let guess = learn(perceptron, sentences[s], gold[s], rules: rules)
                    history.add(examples[s].words, NameCoding.spans(guess.map { labels[$0] }))
                    wrong += zip(guess, gold[s]).filter { $0 != $1 }.count
                    total += gold[s].count
                }
            }
            // Without held-out sentences the last epoch is kept.
            if dev.isEmpty {
                if epoch == epochs { best = (perceptron.averaged(), EntityScore(), epoch) }
                continue
            }
            let model = perceptron.averaged()
            let score = EntityScore.of(EntityRecognizer(labels: labels, model: model, gazetteer: gazetteer, manifest: "", fingerprint: ""), dev)
            log("entities epoch \(epoch) (seed \(seed)): \(wrong) of \(total) training labels wrong; dev " + score.summary)
            if best == nil || score.f1 > best!.score.f1 { best = (model, score, epoch) }
        }
        return (best!.model, best!.epoch)
    }

    /// `cover` with each of GeoNames' places it marks (a run from a first word to a last,
    /// or one word alone) unmarked as such with probability `share` (what WordNet says of
    /// the name stays).
    static func hide(_ cover: [(place: Int, mark: UInt32)], share: Double, using generator: inout SeededGenerator) -> [(place: Int, mark: UInt32)] {
        var out = cover, hidden = false
        for k in cover.indices where cover[k].mark & Gazetteer.geoNamesBit != 0 {
            if cover[k].place == 1 || cover[k].place == 4 { hidden = Double.random(in: 0..<1, using: &generator) < share }
            guard hidden else { continue }
            let rest = cover[k].mark & ~Gazetteer.geoNamesBit
            out[k] = rest == 0 ? (0, 0) : (cover[k].place, rest)
        }
        return out
    }

    /// One sentence read with the current weights, the weights moved where it was misread;
    /// what was read.
    static func learn(_ perceptron: Perceptron, _ sentence: EntitySentence, _ gold: [Int], rules: LabelRules) -> [Int] {
        let guess = EntityDecoding.best(sentence, rules: rules) { features, scores in perceptron.score(features, into: &scores) }
        if guess != gold { EntityDecoding.learn(perceptron, sentence, gold: gold, guess: guess) }
        perceptron.tick()
        return guess
    }
}

/// Names found against names known: exact spans and kinds, by kind and over all.
public struct EntityScore: Sendable {
    public var gold: [String: Int] = [:], found: [String: Int] = [:], right: [String: Int] = [:]

    public init() {}

    public static func of(_ recognizer: EntityRecognizer, _ examples: [EntityTraining.Example]) -> EntityScore {
        var score = EntityScore()
        for document in Dictionary(grouping: examples, by: \.document).values {
            for (example, found) in zip(document, recognizer.names(inDocument: document.map(\.words))) { score.add(gold: example.names, found: found) }
        }
        return score
    }

    public mutating func add(_ other: EntityScore) {
        for (kind, n) in other.gold { gold[kind, default: 0] += n }
        for (kind, n) in other.found { found[kind, default: 0] += n }
        for (kind, n) in other.right { right[kind, default: 0] += n }
    }

    public mutating func add(gold known: [NamedSpan], found names: [NamedSpan]) {
        for name in known { gold[name.kind, default: 0] += 1 }
        for name in names { found[name.kind, default: 0] += 1 }
        for name in Set(known).intersection(names) { right[name.kind, default: 0] += 1 }
    }

    public func precision(_ kind: String? = nil) -> Double { Self.ratio(count(right, kind), count(found, kind)) }
    public func recall(_ kind: String? = nil) -> Double { Self.ratio(count(right, kind), count(gold, kind)) }
    public func f1(_ kind: String? = nil) -> Double {
        let (p, r) = (precision(kind), recall(kind))
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
    public var f1: Double { f1(nil) }

    func count(_ table: [String: Int], _ kind: String?) -> Int { kind.map { table[$0] ?? 0 } ?? table.values.reduce(0, +) }
    static func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? 100 * Double(a) / Double(b) : 0 }

    /// "P 81.2 R 77.0 F1 79.0 (1,234 names)".
    public var summary: String { Self.line(precision(), recall(), f1, count(gold, nil)) }

    /// One line a kind, the most common first, then all together.
    public var table: String {
        let kinds = gold.keys.sorted { (gold[$0]!, $1) > (gold[$1]!, $0) }
        return (kinds.map { kind in kind.padding(toLength: 14, withPad: " ", startingAt: 0) + Self.line(precision(kind), recall(kind), f1(kind), gold[kind]!) }
            + ["all".padding(toLength: 14, withPad: " ", startingAt: 0) + summary]).joined(separator: "\n")
    }

    static func line(_ p: Double, _ r: Double, _ f: Double, _ n: Int) -> String {
        String(format: "P %5.1f  R %5.1f  F1 %5.1f  (%d names)", p, r, f, n)
    }
}
