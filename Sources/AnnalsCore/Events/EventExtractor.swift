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
}
