import Foundation

/// A search for any of several words where some are written in a large share of the
/// collection ("Petrova" in a thousand documents about her): ranking every sentence that
/// writes any of them is a pass over each word's whole list of sentences, half a second
/// on a 100 MB collection. The common words then gather no sentences of their own: the
/// rarer words gather them, and the common ones only add to the score of those that also
/// write them. The work is bounded by the rarer words' lists; the ranking is BM25's still
/// wherever the rarer words gather enough sentences that outscore any sentence writing
/// only common words, which their low weight makes the usual case.
enum CommonWordSearch {
    /// One word of a search pattern, as the pattern writes it (`"trots"*`).
    struct Term: Equatable {
        var word: String
        var isPrefix: Bool
        var pattern: String { "\"\(word)\"" + (isPrefix ? "*" : "") }
    }

    /// How a search is run: the words that gather sentences, and those that only rank them.
    struct Plan: Equatable {
        var gathering: [Term]
        var rankingOnly: [Term]

        /// The pattern for the sentences that write a gathering word.
        var gatheringPattern: String { gathering.map(\.pattern).joined(separator: " OR ") }
        /// The pattern for those of them that also write a ranking word: ranked by both.
        var bothPattern: String {
            "(\(gatheringPattern)) AND (\(rankingOnly.map(\.pattern).joined(separator: " OR ")))"
        }
    }

    /// The most sentences the gathering words' lists may hold together before the commonest
    /// words stop gathering.
    static let budget = 40_000

    /// The words of a translated pattern (``FullTextQuery/translate(_:)``) that is a
    /// disjunction of single words, `"a" OR "b"* OR …`; nil for any other pattern (phrases,
    /// words that must all appear, NOT).
    static func disjuncts(of pattern: String) -> [Term]? {
        let parts = pattern.components(separatedBy: " OR ")
        var terms: [Term] = []
        for part in parts {
            let isPrefix = part.hasSuffix("*")
            let quoted = isPrefix ? String(part.dropLast()) : part
            guard quoted.count >= 3, quoted.first == "\"", quoted.last == "\"" else { return nil }
            let word = String(quoted.dropFirst().dropLast())
            guard !word.isEmpty, !word.contains(where: { $0 == " " || $0 == "\"" }) else { return nil }
            terms.append(Term(word: word, isPrefix: isPrefix))
        }
        return terms.count >= 2 ? terms : nil
    }

    /// Which words gather, given how many sentences write each (`counts`, in the order of
    /// `terms`): the commonest stop gathering, one by one, until the rest hold no more than
    /// `budget` sentences or one word is left. Nil when every word may gather.
    static func plan(_ terms: [Term], counts: [Int], budget: Int = budget) -> Plan? {
        guard terms.count == counts.count, counts.reduce(0, +) > budget else { return nil }
        // (Ties broken by the word, so the plan is the same in every run.)
        var order = terms.indices.sorted { (counts[$0], terms[$1].word) > (counts[$1], terms[$0].word) }
        var total = counts.reduce(0, +)
        var common: [Int] = []
        while total > budget, order.count > 1 {
            let commonest = order.removeFirst()
            common.append(commonest)
            total -= counts[commonest]
        }
        guard !common.isEmpty else { return nil }
        return Plan(gathering: terms.indices.filter { !common.contains($0) }.map { terms[$0] },
                    rankingOnly: common.sorted().map { terms[$0] })
    }

    /// The sentences of both ranked lists, best first (BM25 scores are negative: lower is
    /// better), each with its score from `both` where it has one: that score counts every
    /// word it writes.
    static func merge(gathered: [(Int64, Double)], both: [(Int64, Double)], limit: Int) -> [(Int64, Double)] {
        var scores = Dictionary(gathered, uniquingKeysWith: min)
        for (sentence, score) in both { scores[sentence] = score }
        return scores.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map { ($0.key, $0.value) }
    }
}
