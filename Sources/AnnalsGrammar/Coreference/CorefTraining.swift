import Foundation

/// Training the coreference model: an averaged perceptron that ranks each mention's
/// candidates (``CorefDecoding``), on documents whose coreference chains are known
/// (GUM's entity layer), each read with the reading grammar's own analysis so that the
/// mentions, tags and trees are those it will see in use; the epoch kept that decides
/// best on held-out documents.
public enum CorefTraining {
    public struct Document: Sendable {
        /// The grammar's analysis of each sentence.
        public var sentences: [[Word]]
        /// The entity recognizer's names in each sentence.
        public var names: [[NamedSpan]]?
        /// The gold entity of each gold mention, by sentence and head word.
        public var entities: [SentenceWord: Int]

        /// `gold`: the treebank's own sentences (the same words), whose MISC column holds the chains.
        public init(sentences: [[Word]], names: [[NamedSpan]]?, gold: [ParsedSentence]) {
            self.sentences = sentences
            self.names = names
            var numbers: [String: Int] = [:], entities: [SentenceWord: Int] = [:]
            for (s, sentence) in gold.enumerated() {
                // Outer mentions first, so a head shared by nested mentions keeps the widest one's entity.
                for mention in TreebankNames.mentions(sentence) {
                    guard let head = TreebankNames.head(of: mention, in: sentence.words) else { continue }
                    let key = SentenceWord(sentence: s, word: head)
                    guard entities[key] == nil else { continue }
                    let number = numbers[mention.id] ?? numbers.count
                    numbers[mention.id] = number
                    entities[key] = number
                }
            }
            self.entities = entities
        }

        func gold(_ mentions: [CorefMention]) -> [Int?] {
            mentions.map { entities[SentenceWord(sentence: $0.sentence, word: $0.head)] }
        }
    }

    public struct SentenceWord: Hashable, Sendable {
        public var sentence: Int
        public var word: Int
    }

    public static func train(_ documents: [Document], dev: [Document], words: CorefWords, epochs: Int, seed: UInt64,
                             manifest: (Int, CorefScore) -> String, log: (String) -> Void = { _ in }) -> CoreferenceResolver {
        let finder = MentionFinder(words: words)
        let prepared = documents.map { document in
            let mentions = finder.mentions(document.sentences, names: document.names)
            return (mentions: mentions, gold: document.gold(mentions))
        }
        let perceptron = Perceptron(classCount: 1)
        var scores = [Float](repeating: 0, count: 1)
        var generator = SeededGenerator(seed: seed)
        var order = Array(prepared.indices)
        var best: (model: LinearModel, score: CorefScore, epoch: Int)?
        for epoch in 1...epochs {
            order.shuffle(using: &generator)
            var seen = CorefScore()
            for d in order {
                let outcome = CorefDecoding.resolve(prepared[d].mentions, score: { features in
                    perceptron.score(features, into: &scores)
                    return scores[0]
                }, gold: prepared[d].gold, learn: { truth, guess in
                    perceptron.add(features: truth, label: 0, amount: 1)
                    perceptron.add(features: guess, label: 0, amount: -1)
                    perceptron.tick()
                })
                perceptron.tick()
                seen.add(outcome)
            }
            let model = perceptron.averaged()
            let score = dev.isEmpty ? seen : CorefScore.of(CoreferenceResolver(model: model, words: words, manifest: ""), dev)
            log("coreference epoch \(epoch): training \(seen.summary); dev \(score.summary)")
            if best == nil || score.accuracy > best!.score.accuracy || dev.isEmpty { best = (model, score, epoch) }
        }
        return CoreferenceResolver(model: best!.model, words: words, manifest: manifest(best!.epoch, best!.score))
    }
}

/// How often the model decides right: a mention linked to an earlier mention of its
/// entity, or starting a new one when it has none (or is no mention in the gold).
public struct CorefScore: Sendable {
    public var decisions = 0, right = 0, pronouns = 0, pronounsRight = 0, named = 0, namedRight = 0

    public init() {}

    public static func of(_ resolver: CoreferenceResolver, _ documents: [CorefTraining.Document]) -> CorefScore {
        var score = CorefScore()
        var scores = [Float](repeating: 0, count: 1)
        for document in documents {
            let mentions = resolver.finder.mentions(document.sentences, names: document.names)
            score.add(CorefDecoding.resolve(mentions, score: { features in
                resolver.model.score(features, into: &scores)
                return scores[0]
            }, gold: document.gold(mentions)))
        }
        return score
    }

    mutating func add(_ outcome: CorefDecoding.Outcome) {
        var score = CorefScore()
        (score.decisions, score.right, score.pronouns) = (outcome.decisions, outcome.right, outcome.pronounDecisions)
        (score.pronounsRight, score.named, score.namedRight) = (outcome.pronounRight, outcome.namedDecisions, outcome.namedRight)
        add(score)
    }

    public mutating func add(_ other: CorefScore) {
        decisions += other.decisions
        right += other.right
        pronouns += other.pronouns
        pronounsRight += other.pronounsRight
        named += other.named
        namedRight += other.namedRight
    }

    public var accuracy: Double { decisions > 0 ? 100 * Double(right) / Double(decisions) : 0 }
    public var pronounAccuracy: Double { pronouns > 0 ? 100 * Double(pronounsRight) / Double(pronouns) : 0 }
    public var namedAccuracy: Double { named > 0 ? 100 * Double(namedRight) / Double(named) : 0 }

    /// "decisions 87.10% right (12345); pronouns 71.00% (2345); to a name 60.00% (1234)".
    public var summary: String {
        String(format: "decisions %.2f%% right (%d); pronouns %.2f%% (%d); to a name %.2f%% (%d)", accuracy, decisions, pronounAccuracy, pronouns,
               namedAccuracy, named)
    }
}
