/// Event words the word reader cannot tell without the tree: "held" names a gathering or a
/// hearing only when what is held is one ("an independent Commission of Inquiry into the
/// charges … was held in Coyoacan"), however far the noun stands from the verb.
struct TreeTriggers {
    let reading: SentenceReading

    /// "helped organize the Union", "managed to escape", "began to publish": an infinitive
    /// under a verb that says its event came about names that event, found by the past
    /// form of its lemma in the lexicon ("organize" → "organized").
    func implicated(besides found: [EventLexicon.Trigger]) -> [EventLexicon.Trigger] {
        guard let tree = reading.tree else { return [] }
        var triggers: [EventLexicon.Trigger] = []
        for w in tree.words.indices where tree.words[w].xpos == "VB" && tree.words[w].relation == "xcomp" {
            let t = tree.tokenOfWord[w]
            guard let head = tree.head(w), EventWords.implicativeVerbs.contains(tree.lemma(head)),
                  !found.contains(where: { $0.first <= t && t < $0.end }) else { continue }
            let lemma = tree.lemma(w)
            guard let type = [lemma + "ed", lemma + "d"].lazy.compactMap({ EventLexicon.verbs[$0] }).first else { continue }
            triggers.append(EventLexicon.Trigger(type: type, first: t, end: t + 1, form: .active))
        }
        return triggers
    }

    /// "began editing (… an aside …) Nashe Slovo": a verb whose work is an office
    /// (``EventWords/officeVerbs``), with a name for its object, takes up that office.
    func offices(besides found: [EventLexicon.Trigger]) -> [EventLexicon.Trigger] {
        guard let tree = reading.tree else { return [] }
        return tree.words.indices.compactMap { w in
            let t = tree.tokenOfWord[w]
            guard tree.words[w].upos == "VERB", EventWords.officeVerbs[tree.lemma(w)] != nil, !found.contains(where: { $0.first <= t && t < $0.end }),
                  tree.dependents(of: w, ["obj"]).contains(where: { tree.words[$0].upos == "PROPN" }) else { return nil }
            return EventLexicon.Trigger(type: .appointment, first: t, end: t + 1, form: .active)
        }
    }

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

    /// "In 1897, she wrote:", "in 1919 remarked to Maxim Gorky:": a verb of saying
    /// (``EventWords/quotingVerbs``) that introduces quoted words after a colon, with a
    /// date of its own, is a dated statement. Undated, it is only how a quotation is told.
    func quotedStatements() -> [EventLexicon.Trigger] {
        guard let tree = reading.tree else { return [] }
        let dates = TreeDates(reading: reading, tree: tree, triggers: [])
        return tree.words.indices.compactMap { w in
            let t = tree.tokenOfWord[w]
            guard tree.words[w].upos == "VERB", EventWords.quotingVerbs.contains(tree.lemma(w)),
                  tree.dependents(of: w, ["obj"]).allSatisfy({ tree.words[$0].upos == "PROPN" || tree.words[$0].upos == "PRON" }),
                  introducesQuotation(w, tree: tree), let dated = dates.date(for: w, isNoun: false), !dated.inferred,
                  !reading.isQuoted[dated.dated.first] else { return nil }
            return EventLexicon.Trigger(type: .statement, first: t, end: t + 1, form: .active)
        }
    }

    /// Whether verb `w` is followed, before any other verb, by a colon or by a comma and an
    /// opening quotation mark: "wrote in March 1903:", "wrote in 1928, \"when Peter …\"".
    private func introducesQuotation(_ w: Int, tree: SentenceTree) -> Bool {
        let quotes: Set<String> = ["\"", "\u{201C}"]
        var i = tree.tokenOfWord[w] + 1
        while i < reading.tokens.count {
            let text = reading.tokens[i].text
            if text == ":" { return true }
            if text == "," { return i + 1 < reading.tokens.count && quotes.contains(reading.tokens[i + 1].text) }
            if quotes.contains(text) { return false }
            if let k = tree.word(ofToken: i, in: reading.tokens), ["VERB", "AUX"].contains(tree.words[k].upos) { return false }
            i += 1
        }
        return false
    }
}
