import Foundation
import AnnalsAsk
import AnnalsGrammar

/// Trains the answer-span model on questions made from the treebanks' sentences (EWT and GUM
/// train), each sentence read by the shipped reading grammar as `annals ask` reads it;
/// reports the share of dev questions whose answer it ranks first; writes span-model.txt.
enum SpanModelTraining {
    static func run(_ options: Options) throws {
        let grammar = try options.outputGrammar(for: "the answer-span model")
        func examples(_ names: [String], seed: UInt64) throws -> [SpanTraining.Example] {
            var random = SeededGenerator(seed: seed)
            var found: [SpanTraining.Example] = [], missed = 0
            let sentences = try names.flatMap { try CoNLLU.read(try String(contentsOfFile: options.ud + "/" + $0, encoding: .utf8)) }
            // Other verbs and nouns of the same files, for the questions that word things otherwise.
            func lemmas(_ upos: String) -> [String] { Array(Set(sentences.flatMap { $0.words.filter { $0.upos == upos }.map { $0.lemma.lowercased() } })).sorted() }
            let rewording = QuestionMaker.Rewording(verbs: lemmas("VERB"), nouns: lemmas("NOUN"), verbShare: options.verbRewording, nounShare: options.nounRewording)
            for sentence in sentences where sentence.words.count >= 6 {
                let made = SpanTraining.examples(sentence.words.map(\.form), grammar: grammar, rewording: rewording, random: &random)
                found += made.examples
                missed += made.missed
            }
            log("\(names.joined(separator: ", ")): \(found.count) questions with candidates, \(missed) without their answer among them")
            return found
        }
        let started = Date()
        let train = try examples(["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"], seed: options.seed)
        let dev = try examples(["en_ewt-ud-dev.conllu", "en_gum-ud-dev.conllu"], seed: options.seed + 1)
        log(String(format: "questions made and read in %.0f s; for example:", Date().timeIntervalSince(started)))
        for example in dev.prefix(12) { log("  " + example.text) }
        func report(_ name: String, _ model: SpanModel, _ examples: [SpanTraining.Example]) -> String {
            let (overall, byKind) = SpanTraining.accuracy(model, on: examples)
            return String(format: "%@: answer ranked first %.1f%%", name, 100 * overall)
                + byKind.sorted { $0.key < $1.key }.map { String(format: ", %@ %.1f%% of %d", $0.key, 100 * Double($0.value.right) / Double($0.value.count), $0.value.count) }.joined()
        }
        log(report("dev, the shipped model", SpanModel.shipped, dev))
        var model = SpanTraining.train(train, epochs: options.answerEpochs, seed: options.seed, penalty: options.answerPenalty, log: log)
        let devLine = report("dev", model, dev)
        log(devLine)
        if options.reportTest { log(report("test", model, try examples(["en_ewt-ud-test.conllu", "en_gum-ud-test.conllu"], seed: options.seed + 2))) }
        model.manifest = ["Annals answer-span model",
                          "trained on questions made from UD English-EWT and English-GUM (train) by QuestionMaker (the verb said otherwise in a share of \(options.verbRewording), each noun in \(options.nounRewording)), read by the reading grammar \(grammar.fingerprint); "
                              + "\(train.count) questions, \(options.answerEpochs) epochs, L2 penalty \(options.answerPenalty), seed \(options.seed)",
                          devLine.replacingOccurrences(of: "dev:", with: "EWT and GUM dev:")]
        try FileManager.default.createDirectory(atPath: options.answersOut, withIntermediateDirectories: true)
        try model.text.write(toFile: options.answersOut + "/span-model.txt", atomically: true, encoding: .utf8)
        log("wrote \(options.answersOut)/span-model.txt: \(model.weights.filter { abs($0.value) >= 0.00005 }.count) weights")
    }
}
