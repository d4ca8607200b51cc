/// Turns the sentences of one document into event claims: a typed frame per event
/// word, with its subject (names, pronouns, "his father", a subject carried over from
/// the sentence before), counterpart, place, organisation or position, work, date and
/// modality, citing the sentence.
///
/// ```swift
/// let text = ScalarText("Anna Petrova was born in Riga in 1870. She was arrested in May 1899.")
/// let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
/// ClaimExtractor().claims(in: text, structure: structure, title: "Anna Petrova")
///     .filter { $0.kind == .event }.map(\.predicate)   // ["birth", "arrest"]
/// ```
struct EventExtractor {
    let text: ScalarText
    let readings: [SentenceReading]
    let names: DocumentReferents
    let sources: [PrimarySource]

    /// Dates the narrative has given so far.
    struct Focus {
        /// The subject carried over from earlier sentences.
        var carried: Participant
        var paragraph: Int?
        var paragraphDate: (mention: DateMention, sentence: Int)?
        var sectionDate: [Int: DateMention] = [:]
        /// The last event told with its own date, for the next along the narrative.
        var narrative: (subject: String, date: HistoricalDate, span: TextRange, sentence: Int)?
        /// The last date written in the text so far (not one hung on a name).
        var latestDate: TextRange?
        /// The stays told so far with their spans ("spent the next two years in prison").
        var stays: [Told] = []
        /// The dates the past perfect has told so far (``remember(flashbacksIn:)``).
        var flashbacks: Set<TextRange> = []
    }

    func events() -> [Claim] {
        var claims: [Claim] = []
        var focus = Focus(carried: names.subject)
        for reading in readings {
            // A parsed source header gives its own claims (``PrimarySource``).
            if sources.contains(where: { $0.header == reading.range }) { continue }
            if !reading.isNarrative {
                // A heading's year range frames the undated sentences of its section.
                if let section = reading.sentence.section, let first = reading.dates.first(where: { $0.mention.date != nil }) {
                    focus.sectionDate[section] = first.mention
                }
                continue
            }
            if reading.sentence.paragraph != focus.paragraph {
                focus.paragraph = reading.sentence.paragraph
                focus.paragraphDate = nil
            }
            focus.carried = reading.carriedSubject ?? names.subject
            let source = sources.first { $0.body.contains(reading.range.start) }
            let found = events(in: reading, focus: focus, source: source)
            claims += found
            focus.follow(found, in: reading)
            focus.remember(stays: found, in: reading)
            focus.remember(flashbacksIn: reading)
            if let date = reading.dates.last(where: { !$0.isAttachedToName && $0.mention.date != nil && reading.bracketDepth[$0.first] == 0 }) {
                focus.paragraphDate = (date.mention, reading.index)
            }
        }
        return claims
    }

    // MARK: - Frames

    private func events(in reading: SentenceReading, focus: Focus, source: PrimarySource?) -> [Claim] {
        var claims: [Claim] = []
        var previousSubject: (Participant, [Participant])?
        let triggers = Self.triggers(in: reading)
        let triggerWords = reading.tree.map { tree in Set(triggers.compactMap { tree.headWord(ofTokens: $0.first..<$0.end, in: reading.tokens) }) } ?? []
        for trigger in triggers {
            var found = frame(for: trigger, in: reading, previousSubject: previousSubject, focus: focus, source: source)
            if let tree = reading.tree, let word = tree.headWord(ofTokens: trigger.first..<trigger.end, in: reading.tokens).map(tree.eventWord(at:)) {
                found = treeFrame(for: trigger, word: word, in: reading, tree: tree, triggers: triggerWords, focus: focus, words: found)
            }
            guard var claim = found else { continue }
            if claim.subject.name.isEmpty { continue }
            previousSubject = (claim.subject, claim.others)
            if let source { claim.attribution = claim.attribution ?? source.author }
            // One event per type and subject in a sentence ("shot and wounded"): the one told
            // as fact with a date of its own ("demanded that he be released, and they freed him on April 29").
            if let k = claims.firstIndex(where: { $0.predicate == claim.predicate && $0.subject.name == claim.subject.name }) {
                if Self.tellsMore(claim, than: claims[k]) { claims[k] = claim }
                continue
            }
            claims.append(claim)
        }
        if reading.tree != nil {
            claims = Stay.lasting(focus.dating(claims.map { focus.withoutFlashbackCount($0, in: reading) }, in: reading), in: reading).map { focus.datedByStay($0, in: reading) }
        }
        claims += lifespans(in: reading, focus: focus)
        claims += works(in: reading, focus: focus)
        claims += remainingLife(in: reading, focus: focus)
        return claims
    }

    /// Whether `claim` is the better telling of the same event than `other`: stated as
    /// fact where the other is not, else dated by the sentence where the other is not.
    static func tellsMore(_ claim: Claim, than other: Claim) -> Bool {
        if claim.modality.isFactual != other.modality.isFactual { return claim.modality.isFactual }
        let ownDate = { (c: Claim) in c.date != nil && !c.dateIsInferred }
        return ownDate(claim) && !ownDate(other)
    }

    /// The event words of a sentence, in order; a word inside a name ("Party Congress")
    /// counts only for a meeting or a treaty.
    static func triggers(in reading: SentenceReading) -> [EventLexicon.Trigger] {
        var found: [EventLexicon.Trigger] = []
        var i = 0
        while i < reading.tokens.count {
            let inside = reading.referents.first { $0.first <= i && i < $0.end && !$0.isPronoun }
            guard let trigger = EventLexicon.trigger(at: i, in: reading),
                  inside == nil || (trigger.form == .noun && [.meeting, .treaty].contains(trigger.type)) || inside!.first == i && trigger.first == 0 else { i += 1; continue }
            i = trigger.end
            found.append(trigger)
        }
        let tree = TreeTriggers(reading: reading)
        // A verb that introduces quoted words tells a statement, whatever else the word may name ("wrote in March 1903:").
        let quoted = tree.quotedStatements()
        found.removeAll { trigger in trigger.type == .publication && quoted.contains { $0.first == trigger.first } }
        let statements = quoted.filter { statement in !found.contains { $0.first <= statement.first && statement.first < $0.end } }
        return found + statements + tree.heldGatherings(besides: found) + tree.implicated(besides: found) + tree.offices(besides: found) + tree.stays(besides: found)
    }

    /// "although he lived for another ten months": a death the text implies, that many
    /// units after the last date told (this sentence's, else the paragraph's). The
    /// date is approximate; the claim lets a stated death date be checked against it.
    private func remainingLife(in reading: SentenceReading, focus: Focus) -> [Claim] {
        let tokens = reading.tokens
        guard let lived = tokens.indices.first(where: { reading.isWord($0, ["lived", "survived"]) }) else { return [] }
        var k = lived + 1
        if reading.isWord(k, ["for", "on"]) { k += 1 }
        guard reading.isWord(k, ["another", "only", "just"]) || (reading.isWord(k, ["a"]) && reading.isWord(k + 1, ["further"])) else { return [] }
        k += reading.isWord(k, ["a"]) ? 2 : 1
        guard k + 1 < tokens.count, tokens[k].kind == .word || tokens[k].kind == .number else { return [] }
        let amount = Int(tokens[k].text) ?? DateVocabulary.number(fromWords: [tokens[k].text])
        guard let amount, amount > 0, tokens[k + 1].kind == .word else { return [] }
        let unit = tokens[k + 1].text
        let anchor = reading.dates.last(where: { $0.first < lived && $0.mention.date != nil && !$0.isAttachedToName })?.mention
            ?? focus.paragraphDate.flatMap { $0.sentence >= reading.index - 2 ? $0.mention : nil }
        guard let base = anchor?.date, base.precision == .day || (base.precision == .month && unit.hasPrefix("month")) || unit.hasPrefix("year"),
              let start = base.earliest,
              let subject = backSubject(for: EventLexicon.Trigger(type: .death, first: lived, end: lived + 1, form: .active), in: reading,
                                        clause: reading.clause(around: lived))?.participant ?? Optional(focus.carried) else { return [] }
        let point: DatePoint
        switch unit {
        case "days", "day": point = DatePoint(start.adding(days: amount))
        case "weeks", "week": point = DatePoint(start.adding(days: 7 * amount))
        case "months", "month": let day = start.adding(months: amount); point = DatePoint(year: day.year, month: day.month)
        case "years", "year": point = DatePoint(year: start.adding(years: amount).year)
        default: return []
        }
        let range = TextRange(start: tokens[lived].range.start, end: tokens[k + 1].range.end)
        let date = HistoricalDate(point, isApproximate: true)
        return [Claim(kind: .event, predicate: EventType.death.rawValue, subject: subject, date: date, dateSpan: range,
                      evidence: reading.range, trigger: range, extractor: Extractor(.remainingLife), confidence: 0.5)]
    }

    private func frame(for trigger: EventLexicon.Trigger, in reading: SentenceReading, previousSubject: (Participant, [Participant])?,
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

    private func place(for trigger: EventLexicon.Trigger, in reading: SentenceReading, clause: Range<Int>, subject: Participant) -> Participant? {
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
    private func date(for trigger: EventLexicon.Trigger, in reading: SentenceReading) -> SentenceReading.Dated? {
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

    private func distance(_ dated: SentenceReading.Dated, _ trigger: EventLexicon.Trigger) -> Int {
        dated.first >= trigger.end ? dated.first - trigger.end : trigger.first - dated.end + 1
    }

    /// The office named after "appointed", "elected", "resign as": capitalised words
    /// with "of", "and", "for" inside, or an office word ("chairman").
    func position(after start: Int, in reading: SentenceReading) -> String? {
        let tokens = reading.tokens
        var k = start
        while k < tokens.count, tokens[k].isWord("as", "to", "the", "its", "his", "her", "their", "a", "an", "one", "of", "only", "full", "new", "first", "sole") || tokens[k].kind == .number
                || (tokens[k].kind == .word && ["five", "three", "two", "four", "six", "seven"].contains(tokens[k].text)) || tokens[k].isMark(":") { k += 1 }
        // "ousted Zinoviev and Kamenev from the leadership": people named are no office.
        if reading.referents.contains(where: { $0.first == k && $0.participant.type == .person }) { return nil }
        var end = k
        var m = k
        while m < tokens.count, m - k < 14 {
            let token = tokens[m]
            if token.kind == .word, token.isCapitalized || EventLexicon.positionWords.contains(token.text) || token.isPossessive && token.isCapitalized {
                m += 1
                end = m
                // "the Comintern's executive committee": a body's possessive goes on to the body's own noun.
                if token.isPossessive, let head = (m..<min(tokens.count, m + 3)).first(where: { tokens[$0].kind == .word && EventWords.bodyHeads.contains(tokens[$0].text) }),
                   tokens[m..<head].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
                    var last = head
                    while last + 1 < tokens.count, tokens[last + 1].kind == .word, EventWords.bodyHeads.contains(tokens[last + 1].text) { last += 1 }
                    (m, end) = (last + 1, last + 1)
                }
            } else if token.isWord("of", "and", "for", "the", "on") || token.isMark("'", "’"), m + 1 < tokens.count, tokens[m + 1].isCapitalized || tokens[m + 1].isWord("the") {
                m += 1
            } else {
                break
            }
        }
        guard end > k else { return nil }
        let words = reading.words(k..<end)
        guard words.contains(where: EventLexicon.positionWords.contains) || words.count >= 2 else { return nil }
        return text.string(in: TextRange(start: tokens[k].range.start, end: tokens[end - 1].range.end))
    }

    /// A work's title after "published", "wrote": in quotation marks, or capitalised words.
    func workTitle(after start: Int, in reading: SentenceReading) -> Participant? {
        let tokens = reading.tokens
        var k = start
        while k < tokens.count, tokens[k].isWord("a", "an", "the", "his", "her", "their", "called", "titled", "entitled", "its", "first", "new", "newspaper", "journal")
                || (tokens[k].kind == .word && !tokens[k].isCapitalized && EventWords.workNouns.contains(tokens[k].text.lowercased())) || tokens[k].isMark(",") { k += 1 }
        guard k < tokens.count else { return nil }
        if tokens[k].isMark("\"", "\u{201C}") {
            var m = k + 1
            while m < tokens.count, !tokens[m].isMark("\"", "\u{201D}") { m += 1 }
            guard m < tokens.count, m > k + 1 else { return nil }
            let range = TextRange(start: tokens[k + 1].range.start, end: tokens[m - 1].range.end)
            return Participant(name: text.string(in: range), range: range, type: .work)
        }
        guard tokens[k].isCapitalized else { return nil }
        if let named = reading.referents.first(where: { $0.first == k }), named.participant.type == .person { return nil }
        var end = k + 1
        while end < tokens.count, tokens[end].isCapitalized || (tokens[end].isWord("of", "the", "and", "a", "an", "in", "on") && end + 1 < tokens.count && tokens[end + 1].isCapitalized) { end += 1 }
        let range = TextRange(start: tokens[k].range.start, end: tokens[end - 1].range.end)
        return Participant(name: text.string(in: range), range: range, type: .work)
    }
}
