/// Whether an event is stated as fact: negated ("did not join", "refused to sign"),
/// failed ("tried to", "failed to"), hypothetical ("would have", "planned to") or
/// someone's report ("Stalin claimed that…", "it was alleged", "according to").
enum ModalityDetector {
    static let negations: Set<String> = ["not", "never", "n't", "didn't", "wasn't", "weren't", "hadn't", "couldn't", "nor", "neither", "refused", "declined"]
    static let failures: Set<String> = ["tried", "attempted", "failed", "attempt", "attempts", "unsuccessfully", "vain", "sought", "trying", "attempting"]
    static let hypotheticals: Set<String> = ["would", "could", "might", "should", "planned", "intended", "hoped", "wanted", "wished", "if", "proposed", "threatened", "may", "unless", "plan", "plans"]
    static let reportingVerbs: Set<String> = [
        "claimed", "alleged", "accused", "asserted", "insisted", "argued", "charged", "maintained", "testified", "confessed",
        "rumoured", "rumored", "believed", "suspected", "contended", "denied", "said", "says", "claims", "alleges", "suggested",
        "reported", "stated", "wrote", "asserts", "admitted", "according", "allegedly", "reportedly", "supposedly", "purportedly",
    ]

    static func modality(of trigger: EventLexicon.Trigger, in reading: SentenceReading) -> (Modality, Participant?) {
        let clause = reading.clause(around: trigger.first)
        let start = max(clause.lowerBound, trigger.first - 5)
        // Words of dates ("May 1924") say nothing about modality.
        let near = (start..<trigger.first).compactMap { k -> String? in
            guard reading.tokens[k].kind == .word, !reading.dates.contains(where: { ($0.first..<$0.end).contains(k) }) else { return nil }
            return reading.tokens[k].text
        }
        // "not only … but also" keeps the event.
        if near.contains(where: negations.contains), !(near.contains("not") && near.contains("only")) { return (.negated, nil) }
        if near.contains(where: failures.contains) { return (.failed, nil) }
        if let i = near.lastIndex(where: hypotheticals.contains) {
            let word = near[i]
            // "who would later become" narrates the future; "would have" does not.
            let following = near.suffix(from: i + 1)
            if ["would", "could", "might", "should", "may"].contains(word) {
                if !following.contains(where: { ["later", "eventually", "soon", "subsequently", "ultimately"].contains($0) }) { return (.hypothetical, nil) }
            } else if word != "if" || i == 0 {
                return (.hypothetical, nil)
            }
        }
        // A reporting verb earlier in the sentence with "that", or "according to X", or "allegedly".
        let before = reading.words(0..<trigger.first)
        for (offset, word) in before.enumerated().reversed() where reportingVerbs.contains(word) {
            let rest = before.suffix(from: offset + 1)
            let isFramed = rest.contains("that") || ["allegedly", "reportedly", "supposedly", "purportedly"].contains(word) || word == "according"
                || (["accused", "charged"].contains(word) && rest.contains("of"))
            guard isFramed else { continue }
            // Who says so: the nearest name before the reporting word (or after "according to").
            let wordIndex = tokenIndex(ofWord: offset, in: reading)
            var speaker: Participant?
            if word == "according" {
                speaker = reading.referents.first(where: { $0.first > wordIndex && $0.first <= wordIndex + 4 })?.participant
            } else {
                speaker = reading.referents.last(where: { $0.end <= wordIndex && !$0.isPossessive && $0.participant.type != .place })?.participant
            }
            return (.reported, speaker)
        }
        if reading.words(0..<trigger.first).suffix(4).contains(where: { ["alleged", "rumoured", "rumored", "claimed"].contains($0) }) { return (.reported, nil) }
        return (.asserted, nil)
    }

    /// The token index of the n-th word of the sentence.
    private static func tokenIndex(ofWord n: Int, in reading: SentenceReading) -> Int {
        var count = -1
        for (i, token) in reading.tokens.enumerated() where token.kind == .word {
            count += 1
            if count == n { return i }
        }
        return reading.tokens.count
    }
}
