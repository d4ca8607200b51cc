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
                  tree.dependents(of: w, ["obj", "ccomp"]).allSatisfy({ tree.words[$0].upos == "PROPN" || tree.words[$0].upos == "PRON" }),
                  introducesQuotation(w, tree: tree), let dated = dates.date(for: w, isNoun: false), !dated.inferred else { return nil }
            return EventLexicon.Trigger(type: .statement, first: t, end: t + 1, form: .active)
        }
    }

    /// Whether the words of verb `w`'s clause (its own, not a clause it reports) end right before a colon.
    private func introducesQuotation(_ w: Int, tree: SentenceTree) -> Bool {
        var last = tree.tokenOfWord[w]
        var stack = [w]
        while let k = stack.popLast() {
            last = max(last, tree.tokenOfWord[k])
            stack += tree.children[k].filter { !["punct", "parataxis", "ccomp"].contains(tree.words[$0].relation) }
        }
        let next = last + 1
        return next < reading.tokens.count && reading.tokens[next].text == ":"
    }
}
