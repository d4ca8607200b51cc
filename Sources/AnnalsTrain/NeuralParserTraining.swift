import Foundation
import AnnalsGrammar

extension Train {
    /// The neural parser: read from `--neural-from FILE`, or trained over the tagger's
    /// classes with the epoch chosen by EWT dev and kept in .build-train/; as it reads
    /// back from its file (weights at eight bits).
    static func neuralParser(_ train: [ParsedSentence], tags: [[Int]], tagger: Tagger, dev: [ParsedSentence], options: Options) throws -> NeuralParser {
        if let path = options.neuralFrom {
            log("neural parser read from \(path)")
            return try NeuralParser(decoding: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        var settings = NeuralTraining.Settings()
        settings.epochs = options.neuralEpochs
        settings.seed = options.seed
        settings.tagWeight = options.tagWeight
        let devForms = dev.map { $0.words.map { WordForm($0.form) } }
        let devTags = devForms.map { tagger.tag($0) }
        let started = Date()
        let number = Dictionary(uniqueKeysWithValues: tagger.classes.enumerated().map { ($1, $0) })
        let classes = train.map { $0.words.map { number[TaggerTraining.tagClass($0)] ?? 0 } }
        let parser = NeuralTraining.train(train, tags: tags, classes: classes, tagCount: tagger.classes.count, lexicon: tagger.lexicon, shape: { shape in
            shape.hidden = options.hidden
            shape.layers = options.layers
            shape.wordWidth = options.wordWidth
            shape.arcWidth = options.arcWidth
            shape.tagLayer = options.tagLayer
            // The lexicon's feature: 0 without one, 1 for a word it lacks, its entry (11 bits) + 2.
            shape.lexicals = options.lexicalInput && tagger.lexicon.count > 0 ? 2 + (1 << 11) : 0
            shape.affixes = options.affixes
        }, settings: settings, evaluate: { parser in
            Evaluation.neural(parser, classes: tagger.classes, sentences: dev, forms: devForms, tags: devTags)
        }, log: log)
        log(String(format: "neural parser trained in %.0f s", Date().timeIntervalSince(started)))
        let file = ".build-train/neural-h\(options.hidden)-l\(options.layers)-w\(options.wordWidth)-a\(options.arcWidth)-e\(options.neuralEpochs)-t\(options.tagLayer)" + (options.tagWeight != 1 ? "x\(options.tagWeight)" : "") + "-s\(options.seed)"
            + (tagger.lexicon.count > 0 ? "-lexicon\(tagger.lexicon.count)" : "") + (options.lexicalInput ? "-read" : "")
            + (options.affixes > 0 ? "-affix\(options.affixes)" : "") + ".bin"
        let data = parser.encoded()
        try data.write(to: URL(fileURLWithPath: file))
        log(String(format: "wrote %@: %.2f MB (weights at 8 bits)", file, Double(data.count) / 1e6))
        return try NeuralParser(decoding: data)
    }
}

extension Evaluation {
    /// UAS + LAS (universal relation only), in percent, plus UPOS when the parser tags again:
    /// what chooses the neural parser's epoch.
    static func neural(_ parser: NeuralParser, classes: [String], sentences: [ParsedSentence], forms: [[WordForm]], tags: [[Int]]) -> Double {
        let (uas, las, upos, total, _) = attachments(parser, sentences: sentences, forms: forms, tags: tags, classes: parser.shape.tagLayer > 0 ? classes : [])
        guard parser.shape.tagLayer > 0 else { return 100 * Double(uas + las) / Double(max(total, 1)) }
        log(String(format: "  dev UPOS from the parser's tagging %.2f%%", 100 * Double(upos) / Double(max(total, 1))))
        return 100 * Double(uas + las + upos) / Double(max(total, 1))
    }
}
