import Foundation

/// Training the neural parser on treebank sentences: Adam over mini-batches of sentences,
/// the two halves of each batch on two cores (each into its own gradient, summed in a fixed
/// order, so a seed always gives the same model), dropout on every layer's input, and rare
/// words sometimes read as unknown so that the parser learns what to do with new words.
public enum NeuralTraining {
    public struct Settings: Sendable {
        public var epochs = 12
        public var seed: UInt64 = 17
        public var dropout: Float = 0.33
        /// A word seen c times is read as unknown with probability a / (a + c).
        public var wordDropout: Float = 0.25
        public var batchWords = 500
        public var rate: Float = 0.002
        public var minimumCount = 2
        /// The decay of the running average of the weights kept beside them (0: none);
        /// each epoch both are scored and the better kept.
        public var averaging: Float = 0.999
        /// How much the tagging layer's loss counts beside the parser's.
        public var tagWeight: Float = 1
        public init() {}
    }

    struct Example {
        var sentence: NeuralSentence
        var gold: NeuralLoss.Gold
    }

    /// Numbers for the words seen at least `minimumCount` times, in order of first sight; how often each was seen.
    static func vocabulary(_ sentences: [ParsedSentence], minimumCount: Int) -> (words: [UInt64: Int32], counts: [Int]) {
        var counts: [UInt64: Int] = [:], order: [UInt64] = []
        for sentence in sentences {
            for word in sentence.words {
                let key = WordForm(word.form).lower
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
        }
        var words: [UInt64: Int32] = [:], seen = [0]
        for key in order where counts[key]! >= minimumCount {
            words[key] = Int32(seen.count)
            seen.append(counts[key]!)
        }
        return (words, seen)
    }

    /// `tags`: the first tagger's classes as the parser will read them (from taggers that did
    /// not see the sentence); `classes`: the gold classes, for a shape that tags again.
    public static func train(_ sentences: [ParsedSentence], tags: [[Int]], classes: [[Int]], tagCount: Int, lexicon: Lexicon = .empty,
                             shape configure: (inout NeuralShape) -> Void = { _ in },
                             settings: Settings, evaluate: (NeuralParser) -> Double, log: (String) -> Void) -> NeuralParser {
        let (words, counts) = vocabulary(sentences, minimumCount: settings.minimumCount)
        let labels = Array(Set(sentences.flatMap { $0.words.map(\.deprel) })).sorted()
        var shape = NeuralShape(words: counts.count, tags: tagCount, labels: labels.count)
        configure(&shape)
        var parser = NeuralParser(shape: shape, values: NeuralWeights(shape).initialValues(seed: settings.seed), vocabulary: words, labels: labels)
        parser.lexicon = lexicon
        let examples = Self.examples(sentences, tags: tags, classes: classes, parser: parser)
        log("neural parser: \(parser.values.count) weights, \(counts.count) words, \(labels.count) relations, \(examples.count) sentences")
        let optimizer = AdamOptimizer(count: parser.values.count, rate: settings.rate)
        let workers = [Worker(parser.values.count), Worker(parser.values.count)]
        var generator = SeededGenerator(seed: settings.seed)
        var best = (score: -1.0, values: parser.values)
        var average = parser.values, step = 0
        for epoch in 1...settings.epochs {
            let started = Date()
            var loss: Double = 0, wordsSeen = 0
            for batch in batches(examples, order: Array(examples.indices).shuffled(using: &generator), words: settings.batchWords) {
                loss += Self.step(batch, examples, parser: &parser, workers: workers, optimizer: optimizer, counts: counts, settings: settings, epoch: epoch)
                step += 1
                if settings.averaging > 0 { Self.follow(&average, parser.values, decay: min(settings.averaging, Float(1 + step) / Float(10 + step))) }
                wordsSeen += batch.reduce(0) { $0 + examples[$1].sentence.count }
            }
            let score = evaluate(parser)
            var averaged = parser
            averaged.values = average
            let averageScore = settings.averaging > 0 ? evaluate(averaged) : -1
            log(String(format: "neural epoch %d: loss %.3f a word, %.0f s, dev %.2f, averaged weights %.2f", epoch, loss / Double(wordsSeen),
                       Date().timeIntervalSince(started), score, averageScore))
            if score > best.score { best = (score, parser.values) }
            if averageScore > best.score { best = (averageScore, average) }
        }
        parser.values = best.values
        return parser
    }

    /// The training sentences as the parser reads them, with their gold trees (and classes,
    /// for a shape that tags again); sentences with a word lacking its head are left out.
    static func examples(_ sentences: [ParsedSentence], tags: [[Int]], classes: [[Int]], parser: NeuralParser) -> [Example] {
        let number = Dictionary(uniqueKeysWithValues: parser.labels.enumerated().map { ($1, $0) })
        return sentences.indices.compactMap { k -> Example? in
            let sentence = sentences[k]
            guard !sentence.words.isEmpty, sentence.words.allSatisfy({ $0.head != nil }) else { return nil }
            return Example(sentence: parser.sentence(sentence.words.map { WordForm($0.form) }, tags: tags[k]),
                           gold: NeuralLoss.Gold(heads: sentence.words.map { $0.head! }, labels: sentence.words.map { number[$0.deprel]! },
                                                 classes: parser.shape.tagLayer > 0 ? classes[k] : []))
        }
    }

    /// One batch: its halves' gradients worked out on the two cores and summed in a fixed
    /// order, then Adam's step; the batch's loss.
    static func step(_ batch: [Int], _ examples: [Example], parser: inout NeuralParser, workers: [Worker], optimizer: AdamOptimizer,
                     counts: [Int], settings: Settings, epoch: Int) -> Double {
        let halves = [Array(batch.prefix(batch.count / 2)), Array(batch.dropFirst(batch.count / 2))]
        let weights = parser.weights
        parser.values.withUnsafeBufferPointer { buffer in
            let p = SendablePointer(pointer: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                workers[part].run(halves[part].map { examples[$0] }, ids: halves[part], weights: weights, p.pointer,
                                  counts: counts, settings: settings, epoch: epoch)
            }
        }
        Kernel.axpy(1, workers[1].gradient.pointer, workers[0].gradient.pointer, workers[0].gradient.count)
        parser.values.withUnsafeMutableBufferPointer { values in
            optimizer.update(values.baseAddress!, gradient: workers[0].gradient.pointer, count: values.count)
        }
        return workers[0].loss + workers[1].loss
    }

    /// Moves the running average a step towards the current weights.
    static func follow(_ average: inout [Float], _ values: [Float], decay: Float) {
        average.withUnsafeMutableBufferPointer { average in
            values.withUnsafeBufferPointer { values in
                for i in 0..<values.count { average[i] += (1 - decay) * (values[i] - average[i]) }
            }
        }
    }

    /// Batches of about `words` words, in the given order.
    static func batches(_ examples: [Example], order: [Int], words: Int) -> [[Int]] {
        var batches: [[Int]] = [], current: [Int] = [], size = 0
        for index in order {
            current.append(index)
            size += examples[index].sentence.count
            if size >= words {
                batches.append(current)
                current = []
                size = 0
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}

struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafePointer<Float>
}

/// One core's share of a batch: its gradient and loss.
final class Worker: @unchecked Sendable {
    let gradient: FloatBuffer
    var loss: Double = 0

    init(_ count: Int) { gradient = FloatBuffer(count) }

    func run(_ examples: [NeuralTraining.Example], ids: [Int], weights: NeuralWeights, _ p: UnsafePointer<Float>, counts: [Int],
             settings: NeuralTraining.Settings, epoch: Int) {
        gradient.zero()
        loss = 0
        for (example, id) in zip(examples, ids) {
            var generator = SeededGenerator(seed: settings.seed &* 31 &+ UInt64(epoch) &* 1_000_003 &+ UInt64(id))
            var sentence = example.sentence
            for t in sentence.words.indices where sentence.words[t] != 0 {
                let c = Float(counts[Int(sentence.words[t])])
                if Float.random(in: 0..<1, using: &generator) < settings.wordDropout / (settings.wordDropout + c) { sentence.words[t] = 0 }
            }
            loss += Double(NeuralLoss.sentence(weights, p, sentence, gold: example.gold, dropout: settings.dropout, generator: &generator,
                                               tagWeight: settings.tagWeight, grad: gradient.pointer))
        }
    }
}
