/// The frame of an event read from the words alone, for a sentence the grammar has not
/// parsed, and as the fallback the tree frame fills its gaps from: the subject before the
/// trigger in its clause (or the one the narrative carries), its place, its nearest date.
extension EventExtractor {
    func frame(for trigger: EventLexicon.Trigger, in reading: SentenceReading, previousSubject: (Participant, [Participant])?,
               focus: Focus, source: PrimarySource?) -> Claim? {
        let clause = reading.clause(around: trigger.first)
        var subject: Participant?
        var others: [Participant] = []
        var object: Participant?
        var confidence = 0.8

        if trigger.form == .noun {
            // "his arrest", "Lenin's death", "the death of Lenin", else the clause's subject.
            if let owner = reading.referents.last(where: { $0.end == trigger.first && $0.isPossessive }) {
                subject = owner.participant
                others = owner.group
            } else if trigger.first + 1 < reading.tokens.count, reading.tokens[trigger.first + 1].isWord("of"),
                      let of = reading.referents.first(where: { $0.first == trigger.first + 2 || $0.first == trigger.first + 3 }) {
                subject = of.participant
            } else if let inside = reading.referents.first(where: { $0.first <= trigger.first && trigger.first < $0.end }) {
                object = inside.participant
                subject = clauseSubject(in: reading, clause: clause.lowerBound..<reading.tokens.count, excluding: inside.first)?.participant
            } else if let found = clauseSubject(in: reading, clause: clause, excluding: nil) {
                subject = found.participant
            } else if [.illness, .death, .funeral].contains(trigger.type),
                      let owner = reading.referents.first(where: { clause.contains($0.first) && $0.first < trigger.first && $0.isPossessive && $0.participant.type == .person }) {
                // "Lenin's health deteriorated, leading to three strokes … and death": the body is Lenin's.
                subject = owner.participant
            } else {
                subject = focus.carried
            }
            confidence = 0.6
        } else if trigger.first >= 2, reading.isWord(trigger.first - 1, ["being"]), reading.isWord(trigger.first - 2, ["before", "after", "without", "until"]),
                  let patient = reading.referents.last(where: { $0.end <= trigger.first - 2 && [.person, nil].contains($0.participant.type)
                      && (!$0.isPossessive || reading.isWord($0.first, ["her", "him", "them"])) }) {
            // "placed him under house arrest before being deported": the one deported is the one placed.
            subject = patient.participant
        } else if let (moved, sender) = Self.sentOne(for: trigger, in: reading, clause: clause) {
            // "Kievskaya Mysl sent him to the Balkans": who is sent moves; the sender (a paper, a body, a person) sends.
            (subject, object) = (moved, sender)
        } else if let found = backSubject(for: trigger, in: reading, clause: clause) {
            subject = found.participant
            others = found.group
            if found.isPronoun { confidence -= 0.05 }
        } else if let previousSubject {
            // "was arrested and sent to Siberia": the subject of the event before.
            (subject, others) = (previousSubject.0, previousSubject.1)
            confidence -= 0.05
        } else if reading.referents.filter({ $0.first < trigger.first && !$0.isPossessive }).isEmpty {
            // Nothing before the verb: the subject carried over from the sentence before.
            subject = focus.carried
            confidence -= 0.15
        }
        guard let subject else { return nil }

        // The counterpart: "by X" for passives, the first person or body after an active verb.
        let after = reading.referents.filter { $0.first >= trigger.end && $0.first < clause.upperBound && $0.participant.name != subject.name }
        if trigger.form == .passive {
            if let agent = after.first(where: { $0.first > 0 && reading.tokens[$0.first - 1].isWord("by") && $0.participant.type != .place }) { object = agent.participant }
        } else if trigger.form == .active, object == nil {
            object = after.first(where: { referent in
                referent.participant.type != .place && !referent.isPossessive
                    && (referent.first - trigger.end <= 4 || reading.tokens[referent.first - 1].isWord("with", "to", "by", "against"))
                    && reading.bracketDepth[referent.first] == reading.bracketDepth[trigger.first]
            })?.participant
        }
        // Other people the clause names take part too ("delivered by Stalin and not by Trotsky").
        let named = Set(([subject] + others + [object].compactMap { $0 }).map(\.name))
        for referent in reading.referents where clause.contains(referent.first) && referent.participant.type == .person && !referent.isPronoun
            && !referent.participant.name.contains("'s ") && reading.bracketDepth[referent.first] <= reading.bracketDepth[trigger.first]
            && !named.contains(referent.participant.name) && !others.contains(where: { $0.name == referent.participant.name }) && others.count < 6 {
            others.append(referent.participant)
        }
        let place = self.place(for: trigger, in: reading, clause: clause, subject: subject)
        var value: String?
        if trigger.type.has(.position) {
            value = position(after: trigger.end, in: reading)
            if trigger.type == .appointment, value == nil, object?.type != .org { return nil }
        }
        if trigger.type == .publication {
            // What was published is a work, never a person or a party.
            if object?.type != .work { object = workTitle(after: trigger.end, in: reading) }
        }
        var claim = Claim(kind: .event, predicate: trigger.type.rawValue, subject: subject, object: object, others: others, value: value,
                          place: place, evidence: reading.range,
                          trigger: TextRange(start: reading.tokens[trigger.first].range.start, end: reading.tokens[trigger.end - 1].range.end),
                          extractor: Extractor(trigger.form.wordsRule), confidence: confidence)
        let dated = date(for: trigger, in: reading)
        // A noun event needs its own date in the sentence.
        if trigger.form == .noun, dated == nil { return nil }
        if let dated {
            claim.date = dated.mention.date
            claim.dateSpan = dated.mention.range
        } else if trigger.type.has(.ownDate) || reading.bracketDepth[trigger.first] > 0 {
            // A birth or death without its own date ("the village he was born in") and asides take no date from context.
        } else if let inherited = focus.paragraphDate, inherited.sentence >= reading.index - 2 {
            claim.date = inherited.mention.date
            claim.dateSpan = inherited.mention.range
            claim.dateIsInferred = true
            claim.confidence -= 0.2
        } else if let section = reading.sentence.section, let framed = focus.sectionDate[section], let span = framed.date,
                  let first = span.earliest, let last = span.latest, last.year - first.year <= 12 {
            claim.date = framed.date
            claim.dateSpan = framed.range
            claim.dateIsInferred = true
            claim.confidence -= 0.3
        }
        (claim.modality, claim.attribution) = ModalityDetector.modality(of: trigger, in: reading)
        if claim.modality == .reported, claim.attribution == nil, reading.isQuoted[trigger.first] {
            claim.attribution = reading.quoteSpeaker(before: trigger.first)
        }
        if reading.isQuoted[trigger.first], source == nil, claim.modality == .asserted {
            claim.modality = .reported
            claim.attribution = reading.quoteSpeaker(before: trigger.first)
        }
        return claim
    }

    /// For "sent" in the active with someone right after it ("… sent him to the Balkans"):
    /// the one sent, and the nearest name before the verb in its clause, who sent them.
    static func sentOne(for trigger: EventLexicon.Trigger, in reading: SentenceReading, clause: Range<Int>) -> (Participant, Participant?)? {
        guard trigger.form == .active, reading.tokens[trigger.first].isWord("sent"),
              let moved = reading.referents.first(where: { $0.first == trigger.end && ($0.isPronoun || $0.participant.type == .person) }) else { return nil }
        let sender = reading.referents.last { $0.end <= trigger.first && $0.first >= clause.lowerBound && !$0.isPossessive && $0.participant.type != .place }
        return (moved.participant, sender?.participant)
    }

    /// The nearest name or pronoun before the trigger that can be its subject, with
    /// any names co-ordinated with it ("Trotsky and Zinoviev were expelled").
    func backSubject(for trigger: EventLexicon.Trigger, in reading: SentenceReading, clause: Range<Int>) -> SentenceReading.Referent? {
        let depth = reading.bracketDepth[trigger.first]
        let candidates = reading.referents.filter { referent in
            referent.end <= trigger.first && referent.first >= clause.lowerBound && !referent.isPossessive && !referent.isObjectPronoun
                && reading.bracketDepth[referent.first] <= depth && !reading.isPrepositional(referent.first)
                && referent.participant.type != .place && referent.participant.type != .work
                && !(referent.isPronoun && reading.tokens[referent.first].text == "they" && referent.participant.name == "they")
        }
        // "over 200 members of the Union, including Bronstein, were arrested": the one included.
        let included = reading.referents.filter { $0.end <= trigger.first && $0.first >= clause.lowerBound && $0.first > 0
            && reading.tokens[$0.first - 1].isWord("including") && $0.participant.type == .person }
        guard var subject = candidates.last ?? included.last else { return nil }
        // "Leon Czolgosz, an unemployed worker and registered Republican …, shot": the name before the apposition.
        if let comma = (clause.lowerBound..<subject.first).last(where: { reading.tokens[$0].isMark(",") }), comma + 1 < subject.first,
           reading.tokens[comma + 1].isWord("a", "an", "the"),
           (subject.end..<trigger.first).contains(where: { reading.tokens[$0].isMark(",") }),
           let named = candidates.last(where: { $0.end == comma && !$0.isPronoun }) {
            subject = named
        }
        // Co-ordinated subjects: "X and Y", "X, Y and Z".
        var group = subject.group
        var k = subject.first - 1
        while k > clause.lowerBound, reading.tokens[k].isWord("and") || reading.tokens[k].isMark(","),
              let earlier = candidates.last(where: { $0.end == k }) {
            group.insert(earlier.participant, at: 0)
            k = earlier.first - 1
        }
        if !group.isEmpty, let first = group.first, subject.group.isEmpty {
            group.removeFirst()
            group.append(subject.participant)
            subject.participant = first
        }
        subject.group = group
        return subject
    }

    /// The clause's subject: its first name or pronoun not governed by a preposition.
    func clauseSubject(in reading: SentenceReading, clause: Range<Int>, excluding: Int?) -> SentenceReading.Referent? {
        reading.referents.first { referent in
            clause.contains(referent.first) && referent.first != excluding && !referent.isPossessive && !reading.isPrepositional(referent.first)
                && [.person, .org].contains(referent.participant.type)
        }
    }

    func place(for trigger: EventLexicon.Trigger, in reading: SentenceReading, clause: Range<Int>, subject: Participant) -> Participant? {
        let places = reading.referents.filter { $0.participant.type == .place && clause.contains($0.first) && $0.participant.name != subject.name }
        // Only a journey has a place it is "from", "to", "toward"; other events happen "in" or "at" it.
        let prepositions = trigger.type.has(.motion) ? EventLexicon.placePrepositions : ["in", "at", "near", "outside", "inside"]
        func governed(_ referent: SentenceReading.Referent) -> Bool {
            var k = referent.first - 1
            while k >= 0, reading.tokens[k].isWord("the") { k -= 1 }
            return reading.isWord(k, prepositions)
        }
        if let after = places.first(where: { $0.first >= trigger.end && $0.first - trigger.end <= 12 && governed($0) }) { return after.participant }
        if let before = places.last(where: { $0.end <= trigger.first && governed($0) && reading.isWord($0.first - 1, ["in", "at"]) }) { return before.participant }
        return nil
    }

    /// The date for a trigger: the nearest one written in its clause (in its own
    /// brackets if it is inside some), not one hung on a name ("(1847–1922)").
    func date(for trigger: EventLexicon.Trigger, in reading: SentenceReading) -> SentenceReading.Dated? {
        let clause = reading.clause(around: trigger.first)
        let depth = reading.bracketDepth[trigger.first]
        let usable = reading.dates.filter { dated in
            dated.mention.date != nil && clause.contains(dated.first)
                && (!dated.isAttachedToName || (depth > 0 && reading.bracketDepth[dated.first] == depth))
                && !Self.datesAnotherClause(dated, after: trigger, in: reading)
        }
        return usable.min { a, b in
            let da = distance(a, trigger), db = distance(b, trigger)
            return da != db ? da < db : a.first > b.first
        }
    }

    /// Whether a date written after the trigger belongs to a later event of the sentence:
    /// "placed under house arrest before being deported in December 1936", "was released
    /// and on 23rd September, he was elected".
    static func datesAnotherClause(_ dated: SentenceReading.Dated, after trigger: EventLexicon.Trigger, in reading: SentenceReading) -> Bool {
        guard dated.first >= trigger.end else { return false }
        let tokens = reading.tokens
        for k in trigger.end..<dated.first where reading.isWord(k, ["before", "after", "until", "without"]) {
            if k + 1 < dated.first, tokens[k + 1].kind == .word, tokens[k + 1].text.hasSuffix("ing") { return true }
        }
        // "… and on <date>, he …": the date opens the next clause.
        if dated.first >= 2, reading.isWord(dated.first - 1, ["on", "in", "by"]), reading.isWord(dated.first - 2, ["and", "but", "then"]),
           dated.end + 1 < tokens.count, tokens[dated.end].isMark(","),
           reading.isWord(dated.end + 1, ["he", "she", "they", "it", "we", "i"]) || reading.referent(startingAt: dated.end + 1) != nil {
            return true
        }
        return false
    }

    func distance(_ dated: SentenceReading.Dated, _ trigger: EventLexicon.Trigger) -> Int {
        dated.first >= trigger.end ? dated.first - trigger.end : trigger.first - dated.end + 1
    }
}
