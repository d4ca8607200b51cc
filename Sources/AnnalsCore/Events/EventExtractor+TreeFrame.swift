/// The frame of an event read from its sentence's dependency tree (``TreeRoles``,
/// ``TreeDates``, ``TreeModality``), used whenever the grammar has parsed the sentence.
/// Where the parse says nothing (no subject, no date it can place), the frame read from
/// the words alone (`words`) fills the gap; where the parse says the words' reading is
/// wrong (its date belongs to another clause or a name, its subject is no one the text
/// names), the parse wins.
extension EventExtractor {
    /// The claim for `trigger` (whose head word is `w`); nil when the tree gives it no one
    /// it happened to, or a noun event no date of its own.
    func treeFrame(for trigger: EventLexicon.Trigger, word w: Int, in reading: SentenceReading, tree: SentenceTree,
                   triggers: Set<Int>, focus: Focus, words: Claim?) -> Claim? {
        let reader = TreeRoles(reading: reading, tree: tree)
        let dates = TreeDates(reading: reading, tree: tree, triggers: triggers)
        let isNoun = trigger.form == .noun
        // "their married life", "the exiled poet": a participle that only describes a noun tells no event.
        if !isNoun, tree.words[w].relation == "amod" { return nil }
        // "her deportation hearing", "an arrest warrant": an event noun that only classifies another
        // noun names no event of its own (an "assassination attempt" is read through the attempt).
        if isNoun, tree.words[w].relation == "compound", let head = tree.head(w), !EventWords.attemptNouns.contains(tree.lemma(head)) { return nil }
        // "invited her to a public speech", "heard his speech": a speech a verb does not deliver is no speech of its subject's.
        if isNoun, [.speech, .statement].contains(trigger.type), ["obj", "obl"].contains(String(tree.base(w))), let verb = tree.head(w),
           tree.words[verb].upos == "VERB", !EventWords.deliveryVerbs.contains(tree.lemma(verb)),
           tree.dependents(of: w, ["nmod:poss"]).isEmpty { return nil }
        if !isNoun, !hasRequiredObject(w, type: trigger.type, tree: tree, reader: reader) || !fitsItsArguments(w, type: trigger.type, tree: tree, reader: reader) { return nil }
        let roles = reader.roles(of: w, type: trigger.type, form: trigger.form)
        guard !roles.isUnnamed else { return nil }
        var confidence = isNoun ? 0.6 : 0.8
        var subject = roles.subject?.participant
        // A clause with no subject at all ("Arrested again in 1903.") is about whom the narrative follows.
        // Quoted words are another's story: their missing subject is not guessed from the narrative.
        let quoted = reading.isQuoted[trigger.first]
        if subject == nil, roles.hasNoSubject, !isNoun, !quoted {
            subject = reading.carriedSubject ?? focus.carried
            confidence -= 0.15
        }
        // Where the parse gives a finite verb no subject at all, the words before it are read instead.
        // ("A decree in April 1919 resulted in …": a document is issued by one the tree names, never by a guess.)
        // (A clause opened by a subordinator has its subject inside it: "a hope that … many farmers would join" is not the hoper's.)
        let opensClause = tree.dependents(of: w, ["nsubj", "nsubj:pass"]).isEmpty && tree.dependents(of: w, ["mark"]).contains { mark in
            tree.words[mark].upos == "SCONJ" && !reading.referents.contains { referent in
                referent.participant.type == .person && referent.first > tree.tokenOfWord[mark] && referent.end <= trigger.first
            }
        }
        if subject == nil, roles.isParseBroken && !quoted && !opensClause || isNoun && !trigger.type.has(.issued), let words {
            subject = words.subject
            confidence = words.confidence
        }
        guard let subject, !subject.name.isEmpty else { return nil }
        // "the song "Emma Goldman" was released": a work is published, nothing else befalls it.
        if subject.type == .work, !trigger.type.has(.ofWorks) { return nil }
        // "the province he had captured": a place is taken, not arrested; what befalls a person befalls no place.
        if subject.type == .place, trigger.type.has(.patient) { return nil }
        if roles.subject?.isPronoun == true { confidence -= 0.05 }
        // Where the parse finds no object, the words may ("began editing (… aside …) Nashe Slovo").
        var object = roles.object ?? words?.object.flatMap { $0.name == subject.name ? nil : $0 }
        var value: String?
        if trigger.type.has(.position) {
            value = position(after: trigger.end, in: reading)
            // "began editing Nashe Slovo": the office the verb's work makes one hold.
            if value == nil, let office = EventWords.officeVerbs[tree.lemma(w)], let held = object { value = "\(office) of \(held.name)" }
            if trigger.type == .appointment, value == nil, object?.type != .org { return nil }
        }
        if trigger.type == .publication, object?.type != .work { object = workTitle(after: trigger.end, in: reading) }
        if trigger.type == .publication, let work = object, isWrittenIn(work, tree: tree) { object = nil }
        // "Nadya joined him in exile": one joins a body as a member, a person only in company.
        if trigger.type == .membership, object?.type == .person { return nil }
        let span = TextRange(start: reading.tokens[trigger.first].range.start, end: reading.tokens[trigger.end - 1].range.end)
        // "was sent to prison", "went into exile": a journey whose end is a state is that state.
        let goal = trigger.type.has(.motion) ? tree.dependents(of: w, ["obl"]).first { ["to", "into"].contains(tree.caseWord(of: $0) ?? "") } : nil
        let type = goal.flatMap { Stay.state(named: $0, tree: tree) } ?? retyped(w, type: trigger.type, tree: tree, reader: reader) ?? trigger.type
        var claim = Claim(kind: .event, predicate: type.rawValue, subject: subject, object: object, others: roles.group + roles.others,
                          value: value, place: roles.place, evidence: reading.range, trigger: span, extractor: Extractor(trigger.form.treeRule),
                          confidence: confidence)
        if let (dated, inferred) = dates.date(for: w, isNoun: isNoun) {
            claim.date = dated.mention.date
            claim.dateSpan = dated.mention.range
            claim.dateIsInferred = inferred
            if inferred { claim.confidence -= 0.2 }
            if inferred, dates.isSeries(w) { (claim.date, claim.dateSpan, claim.dateIsInferred) = (nil, nil, false) }
        } else if let words, let date = words.date, let span = words.dateSpan, !words.dateIsInferred, dates.mayDate(w, with: span), !dates.isAnterior(w),
                  reading.dates.contains(where: { $0.mention.range == span }) || !dates.isSeries(w) {
            (claim.date, claim.dateSpan, claim.dateIsInferred) = (date, span, words.dateIsInferred)
        } else if isNoun {
            return nil
        }
        (claim.modality, claim.attribution) = TreeModality(roles: reader).modality(of: w, type: trigger.type, isNoun: isNoun)
        if let date = claim.date, let span = claim.dateSpan, let mark = dates.boundMark(writtenAt: span, of: w) {
            // "did not join the party until 1917": not before then, and then it did.
            if claim.modality == .negated, ["until", "till"].contains(mark) { claim.modality = .asserted } else { claim.date = TreeDates.bounded(date, by: mark) }
        }
        if reading.isQuoted[trigger.first], claim.modality == .asserted || claim.modality == .reported, claim.attribution == nil {
            claim.modality = .reported
            claim.attribution = reading.quoteSpeaker(before: trigger.first)
        }
        return claim
    }
}

extension EventExtractor.Focus {
    /// The person a sentence's main clause is about and the date written on that clause.
    static func mainClause(of reading: SentenceReading) -> (person: Participant, date: HistoricalDate, span: TextRange)? {
        guard let tree = reading.tree, let root = tree.words.indices.first(where: { tree.head($0) == nil }) else { return nil }
        let roles = TreeRoles(reading: reading, tree: tree)
        guard let subject = roles.subjectWord(of: root).flatMap(roles.referent(at:)), subject.participant.type == .person,
              let dated = reading.dates.first(where: { $0.mention.date != nil && TreeDates(reading: reading, tree: tree, triggers: []).owner(of: $0) == root }),
              let date = dated.mention.date else { return nil }
        return (subject.participant, date, dated.mention.range)
    }

    /// An event without a date of its own takes the date of the event told before it
    /// along the narrative: the same subject, in this sentence or the one before, with no
    /// other date written in between. Marked inferred. Births and deaths never borrow a
    /// date, nor do asides in brackets.
    func dating(_ claims: [Claim], in reading: SentenceReading) -> [Claim] {
        var last = narrative
        let written = reading.dates.filter { !$0.isAttachedToName && $0.mention.date != nil }.map(\.mention.range)
        // The sentence's own main clause, dated, is the narrative for what it tells after its date
        // ("in April 1913 Trotsky was so upset … that he wrote a letter").
        let main = Self.mainClause(of: reading)
        return claims.map { original in
            var claim = original
            let at = claim.trigger?.start ?? reading.range.start
            if let main, main.span.end <= at, main.span.start > (last?.span.start ?? -1) { last = (main.person.name, main.date, main.span, reading.index) }
            let latest = written.last { $0.end <= at } ?? latestDate
            let inBrackets = reading.tokens.firstIndex { $0.range.start >= at }.map { reading.bracketDepth[$0] > 0 } ?? false
            if claim.date == nil, let last, last.subject == claim.subject.name, last.sentence >= reading.index - 1, latest == last.span,
               claim.eventType?.has(.ownDate) != true, !inBrackets, !Self.borrowsNoDate(claim, in: reading) {
                // Another sentence's event tells the month, not the day: "On 16 January 1698 Peter gave a farewell party. In England, Peter met …".
                claim.date = last.sentence < reading.index ? last.date.coarsened(to: .month) : last.date
                claim.dateSpan = last.span
                claim.dateIsInferred = true
                claim.confidence -= 0.2
            }
            if let date = claim.date, let span = claim.dateSpan, !claim.dateIsInferred, claim.modality == .asserted {
                last = (claim.subject.name, date, span, reading.index)
            }
            return claim
        }
    }

    /// Whether a claim's event may borrow no date from the narrative: it is told as a habit
    /// or a series (``TreeDates/isSeries(_:)``), as before the narrative's time
    /// (``TreeDates/isAnterior(_:)``, save a stay that ends there: "had spent the previous
    /// 20 years in exile"), as after another event (``TreeDates/isSequel(_:)``) or within a
    /// span of its own (``TreeDates/isFramed(_:)``), or in a
    /// relative clause that describes rather than narrates (``SentenceTree/isInDescriptiveClause(_:)``).
    static func borrowsNoDate(_ claim: Claim, in reading: SentenceReading) -> Bool {
        guard let tree = reading.tree, let w = reading.triggerWord(of: claim) else { return false }
        let dates = TreeDates(reading: reading, tree: tree, triggers: [])
        // Only a stay has a length; its type is asked for only where the past perfect is.
        func endsAtTheStory() -> Bool { Stay.type(of: w, in: reading, tree: tree) != nil && Stay.length(of: w, in: reading, tree: tree)?.anchoring == .prior }
        return dates.isSeries(w) || dates.isAnterior(w) && !endsAtTheStory() || dates.isSequel(w) || dates.isFramed(w) || tree.isInDescriptiveClause(w)
    }

    /// After a sentence: its last event with a date of its own (else its main clause's
    /// person and date: "In March 1922 Stalin received the reward …"), and its last date.
    mutating func follow(_ claims: [Claim], in reading: SentenceReading) {
        if let told = claims.last(where: { $0.kind == .event && $0.date != nil && !$0.dateIsInferred && $0.modality == .asserted }),
           let date = told.date, let span = told.dateSpan {
            narrative = (told.subject.name, date, span, reading.index)
        } else if let main = Self.mainClause(of: reading) {
            narrative = (main.person.name, main.date, main.span, reading.index)
        }
        if let written = reading.dates.last(where: { !$0.isAttachedToName && $0.mention.date != nil }) { latestDate = written.mention.range }
    }
}

extension EventExtractor {
    /// Whether verb `w` has what its event needs: an object for "wrote" (``EventWords/objectVerbs``),
    /// none for "withdrew" (``EventWords/intransitiveEventVerbs``). A passive, a relative clause
    /// and a conjunct sharing its head's object have theirs.
    func hasRequiredObject(_ w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> Bool {
        let lemma = tree.lemma(w)
        // "started, in 1831, a weekly newspaper" parsed as a loose noun after the verb: a noun with no case that names no time.
        // Quoted words parsed as the object ("“I have been …,” he wrote") are what was said, not a work written.
        let quoted = reader.reading.isQuoted
        func isQuotation(_ n: Int, of k: Int) -> Bool {
            quoted[tree.tokenOfWord[n]] && !quoted[tree.tokenOfWord[k]] && reader.referent(at: n)?.participant.type != .work
        }
        func object(_ k: Int) -> Bool {
            tree.dependents(of: k, ["obj"]).contains { !isQuotation($0, of: k) } || tree.dependents(of: k, ["obl:unmarked", "obl:npmod", "parataxis", "dep"]).contains { n in
                ["NOUN", "PROPN"].contains(tree.words[n].upos) && n > k && tree.caseWord(of: n) == nil && !EventWords.timeNouns.contains(tree.lemma(n)) && reader.reading.dates.allSatisfy { !($0.first..<$0.end).contains(tree.tokenOfWord[n]) }
            }
        }
        // "wrote about the visit in his autobiography My Life": the work it is written in.
        let inWork = tree.dependents(of: w, ["obl"]).flatMap { [$0] + tree.dependents(of: $0, ["nmod"]) }.contains { k in
            tree.caseWord(of: k) == "in" && (reader.referent(at: k)?.participant.type == .work || EventWords.workNouns.contains(tree.lemma(k)))
        }
        // "wrote and printed leaflets", "drafted, introduced and defended the decrees": an object shared by conjuncts.
        let sharesObject = tree.dependents(of: w, ["conj"]).contains { !isQuotation($0, of: w) && object($0) && tree.dependents(of: $0, ["nsubj", "nsubj:pass"]).isEmpty }
        let hasObject = object(w) || reader.isPassive(w) || tree.words[w].relation.hasPrefix("acl") || inWork
            || (tree.words[w].relation == "conj" && tree.head(w).map(object) == true) || sharesObject
        if [.publication, .founding].contains(type), EventWords.objectVerbs.contains(lemma) { return hasObject }
        if EventWords.intransitiveEventVerbs.contains(lemma) {
            // "spoke and read French": an object shared with a conjunct is this verb's too.
            return !object(w) && !sharesObject
        }
        return true
    }

    /// Whether verb `w`'s arguments fit its event: "met with such hospitality" meets no one,
    /// "joined in the chanting" joins no body, "leave the rest to the prefects" departs from
    /// nothing, and "she was denied" (a raise) states nothing.
    func fitsItsArguments(_ w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> Bool {
        let obliques = tree.dependents(of: w, ["obl"])
        // A common noun naming no one, with no one named inside its phrase ("anarchists such as Malatesta" names people).
        func isThing(_ k: Int) -> Bool {
            guard tree.words[k].upos == "NOUN", reader.referent(at: k) == nil, !EventWords.groupNouns.contains(tree.lemma(k)) else { return false }
            let span = tree.tokenSpan(ofSubtree: k)
            return !reader.reading.referents.contains { span.contains($0.first) && !$0.isPossessive && [.person, .org, .group].contains($0.participant.type) }
        }
        switch (type, tree.lemma(w)) {
        case (.meeting, "meet"):
            return !obliques.contains { tree.caseWord(of: $0) == "with" && isThing($0) && !EventLexicon.meetingWords.contains(tree.lemma($0)) }
        case (.membership, "join"):
            // "joined forces with the Free Speech League" works with it; it joins nothing.
            if tree.dependents(of: w, ["obj"]).contains(where: { EventWords.joiningIdioms.contains(tree.words[$0].form.lowercased()) }) { return false }
            // "the sisters were joined by a brother": people are joined in company, not as a body.
            let joined = reader.isPassive(w) ? tree.dependents(of: w, ["nsubj:pass", "nsubj"]) : tree.dependents(of: w, ["obj"])
            if joined.contains(where: { EventWords.groupNouns.contains(tree.lemma($0)) }) { return false }
            return !(tree.dependents(of: w, ["obj"]).isEmpty && obliques.contains { tree.caseWord(of: $0) == "in" && isThing($0) })
        case (.departure, "leave"):
            // "did not leave any children", "left her husband": one leaves a place or a body, not a person or a thing.
            let left = tree.dependents(of: w, ["obj"]).allSatisfy { k in
                tree.words[k].upos == "PROPN" || [.place, .org].contains(reader.referent(at: k)?.participant.type) || isPlaceNoun(k, tree: tree)
                    || EventWords.institutionNouns.contains(tree.lemma(k))
            }
            return left && !obliques.contains { tree.caseWord(of: $0) == "to" && reader.referent(at: $0)?.participant.type != .place && !isPlaceNoun($0, tree: tree) }
        case (.founding, _):
            // "organized the Azov campaigns", "created a sensation": one founds a body, a periodical, a place.
            // ("launched Operation Thunder": a named event is begun, not founded; a congress organised is met.)
            guard let founded = reader.objectWords(of: w).first else { return true }
            if reader.referent(at: founded)?.participant.type == .event { return EventLexicon.meetingWords.contains(tree.lemma(founded).lowercased()) }
            return tree.words[founded].upos == "PROPN" || [.org, .work, .place, .group].contains(reader.referent(at: founded)?.participant.type)
                || ([founded] + tree.dependents(of: founded, ["compound"])).contains { EventWords.institutionNouns.contains(tree.lemma($0)) }
        case (.move, let lemma) where EventWords.causativeMotionVerbs.contains(lemma) || lemma == "go":
            // "sent Trotsky to speak at a plenum", "went to hear Johann Most": a mission, not a move, unless a place is gone to.
            let reading = reader.reading
            return obliques.contains { k in
                let t = tree.tokenOfWord[k]
                return EventWords.motionCases.contains(tree.caseWord(of: k) ?? "") && tree.caseWord(of: k) != "at"
                    && !reading.dates.contains { $0.first <= t && t < $0.end } && !EventWords.timeNouns.contains(tree.lemma(k)) && !isBareActivity(k, tree: tree)
            }
                || tree.dependents(of: w, ["advmod"]).contains { EventWords.placeNouns.contains(tree.lemma($0)) }
        case (.arrival, "return"):
            // "returned to anarchist activism": one returns to a place, a body or home, not to a pursuit
            // ("returned to New York … to positive press coverage" has its place).
            let goals = obliques.filter { tree.caseWord(of: $0) == "to" }
            return goals.isEmpty || goals.contains { k in
                tree.words[k].upos != "NOUN" || reader.referent(at: k) != nil || isPlaceNoun(k, tree: tree)
                    || EventWords.institutionNouns.contains(tree.lemma(k)) || EventWords.confinementNouns.contains(tree.lemma(k))
            }
        case (.education, "study"):
            // "studied the writings of banned leftists", "studied Marx": reading an author's works is no schooling.
            return !tree.dependents(of: w, ["obj"]).contains { k in
                EventWords.workNouns.contains(tree.lemma(k)) || [.person, .work].contains(reader.referent(at: k)?.participant.type)
            }
        case (.attack, _):
            // "attacked his views", "attacked the question": words against an idea or a book are no violence.
            return !tree.dependents(of: w, ["obj"]).contains { k in
                isThing(k) && (EventWords.ideaNouns.contains(tree.lemma(k)) || EventWords.workNouns.contains(tree.lemma(k)))
            }
        case (.release, _):
            // "freed himself from the union": one set free by oneself is not released.
            return !tree.dependents(of: w, ["obj"]).contains { tree.words[$0].feature("Reflex") == "Yes" }
        case (.statement, _):
            return !(reader.isPassive(w) && !tree.dependents(of: w, ["obl"]).contains { tree.words[$0].relation == "obl:agent" || tree.caseWord(of: $0) == "by" })
        default:
            return true
        }
    }

    /// "went to bed", "went to war": a singular common noun with nothing before it names what one
    /// goes to do, not a place one goes to, unless it names a place or a body ("went into hospital",
    /// "was sent to prison").
    private func isBareActivity(_ k: Int, tree: SentenceTree) -> Bool {
        let lemma = tree.lemma(k)
        return tree.words[k].upos == "NOUN" && tree.words[k].feature("Number") == "Sing" && !isPlaceNoun(k, tree: tree)
            && !EventWords.confinementNouns.contains(lemma) && !EventWords.institutionNouns.contains(lemma)
            && tree.dependents(of: k, ["det", "nmod:poss", "amod", "compound", "nummod"]).isEmpty
    }

    private func isPlaceNoun(_ k: Int, tree: SentenceTree) -> Bool {
        EventWords.placeNouns.contains(tree.lemma(k))
    }

    /// "wrote in Mother Earth that …", "items written for Mother Earth", "given by Stalin in
    /// Pravda": a work named as where the words appeared, with no noun of a book before it, is a
    /// periodical written for, not the work written ("in his autobiography, My Life" is).
    func isWrittenIn(_ work: Participant, tree: SentenceTree) -> Bool {
        guard let start = work.range?.start, let named = tree.words.indices.first(where: { tree.words[$0].range.start == start }) else { return false }
        var k = named
        while ["flat", "compound", "amod"].contains(tree.words[k].relation), let head = tree.head(k) { k = head }
        return ["obl", "nmod"].contains(String(tree.base(k))) && ["in", "for", "to"].contains(tree.caseWord(of: k) ?? "")
    }
}
