import Foundation
import Testing
import AnnalsCore
@testable import AnnalsAsk

/// The answer finder's weights (`Resources/answer-weights.txt`): the file, the sum, and the
/// explanation that shows what each feature added.
struct AnswerWeightsTests {
    @Test func aLineWithoutItsWeightIsNamedByFileAndLine() {
        #expect(throws: SpanModel.FormatError.self) { try AnswerWeights(text: "# comment\nquestion words written\t2.0\nnames one the question names 0.8\n") }
        do {
            _ = try AnswerWeights(text: "# comment\nquestion words written\t2.0\nnames one the question names 0.8\n")
        } catch {
            #expect(error.description == "answer-weights.txt, line 3: not a feature, a tab and a weight: names one the question names 0.8")
        }
    }

    @Test(arguments: [
        ([("a", 1.0)], 0.0, 2.0),
        ([("a", 0.5), ("b", 1.0)], 0.0, 0.5),
        ([("a", 0.5), ("b", -1.0)], 1.0, 2.5),
        ([("b", 0.0)], 1.5, 1.5),
    ] as [([(String, Double)], Double, Double)])
    func theScoreIsTheStartPlusEachValueTimesItsWeight(features: [(String, Double)], start: Double, expected: Double) throws {
        let weights = try AnswerWeights(text: "a\t2.0\nb\t-0.5\n")
        #expect(abs(weights.score(features, from: start) - expected) < 1e-12)
    }

    /// Every passage the finder weighs is explained by its terms, and they add up to its score.
    @Test(arguments: ["When was Anna Petrova arrested?", "Where was Anna Petrova arrested in 1898?", "Who was arrested in Kiev?",
                      "When was Anna Petrova first arrested?", "Was Anna Petrova arrested in Kiev?"])
    func anExplainedScoreIsTheSumOfItsTerms(question: String) throws {
        let explanation = AnswerFinder(explains: true).answer(QuestionReader().read(question), passages: [AnswerFinderTests.arrest],
                                                              questionEntities: AnswerFinderTests.anna, nameIDs: ["Anna Petrova": "person:anna petrova"]).explanation
        let scoreLine = try #require(explanation.firstIndex { $0.hasSuffix("was arrested in Kiev.") })
        let score = try #require(Double(explanation[scoreLine].split(separator: " ")[0]))
        let terms = explanation[scoreLine + 1].dropFirst(4).split(separator: ", ").map { term -> Double in
            let product = term.split(separator: " ").last!.split(separator: "×").compactMap { Double($0) }
            return product.count == 2 ? product[0] * product[1] : .nan
        }
        #expect(!terms.isEmpty && terms.allSatisfy { !$0.isNaN })
        #expect(abs(terms.reduce(0, +) - score) < 0.02 * Double(terms.count))
        // Each candidate the passage offers scores the passage's score plus its own terms.
        if score >= AnswerFinder().threshold {
            let candidate = scoreLine + 2
            try #require(explanation.indices.contains(candidate + 1))
            let candidateScore = try #require(Double(explanation[candidate].split(separator: " ")[0]))
            #expect(explanation[candidate + 1].hasPrefix("      = "))
            #expect(abs(score + Self.sum(of: explanation[candidate + 1]) - candidateScore) < 0.02 * Double(terms.count + 3))
        }
    }

    /// The sum of the terms an explanation line gives ("  = name 0.50×2.0, …").
    static func sum(of line: String) -> Double {
        line.drop { $0 == " " || $0 == "=" }.split(separator: ", ").reduce(0) { sum, term in
            let product = term.split(separator: " ").last!.split(separator: "×").compactMap { Double($0) }
            return sum + (product.count == 2 ? product[0] * product[1] : .nan)
        }
    }

    /// The least score of an answering passage is the file's, read like its weights.
    @Test func theThresholdIsTheFilesOwn() throws {
        #expect(try AnswerWeights(text: "passage threshold\t2.5\na\t1.0\n").threshold == 2.5)
        #expect(AnswerFinder().threshold == AnswerWeights.shipped.weights["passage threshold"])
        #expect(AnswerFinder(threshold: 0.5).threshold == 0.5)
    }
}
