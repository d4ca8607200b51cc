import Testing
import Foundation
@testable import AnnalsGrammar

/// The neural parser tagging again: trained on a few sentences whose first tagger's
/// classes are all wrong, it gives back their gold classes (and trees); the tagging
/// layer's place survives the file, and a file from before it reads as not tagging.
struct NeuralTaggingTests {
    /// Each word's tags, and three sentences as (word, head, relation).
    static let tags = ["the": "DET\tDT", "a": "DET\tDT", "cat": "NOUN\tNN", "dog": "NOUN\tNN", "saw": "VERB\tVBD", "ran": "VERB\tVBD"]
    static let trees: [[(String, Int, String)]] = [
        [("the", 2, "det"), ("cat", 3, "nsubj"), ("saw", 0, "root"), ("a", 5, "det"), ("dog", 3, "obj")],
        [("a", 2, "det"), ("dog", 3, "nsubj"), ("ran", 0, "root")],
        [("the", 2, "det"), ("dog", 3, "nsubj"), ("saw", 0, "root"), ("the", 5, "det"), ("cat", 3, "obj")],
    ]
    static let treebank = trees.map { tree in
        tree.enumerated().map { k, word in "\(k + 1)\t\(word.0)\t\(word.0)\t\(tags[word.0]!)\t_\t\(word.1)\t\(word.2)\t_\t_" }
            .joined(separator: "\n") + "\n\n"
    }.joined()

    @Test func taggingAgainCorrectsTheFirstTagger() throws {
        let sentences = try CoNLLU.read(Self.treebank)
        let classes = ["DET DT", "NOUN NN", "VERB VBD"]
        let gold = sentences.map { $0.words.map { classes.firstIndex(of: "\($0.upos) \($0.xpos)")! } }
        var settings = NeuralTraining.Settings()
        (settings.epochs, settings.dropout, settings.wordDropout, settings.minimumCount, settings.rate) = (60, 0, 0, 1, 0.01)
        (settings.batchWords, settings.averaging) = (4, 0)
        var epochs = 0
        let parser = NeuralTraining.train(sentences, tags: gold.map { $0.map { _ in 0 } }, classes: gold, tagCount: classes.count, shape: { shape in
            (shape.suffixes, shape.shapes, shape.hidden, shape.arcWidth, shape.labelWidth) = (16, 8, 8, 8, 4)
            (shape.wordWidth, shape.tagWidth, shape.suffixWidth, shape.shapeWidth) = (8, 2, 2, 2)
            shape.tagLayer = 1
        }, settings: settings, evaluate: { _ in epochs += 1; return Double(epochs) }, log: { _ in })
        for (sentence, classes) in zip(sentences, gold) {
            let analysis = parser.analyse(sentence.words.map { WordForm($0.form) }, tags: classes.map { _ in 0 })
            #expect(analysis.tags == classes)
            #expect(analysis.heads == sentence.words.map { $0.head! })
        }
    }

    @Test func theTaggingLayerSurvivesTheFile() throws {
        var shape = NeuralParserTests.tinyShape(tagLayer: 2, lexicals: 6)
        let parser = NeuralParser(shape: shape, values: NeuralWeights(shape).initialValues(seed: 4), vocabulary: [:], labels: ["a", "b", "c", "root"])
        #expect(try NeuralParser(decoding: parser.encoded()).shape == shape)
        let withAffixes = NeuralParserTests.tinyShape(tagLayer: 1, affixes: 8)
        let reading = NeuralParser(shape: withAffixes, values: NeuralWeights(withAffixes).initialValues(seed: 4), vocabulary: [:], labels: ["a", "b", "c", "root"])
        #expect(try NeuralParser(decoding: reading.encoded()).shape == withAffixes)
        #expect(reading.sentence([WordForm("Zyxwv"), WordForm("ran")], tags: [0, 0]).affixes.allSatisfy { (0..<8).contains($0) })
        (shape.tagLayer, shape.lexicals, shape.lexicalWidth) = (0, 0, 8)
        #expect(NeuralShape(numbers: Array(shape.numbers.prefix(13))) == shape)
        #expect(NeuralShape(numbers: Array(shape.numbers.prefix(13)) + [3]) == nil, "a layer the encoder does not have")
    }

    /// A word's class is the best of the universal tag with the most probability: two
    /// noun classes together outweigh one proper-noun class that beats each alone.
    @Test(arguments: [
        ([1.0, 1.0, 1.5, -2.0], 0, 2),
        ([0.5, 1.2, 1.5, -2.0], 1, 2),
        ([-1.0, -1.0, 2.0, 0.0], 2, 2),
        ([0.0, 0.0, 0.0, 3.0], 3, 3),
    ] as [([Float], Int, Int)])
    func theTagWithTheMostProbabilityWins(scores: [Float], grouped: Int, alone: Int) {
        let classes = ["NOUN NN", "NOUN NNP", "PROPN NNP", "VERB VB"]
        let buffer = FloatBuffer(scores.count)
        for (k, score) in scores.enumerated() { buffer[k] = score }
        let groups = ReadingGrammar.upos(of: classes)
        #expect(groups == [0, 0, 1, 2])
        #expect(TagScorer.best(buffer, classes: 4, groups: groups) == [grouped])
        #expect(TagScorer.best(buffer, classes: 4) == [alone])
    }
}
