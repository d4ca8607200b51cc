import Foundation
import AnnalsGrammar

/// Trains the entity recognizer on GUM's entity layer (train; the epoch chosen on dev),
/// each sentence read by the reading grammar in the output folder (grammar.bin, as it will
/// be in use), with the names WordNet knows; writes entities.bin beside it.
enum EntityModelTraining {
    /// Writes given-names.txt, derived from WordNet's data files, to the output folder.
    static func writeGivenNames(_ options: Options) throws {
        guard !options.wordnet.isEmpty else { return }
        func data(_ part: String) throws -> String { try String(contentsOfFile: options.wordnet + "/data." + part, encoding: .utf8) }
        let names = FirstNames.deriving(dataNoun: try data("noun"), others: try ["verb", "adj", "adv"].map(data))
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        try FirstNames.file(names).write(toFile: options.out + "/given-names.txt", atomically: true, encoding: .utf8)
        log("wrote \(options.out)/given-names.txt: \(names.count) given names from WordNet")
    }

    static func run(_ options: Options) throws {
        let grammar = try options.outputGrammar(for: "the entity recognizer")
        func examples(_ name: String) throws -> [EntityTraining.Example] {
            let sentences = try CoNLLU.read(try String(contentsOfFile: options.ud + "/" + name, encoding: .utf8))
            var document = 0
            return sentences.map { sentence in
                if sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) { document += 1 }
                return EntityTraining.Example(words: grammar.annotate(sentence.words.map(\.form)), names: TreebankNames.names(sentence), document: document)
            }
        }
        let started = Date()
        let train = try examples("en_gum-ud-train.conllu"), dev = try examples("en_gum-ud-dev.conllu")
        log(String(format: "GUM train: %d sentences, %d names; dev %d names; read by the grammar in %.0f s", train.count,
                   train.reduce(0) { $0 + $1.names.count }, dev.reduce(0) { $0 + $1.names.count }, Date().timeIntervalSince(started)))
        let words = options.wordnet.isEmpty ? Gazetteer.empty
            : Gazetteer.reading(dataNoun: try String(contentsOfFile: options.wordnet + "/data.noun", encoding: .utf8))
        guard options.geonames.isEmpty || FileManager.default.fileExists(atPath: options.geonames) else {
            log("AnnalsTrain: no table of GeoNames' places at \(options.geonames): write it with scripts/geonames-places.py > \(options.geonames) (scripts/train does), or train with --no-geonames")
            exit(1)
        }
        let gazetteer = options.geonames.isEmpty ? words : words.adding(geoNames: try String(contentsOfFile: options.geonames, encoding: .utf8))
        log("gazetteer: \(words.count) names from WordNet" + (options.geonames.isEmpty ? "" : ", \(gazetteer.count) with GeoNames' places"))
        if options.entityFolds > 1 {
            crossValidate(train + dev.map { var example = $0; example.document += 100_000; return example }, gazetteer: gazetteer, options: options)
            return
        }
        let recognizer = EntityTraining.train(train, dev: dev, gazetteer: gazetteer, epochs: options.entityEpochs, seed: options.seed,
                                              runs: options.entityRuns, hiding: options.gazetteerHiding, manifest: { epochs, score in
            "Annals entity recognizer\ntrained on UD English-GUM's entity layer (train)"
                + (epochs.count > 1 ? ", the mean of \(epochs.count) runs in different orders, epochs " : ", epoch ")
                + epochs.map(String.init).joined(separator: ", ") + " of \(options.entityEpochs) chosen on dev, "
                + (options.gazetteerHiding > 0 ? "the gazetteer's names hidden at random (a share of \(options.gazetteerHiding)), " : "") + "read by the reading grammar \(grammar.fingerprint)" + (words.count > 0 ? ", with \(words.count) names from WordNet 3.0" : "")
                + (options.geonames.isEmpty ? "" : " and \(gazetteer.count - words.count) more of GeoNames' places (cities15000, CC BY 4.0)")
                + "\nGUM dev: " + score.summary + "\n"
        }, log: log)
        log("GUM dev by kind:\n" + EntityScore.of(recognizer, dev).table)
        if options.errors { for line in mistakes(recognizer, dev) { log(line) } }
        if options.reportTest { log("GUM test by kind:\n" + EntityScore.of(recognizer, try examples("en_gum-ud-test.conllu")).table) }
        let data = recognizer.encoded()
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: options.out + "/entities.bin"))
        log(String(format: "wrote %@/entities.bin: %.2f MB, fingerprint %@", options.out, Double(data.count) / 1e6, try EntityRecognizer(decoding: data).fingerprint))
    }

    /// Each dev sentence's missed and wrongly found names, for reading.
    static func mistakes(_ recognizer: EntityRecognizer, _ examples: [EntityTraining.Example]) -> [String] {
        let documents = Dictionary(grouping: examples, by: \.document).sorted { $0.key < $1.key }.map(\.value)
        let read = documents.flatMap { recognizer.names(inDocument: $0.map(\.words)) }
        return zip(documents.flatMap { $0 }, read).flatMap { example, found -> [String] in
            let found = Set(found), known = Set(example.names)
            func text(_ span: NamedSpan) -> String { example.words[span.words].map(\.form).joined(separator: " ") + " [\(span.kind)]" }
            return known.subtracting(found).map { "missed " + text($0) } + found.subtracting(known).map { "wrong  " + text($0) }
        }
    }

    /// Train and dev documents cut into folds, each scored by a model trained on the others
    /// for a fixed number of epochs: a steadier figure than dev alone for choosing settings.
    static func crossValidate(_ examples: [EntityTraining.Example], gazetteer: Gazetteer, options: Options) {
        var total = EntityScore()
        for fold in 0..<options.entityFolds {
            let held = examples.filter { $0.document % options.entityFolds == fold }, rest = examples.filter { $0.document % options.entityFolds != fold }
            let recognizer = EntityTraining.train(rest, dev: [], gazetteer: gazetteer, epochs: options.entityEpochs, seed: options.seed,
                                                  runs: options.entityRuns, hiding: options.gazetteerHiding, manifest: { _, _ in "" })
            let score = EntityScore.of(recognizer, held)
            log("fold \(fold + 1): " + score.summary)
            total.add(score)
        }
        log("cross-validated:\n" + total.table)
    }
}
