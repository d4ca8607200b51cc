/// The participants of an event beyond its subject: a noun event's roles, counterparts,
/// the people named in its arguments and its place (``TreeRoles``).
extension TreeRoles {
    // MARK: - Nouns

    /// A noun's roles: "his arrest", "the death of Lenin", "an attempt on his life by Kaplan",
    /// else the subject of the verb it is an argument of ("he survived an assassination attempt").
    func nounRoles(of w: Int, patientCentred: Bool) -> (agent: SentenceReading.Referent?, patient: SentenceReading.Referent?) {
        // "At the Congress in May 1923, Stalin admitted …": whoever acts at a gathering attended it;
        // with no one acting, the gathering is told of itself.
        if let named = namedGathering(w) {
            return (governingVerb(of: w).flatMap(actor(of:)) ?? named, nil)
        }
        var noun = w
        // "an assassination attempt": the attempt's arguments are the assassination's.
        if tree.words[w].relation == "compound", let head = tree.head(w), EventWords.attemptNouns.contains(tree.lemma(head)) { noun = head }
        let owner = tree.dependents(of: noun, ["nmod:poss"]).first.flatMap(referent(at:))
        let nmods = tree.dependents(of: noun, ["nmod"])
        func by(_ cases: Set<String>) -> SentenceReading.Referent? {
            nmods.first { tree.caseWord(of: $0).map(cases.contains) ?? false }.flatMap(referent(at:))
        }
        let of = by(["of"]), target = by(["on", "against"]), agent = by(["by"])
        if patientCentred, let patient = of ?? target ?? owner {
            return (agent ?? (patient.first != owner?.first ? owner : nil), patient)
        }
        // "attended a meeting of the Central Committee": one who takes part in a body's event
        // through a verb of taking part is its subject, the body its object.
        if !patientCentred, owner == nil, agent == nil, let body = of, body.participant.type != .person,
           tree.words[noun].relation == "obj", let verb = tree.head(noun), EventLexicon.lightVerbs.contains(tree.words[verb].form.lowercased()),
           let taker = subjectWord(of: verb).flatMap(referent(at:)), taker.participant.type == .person {
            return (taker, body)
        }
        if !patientCentred, let actor = owner ?? of ?? agent { return (actor, nil) }
        // The verb the noun is an argument of: its subject is the noun's.
        guard let verb = argumentVerb(of: noun) else { return (nil, nil) }
        let subject = subjectWord(of: verb).flatMap(referent(at:))
        return patientCentred ? (agent, subject) : (subject, nil)
    }

    /// Whether a noun's "of" phrase is a common noun naming no one ("the execution of
    /// priests"), or its owner a pronoun that stands for no one named.
    func unnamedOf(_ w: Int) -> Bool {
        tree.dependents(of: w, ["nmod"]).contains { tree.caseWord(of: $0) == "of" && tree.words[$0].upos == "NOUN" && referent(at: $0) == nil }
            // "called for their execution" with "their" standing for no one named.
            || tree.dependents(of: w, ["nmod:poss"]).contains { reading.unnamedPronouns.contains(tree.tokenOfWord[$0]) }
    }

    // MARK: - Counterparts, others and places

    /// Someone met, married, fought: the first person or body after "with", "to", "against", "on".
    func counterpart(of w: Int) -> Participant? {
        for child in tree.dependents(of: w, ["obl", "iobj"]) {
            guard tree.words[child].relation == "iobj" || ["with", "to", "against", "on"].contains(tree.caseWord(of: child) ?? ""),
                  let found = referent(at: child), found.participant.type != .place else { continue }
            return found.participant
        }
        return nil
    }

    /// Whom the subject's own phrase concerns: "Trotsky's son Sergi" concerns Trotsky; "an
    /// inquiry into the charges against Trotsky" concerns Trotsky.
    func concerned(by subject: SentenceReading.Referent?, excluding: [Participant]) -> [Participant] {
        guard let subject, !subject.isPronoun, let w = tree.words.indices.first(where: { tree.tokenOfWord[$0] == subject.first }) else { return [] }
        var found: [Participant] = []
        let head = tree.head(w).flatMap { tree.words[w].relation == "appos" || tree.words[w].relation == "flat" ? $0 : nil } ?? w
        // A relative's possessor: "Trotsky's son".
        if RelationExtractor.kinship(tree.lemma(head)) != nil || RelationExtractor.kinship(tree.words[head].form.lowercased()) != nil,
           let owner = tree.dependents(of: head, ["nmod:poss"]).first.flatMap(referent(at:)), owner.participant.type == .person {
            found.append(owner.participant)
        }
        if let accused = accused(in: head) { found.append(accused.participant) }
        let names = Set(excluding.map(\.name))
        return found.filter { !names.contains($0.name) }
    }

    /// The one a charge or a case is against, anywhere in a phrase (not in a relative clause).
    func accused(in w: Int) -> SentenceReading.Referent? {
        var stack = tree.children[w]
        while let k = stack.popLast() {
            if tree.caseWord(of: k) == "against", let person = referent(at: k), person.participant.type == .person { return person }
            if !["acl:relcl", "parataxis"].contains(tree.words[k].relation) { stack += tree.children[k] }
        }
        return nil
    }

    /// A name around a gathering's noun ("XIIth Party Congress"): the gathering itself.
    func namedGathering(_ w: Int) -> SentenceReading.Referent? {
        let t = tree.tokenOfWord[w]
        guard EventLexicon.meetingWords.contains(tree.lemma(w)) || EventLexicon.meetingWords.contains(reading.tokens[t].text) else { return nil }
        return reading.referents.first { $0.first <= t && t < $0.end && !$0.isPronoun && $0.participant.type != .person }
    }

    /// Who does what verb `v` says: its subject, or for a passive its agent.
    func actor(of v: Int) -> SentenceReading.Referent? {
        if isPassive(v) {
            return tree.dependents(of: v, ["obl"]).first { tree.words[$0].relation == "obl:agent" || tree.caseWord(of: $0) == "by" }.flatMap(referent(at:))
        }
        return subjectWord(of: v).flatMap(referent(at:))
    }

    /// The verb a noun is an argument of, through the nouns it hangs on ("survived an attempt on
    /// his life", "possess … a picture of the schooling of the age").
    func argumentVerb(of w: Int) -> Int? {
        var k = w
        while let head = tree.head(k), ["obj", "obl", "nmod", "compound", "conj", "xcomp", "appos"].contains(String(tree.base(k))) {
            if tree.words[head].upos == "VERB" { return head }
            k = head
        }
        return nil
    }

    /// What verb `w` acts on: its object, or the subject of its passive.
    func objectWords(of w: Int) -> [Int] {
        // "Organised with the help of Sokolov, the first congress opened": a fronted participle acts on its clause's subject.
        let fronted = tree.words[w].relation == "advcl" && ["VBN", "JJ"].contains(tree.words[w].xpos) && tree.head(w).map { w < $0 } == true
        guard isPassive(w) || fronted else { return objectWord(of: w).map { [$0] } ?? [] }
        let own = tree.dependents(of: w, ["nsubj:pass"])
        guard own.isEmpty, fronted, tree.dependents(of: w, ["nsubj"]).isEmpty, let head = tree.head(w) else { return own }
        return Array(tree.dependents(of: head, ["nsubj", "nsubj:pass"]).prefix(1))
    }

    /// The object of active verb `w`: its own, or the one it shares with the verbs co-ordinated after it.
    func objectWord(of w: Int) -> Int? {
        tree.dependents(of: w, ["obj"]).first ?? raisedObject(of: w) ?? relativeGap(of: w)
    }

    /// "the fort that he had taken", "the town he took": a relative clause whose verb has a
    /// subject of its own and no object lacks the object it says of the noun it describes.
    private func relativeGap(of w: Int) -> Int? {
        guard tree.words[w].relation == "acl:relcl", tree.words[w].upos == "VERB", !isPassive(w),
              let subject = tree.dependents(of: w, ["nsubj"]).first, !EventWords.relativePronouns.contains(tree.lemma(subject)),
              tree.dependents(of: w, ["obj", "ccomp", "xcomp"]).isEmpty,
              // ("the house in which he died", "the town where he lived": the noun is where, not what.)
              !tree.children[w].contains(where: { k in
                  tree.words[k].relation != "mark" && (EventWords.relativePronouns.contains(tree.lemma(k)) || ["where", "when", "why"].contains(tree.lemma(k)))
                      || tree.children[k].contains { EventWords.relativePronouns.contains(tree.lemma($0)) }
              }) else { return nil }
        return tree.head(w)
    }

    /// "drafted, introduced and defended the decrees", "drafted and circulated a platform": a verb
    /// with no object, followed at once (by commas, "and", adverbs) by the verbs co-ordinated with
    /// it, shares the object of the last of them (right-node raising).
    private func raisedObject(of w: Int) -> Int? {
        guard tree.words[w].upos == "VERB", tree.dependents(of: w, ["obj", "ccomp", "xcomp"]).isEmpty, !isPassive(w) else { return nil }
        let first = tree.base(w) == "conj" ? tree.head(w) ?? w : w
        let conjuncts = ([first] + tree.dependents(of: first, ["conj"])).filter { $0 >= w }.sorted()
        guard conjuncts.count > 1, let last = conjuncts.last else { return nil }
        for (a, b) in zip(conjuncts, conjuncts.dropFirst()) {
            guard tree.words[b].upos == "VERB", b == last || tree.dependents(of: b, ["obj"]).isEmpty,
                  (a + 1..<b).allSatisfy({ ["punct", "cc", "advmod"].contains(String(tree.base($0))) }) else { return nil }
        }
        return tree.dependents(of: last, ["obj"]).first
    }

    /// The verb a noun is an argument of, through nouns it modifies.
    func governingVerb(of w: Int) -> Int? {
        var k = w
        while let head = tree.head(k), ["obj", "obl", "nmod", "compound", "nsubj", "conj"].contains(String(tree.base(k))) {
            if tree.words[head].upos == "VERB" { return head }
            k = head
        }
        return nil
    }

    /// Further people among the event's direct arguments ("arrested with Kamenev").
    func others(of w: Int, excluding: [Participant], relations: Set<String> = ["obl", "obj", "iobj", "nmod"]) -> [Participant] {
        var seen = Set(excluding.map(\.name))
        var found: [Participant] = []
        // Within each argument's phrase, down through nouns and their co-ordinates, not into clauses
        // ("a raid … by assassins under the leadership of Grigulevich, Siqueiros and Vidale").
        var stack = tree.dependents(of: w, relations).reversed().map { $0 }
        while let word = stack.popLast() {
            if let person = referent(at: word)?.participant, person.type == .person, !seen.contains(person.name), found.count < 6 {
                seen.insert(person.name)
                found.append(person)
            }
            stack += tree.dependents(of: word, ["nmod", "conj", "appos"]).reversed()
        }
        return found
    }

    /// Where: a place named by an `obl` or `nmod` of the trigger with a fitting case word
    /// (or inside one: "in the village of Yanovka"), or the place a "where" clause hangs on.
    func place(of w: Int, type: EventType) -> Participant? {
        let cases = type.has(.motion) ? EventWords.motionCases : EventWords.placeCases
        for child in tree.dependents(of: w, ["obl", "nmod", "advmod"]) {
            guard let word = tree.caseWord(of: child)?.split(separator: " ").last.map(String.init), cases.contains(word) else { continue }
            for candidate in [child] + tree.dependents(of: child, ["nmod", "appos", "conj", "flat", "compound"]) {
                if let found = referent(at: candidate), found.participant.type == .place { return found.participant }
            }
        }
        // "moved to Samara, where he married": the place the clause hangs on.
        if tree.words[w].relation == "acl:relcl", tree.children[w].contains(where: { tree.lemma($0) == "where" }),
           let noun = tree.head(w), let found = referent(at: noun), found.participant.type == .place {
            return found.participant
        }
        return nil
    }
}
