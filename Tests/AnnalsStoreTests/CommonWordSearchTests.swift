import Testing
import Foundation
import GRDB
@testable import AnnalsStore
import AnnalsCore
import AnnalsTesting

/// Searching for any of several words where some are common: the common words rank the
/// sentences the rarer words gather and gather none of their own.
struct CommonWordSearchTests {
    typealias Term = CommonWordSearch.Term

    @Test(arguments: [
        (#""ice" OR "axe"*"#, [Term(word: "ice", isPrefix: false), Term(word: "axe", isPrefix: true)]),
        (#""ice" OR "axe" OR "river""#, [Term(word: "ice", isPrefix: false), Term(word: "axe", isPrefix: false), Term(word: "river", isPrefix: false)]),
        // (Only a disjunction of single words is planned: one word, a phrase, words that must all appear, NOT.)
        (#""ice""#, nil),
        (#""ice axe" OR "river""#, nil),
        (#""ice" "axe""#, nil),
        (#""ice" AND "axe""#, nil),
        (#""ice" NOT "axe""#, nil),
    ] as [(String, [Term]?)])
    func aDisjunctionOfWordsIsRecognised(pattern: String, terms: [Term]?) {
        #expect(CommonWordSearch.disjuncts(of: pattern) == terms)
    }

    @Test func theCommonestWordsStopGatheringUntilTheRestFitTheBudget() throws {
        let terms = ["orlov", "father", "ivan", "born"].map { Term(word: $0, isPrefix: false) }
        let plan = try #require(CommonWordSearch.plan(terms, counts: [90_000, 2_000, 30_000, 5_000], budget: 40_000))
        #expect(plan.gathering.map(\.word) == ["father", "ivan", "born"])
        #expect(plan.rankingOnly.map(\.word) == ["orlov"])
        #expect(plan.bothPattern == #"("father" OR "ivan" OR "born") AND ("orlov")"#)
        let tighter = try #require(CommonWordSearch.plan(terms, counts: [90_000, 2_000, 30_000, 5_000], budget: 5_000))
        #expect(tighter.gathering.map(\.word) == ["father"])
        #expect(tighter.rankingOnly.map(\.word) == ["orlov", "ivan", "born"])
    }

    @Test func noPlanWhereEveryWordFitsOrOneWordIsLeft() {
        let terms = ["orlov", "father"].map { Term(word: $0, isPrefix: false) }
        #expect(CommonWordSearch.plan(terms, counts: [30_000, 2_000], budget: 40_000) == nil)
        // (The last word gathers whatever it costs: a search must find something.)
        #expect(CommonWordSearch.plan(terms, counts: [60_000, 50_000], budget: 40_000)?.gathering.map(\.word) == ["father"])
        #expect(CommonWordSearch.plan([terms[0]], counts: [90_000], budget: 40_000) == nil)
    }

    @Test func aSentenceInBothListsTakesTheScoreThatCountsEveryWord() {
        let merged = CommonWordSearch.merge(gathered: [(1, -5), (2, -4), (3, -1)], both: [(3, -7), (4, -4.5)], limit: 3)
        #expect(merged.map(\.0) == [3, 1, 4])
        #expect(merged.map(\.1) == [-7, -5, -4.5])
    }

    /// Where "harvest" is in twenty-one sentences, a budget of five makes it a common word: the
    /// sentences that write a rarer word come first as BM25 over every word ranks them (the one
    /// that also writes "harvest" above the rest), and no sentence writing only "harvest" is gathered.
    @Test func aPlannedSearchRanksTheGatheredSentencesAsTheFullSearchDoes() throws {
        let folder = TemporaryDirectory("common-words")
        let store = try SQLiteDocumentStore(path: folder.file("c.sqlite"), createIfMissing: true)
        var lines = ["The harvests of Varlow", ""]
        for year in 1800..<1820 { lines.append("In \(year) the harvest in Varlow was recorded by the clerk.") }
        lines += ["An axe was sold at the market.", "The clerk kept the harvest axe in the town hall.", "Ice covered the river that winter."]
        _ = try store.ingest(DocumentPreparer.prepare(text: lines.joined(separator: "\n\n"), sourceName: "varlow.txt", format: .plainText), at: Date())
        let pattern = #""harvest" OR "axe" OR "ice""#
        let (planned, full) = try store.read { db in
            (try SQLiteDocumentStore.rankedSentences(db, pattern: pattern, filter: nil, arguments: [:], limit: 10, budget: 5),
             try SQLiteDocumentStore.rankedSentences(db, pattern: pattern, filter: nil, arguments: [:], limit: 100, budget: .max))
        }
        #expect(planned.count == 3)
        #expect(planned.map(\.0) == full.filter { found in planned.contains { $0.0 == found.0 } }.map(\.0))
        for (sentence, score) in planned {
            #expect(abs(score - (full.first { $0.0 == sentence }?.1 ?? 0)) < 1e-9)
        }
        let hits = try store.search(SearchQuery(text: "harvest OR axe OR ice", limit: 3, highlights: false))
        #expect(hits.allSatisfy { $0.snippet == $0.quote })
    }
}
