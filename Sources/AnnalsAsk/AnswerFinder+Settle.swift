import AnnalsCore

extension AnswerFinder {
    /// The answering the candidates give: each counted up for the other sentences that say it
    /// nearly as well, a finer date preferred to the coarse one it agrees with, ranked; a close
    /// second from another source that cannot be the same makes a conflict.
    func settle(_ candidates: [String: FoundAnswer], question: Question, passages: [Passage], explanation: [String]) -> Answering {
        var candidates = candidates
        // More sentences saying it, nearly as well as the best, count for it; a yes or no
        // rests on the best one alone.
        if question.expected != .yesno {
            for key in candidates.keys {
                let found = candidates[key]!
                let seconds = found.support.values.filter { $0 >= found.score - 0.6 }.count - 1
                candidates[key]!.score += 0.15 * Double(max(seconds, 0))
            }
        }
        // Of two dates that agree ("1924", "21 January 1924") and score alike, the finer one is the answer.
        if question.expected == .date {
            for (key, coarse) in candidates.sorted(by: { $0.key < $1.key }) where coarse.value.count < 10 {
                for (finerKey, finer) in candidates where finerKey != key && finer.value.hasPrefix(coarse.value + "-") && !finer.value.contains("/")
                    && finer.score >= coarse.score - 0.3 && finer.score < coarse.score + 0.01 {
                    candidates[finerKey]!.score = coarse.score + 0.01
                }
            }
        }
        var ranked = candidates.values.sorted { ($0.score, $1.value) > ($1.score, $0.value) }
        ranked = order(ranked, question: question, passages: passages)
        guard let best = ranked.first else { return Answering(status: .notFound, answers: [], explanation: explanation) }
        // Sources that disagree: a close second from another document with a value that cannot be the same.
        if let second = ranked.dropFirst().first(where: { other in
            other.score >= best.score - 0.35 && Set(other.passages.map { passages[$0].source }).isDisjoint(with: best.passages.map { passages[$0].source })
                && !compatible(best, other, question.expected)
        }), [.date, .place, .number, .person].contains(question.expected), best.kind == question.expected, second.kind == question.expected {
            return Answering(status: .conflict, answers: [best, second], explanation: explanation)
        }
        // One work under two titles in two sources ("The Revolution Betrayed", "The Russian Revolution Betrayed").
        if question.expected == .work, let other = ranked.dropFirst().first(where: { other in
            other.value != best.value && WorkTitles.nameOneWork(other.value, best.value)
                && Set(other.passages.map { passages[$0].source }).isDisjoint(with: best.passages.map { passages[$0].source })
        }) {
            return Answering(status: .conflict, answers: [best, other], explanation: explanation)
        }
        return Answering(status: .answered, answers: Array(ranked.prefix(3)), explanation: explanation)
    }
}

extension AnswerFinder {
    /// Adds an answer found in one sentence (`sentence`, "document:offset") to those found: a
    /// value found again keeps its best score and the text that scored it ("Dorvik, Northern
    /// Province" says more than "Dorvik" for a place), and every sentence behind it, the best first.
    static func record(_ answer: FoundAnswer, from sentence: String, expected: AnswerKind, in candidates: inout [String: FoundAnswer]) {
        let key = expected == .date ? answer.value : answer.value.lowercased()
        let (text, score) = (answer.text, answer.score)
        guard var found = candidates[key], let index = answer.passages.first else {
            var first = answer
            first.support = [sentence: score]
            candidates[key] = first
            return
        }
        let fuller = expected == .place && text.count > found.text.count && text.hasPrefix(found.text)
        if score > found.score {
            found.score = score
            if fuller || !(found.text.count > text.count && found.text.hasPrefix(text) && expected == .place) { found.text = text }
            found.passages.removeAll { $0 == index }
            found.passages.insert(index, at: 0)
        } else {
            if fuller { found.text = text }
            if !found.passages.contains(index) { found.passages.append(index) }
        }
        found.support[sentence] = max(found.support[sentence] ?? score, score)
        candidates[key] = found
    }
}
