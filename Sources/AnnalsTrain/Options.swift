import Foundation
import AnnalsGrammar

/// What `scripts/train` sets: the defaults are the shipped model's settings; the other
/// flags are for experiments (reported, never shipped, unless the defaults change).
struct Options {
    var ud = "../shared/external/ud"
    var out = "Sources/AnnalsGrammar/Resources"
    var seed: UInt64 = 17
    var taggerEpochs = 8
    var passes = 2
    var taggerThreshold: Float = 1.5
    var parserEpochs = 16
    var beam = 1
    var threshold: Float = 1.5
    /// How often a lifted arc's marked relation must occur to be learnt (pseudo-projective parsing).
    var minimumLifted = 20
    /// Parser thresholds to report on (size and accuracy), besides the one shipped.
    var thresholds: [Float] = []
    var reportTest = false
    var goldTags = false
    var errors = false
    var confusions = false
    /// Train only the feature classifier, over the tagger and parser of this grammar file.
    var featuresOnly: String?
    /// The neural parser (shipped); `--transition` trains the transition parser instead.
    var neural = true
    /// Read the neural parser from this file instead of training it.
    var neuralFrom: String?
    var neuralEpochs = 40
    var hidden = 64
    var layers = 2
    var wordWidth = 64
    var arcWidth = 64
    /// The encoder layer whose outputs tag each word again (0: the first tagger's classes stand).
    var tagLayer = 1
    var tagWeight: Float = 1

    /// Where WordNet's files are (the tagger's lexicon); "" for a tagger without one.
    var wordnet = "/usr/share/wordnet"
    /// GeoNames' places for the entity recognizer's gazetteer (`scripts/geonames-places.py`'s table; "": none).
    var geonames = ".build-train/geonames-places.tsv"
    /// Whether the neural parser reads the lexicon's entries too (besides the tagger's class).
    var lexicalInput = true
    /// Rows of the neural parser's table of word beginnings and endings (0: none).
    var affixes = 8192
    /// Stop after the tagger is trained and scored (for experiments on the tagger).
    var taggerOnly = false
    /// Train the entity recognizer (entities.bin) instead of the grammar, over the shipped grammar's analyses.
    var entities = false
    /// Write the given names derived from WordNet (given-names.txt) instead; the entity recognizer's training writes them too.
    var givenNames = false
    var entityEpochs = 12
    /// Entity recognizers trained in different orders whose mean is kept.
    var entityRuns = 5
    /// The share of GeoNames' places in the gazetteer each training epoch hides from the entity recognizer.
    var gazetteerHiding = 0.5
    /// Cross-validate the entity recognizer over this many folds of GUM train and dev instead (for choosing settings).
    var entityFolds = 0
    /// Train the coreference model (coreference.bin) instead, over the grammar's analyses.
    var coreference = false
    var corefEpochs = 8
    /// Cross-validate the coreference model over this many folds of GUM train and dev instead.
    var corefFolds = 0
    /// Train the answer-span model (`--answers`), written to `answersOut`, over `answerEpochs` passes.
    var answers = false
    var answersOut = "Sources/AnnalsAsk/Resources"
    var answerEpochs = 6
    /// The share of made questions that say the verb otherwise, and of their nouns said otherwise.
    var verbRewording = 0.0
    var nounRewording = 0.0
    /// The L2 penalty on the span model's weights: larger keeps them small, each feature trusted less.
    var answerPenalty = 0.03

    nonisolated(unsafe) static var current = Options()

    init() {}

    init(_ arguments: ArraySlice<String>) {
        var rest = arguments[...]
        func value() -> String { rest.popFirst() ?? "" }
        while let flag = rest.popFirst() {
            switch flag {
            case "--ud": ud = value()
            case "--out": out = value()
            case "--seed": seed = UInt64(value()) ?? seed
            case "--tagger-epochs": taggerEpochs = Int(value()) ?? taggerEpochs
            case "--passes": passes = Int(value()) ?? passes
            case "--tagger-threshold": taggerThreshold = Float(value()) ?? taggerThreshold
            case "--parser-epochs": parserEpochs = Int(value()) ?? parserEpochs
            case "--beam": beam = Int(value()) ?? beam
            case "--threshold": threshold = Float(value()) ?? threshold
            case "--minimum-lifted": minimumLifted = Int(value()) ?? minimumLifted
            case "--thresholds": thresholds = value().split(separator: ",").compactMap { Float($0) }
            case "--report-test": reportTest = true
            case "--gold-tags": goldTags = true
            case "--errors": errors = true
            case "--confusions": confusions = true
            case "--features-only": featuresOnly = value()
            case "--neural": neural = true
            case "--transition": neural = false
            case "--neural-from": neuralFrom = value(); neural = true
            case "--neural-epochs": neuralEpochs = Int(value()) ?? neuralEpochs
            case "--hidden": hidden = Int(value()) ?? hidden
            case "--layers": layers = Int(value()) ?? layers
            case "--word-width": wordWidth = Int(value()) ?? wordWidth
            case "--arc-width": arcWidth = Int(value()) ?? arcWidth
            case "--tag-layer": tagLayer = Int(value()) ?? tagLayer
            case "--tag-weight": tagWeight = Float(value()) ?? tagWeight
            case "--wordnet": wordnet = value()
            case "--no-lexicon": wordnet = ""
            case "--geonames": geonames = value()
            case "--no-geonames": geonames = ""
            case "--tagger-only": taggerOnly = true
            case "--lexical-input": lexicalInput = true
            case "--no-lexical-input": lexicalInput = false
            case "--affixes": affixes = Int(value()) ?? affixes
            case "--entities": entities = true
            case "--given-names": givenNames = true
            case "--entity-epochs": entityEpochs = Int(value()) ?? entityEpochs
            case "--entity-runs": entityRuns = Int(value()) ?? entityRuns
            case "--gazetteer-hiding": gazetteerHiding = Double(value()) ?? gazetteerHiding
            case "--entity-folds": entityFolds = Int(value()) ?? entityFolds
            case "--coreference": coreference = true
            case "--coref-epochs": corefEpochs = Int(value()) ?? corefEpochs
            case "--coref-folds": corefFolds = Int(value()) ?? corefFolds
            case "--answers": answers = true
            case "--answers-out": answersOut = value()
            case "--answer-epochs": answerEpochs = Int(value()) ?? answerEpochs
            case "--verb-rewording": verbRewording = Double(value()) ?? verbRewording
            case "--noun-rewording": nounRewording = Double(value()) ?? nounRewording
            case "--answer-penalty": answerPenalty = Double(value()) ?? answerPenalty
            default:
                FileHandle.standardError.write(Data("AnnalsTrain: unknown option \(flag)\n".utf8))
                exit(64)
            }
        }
    }

    /// The settings, as the model's manifest records them.
    var summary: String {
        let tagger = "seed \(seed), tagger epochs \(taggerEpochs), \(passes) tagging passes, tagger threshold \(taggerThreshold), "
            + (wordnet.isEmpty ? "no lexicon, " : "lexicon from WordNet 3.0, ")
        if neural {
            return tagger + "neural parser: \(layers) BiLSTM layers of \(hidden) a direction, words \(wordWidth) wide, arcs \(arcWidth) wide, "
                + "up to \(neuralEpochs) epochs" + (tagLayer > 0 ? ", tagging again from layer \(tagLayer)" + (tagWeight != 1 ? " (its loss weighed \(tagWeight))" : "") : "")
                + (lexicalInput ? ", reading the lexicon" : "") + (affixes > 0 ? ", reading \(affixes) rows of affixes" : "")
        }
        return tagger + "parser epochs \(parserEpochs), beam \(beam), parser threshold \(threshold), lifted relations seen \(minimumLifted) times"
    }
}

/// A line on standard error, which is not buffered: training runs for minutes.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension Options {
    /// The grammar in the output folder, which the entity and coreference models learn
    /// from (its analyses are what they will read in use); exits when it is missing.
    func outputGrammar(for model: String) throws -> ReadingGrammar {
        guard let bytes = FileManager.default.contents(atPath: out + "/grammar.bin") else {
            log("AnnalsTrain: \(out)/grammar.bin is missing: \(model) learns from that grammar's analyses")
            exit(1)
        }
        return try ReadingGrammar(decoding: bytes)
    }
}
