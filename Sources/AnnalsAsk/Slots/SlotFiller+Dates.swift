import AnnalsCore
import AnnalsGrammar

/// Of several dates one sentence writes, the one its tree hangs nearest the question's words
/// answers: "He finished the New Testament in 1522 and the Old Testament in 1534" dates the Old
/// Testament by 1534, however close in the text the other date stands.
extension SlotFiller {
    /// How much less the finder may have scored a date it did not put first for the tree to prefer it.
    static let dateMargin = 0.5

    /// `answering` with its first date answer swapped for another of the same sentence when that
    /// one stands nearer, in the sentence's tree, to the words it shares with the question.
    func nearestDate(in answering: Answering, questionWords: [Word], passages: [Passage], parsed: (Int) -> Parsed?) -> Answering {
        guard let first = answering.answers.first, first.kind == .date, let index = first.passages.first, passages.indices.contains(index) else { return answering }
        // (Only dates the finder found nearly as likely: its other measures of them still count.)
        let others = answering.answers.indices.dropFirst().filter {
            answering.answers[$0].kind == .date && answering.answers[$0].passages.first == index && answering.answers[$0].score >= first.score - Self.dateMargin
        }
        guard !others.isEmpty, let sentence = parsed(index) else { return answering }
        // The question's content words, as written and as lemmas.
        let content = Set(questionWords.filter { ["NOUN", "PROPN", "VERB", "ADJ"].contains($0.upos) }.flatMap { [$0.form.lowercased(), $0.lemma.lowercased()] })
        let passage = passages[index], start = passage.range.start
        // The words of a date the sentence writes, and of the one an answer reads.
        func words(of dated: Passage.Dated) -> [Int] {
            let range = (dated.range.start - start)..<(dated.range.end - start)
            return sentence.spans.indices.filter { range.contains(sentence.spans[$0].lowerBound) }
        }
        func dateWords(_ answer: FoundAnswer) -> [Int]? {
            guard let dated = passage.dates.first(where: { $0.text.contains(answer.text) }) else { return nil }
            let inside = words(of: dated)
            return inside.isEmpty ? nil : inside
        }
        let dated = passage.dates.flatMap(words(of:))
        let anchors = sentence.words.indices.filter { k in
            !dated.contains(k) && ["NOUN", "PROPN", "VERB", "ADJ"].contains(sentence.words[k].upos) && SpanRanker.shares(sentence.words[k], with: content)
        }
        guard !anchors.isEmpty else { return answering }
        let tree = DependencyPaths(sentence.words)
        // (Each of the question's words counts once, at its nearest occurrence: "the translation of the Old
        // Testament" is nearer 1534 than "the translation of the New Testament" is, by "Old".)
        let byWord = Dictionary(grouping: anchors) { sentence.words[$0].lemma.lowercased() }.values
        func distance(_ answer: FoundAnswer) -> Int? {
            dateWords(answer).map { words in
                byWord.map { occurrences in words.flatMap { w in occurrences.map { tree.distance(w, $0) } }.min() ?? 0 }.reduce(0, +)
            }
        }
        guard let own = distance(first) else { return answering }
        let nearer = others.compactMap { k in distance(answering.answers[k]).map { (k, $0) } }.filter { $0.1 < own }.min { $0.1 < $1.1 }
        guard let (better, _) = nearer else { return answering }
        var swapped = answering
        swapped.answers.swapAt(0, better)
        swapped.explanation.append("date: \(answering.answers[better].text) hangs nearer the question's words than \(first.text)")
        return swapped
    }
}
