import Foundation
import AnnalsGrammar

/// Trains the reading grammar's models from the Universal Dependencies treebanks in
/// ../shared/external/ud (read at training time, never committed), tuning on their dev
/// files only, and writes Sources/AnnalsGrammar/Resources/grammar.bin. The tagger and the
/// tags it gives the parser's training are kept in .build-train/ between runs.
///
///     scripts/train [--report-test] [--beam N] [--thresholds 1,2] …   (see Options)
@main
struct Train {
    static func main() throws {
        let options = Options(CommandLine.arguments.dropFirst())
        Options.current = options
        if options.coreference {
            try CoreferenceModelTraining.run(options)
            return
        }
        if options.answers {
            try SpanModelTraining.run(options)
            return
        }
        if options.givenNames {
            try EntityModelTraining.writeGivenNames(options)
            return
        }
        if options.entities {
            try EntityModelTraining.writeGivenNames(options)
            try EntityModelTraining.run(options)
            return
        }
        func load(_ names: [String]) throws -> [ParsedSentence] {
            try names.flatMap { try CoNLLU.read(try String(contentsOfFile: options.ud + "/" + $0, encoding: .utf8)) }
        }
        let train = try load(["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"])
        let devEWT = try load(["en_ewt-ud-dev.conllu"]), devGUM = try load(["en_gum-ud-dev.conllu"])
        var evaluated = [("EWT dev", devEWT), ("GUM dev", devGUM)]
        if options.reportTest { evaluated += [("EWT test", try load(["en_ewt-ud-test.conllu"])), ("GUM test", try load(["en_gum-ud-test.conllu"]))] }
        log("training sentences: \(train.count), words: \(train.reduce(0) { $0 + $1.words.count })")
        if let path = options.featuresOnly {
            try retrainFeatures(path, train: train, evaluated: evaluated, options: options)
            return
        }
        let (tagger, parserTags) = try taggerAndTags(train, lexicon: try lexicon(options), options: options)
        for (name, sentences) in evaluated { log("\(name): " + Evaluation.tagging(tagger, on: sentences)) }
        if options.taggerOnly { return }
        let parser: any DependencyParser = options.neural
            ? try neuralParser(train, tags: parserTags, tagger: tagger, dev: devEWT, options: options)
            : trainParser(train, tags: parserTags, tagger: tagger, dev: devEWT, options: options)
        let morphology = Morphology.learn(train)
        let features = FeatureTraining.train(train, epochs: 8, seed: options.seed) { log($0) }
        var manifest = "Annals reading grammar\ntrained on UD English-EWT and English-GUM (train); \(options.summary)\n"
        // The models as shipped (weights at their 256 levels), whether the tagger was just
        // trained or read from the cache; the manifest holds what the same data always
        // gives them: accuracies, not speeds.
        let grammar = try ReadingGrammar(decoding: ReadingGrammar(tagger: tagger, parser: parser, morphology: morphology, features: features,
                                                                  manifest: manifest).encoded())
        // The manifest holds the dev files' figures only, so that --report-test writes the same file.
        for (number, (name, sentences)) in evaluated.enumerated() {
            log("\(name): " + Evaluation.parsing(grammar.parser, tagger: grammar.tagger, on: sentences))
            guard number < 2 else { continue }
            manifest += "\(name): " + Evaluation.tagging(grammar.tagger, on: sentences, timed: false) + "; "
                + Evaluation.parsing(grammar.parser, tagger: grammar.tagger, on: sentences, timed: false) + "; " + Evaluation.morphology(grammar, on: sentences) + "\n"
        }
        try write(ReadingGrammar(tagger: grammar.tagger, parser: grammar.parser, morphology: grammar.morphology, features: grammar.features,
                                 manifest: manifest), dev: devEWT, options: options)
    }

    /// The lexicon from WordNet's files (empty when `--no-lexicon`).
    static func lexicon(_ options: Options) throws -> Lexicon {
        guard !options.wordnet.isEmpty else { return .empty }
        func read(_ name: String) throws -> String { try String(contentsOfFile: options.wordnet + "/" + name, encoding: .utf8) }
        let lexicon = Lexicon(WordNet.entries(index: try WordNet.parts.map { try read("index." + $0) },
                                              exceptions: try WordNet.parts.map { try read($0 + ".exc") }))
        log("lexicon: \(lexicon.count) word forms from WordNet in \(options.wordnet)")
        return lexicon
    }

    /// The tagger and, for the parser's training, tags from taggers that did not see each sentence.
    static func taggerAndTags(_ train: [ParsedSentence], lexicon: Lexicon, options: Options) throws -> (Tagger, [[Int]]) {
        let started = Date()
        let cache = ".build-train/tagger-e\(options.taggerEpochs)-p\(options.passes)-s\(options.seed)" + (lexicon.count > 0 ? "-lexicon\(lexicon.count)" : "")
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let taggerFile = cache + "/tagger-t\(options.taggerThreshold).bin"
        let tagger: Tagger
        if let data = FileManager.default.contents(atPath: taggerFile), let kept = try? Tagger(decoding: data) {
            tagger = kept
            log("tagger read from \(taggerFile)")
        } else {
            tagger = TaggerTraining.train(train, epochs: options.taggerEpochs, seed: options.seed, passes: options.passes, threshold: options.taggerThreshold,
                                          lexicon: lexicon) { log($0) }
            try tagger.encoded().write(to: URL(fileURLWithPath: taggerFile))
        }
        log(String(format: "tagger ready in %.0f s: %d + %d features, %d + %d weights", Date().timeIntervalSince(started),
                   tagger.first.featureCount, tagger.second?.featureCount ?? 0, tagger.first.entryCount, tagger.second?.entryCount ?? 0))
        if options.taggerOnly { return (tagger, []) }
        let number = Dictionary(uniqueKeysWithValues: tagger.classes.enumerated().map { ($1, $0) })
        if options.goldTags { return (tagger, train.map { $0.words.map { number[TaggerTraining.tagClass($0)] ?? 0 } }) }
        if let kept = try? String(contentsOfFile: cache + "/jackknifed.txt", encoding: .utf8) {
            log("jackknifed tags read from \(cache)")
            return (tagger, kept.split(separator: "\n", omittingEmptySubsequences: false).prefix(train.count).map { $0.split(separator: " ").compactMap { Int($0) } })
        }
        let tags = TaggerTraining.jackknifed(train, classes: tagger.classes, folds: 4, epochs: options.taggerEpochs, seed: options.seed, passes: options.passes,
                                             lexicon: lexicon) { log($0) }
        try tags.map { $0.map(String.init).joined(separator: " ") }.joined(separator: "\n").write(toFile: cache + "/jackknifed.txt", atomically: true, encoding: .utf8)
        return (tagger, tags)
    }

    static func trainParser(_ train: [ParsedSentence], tags: [[Int]], tagger: Tagger, dev: [ParsedSentence], options: Options) -> Parser {
        let labels = ParserTraining.labels(train, minimumLifted: options.minimumLifted)
        log("parser relations: \(labels.count), \(labels.filter { $0.contains("↑") }.count) of them marking lifted arcs")
        let examples = ParserTraining.examples(train, tags: tags, labels: labels)
        let started = Date()
        let perceptron = options.beam > 1
            ? BeamTraining.train(examples, labels: labels, epochs: options.parserEpochs, width: options.beam, seed: options.seed) { log($0) }
            : ParserTraining.train(examples, labels: labels, epochs: options.parserEpochs, seed: options.seed) { log($0) }
        log(String(format: "parser trained in %.0f s", Date().timeIntervalSince(started)))
        for threshold in options.thresholds {
            let pruned = Parser(model: perceptron.averaged(threshold: threshold), labels: labels, beamWidth: options.beam)
            log(String(format: "threshold %.3f: %d features, %d weights, %.1f MB; EWT dev ", threshold, pruned.model.featureCount, pruned.model.entryCount,
                       Double(pruned.model.encoded().count) / 1e6) + Evaluation.parsing(pruned, tagger: tagger, on: dev))
        }
        return Parser(model: perceptron.averaged(threshold: options.threshold), labels: labels, beamWidth: options.beam)
    }

    /// Writes the grammar, then reads it back and scores what is shipped: weights at their 256 levels.
    static func write(_ grammar: ReadingGrammar, dev: [ParsedSentence], options: Options) throws {
        let data = grammar.encoded()
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: options.out + "/grammar.bin"))
        let shipped = try ReadingGrammar(decoding: data)
        log(String(format: "wrote %@/grammar.bin: %.1f MB, fingerprint %@", options.out, Double(data.count) / 1e6, shipped.fingerprint))
        log("as shipped, EWT dev: " + Evaluation.tagging(shipped.tagger, on: dev) + "; " + Evaluation.parsing(shipped.parser, tagger: shipped.tagger, on: dev)
            + "; " + Evaluation.morphology(shipped, on: dev))
        for (name, size) in ReadingGrammar.sectionSizes(of: data) { log(String(format: "  %-22@ %8.2f MB", name, Double(size) / 1e6)) }
    }

    /// Only the feature classifier again, over the tagger and parser of an existing grammar.
    static func retrainFeatures(_ path: String, train: [ParsedSentence], evaluated: [(String, [ParsedSentence])], options: Options) throws {
        let (tagger, parser) = try ReadingGrammar.taggerAndParser(decoding: try Data(contentsOf: URL(fileURLWithPath: path)))
        let features = FeatureTraining.train(train, epochs: options.taggerEpochs, seed: options.seed) { log($0) }
        let grammar = ReadingGrammar(tagger: tagger, parser: parser, morphology: Morphology.learn(train), features: features, manifest: "")
        for (name, sentences) in evaluated { log("\(name): " + Evaluation.morphology(grammar, on: sentences)) }
        try grammar.encoded().write(to: URL(fileURLWithPath: path))
    }
}
