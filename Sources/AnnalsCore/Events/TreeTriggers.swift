/// Event words the word reader cannot tell without the tree: "held" names a gathering or a
/// hearing only when what is held is one ("an independent Commission of Inquiry into the
/// charges … was held in Coyoacan"), however far the noun stands from the verb.
struct TreeTriggers {
    let reading: SentenceReading

    /// "was held", "held a conference": a meeting when the thing held is a gathering, a
    /// trial when it is an inquiry or a hearing. Only where the word reader found nothing.
    func heldGatherings(besides found: [EventLexicon.Trigger]) -> [EventLexicon.Trigger] {
        guard let tree = reading.tree else { return [] }
        var triggers: [EventLexicon.Trigger] = []
        for w in tree.words.indices where tree.lemma(w) == "hold" && tree.words[w].upos == "VERB" {
            let t = tree.tokenOfWord[w]
            guard !found.contains(where: { $0.first <= t && t < $0.end }) else { continue }
            let held = tree.dependents(of: w, ["nsubj:pass", "obj"]).map { tree.lemma($0) }
            let passive = !tree.dependents(of: w, ["aux:pass", "nsubj:pass"]).isEmpty
            let type: EventType
            if held.contains(where: EventLexicon.meetingWords.contains) {
                type = .meeting
            } else if held.contains(where: EventWords.hearingNouns.contains) {
                type = .trial
            } else {
                continue
            }
            triggers.append(EventLexicon.Trigger(type: type, first: t, end: t + 1, form: passive ? .passive : .active))
        }
        return triggers
    }
}
