/// The cause a sentence gives for a death: "died of a heart attack", or an illness the
/// same sentence says led to it ("three strokes, which resulted in … death").
enum Cause {
    /// - Parameter illnesses: the illnesses stated in the claim's sentence by its witness,
    ///   in document order (see ``illnessesBySentence(_:)``).
    static func of(_ claim: WitnessedClaim, illnesses: [WitnessedClaim]) -> String? {
        let tail = ContentWords.words(of: claim.tail)
        if let first = tail.first, first == "of" || first == "from" {
            let words = tail.dropFirst().drop { ["a", "an", "the", "his", "her", "their"].contains($0) }
                .prefix { !stops.contains($0) }.prefix(4)
            if !words.isEmpty { return words.joined(separator: " ") }
        }
        // An illness earlier in the same sentence of the same witness.
        guard let trigger = claim.claim.trigger else { return nil }
        let illness = illnesses.last { other in (other.claim.trigger?.end ?? .max) <= trigger.start }
        guard let illness, !illness.triggerText.isEmpty else { return nil }
        return illness.triggerText.lowercased()
    }

    /// Where a claim's sentence is: its witness and its evidence span.
    struct Sentence: Hashable {
        var witness: Witness
        var evidence: TextRange
    }

    /// The illness claims of every sentence, found in one pass so that a death's cause is
    /// looked up, not searched for among every claim.
    static func illnessesBySentence(_ claims: [WitnessedClaim]) -> [Sentence: [Int]] {
        var found: [Sentence: [Int]] = [:]
        for (index, claim) in claims.enumerated() where claim.claim.eventType == .illness {
            found[Sentence(witness: claim.witness, evidence: claim.claim.evidence), default: []].append(index)
        }
        return found
    }

    /// Compared by words, without articles or plurals: causes sharing a word agree.
    static func words(_ cause: String) -> Set<String> {
        Set(ContentWords.titleWords(cause).map { $0.hasSuffix("s") && $0.count > 3 ? String($0.dropLast()) : $0 })
    }

    static let stops: Set<String> = ["on", "in", "at", "after", "while", "and", "when", "which", "that", "aged", "age", "before", "during", "with"]
}

/// A number written just before an event word: "three strokes", "2 daughters".
enum Quantity {
    static func before(_ claim: WitnessedClaim) -> Int? {
        guard let word = ContentWords.words(of: claim.lead).last else { return nil }
        if let number = Int(word) { return number < 10_000 ? number : nil }
        // Words from two to twelve: "one" of something is rarely a count in dispute.
        return NumberWords.value(of: word).flatMap { (2...12).contains($0) ? $0 : nil }
    }
}
