/// A seeded random number generator (SplitMix64), so that training gives the same model
/// from the same data on every machine.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Training the tagger on treebank sentences.
public enum TaggerTraining {
    /// The class of a word: its universal and Penn tags.
    public static func tagClass(_ word: Word) -> String { word.upos + " " + word.xpos }

    /// `lexicon`: the parts of speech a dictionary gives words, read as features (empty: none).
    public static func train(_ sentences: [ParsedSentence], epochs: Int, seed: UInt64, passes: Int = 2, threshold: Float = 0, lexicon: Lexicon = .empty,
                             log: (String) -> Void = { _ in }) -> Tagger {
        let classes = Array(Set(sentences.flatMap { $0.words.map(tagClass) })).sorted()
        let number = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let ambiguity = classSets(sentences, number: number, minimumCount: 5)
        let data = Data(forms: sentences.map { $0.words.map { WordForm($0.form) } }, gold: sentences.map { $0.words.map { number[tagClass($0)]! } },
                        classCount: classes.count)
        let sets = data.forms.map { Tagger.ambiguities($0, ambiguity, lexicon) }
        let first = model(data, sets, guides: nil, epochs: epochs, seed: seed, only: nil, threshold: threshold, log: log)
        guard passes > 1 else { return Tagger(first: first, second: nil, classes: classes, ambiguity: ambiguity, lexicon: lexicon) }
        // The second pass learns from what the first gets wrong on text it was not trained on:
        // each quarter is tagged by a first pass trained on the other three.
        var guides = [[Int]](repeating: [], count: sentences.count)
        let folds = 4
        for fold in 0..<folds {
            let held = Set(sentences.indices.filter { $0 % folds == fold })
            let partial = model(data, sets, guides: nil, epochs: epochs, seed: seed &+ UInt64(fold), only: sentences.indices.filter { !held.contains($0) },
                                threshold: 0, log: { _ in })
            for s in held { guides[s] = Tagger.run(partial, data.forms[s], sets[s], guide: nil) }
            log("tagger fold \(fold + 1) of \(folds) done")
        }
        let second = model(data, sets, guides: guides, epochs: epochs, seed: seed, only: nil, threshold: threshold, log: log)
        return Tagger(first: first, second: second, classes: classes, ambiguity: ambiguity, lexicon: lexicon)
    }

    /// Tags for every training sentence from a tagger that did not see it: each of
    /// `folds` parts is tagged by a tagger trained on the others. The parser learns from
    /// these, so that it expects the tagger's mistakes it will meet.
    public static func jackknifed(_ sentences: [ParsedSentence], classes: [String], folds: Int, epochs: Int, seed: UInt64, passes: Int,
                                  lexicon: Lexicon = .empty, log: (String) -> Void = { _ in }) -> [[Int]] {
        let number = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var tags = [[Int]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let partial = train(rest, epochs: epochs, seed: seed &+ UInt64(fold) &* 31, passes: passes, lexicon: lexicon)
            for s in held {
                tags[s] = partial.tag(sentences[s].words.map { WordForm($0.form) }).map { number[partial.classes[$0]] ?? 0 }
            }
            log("jackknifed tags: fold \(fold + 1) of \(folds)")
        }
        return tags
    }

    struct Data {
        var forms: [[WordForm]]
        var gold: [[Int]]
        var classCount: Int
    }

    /// One pass's model, trained on the sentences `only` lists (all when nil).
    static func model(_ data: Data, _ sets: [[WordClasses]], guides: [[Int]]?, epochs: Int, seed: UInt64, only: [Int]?,
                      threshold: Float, log: (String) -> Void) -> LinearModel {
        let perceptron = Perceptron(classCount: data.classCount)
        var generator = SeededGenerator(seed: seed)
        var scores = [Float](repeating: 0, count: data.classCount)
        var features: [UInt64] = []
        for epoch in 1...epochs {
            var right = 0, total = 0
            for s in (only ?? Array(data.forms.indices)).shuffled(using: &generator) {
                var tags: [Int] = []
                for i in data.forms[s].indices {
                    Tagger.features(data.forms[s], sets[s], i, tags, guide: guides?[s], into: &features)
                    perceptron.score(features, into: &scores)
                    let guess = Tagger.best(scores)
                    perceptron.update(truth: data.gold[s][i], guess: guess, features: features)
                    perceptron.tick()
                    if guess == data.gold[s][i] { right += 1 }
                    total += 1
                    tags.append(guess)
                }
            }
            log("tagger \(guides == nil ? "first" : "second") pass, epoch \(epoch): \(percent(right, total)) on training words, \(perceptron.featureCount) features")
        }
        return perceptron.averaged(threshold: threshold)
    }

    /// For each word seen at least `minimumCount` times, a key for the set of classes it
    /// took, by its lower-cased form and (mixed with 7) by its form as written.
    static func classSets(_ sentences: [ParsedSentence], number: [String: Int], minimumCount: Int) -> [UInt64: UInt64] {
        var counts: [UInt64: Int] = [:]
        var seen: [UInt64: Set<Int>] = [:]
        for word in sentences.lazy.flatMap(\.words) {
            let tag = number[tagClass(word)]!
            for key in [FeatureHash.of(word.form.lowercased()), FeatureHash.mix(FeatureHash.of(word.form), 7)] {
                counts[key, default: 0] += 1
                seen[key, default: []].insert(tag)
            }
        }
        var sets: [UInt64: UInt64] = [:]
        for (word, classes) in seen where counts[word]! >= minimumCount {
            sets[word] = classes.sorted().reduce(0x414d_4249) { FeatureHash.mix($0, UInt64($1)) }
        }
        return sets
    }

    static func percent(_ right: Int, _ total: Int) -> String {
        String(Double(Int(Double(right) / Double(max(total, 1)) * 10_000)) / 100) + "%"
    }
}
