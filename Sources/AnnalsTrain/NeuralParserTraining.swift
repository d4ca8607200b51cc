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
        let devForms = dev.map { $0.words.map { WordForm($0.form) } }
        let devTags = devForms.map { tagger.tag($0) }
        let started = Date()
        let parser = NeuralTraining.train(train, tags: tags, tagCount: tagger.classes.count, shape: { shape in
            shape.hidden = options.hidden
            shape.layers = options.layers
            shape.wordWidth = options.wordWidth
            shape.arcWidth = options.arcWidth
        }, settings: settings, evaluate: { parser in
            let (uas, las) = Evaluation.neural(parser, sentences: dev, forms: devForms, tags: devTags)
            return uas + las
        }, log: log)
        log(String(format: "neural parser trained in %.0f s", Date().timeIntervalSince(started)))
        let file = ".build-train/neural-h\(options.hidden)-l\(options.layers)-w\(options.wordWidth)-a\(options.arcWidth)-e\(options.neuralEpochs)-s\(options.seed).bin"
        let data = parser.encoded()
        try data.write(to: URL(fileURLWithPath: file))
        log(String(format: "wrote %@: %.2f MB (weights at 8 bits)", file, Double(data.count) / 1e6))
        return try NeuralParser(decoding: data)
    }
}

extension Evaluation {
    /// UAS and LAS (universal relation only) of the neural parser on gold sentences.
    static func neural(_ parser: NeuralParser, sentences: [ParsedSentence], forms: [[WordForm]], tags: [[Int]]) -> (uas: Double, las: Double) {
        var uas = 0, las = 0, total = 0
        for (k, sentence) in sentences.enumerated() {
            let (heads, labels) = parser.parse(forms[k], tags: tags[k])
            for (i, word) in sentence.words.enumerated() {
                total += 1
                guard heads[i] == word.head else { continue }
                uas += 1
                if parser.labels[labels[i]].split(separator: ":").first == word.deprel.split(separator: ":").first { las += 1 }
            }
        }
        return (100 * Double(uas) / Double(max(total, 1)), 100 * Double(las) / Double(max(total, 1)))
    }
}
