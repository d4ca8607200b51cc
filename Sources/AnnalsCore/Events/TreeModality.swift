/// Whether an event is told as fact, read from the dependency tree: negated ("did not
/// join", "refused to sign"), failed ("tried to escape", "survived an assassination
/// attempt"), hypothetical ("could have died", "planned to marry", "if he returned") or
/// someone's report ("Stalin claimed that …", "according to Deutscher", "allegedly"),
/// with who reports it.
struct TreeModality {
    let roles: TreeRoles
    private var tree: SentenceTree { roles.tree }

    func modality(of w: Int, type: EventType, isNoun: Bool) -> (Modality, Participant?) {
        // "sentenced without trial", "left without being arrested" (the word before it, wherever the parse hangs "without").
        let before = tree.tokenOfWord[w] - 1
        let denied = { (word: String) in EventWords.denialMarks.contains(word.lowercased()) }
        if isNegated(w) || denied(tree.caseWord(of: w) ?? "") || before >= 0 && denied(roles.reading.tokens[before].text) { return (.negated, nil) }
        // "never said or wrote it": a negation before the first of co-ordinated verbs denies them all.
        if tree.words[w].relation == "conj", let head = tree.head(w), isNegated(head, before: head) { return (.negated, nil) }
        if isNoun, let failed = nounAttempt(w, type: type) { return failed }
        // "allegedly found in his desk after his death": an event that places another in time is taken as known.
        if isNoun, let mark = tree.caseWord(of: w), EventWords.presupposingMarks.contains(mark) { return (.asserted, nil) }
        if hasModal(w) { return (.hypothetical, nil) }
        var k = w
        for _ in tree.words.indices {
            if let reported = reportedBy(adjuncts: k) { return reported }
            guard var head = tree.head(k) else { break }
            // "sought to force him … and arranged his marriage": a finite verb is co-ordinated with the finite
            // verb above the infinitive the parse hung it on, and shares none of that infinitive's modality.
            if tree.base(k) == "conj", roles.isFinite(k), !roles.isFinite(head) {
                while !roles.isFinite(head), let above = tree.head(head) { head = above }
                k = head
                continue
            }
            let lemma = tree.lemma(head)
            switch tree.base(k) {
            case "xcomp":
                // "refused to sign", "failed to escape", "tried to", "planned to".
                if EventWords.negatingVerbs.contains(lemma) { return (lemma == "fail" ? .failed : .negated, nil) }
                if EventWords.attemptVerbs.contains(lemma) { return (.failed, nil) }
                if EventWords.intentionVerbs.contains(lemma) || EventWords.directiveVerbs.contains(lemma) { return (.hypothetical, nil) }
                if isNegated(head) { return (.negated, nil) }
                if hasModal(head) { return (.hypothetical, nil) }
            case "ccomp", "parataxis", "csubj":
                // ("He thought long upon it; he wrote letters": a clause set beside it after a semicolon is told, not thought.)
                let besides = tree.base(k) == "parataxis" && tree.dependents(of: k, ["punct"]).contains { tree.words[$0].form == ";" }
                if EventWords.reportingVerbs.contains(lemma), !besides { return (.reported, speaker(of: head)) }
                // "demanded that Trotsky be released": what is demanded has not happened by being asked
                // ("asked for a raise and was denied; she quit" sets a sentence beside it, asks nothing).
                if tree.base(k) != "parataxis", EventWords.directiveVerbs.contains(lemma) || EventWords.attitudeVerbs.contains(lemma) { return (.hypothetical, nil) }
            case "obj", "obl":
                // "ordered his arrest", "proposed marriage", "called for compulsory education": an event
                // ordered, intended or asked for has not happened by being so.
                let asked = tree.caseWord(of: k).map { $0 == "for" && EventWords.askingForVerbs.contains(lemma) }
                    ?? (EventWords.orderingVerbs.contains(lemma) || EventWords.intentionVerbs.contains(lemma))
                if isNoun, k == w, asked { return (.hypothetical, nil) }
            case "advcl":
                if let mark = tree.caseWord(of: k), EventWords.conditionalMarks.contains(mark) { return (.hypothetical, nil) }
                // "had planned for a Constituent Assembly to be elected": what is planned or asked for has not happened by being so.
                if tree.caseWord(of: k) == "to", EventWords.intentionVerbs.contains(lemma) || EventWords.directiveVerbs.contains(lemma) { return (.hypothetical, nil) }
                // "accused him of being a spy", "described as having married".
                if EventWords.reportingVerbs.contains(lemma), ["of", "as"].contains(tree.caseWord(of: k) ?? "") { return (.reported, speaker(of: head)) }
            case "acl":
                // "a plot to kill the Tsar" (not a relative clause on it: "his plans, which he had written").
                if EventWords.attemptNouns.contains(lemma), tree.words[k].relation != "acl:relcl" { return (.failed, nil) }
                // "planned for a Constituent Assembly to be elected" with the infinitive hung on the noun.
                if tree.caseWord(of: k) == "to", tree.base(head) == "obl", let verb = tree.head(head),
                   EventWords.intentionVerbs.contains(tree.lemma(verb)) || EventWords.directiveVerbs.contains(tree.lemma(verb)) { return (.hypothetical, nil) }
            default:
                break
            }
            k = head
        }
        return (.asserted, nil)
    }

    /// "not", "never", "n't" on the word itself (written before word `before`, if given).
    private func isNegated(_ w: Int, before: Int? = nil) -> Bool {
        tree.dependents(of: w, ["advmod", "det", "cc:preconj"]).contains {
            (EventWords.negationWords.contains(tree.lemma($0)) || tree.words[$0].feature("Polarity") == "Neg") && $0 < (before ?? Int.max)
        }
    }

    /// "could have died", "might marry", "will return", "would have won" (not "would later become").
    private func hasModal(_ w: Int) -> Bool {
        let auxiliaries = tree.dependents(of: w, ["aux"]).map { tree.lemma($0) }
        if auxiliaries.contains(where: { EventWords.modalAuxiliaries.contains($0) || EventWords.futureAuxiliaries.contains($0) }) { return true }
        return auxiliaries.contains("would") && auxiliaries.contains("have")
    }

    /// "an assassination attempt", "survived an attempt on his life", "escaped arrest".
    /// A raid survived still happened; a killing survived did not.
    private func nounAttempt(_ w: Int, type: EventType) -> (Modality, Participant?)? {
        var noun = w
        if tree.words[w].relation == "compound", let head = tree.head(w), EventWords.attemptNouns.contains(tree.lemma(head)) { noun = head }
        if let head = tree.head(noun), tree.base(noun) == "obj" || tree.base(noun) == "obl", EventWords.survivalVerbs.contains(tree.lemma(head)),
           noun != w || EventWords.thwartedEvents.contains(type) {
            return (.failed, nil)
        }
        return noun != w ? (.failed, nil) : nil
    }

    /// "according to X", "allegedly", "reportedly" on a clause.
    private func reportedBy(adjuncts k: Int) -> (Modality, Participant?)? {
        for child in tree.children[k] {
            if tree.words[child].upos == "ADV", EventWords.reportingAdverbs.contains(tree.lemma(child)) { return (.reported, nil) }
            if tree.base(child) == "obl", let mark = tree.caseWord(of: child), mark.hasPrefix("accord") {
                return (.reported, roles.referent(at: child)?.participant)
            }
        }
        return nil
    }

    /// Who says so: the subject of the reporting verb, unless it is passive ("Catherine and
    /// Peter are described as having married": they are not the ones describing).
    private func speaker(of verb: Int) -> Participant? {
        guard let subject = roles.subjectWord(of: verb), tree.words[subject].relation != "nsubj:pass" else { return nil }
        return roles.referent(at: subject)?.participant
    }
}
