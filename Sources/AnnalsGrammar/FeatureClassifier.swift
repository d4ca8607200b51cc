/// Morphological features that depend on the sentence, learned: the same "it" is
/// Case=Nom as a subject and Case=Acc as an object, a base-form verb is an imperative at
/// the head of a clause without subject and an infinitive after "to", a participle with
/// a passive auxiliary has Voice=Pass, a finite verb takes its subject's person and
/// number. A perceptron chooses among the feature sets the word (or, unseen, its tags)
/// took in training, reading the word, its tags, its relation, its head and dependents.
public struct FeatureClassifier: Sendable {
    public let model: LinearModel
    /// Every feature set seen in training ("Case=Nom|Number=Sing|Person=1|PronType=Prs").
    public let classes: [String]
    /// "lower-cased form UPOS XPOS" (or "UPOS XPOS" for unseen words) → the classes it took, commonest first.
    public let candidates: [String: [Int]]

    public init(model: LinearModel, classes: [String], candidates: [String: [Int]]) {
        self.model = model
        self.classes = classes
        self.candidates = candidates
    }

    /// The classes a word may take: its own, else its tags', at most eight of those.
    func choices(_ word: Word) -> [Int] {
        candidates[word.form.lowercased() + " " + word.upos + " " + word.xpos] ?? candidates[word.upos + " " + word.xpos] ?? []
    }

    /// Sets every word's features from its tags and the parse; `forms`, the words' spellings
    /// as the tagger read them, when already worked out.
    public func apply(to words: inout [Word], forms: [WordForm]? = nil) {
        var context = Context(words, forms: forms)
        var scores = [Float](repeating: 0, count: classes.count)
        var features: [UInt64] = []
        // Verbs last: they read the features of their subjects.
        let order = words.indices.filter { !["VERB", "AUX"].contains(words[$0].upos) } + words.indices.filter { ["VERB", "AUX"].contains(words[$0].upos) }
        for k in order {
            let choices = choices(words[k])
            if choices.count > 1 {
                Self.features(k, context, into: &features)
                model.score(features, into: &scores)
                words[k].feats = classes[choices.max { scores[$0] < scores[$1] }!]
            } else {
                words[k].feats = choices.first.map { classes[$0] } ?? "_"
            }
            context.words[k].feats = words[k].feats
        }
    }

    /// What the features read of the parse, worked out once per sentence.
    struct Context {
        var words: [Word]
        var children: [[Int]]
        /// The words' spellings (``WordForm`` of each form), when given.
        let forms: [WordForm]?

        init(_ words: [Word], forms: [WordForm]? = nil) {
            self.words = words
            self.forms = forms?.count == words.count ? forms : nil
            children = [[Int]](repeating: [], count: words.count + 1)
            for (k, word) in words.enumerated() { if let head = word.head, head >= 0, head <= words.count { children[head].append(k + 1) } }
        }

        /// The subject of word k (0-based), found on it or on the verb it serves (1-based).
        func subject(of k: Int) -> Int? {
            var verb = k + 1
            for _ in 0..<4 {
                if let s = children[verb].first(where: { ["nsubj", "nsubj:pass", "nsubj:outer", "expl"].contains(words[$0 - 1].deprel) }) { return s }
                let word = words[verb - 1]
                guard let head = word.head, head > 0, ["aux", "aux:pass", "cop", "conj", "xcomp"].contains(word.deprel) else { return nil }
                verb = head
            }
            return nil
        }
    }

    static func features(_ k: Int, _ context: Context, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let word = context.words[k]
        let form = context.forms?[k] ?? WordForm(word.form)
        let lower = form.lower, tags = FeatureHash.of(word.upos + " " + word.xpos)
        let relation = FeatureHash.of(word.deprel)
        let head = word.head.flatMap { $0 > 0 && $0 <= context.words.count ? context.words[$0 - 1] : nil }
        let headTags = head.map { FeatureHash.of($0.upos + " " + $0.xpos) } ?? 1
        let dependents = context.children[k + 1].map { context.words[$0 - 1] }
        let relations = dependents.map { FeatureHash.of($0.deprel) }.sorted().reduce(0x4445_5053) { FeatureHash.mix($0, $1) }
        var template: UInt64 = 0
        func add(_ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            template += 1
            features.append(FeatureHash.feature(template, a, b, c))
        }
        add(1)
        add(lower)
        add(tags, form.shape)
        add(tags, form.suffixes.2)
        add(tags, form.suffixes.1)
        add(tags)
        add(tags, relation)
        add(lower, relation)
        add(tags, headTags)
        add(tags, relation, headTags)
        add(tags, relations)
        for dependent in dependents {
            add(tags, FeatureHash.of(dependent.deprel))
            add(tags, FeatureHash.of(dependent.deprel), FeatureHash.of(dependent.form.lowercased()))
        }
        if let s = context.subject(of: k) {
            let subject = context.words[s - 1]
            let agreement = subject.feats.split(separator: "|").filter { $0.hasPrefix("Number=") || $0.hasPrefix("Person=") }.joined(separator: "|")
            add(tags, FeatureHash.of(agreement))
            add(tags, FeatureHash.of(subject.upos), FeatureHash.of(subject.form.lowercased()))
            add(tags, FeatureHash.of(subject.xpos))
            add(tags, context.children[s].contains { context.words[$0 - 1].deprel == "conj" } ? 1 : 0)
        } else {
            add(tags, 0x4e4f_5355_424a)
        }
        add(tags, k == 0 ? 1 : 0, word.head == 0 ? 1 : 0)
    }
}

/// Training the feature classifier on treebank sentences (gold tags and trees).
public enum FeatureTraining {
    public static func train(_ sentences: [ParsedSentence], epochs: Int, seed: UInt64, log: (String) -> Void = { _ in }) -> FeatureClassifier {
        var counts: [String: Int] = [:]
        var byWord: [String: [String: Int]] = [:], byTags: [String: [String: Int]] = [:]
        for word in sentences.lazy.flatMap(\.words) {
            counts[word.feats, default: 0] += 1
            byWord[word.form.lowercased() + " " + word.upos + " " + word.xpos, default: [:]][word.feats, default: 0] += 1
            byTags[word.upos + " " + word.xpos, default: [:]][word.feats, default: 0] += 1
        }
        let classes = counts.keys.sorted()
        let number = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        func ranked(_ counts: [String: Int], limit: Int) -> [Int] {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { number[$0.key]! }
        }
        // Words seen once choose among their tags' sets, as unseen words will: so the
        // classifier learns to choose for those too.
        var candidates = byWord.filter { $0.value.values.reduce(0, +) > 1 }.mapValues { ranked($0, limit: 64) }
        for (tags, seen) in byTags { candidates[tags] = ranked(seen, limit: 8) }
        let untrained = FeatureClassifier(model: Perceptron(classCount: classes.count).averaged(), classes: classes, candidates: candidates)
        let perceptron = Perceptron(classCount: classes.count)
        var generator = SeededGenerator(seed: seed)
        var scores = [Float](repeating: 0, count: classes.count)
        var features: [UInt64] = []
        for epoch in 1...epochs {
            var right = 0, total = 0
            for s in Array(sentences.indices).shuffled(using: &generator) {
                let context = FeatureClassifier.Context(sentences[s].words)
                for (k, word) in sentences[s].words.enumerated() {
                    let choices = untrained.choices(word)
                    guard choices.count > 1, let gold = number[word.feats] else { continue }
                    FeatureClassifier.features(k, context, into: &features)
                    perceptron.score(features, into: &scores)
                    let guess = choices.max { scores[$0] < scores[$1] }!
                    perceptron.update(truth: gold, guess: guess, features: features)
                    perceptron.tick()
                    if guess == gold { right += 1 }
                    total += 1
                }
            }
            log("features epoch \(epoch): \(TaggerTraining.percent(right, total)) of ambiguous words right")
        }
        return FeatureClassifier(model: perceptron.averaged(), classes: classes, candidates: candidates)
    }
}
