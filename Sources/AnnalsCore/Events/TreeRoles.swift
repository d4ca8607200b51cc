/// Who did what to whom, and where, read from the dependency tree: the subject of a
/// verb (`nsubj`, `nsubj:pass`, or the subject it shares through `conj`, `xcomp`, a
/// participial `advcl`, the noun an `acl` or relative clause hangs on), its object
/// (`obj`), its agent (`obl:agent`), a noun's owner (`nmod:poss`, "of") and the place of
/// an `obl` or `nmod` with its case word. Names and pronouns are the reading's referents,
/// so "he" is whoever coreference made him; a subject that is no referent ("the
/// conspirators") stays unresolved rather than assumed.
struct TreeRoles {
    let reading: SentenceReading
    let tree: SentenceTree

    /// The participants of one event.
    struct Roles {
        /// The one the event is told of: the actor, or for a patient event (`patient` in `event-types.txt`) the one it happens to.
        var subject: SentenceReading.Referent?
        var object: Participant?
        /// People co-ordinated with the subject ("Kamenev and Zinoviev were arrested").
        var group: [Participant] = []
        var others: [Participant] = []
        var place: Participant?
        /// Whether the tree gives the event no subject of its own (a fragment: "Arrested again in 1903.").
        var hasNoSubject = false
        /// Whether a finite verb has no subject in the parse (the parse is broken there), or
        /// its subject is a personal pronoun no rule resolved: either way the words are read.
        var isParseBroken = false
        /// Whether the subject is a phrase that names no one ("the conspirators were
        /// arrested"): the event is no named person's, and none is assumed.
        var isUnnamed = false
    }

    /// The roles of the event `type` that word `w` triggers, used as `form`.
    func roles(of w: Int, type: EventType, form: EventLexicon.Form) -> Roles {
        var agent: SentenceReading.Referent?, patient: SentenceReading.Referent?
        var roles = Roles()
        // "began editing Nasha Gazeta": the one who does an office's work holds it.
        var patientCentred = type.has(.patient) && EventWords.officeVerbs[tree.lemma(w)] == nil && !EventWords.stayVerbs.contains(tree.lemma(w))
        if form == .noun {
            // "the execution of anti-Bolshevik priests": the one it befell is named by no name.
            if patientCentred, unnamedOf(w) { roles.isUnnamed = true; return roles }
            (agent, patient) = nounRoles(of: w, patientCentred: patientCentred)
            // "the council passed a decree": the verb's subject names no one, so no one is guessed.
            if agent == nil, patient == nil, let verb = argumentVerb(of: w), let subject = subjectWord(of: verb), referent(at: subject) == nil,
               tree.words[subject].upos == "NOUN" && tree.head(w) == verb && tree.words[w].relation == "obj"
                || tree.words[subject].upos == "PRON" && EventWords.writerPronouns.contains(tree.lemma(subject)) {
                // ("we possess … a picture of the public school education of the age": the writer's "we" is no one's education.)
                roles.isUnnamed = true
                return roles
            }
        } else {
            let passive = isPassive(w)
            let subjectWord = self.subjectWord(of: w)
            roles.hasNoSubject = subjectWord == nil && isFragment(w)
            let subject = subjectWord.flatMap(referent(at:))
            roles.isParseBroken = subjectWord == nil && !roles.hasNoSubject
            if let subjectWord, let subject { roles.group = subject.group + coordinated(with: subjectWord) }
            let objectWord = self.objectWord(of: w)
            // The agent, or a "by" phrase the parse hung on the oblique before it ("was visited at the Kremlin by Armand").
            let obliques = tree.dependents(of: w, ["obl"])
            let byWord = obliques.first { tree.words[$0].relation == "obl:agent" || tree.caseWord(of: $0) == "by" }
                ?? (passive ? obliques.flatMap { tree.dependents(of: $0, ["nmod"]) }.first { tree.caseWord(of: $0) == "by" } : nil)
            if passive {
                // "was sent to Paris by Stalin": the one sent is the one who moves.
                if EventWords.causativeMotionVerbs.contains(tree.lemma(w)) { patientCentred = true }
                patient = subject ?? danglingPatient(of: w)
                agent = byWord.flatMap(referent(at:))
                // "denounced by detractors": the one who acted is named by no name.
                if !patientCentred, agent == nil, let byWord, tree.words[byWord].upos == "NOUN" { roles.isUnnamed = true; return roles }
            } else {
                agent = subject
                patient = objectWord.flatMap(referent(at:))
                // "his father sent him to Odessa": the one sent is the one who moves.
                if EventWords.causativeMotionVerbs.contains(tree.lemma(w)), objectWord != nil { patientCentred = true }
            }
            if patientCentred, patient == nil, objectWord == nil, !passive { patient = agent; agent = nil }
            // The word that should name the one the event is told of, if it names no one.
            let told = passive || !patientCentred ? subjectWord : objectWord ?? subjectWord
            roles.isUnnamed = told.map { (namesNoOne($0) && referent(at: $0) == nil) || reading.unnamedPronouns.contains(tree.tokenOfWord[$0]) } ?? false
            // "She left Dorvik", "arrested her" with the pronoun resolved by no rule: the words' narrative reading is taken.
            if let told, EventWords.personalPronouns.contains(tree.lemma(told)), referent(at: told) == nil {
                // "It withdrew from the war": "it" stands for a thing or a body, never for the person the words would guess
                // (save the work of "it was published", whose author the narrative gives).
                if tree.words[told].feature("Gender") == "Neut", !(passive && type == .publication) { roles.isUnnamed = true; return roles }
                roles.isParseBroken = true
            }
            // "an inquiry into the charges against Trotsky was held": a trial is of the one charged.
            // ("an independent "Commission of Inquiry" into the charges against Trotsky": the named inquiry is no one tried.)
            if patientCentred, let told, patient == nil && roles.isUnnamed || patient.map({ $0.participant.type != .person }) == true,
               let accused = accused(in: told) { patient = accused }
            if !patientCentred, agent == nil, passive { (agent, patient) = (patient, nil) }
        }
        if patientCentred {
            roles.subject = patient
            roles.object = agent?.participant
        } else {
            // An active verb's object never stands in for its missing subject ("She left Dorvik" with "she" unresolved).
            roles.subject = agent ?? (form == .active ? nil : patient)
            roles.object = agent == nil ? nil : patient?.participant
            // "left Dorvik for St. Petersburg": a place a journey leaves or reaches is its place, not a party to it.
            if roles.object?.type == .place, type.has(.motion) { roles.object = nil }
            if roles.object == nil, form != .noun { roles.object = counterpart(of: w) }
            if form == .noun, let named = namedGathering(w), roles.subject?.participant.name != named.participant.name { roles.object = named.participant }
        }
        roles.isUnnamed = roles.isUnnamed && roles.subject == nil
        roles.place = place(of: w, type: type)
        let excluded = [roles.subject?.participant, roles.object].compactMap { $0 } + roles.group
        roles.others = others(of: w, excluding: excluded) + concerned(by: roles.subject, excluding: excluded)
        // Those who act at a named gathering take part in it: "At the Congress … reports were delivered by Stalin".
        if form == .noun, namedGathering(w) != nil, let verb = governingVerb(of: w) {
            roles.others += others(of: verb, excluding: excluded + roles.others, relations: ["nsubj", "obj", "obl", "iobj"])
        }
        return roles
    }

    // MARK: - Subjects

    /// The word that is the subject of verb `w`, its own or the one it shares.
    func subjectWord(of w: Int) -> Int? {
        var current = w
        for _ in 0..<8 {
            // A date is no subject: "The following year Trotsky's son …" parsed with "year" as the subject.
            let subjects = tree.dependents(of: current, ["nsubj", "csubj"]).map { isInDate($0) ? tree.dependents(of: $0, ["appos"]).first ?? $0 : $0 }
            // A verb has one subject, and a phrase does not cross a semicolon: where the parse gives a verb two, one before
            // a semicolon ("…, Orlov called for their execution; they were imprisoned"), the one next before the verb is its own.
            if subjects.count > 1, let nearest = subjects.last(where: { $0 < current }),
               (subjects[0]..<nearest).contains(where: { tree.words[$0].form == ";" }) {
                return nearest
            }
            // A noun after "and" ends the list begun in the phrase before it ("delegates from the guild, the unions, and
            // the councils met" parsed with two subjects): the phrase's head is the subject.
            if subjects.count > 1, let later = subjects.last, later > subjects[0], !tree.dependents(of: later, ["cc"]).isEmpty {
                return subjects[0]
            }
            if let subject = subjects.first(where: { referent(at: $0) != nil }) ?? subjects.first { return subject }
            guard let head = tree.head(current) else { return nil }
            switch tree.words[current].relation {
            case "conj" where conjunctSubject(of: current) != nil:
                // "… and Trotsky and Zinoviev were expelled", "abdicated and the country's new
                // administration signed": a name or a noun between the "and" and the verb is
                // the conjunct's own subject, whatever the parse hung it on.
                return conjunctSubject(of: current)
            case "conj" where !tree.dependents(of: current, ["mark"]).isEmpty && tree.dependents(of: head, ["mark"]).isEmpty:
                // "expressed a hope that … many farmers would join" parsed as "expressed … and would join": a verb
                // with a subordinator its head lacks opens a clause of its own, and shares no subject.
                return nil
            case "conj" where tree.head(head) == nil && ["PROPN", "NOUN", "PRON"].contains(tree.words[head].upos) && head < current:
                // "Lenin, who was trying …, expected" parsed with the verb as the name's conjunct:
                // a sentence headed by a name, with a verb after it, has that name for the verb's subject.
                return head
            case "conj" where isFinite(current) && !isFinite(head):
                // "expected Trotsky to side with the new guard and wrote": a finite verb is co-ordinated
                // with a finite one, not with the infinitive the parse hung it on.
                var k = head
                while !isFinite(k), let above = tree.head(k) { k = above }
                current = k
            case "advcl" where tree.caseWord(of: current) == "to"
                && tree.dependents(of: head, ["obl"]).contains(where: { $0 < current && tree.caseWord(of: $0) == "for" }):
                // "planned for Anna to be elected", "arranged for Trotsky to be removed": the one after "for" is the infinitive's subject.
                return tree.dependents(of: head, ["obl"]).last { $0 < current && tree.caseWord(of: $0) == "for" }
            case "advcl" where tree.caseWord(of: current) == "to" && EventWords.causativeMotionVerbs.contains(tree.lemma(head)):
                // "sent Trotsky to negotiate": the one sent does what he is sent for.
                if let object = tree.dependents(of: head, ["obj"]).first { return object }
                current = head
            case "conj", "advcl":
                current = head
            case "xcomp":
                // "ordered him to leave": the object of the verb above controls the infinitive.
                // ("urged her to quit", with "her" parsed as the indirect object).
                if tree.words[head].upos == "VERB", let object = tree.dependents(of: head, ["obj", "iobj"]).first { return object }
                // "called on speculators to be shot", "relied upon him to lead": the one called on.
                if tree.words[head].upos == "VERB", let called = tree.dependents(of: head, ["obl"]).first(where: { ["on", "upon"].contains(tree.caseWord(of: $0) ?? "") }) {
                    return called
                }
                current = head
            case "acl", "acl:relcl":
                return head
            case "parataxis" where isBareParticiple(current), "dep" where isBareParticiple(current):
                // "near the graves of those executed after the Haymarket affair": a bare participle
                // right after a noun phrase is a reduced relative clause on it, whatever the parse says.
                let before = current - 1
                return before >= 0 && ["NOUN", "PRON", "PROPN"].contains(tree.words[before].upos) ? before : nil
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether word `w`, where it is no referent, names no one: a common noun ("the
    /// conspirators"), a number, or a pronoun no rule resolves to a person ("only one was
    /// killed", "some were exiled").
    private func namesNoOne(_ w: Int) -> Bool {
        switch tree.words[w].upos {
        case "NOUN", "NUM": return true
        case "PRON": return !EventWords.personalPronouns.contains(tree.lemma(w)) && !EventWords.relativePronouns.contains(tree.lemma(w))
        default: return false
        }
    }

    /// A past participle with no auxiliary: "those executed", "arrested in 1905".
    private func isBareParticiple(_ w: Int) -> Bool {
        tree.words[w].xpos == "VBN" && tree.dependents(of: w, ["aux", "aux:pass"]).isEmpty
    }

    /// Whether verb `w` is finite: past or present tense, not an infinitive or participle.
    func isFinite(_ w: Int) -> Bool { ["VBD", "VBZ", "VBP"].contains(tree.words[w].xpos) }

    /// The subject a conjunct verb has between its "and" and itself, where the parse hung it
    /// elsewhere: a name there, not after a preposition nor a possessor, else a noun or
    /// pronoun there with no case word whose head lies outside (a date is no subject).
    private func conjunctSubject(of w: Int) -> Int? {
        // The verb's own "and", else the last one between its head and itself (the parse may hang it on a noun).
        guard let head = tree.head(w), head < w,
              let and = tree.dependents(of: w, ["cc"]).first ?? (head + 1..<w).last(where: { tree.words[$0].upos == "CCONJ" }) else { return nil }
        let range = tree.tokenOfWord[and] + 1..<tree.tokenOfWord[w]
        guard !range.isEmpty else { return nil }
        if let name = reading.referents.first(where: { range.contains($0.first) && !$0.isPossessive && !reading.isPrepositional($0.first) }) {
            return tree.headWord(ofTokens: name.first..<min(name.end, range.upperBound), in: reading.tokens)
        }
        return tree.words.indices.first { k in
            range.contains(tree.tokenOfWord[k]) && ["NOUN", "PROPN", "PRON"].contains(tree.words[k].upos)
                && tree.head(k).map { !range.contains(tree.tokenOfWord[$0]) && $0 != w } == true
                && tree.caseWord(of: k) == nil && !isInDate(k) && tree.words[k].relation != "nmod:poss"
        }
    }

    /// A clause that has no subject because it is a fragment ("Arrested again in 1903.",
    /// "Later moved to Paris."): a participle, or a verb the sentence opens with. A finite
    /// verb with words before it always has a subject in English; if the parse shows none,
    /// the parse is wrong and no subject is assumed.
    func isFragment(_ w: Int) -> Bool {
        // A participle the parse hangs on a name as part of it ("Wilhelm II abdicated" read as one name) is a broken parse, no fragment.
        if ["VBN", "VBG"].contains(tree.words[w].xpos) { return !["flat", "compound", "fixed", "goeswith"].contains(String(tree.base(w))) }
        return tree.words.indices.prefix(w).allSatisfy { ["ADV", "PUNCT", "CCONJ"].contains(tree.words[$0].upos) }
    }

    /// "the government placed her under arrest before being deported": a passive adjunct
    /// clause whose controller is no person takes the person the main verb acts on.
    private func danglingPatient(of w: Int) -> SentenceReading.Referent? {
        guard tree.words[w].relation == "advcl", let head = tree.head(w),
              let controller = subjectWord(of: head), referent(at: controller)?.participant.type != .person,
              let object = tree.dependents(of: head, ["obj"]).first, let person = referent(at: object), person.participant.type == .person else { return nil }
        return person
    }

    private func isInDate(_ w: Int) -> Bool {
        let t = tree.tokenOfWord[w]
        return reading.dates.contains { $0.first <= t && t < $0.end }
    }

    /// "was arrested", "was arrested and exiled", "Expelled from Kazan, he …", "Kamenev, arrested in 1935".
    func isPassive(_ w: Int) -> Bool {
        if !tree.dependents(of: w, ["aux:pass", "nsubj:pass", "csubj:pass"]).isEmpty { return true }
        guard tree.words[w].xpos == "VBN", tree.dependents(of: w, ["aux"]).isEmpty else { return false }
        switch tree.words[w].relation {
        case "conj": return tree.head(w).map { tree.words[$0].upos == "VERB" && isPassive($0) } ?? false
        case "acl", "advcl", "root": return true
        default: return false
        }
    }
}
