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
        let roles = reader.roles(of: w, type: trigger.type, form: trigger.form)
        guard !roles.isUnnamed else { return nil }
        var confidence = isNoun ? 0.6 : 0.8
        var subject = roles.subject?.participant
        // A clause with no subject at all ("Arrested again in 1903.") is about whom the narrative follows.
        if subject == nil, roles.hasNoSubject, !isNoun {
            subject = reading.carriedSubject ?? focus.carried
            confidence -= 0.15
        }
        // Where the parse gives a finite verb no subject at all, the words before it are read instead.
        if subject == nil, let words {
            subject = words.subject
            confidence = words.confidence
        }
        guard let subject, !subject.name.isEmpty else { return nil }
        if roles.subject?.isPronoun == true { confidence -= 0.05 }
        var object = roles.object
        var value: String?
        if [.election, .appointment, .resignation, .removal].contains(trigger.type) {
            value = position(after: trigger.end, in: reading)
            if trigger.type == .appointment, value == nil, object?.type != .org { return nil }
        }
        if trigger.type == .publication, object?.type != .work { object = workTitle(after: trigger.end, in: reading) }
        let span = TextRange(start: reading.tokens[trigger.first].range.start, end: reading.tokens[trigger.end - 1].range.end)
        var claim = Claim(kind: .event, predicate: trigger.type.rawValue, subject: subject, object: object, others: roles.group + roles.others,
                          value: value, place: roles.place, evidence: reading.range, trigger: span, extractor: "event.tree.\(trigger.form)",
                          confidence: confidence)
        if let (dated, inferred) = dates.date(for: w, isNoun: isNoun) {
            claim.date = dated.mention.date
            claim.dateSpan = dated.mention.range
            claim.dateIsInferred = inferred
            if inferred { claim.confidence -= 0.2 }
        } else if let words, let date = words.date, let span = words.dateSpan, dates.mayDate(w, with: span) {
            (claim.date, claim.dateSpan, claim.dateIsInferred) = (date, span, words.dateIsInferred)
        } else if isNoun {
            return nil
        }
        (claim.modality, claim.attribution) = TreeModality(roles: reader).modality(of: w, type: trigger.type, isNoun: isNoun)
        if reading.isQuoted[trigger.first], claim.modality == .asserted || claim.modality == .reported, claim.attribution == nil {
            claim.modality = .reported
            claim.attribution = reading.quoteSpeaker(before: trigger.first)
        }
        return claim
    }
}

extension EventExtractor.Focus {
    /// An event without a date of its own takes the date of the event told before it
    /// along the narrative: the same subject, in this sentence or the one before, with no
    /// other date written in between. Marked inferred. Births and deaths never borrow a
    /// date, nor do asides in brackets.
    func dating(_ claims: [Claim], in reading: SentenceReading) -> [Claim] {
        var last = narrative
        let written = reading.dates.filter { !$0.isAttachedToName && $0.mention.date != nil }.map(\.mention.range)
        return claims.map { original in
            var claim = original
            let at = claim.trigger?.start ?? reading.range.start
            let latest = written.last { $0.end <= at } ?? latestDate
            let inBrackets = reading.tokens.firstIndex { $0.range.start >= at }.map { reading.bracketDepth[$0] > 0 } ?? false
            if claim.date == nil, let last, last.subject == claim.subject.name, last.sentence >= reading.index - 1, latest == last.span,
               claim.eventType != .birth, claim.eventType != .death, !inBrackets {
                claim.date = last.date
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

    /// After a sentence: its last event with a date of its own, and its last date.
    mutating func follow(_ claims: [Claim], in reading: SentenceReading) {
        if let told = claims.last(where: { $0.kind == .event && $0.date != nil && !$0.dateIsInferred && $0.modality == .asserted }),
           let date = told.date, let span = told.dateSpan {
            narrative = (told.subject.name, date, span, reading.index)
        }
        if let written = reading.dates.last(where: { !$0.isAttachedToName && $0.mention.date != nil }) { latestDate = written.mention.range }
    }
}
