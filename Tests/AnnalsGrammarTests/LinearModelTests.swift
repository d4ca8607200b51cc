import Testing
import Foundation
@testable import AnnalsGrammar

/// A frozen model scores as the trained one did, within the precision its 256 weight
/// levels keep, after a trip through its bytes; damaged bytes are refused.
struct LinearModelTests {
    /// A perceptron trained on a small made-up problem: the class is the feature's residue.
    static func trained() -> Perceptron {
        let perceptron = Perceptron(classCount: 5)
        var generator = SeededGenerator(seed: 3)
        var scores = [Float](repeating: 0, count: 5)
        for _ in 0..<4_000 {
            let x = UInt64.random(in: 1...500, using: &generator)
            let features = [FeatureHash.feature(1, x), FeatureHash.feature(2, x % 7), FeatureHash.feature(3, 1)]
            perceptron.score(features, into: &scores)
            let guess = scores.indices.max { scores[$0] < scores[$1] }!
            perceptron.update(truth: Int(x % 5), guess: guess, features: features)
            perceptron.tick()
        }
        return perceptron
    }

    @Test func scoresSurviveTheBytesToWithinAFewPerCent() throws {
        let model = Self.trained().averaged()
        let decoded = try LinearModel(decoding: model.encoded())
        #expect(decoded.featureCount == model.featureCount && decoded.entryCount == model.entryCount)
        var a = [Float](repeating: 0, count: 5), b = a
        for x in UInt64(1)...500 {
            let features = [FeatureHash.feature(1, x), FeatureHash.feature(2, x % 7), FeatureHash.feature(3, 1)]
            model.score(features, into: &a)
            decoded.score(features, into: &b)
            for k in 0..<5 { #expect(abs(a[k] - b[k]) <= 0.05 * max(abs(a[k]), 1), "\(x) \(k): \(a[k]) \(b[k])") }
            #expect(a.indices.max { a[$0] < a[$1] } == b.indices.max { b[$0] < b[$1] })
        }
    }

    @Test func theMeanOfModelsScoresAsTheMeanOfTheirScores() {
        let a = Self.trained().averaged()
        let other = Perceptron(classCount: 5)
        for x in UInt64(1)...300 {
            let features = [FeatureHash.feature(1, x), FeatureHash.feature(4, x % 3)]
            other.update(truth: Int(x % 3), guess: Int((x + 1) % 5), features: features)
            other.tick()
        }
        let b = other.averaged(), mean = LinearModel.mean([a, b])
        var sa = [Float](repeating: 0, count: 5), sb = sa, sm = sa
        for x in UInt64(1)...500 {
            let features = [FeatureHash.feature(1, x), FeatureHash.feature(2, x % 7), FeatureHash.feature(4, x % 3)]
            a.score(features, into: &sa); b.score(features, into: &sb); mean.score(features, into: &sm)
            for k in 0..<5 { #expect(abs(sm[k] - (sa[k] + sb[k]) / 2) <= 1e-4 * max(abs(sm[k]), 1), "\(x) \(k)") }
        }
        #expect(LinearModel.mean([a]).featureCount == a.featureCount)
    }

    @Test func pruningDropsSmallWeightsOnly() {
        let perceptron = Self.trained()
        let all = perceptron.averaged(), pruned = perceptron.averaged(threshold: 0.5)
        #expect(pruned.entryCount < all.entryCount)
        #expect(pruned.weights.allSatisfy { abs($0) > 0.5 })
    }

    @Test func levelsKeepEveryMagnitudeClose() {
        let weights: [Float] = [0.003, -0.002, 0.5, -3, 40, 1_000, -20_000]
        let levels = LinearModel.levels(for: weights)
        for weight in weights {
            let level = levels[Int(LinearModel.nearest(weight, in: levels))]
            #expect(level.sign == weight.sign && abs(level - weight) <= 0.08 * abs(weight), "\(weight) → \(level)")
        }
    }

    @Test func damagedBytesAreRefused() {
        var bytes = Self.trained().averaged().encoded()
        bytes.removeLast(10)
        #expect(throws: LinearModel.FormatError.self) { try LinearModel(decoding: bytes) }
        #expect(throws: LinearModel.FormatError.self) { try LinearModel(decoding: Data("nonsense".utf8)) }
    }

    @Test func aDecodedModelWritesTheSameBytesAgain() throws {
        let bytes = Self.trained().averaged().encoded()
        #expect(try LinearModel(decoding: bytes).encoded() == bytes)
    }

    @Test func theShippedGrammarWritesTheSameFileAgain() throws {
        let file = try #require(ReadingGrammar.shippedFile, "the shipped grammar is missing; run scripts/train")
        let bytes = try Data(contentsOf: file)
        #expect(try ReadingGrammar(decoding: bytes).encoded() == bytes)
    }

    @Test func everyByteChangedOrCutIsReadOrRefusedNeverATrap() {
        let bytes = Self.trained().averaged(threshold: 0.5).encoded()
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: LinearModel.FormatError.self) { try LinearModel(decoding: bytes.prefix(length)) }
        }
        for position in stride(from: 0, to: bytes.count, by: 3) {
            for value: UInt8 in [0, 0x80, 0xFF] {
                var damaged = bytes
                damaged[damaged.startIndex + position] = value
                _ = try? LinearModel(decoding: damaged)
            }
        }
    }
}
