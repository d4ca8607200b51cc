/// Beam search over arc-hybrid configurations: the `width` best-scoring partial parses
/// are kept at each step (every parse of n words takes 2n moves, so they stay in step),
/// and the best complete one wins. Width 1 is the greedy parser.
struct BeamSearch {
    struct Item {
        var state: ArcHybrid
        var score: Float
        var moves: [ArcHybrid.Move]
        /// Whether every move so far is the gold one (training only).
        var isGold: Bool
    }

    struct Candidate {
        var item: Int
        var klass: Int
        var score: Float
    }

    let width: Int
    let labelCount: Int

    /// One step: every allowed move of every item, the best `width` of them applied.
    /// `score` fills a class-score array for an item's configuration.
    func step(_ beam: [Item], gold: ArcHybrid.Move?, score: (ArcHybrid, inout [Float]) -> Void) -> [Item] {
        var candidates: [Candidate] = []
        candidates.reserveCapacity(beam.count * (1 + 2 * labelCount))
        var scores = [Float](repeating: 0, count: 1 + 2 * labelCount)
        for (i, item) in beam.enumerated() {
            score(item.state, &scores)
            let canShift = item.state.allows(.shift), canLeft = item.state.allows(.left(0)), canRight = item.state.allows(.right(0))
            for k in scores.indices {
                let allowed = k == 0 ? canShift : k <= labelCount ? canLeft : canRight
                if allowed { candidates.append(Candidate(item: i, klass: k, score: item.score + scores[k])) }
            }
        }
        let best = Self.top(width, of: candidates)
        return best.map { candidate in
            var item = beam[candidate.item]
            let move = Parser.move(candidate.klass, labelCount: labelCount)
            item.state.apply(move)
            item.score = candidate.score
            item.moves.append(move)
            item.isGold = item.isGold && gold == move
            return item
        }
    }

    /// The `k` best candidates, best first; ties keep the earlier (so results never depend on sorting).
    static func top(_ k: Int, of candidates: [Candidate]) -> [Candidate] {
        if k == 1 {
            guard var best = candidates.first else { return [] }
            for candidate in candidates.dropFirst() where candidate.score > best.score { best = candidate }
            return [best]
        }
        var kept: [Candidate] = []
        kept.reserveCapacity(k + 1)
        for candidate in candidates {
            if kept.count == k, let last = kept.last, candidate.score <= last.score { continue }
            var position = kept.count
            while position > 0, kept[position - 1].score < candidate.score { position -= 1 }
            kept.insert(candidate, at: position)
            if kept.count > k { kept.removeLast() }
        }
        return kept
    }
}
