import Foundation
import AnnalsGrammar

/// Trains the coreference model on GUM's coreference chains (train; the epoch chosen on
/// dev), each document read by the reading grammar in the output folder (grammar.bin, as
/// it will be in use), with the shipped list of gendered words; writes coreference.bin beside it.
enum CoreferenceModelTraining {
    static func run(_ options: Options) throws {
        let grammar = try options.outputGrammar(for: "the coreference model")
        let recognizer = try FileManager.default.contents(atPath: options.out + "/entities.bin").map { try EntityRecognizer(decoding: $0) }
        if recognizer == nil { log("AnnalsTrain: no \(options.out)/entities.bin: the mentions' name kinds are left out") }
        func documents(_ name: String) throws -> [CorefTraining.Document] {
            let sentences = try CoNLLU.read(try String(contentsOfFile: options.ud + "/" + name, encoding: .utf8))
            var grouped: [[ParsedSentence]] = []
            for sentence in sentences {
                if sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) || grouped.isEmpty { grouped.append([]) }
                grouped[grouped.count - 1].append(sentence)
            }
            return grouped.map { gold in
                let sentences = gold.map { grammar.annotate($0.words.map(\.form)) }
                return CorefTraining.Document(sentences: sentences, names: recognizer?.names(inDocument: sentences), gold: gold)
            }
        }
        let started = Date()
        let train = try documents("en_gum-ud-train.conllu"), dev = try documents("en_gum-ud-dev.conllu")
        log(String(format: "GUM train: %d documents, dev %d; read by the grammar in %.0f s", train.count, dev.count, Date().timeIntervalSince(started)))
        var words = try CorefWords.shipped()
        if !options.wordnet.isEmpty {
            let data = try String(contentsOfFile: options.wordnet + "/data.noun", encoding: .utf8)
            words = try words.with(nouns: NounClasses.reading(indexNoun: try String(contentsOfFile: options.wordnet + "/index.noun", encoding: .utf8), dataNoun: data),
                                   givenNames: GivenNames.reading(dataNoun: data))
        }
        log("from WordNet: \(words.nouns.split(separator: "\n").count) noun classes, \(words.givenNames.split(separator: "\n").count) given names")
        if options.corefFolds > 1 {
            crossValidate(train + dev, words: words, options: options)
            return
        }
        let resolver = CorefTraining.train(train, dev: dev, words: words, epochs: options.corefEpochs, seed: options.seed, manifest: { epoch, score in
            "Annals coreference model\ntrained on UD English-GUM's coreference chains (train), epoch \(epoch) of \(options.corefEpochs) chosen on dev, "
                + "with \(words.nouns.isEmpty ? "no" : "WordNet 3.0's") noun classes and given names, read by the reading grammar \(grammar.fingerprint)" + (recognizer.map { " and the entity recognizer \($0.fingerprint)" } ?? "")
                + "\nGUM dev: " + score.summary + "\n"
        }, log: log)
        if options.reportTest { log("GUM test: " + CorefScore.of(resolver, try documents("en_gum-ud-test.conllu")).summary) }
        let data = resolver.encoded()
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: options.out + "/coreference.bin"))
        log(String(format: "wrote %@/coreference.bin: %.2f MB, fingerprint %@", options.out, Double(data.count) / 1e6,
                   try CoreferenceResolver(decoding: data).fingerprint))
    }

    /// Train and dev documents cut into folds, each scored by a model trained on the others
    /// for a fixed number of epochs: a steadier figure than dev alone for choosing settings.
    static func crossValidate(_ documents: [CorefTraining.Document], words: CorefWords, options: Options) {
        var total = CorefScore()
        for fold in 0..<options.corefFolds {
            let held = documents.indices.filter { $0 % options.corefFolds == fold }.map { documents[$0] }
            let rest = documents.indices.filter { $0 % options.corefFolds != fold }.map { documents[$0] }
            let resolver = CorefTraining.train(rest, dev: [], words: words, epochs: options.corefEpochs, seed: options.seed, manifest: { _, _ in "" })
            let score = CorefScore.of(resolver, held)
            log("fold \(fold + 1): " + score.summary)
            total.add(score)
        }
        log("cross-validated: " + total.summary)
    }
}
