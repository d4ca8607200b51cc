import Foundation

/// Time spent in a state: "Trotsky spent the next two years of his life in prison", "he
/// spent a month detained at Amherst", "two weeks in a prison workhouse". A verb of time
/// spent (``EventWords/stayVerbs``) with a length of time for its object, in a place one is
/// held in or a state the event table marks `stay` ("in exile"), tells that stay; it lasts
/// that long from the date its clause or the narrative gives, and a later "while in
/// prison" in the same story is dated by it.
enum Stay {
    /// The stay verb `w` tells, if it is one.
    static func type(of w: Int, in reading: SentenceReading, tree: SentenceTree) -> EventType? {
        guard tree.words[w].upos == "VERB", EventWords.stayVerbs.contains(tree.lemma(w)), length(of: w, in: reading, tree: tree) != nil else { return nil }
        for k in tree.dependents(of: w, ["obl"]) where ["in", "at"].contains(tree.caseWord(of: k) ?? "") {
            if let type = state(named: k, tree: tree) { return type }
        }
        // "spent a month detained at Amherst": a participle of the state.
        let participles = tree.dependents(of: w, ["xcomp", "advcl", "obj"]).flatMap { [$0] + tree.dependents(of: $0, ["acl"]) }
        for k in participles where tree.words[k].xpos == "VBN" {
            if let type = EventLexicon.verbs[tree.words[k].form.lowercased()], type.has(.stay) { return type }
        }
        return nil
    }

    /// How a length of time stands to the date the story has got to.
    enum Anchoring {
        /// "two years": only a date of its own clause or sentence starts it.
        case unanchored
        /// "the next two years": it starts at the story's date.
        case sequel
        /// "the previous 20 years": it ends at the story's date.
        case prior
    }

    /// The length of time verb `w` spends (a duration written in its object), and how it is anchored.
    static func length(of w: Int, in reading: SentenceReading, tree: SentenceTree) -> (amount: TimeAmount, anchoring: Anchoring)? {
        for k in tree.dependents(of: w, ["obj", "obl:tmod", "obl:unmarked"]) {
            let span = tree.tokenSpan(ofSubtree: k)
            guard let amount = reading.lengths.first(where: { span.contains($0.first) })?.mention.amount, amount.count != nil else { continue }
            let words = Set(span.map { reading.tokens[$0].text.lowercased() })
            let anchoring: Anchoring = !words.isDisjoint(with: EventWords.sequelWords) ? .sequel : !words.isDisjoint(with: EventWords.priorWords) ? .prior : .unanchored
            return (amount, anchoring)
        }
        return nil
    }

    /// The state a noun names: a place one is held in ("prison", "a prison workhouse"), or an
    /// event noun of a stay ("exile").
    static func state(named k: Int, tree: SentenceTree) -> EventType? {
        let lemmas = [tree.lemma(k)] + tree.dependents(of: k, ["compound"]).map(tree.lemma)
        if lemmas.contains(where: EventWords.confinementNouns.contains) { return .imprisonment }
        if let type = EventLexicon.nouns[tree.lemma(k)], type.has(.stay) { return type }
        return nil
    }

    /// The time from `start` lasting `length` (or, `before` it, up to `start`), both ends at the
    /// coarser of the start's precision and the length's unit ("from January 1898, two years": 1898/1900).
    static func span(from start: HistoricalDate, lasting length: TimeAmount, before: Bool = false) -> HistoricalDate? {
        guard let first = start.earliest, let count = length.count, count >= 1, count == count.rounded() else { return nil }
        let n = before ? -Int(count) : Int(count)
        let last: CalendarDay
        let unit: DatePoint.Precision
        switch length.unit {
        case .day: (last, unit) = (first.adding(days: n), .day)
        case .week: (last, unit) = (first.adding(days: 7 * n), .day)
        case .month: (last, unit) = (first.adding(months: n), .month)
        case .year: (last, unit) = (first.adding(years: n), .year)
        case .decade: (last, unit) = (first.adding(years: 10 * n), .year)
        default: return nil
        }
        let precision = max(unit, min(start.precision, .year))
        func point(_ day: CalendarDay) -> DatePoint {
            switch precision {
            case .day: DatePoint(day)
            case .month: DatePoint(year: day.year, month: day.month)
            default: DatePoint(year: day.year)
            }
        }
        return before ? HistoricalDate(from: point(last), to: point(first)) : HistoricalDate(from: point(first), to: point(last))
    }

    /// A stay claimed in `reading` with a date for its start becomes the span it lasts.
    static func lasting(_ claims: [Claim], in reading: SentenceReading) -> [Claim] {
        guard let tree = reading.tree else { return claims }
        let lasted = claims.map { original in
            guard let start = original.date, original.eventType?.has(.stay) == true, let w = reading.triggerWord(of: original),
                  let length = type(of: w, in: reading, tree: tree) != nil ? length(of: w, in: reading, tree: tree) : lengthFor(w, in: reading, tree: tree)
            else { return original }
            var claim = original
            // A date from an earlier sentence starts only "the next two years" and ends only "the previous twenty".
            let fromEarlier = claim.dateIsInferred && !(claim.dateSpan.map { reading.range.contains($0.start) } ?? false)
            if fromEarlier, length.anchoring == .unanchored {
                (claim.date, claim.dateSpan, claim.dateIsInferred) = (nil, nil, false)
                return claim
            }
            claim.date = span(from: start, lasting: length.amount, before: fromEarlier && length.anchoring == .prior)
            return claim
        }
        return within(lasted, in: reading, tree: tree)
    }

    /// "exiled to Siberia for three years": the verb of a stay with "for" and a length of time.
    private static func lengthFor(_ w: Int, in reading: SentenceReading, tree: SentenceTree) -> (amount: TimeAmount, anchoring: Anchoring)? {
        guard tree.words[w].upos == "VERB" else { return nil }
        for k in tree.dependents(of: w, ["obl"]) where tree.caseWord(of: k) == "for" {
            let span = tree.tokenSpan(ofSubtree: k)
            if let amount = reading.lengths.first(where: { span.contains($0.first) })?.mention.amount, amount.count != nil { return (amount, .unanchored) }
        }
        return nil
    }

    /// "exiled to Siberia for three years, where he married": an event told in a "where" or
    /// "when" clause hung inside a stay's own phrases happened during that stay (inferred).
    private static func within(_ claims: [Claim], in reading: SentenceReading, tree: SentenceTree) -> [Claim] {
        let stays = claims.compactMap { claim -> (Int, Claim)? in
            guard claim.eventType?.has(.stay) == true, claim.date?.isInterval == true, claim.modality == .asserted, let w = reading.triggerWord(of: claim) else { return nil }
            return (w, claim)
        }
        guard !stays.isEmpty else { return claims }
        return claims.map { original in
            guard original.date == nil || original.dateIsInferred, let w = reading.triggerWord(of: original),
                  tree.words[w].relation == "acl:relcl", tree.isNarrativeRelative(w) else { return original }
            var k = w
            while let head = tree.head(k), ["acl:relcl", "obl", "nmod"].contains(tree.words[k].relation) { k = head }
            guard let stay = stays.first(where: { $0.0 == k && $0.1.subject.name == original.subject.name })?.1 else { return original }
            var claim = original
            (claim.date, claim.dateSpan, claim.dateIsInferred) = (stay.date, stay.dateSpan, true)
            return claim
        }
    }

    /// The state a "while in prison" or "when in exile" beside verb `w` says it happened in.
    static func during(_ w: Int, tree: SentenceTree) -> EventType? {
        var k = w
        while tree.words[k].relation == "conj", let head = tree.head(k) { k = head }
        for clause in tree.dependents(of: k, ["advcl", "obl"])
        where tree.dependents(of: clause, ["mark"]).contains(where: { EventWords.simultaneityMarks.contains(tree.lemma($0)) })
            && tree.dependents(of: clause, ["case"]).contains(where: { tree.lemma($0) == "in" }) {
            if let type = state(named: clause, tree: tree) { return type }
        }
        return nil
    }
}

extension TreeTriggers {
    /// "spent the next two years in prison": the stays of a sentence (``Stay``), where the
    /// word reader found no event at the verb.
    func stays(besides found: [EventLexicon.Trigger]) -> [EventLexicon.Trigger] {
        guard let tree = reading.tree else { return [] }
        return tree.words.indices.compactMap { w in
            let t = tree.tokenOfWord[w]
            guard !found.contains(where: { $0.first <= t && t < $0.end }), let type = Stay.type(of: w, in: reading, tree: tree) else { return nil }
            return EventLexicon.Trigger(type: type, first: t, end: t + 1, form: .active)
        }
    }
}

extension EventExtractor.Focus {
    /// A stay the narrative has told: whose, of what, and when.
    struct Told {
        var subject: String
        var type: EventType
        var date: HistoricalDate
        var span: TextRange
        var sentence: Int
    }

    /// "While in prison, he married": an undated event in a state the same subject's stay,
    /// told within the last few sentences, dates (inferred).
    func datedByStay(_ claim: Claim, in reading: SentenceReading) -> Claim {
        guard claim.date == nil, let tree = reading.tree, let w = reading.triggerWord(of: claim),
              let state = Stay.during(w, tree: tree),
              let stay = stays.last(where: { $0.subject == claim.subject.name && $0.type == state && $0.sentence >= reading.index - 5 }) else { return claim }
        var dated = claim
        dated.date = stay.date
        dated.dateSpan = stay.span
        dated.dateIsInferred = true
        dated.confidence -= 0.2
        return dated
    }

    /// Remembers the stays `claims` tell with a span of time.
    mutating func remember(stays claims: [Claim], in reading: SentenceReading) {
        for claim in claims where claim.eventType?.has(.stay) == true && claim.modality == .asserted {
            guard let date = claim.date, date.isInterval, let span = claim.dateSpan, let type = claim.eventType else { continue }
            stays.append(Told(subject: claim.subject.name, type: type, date: date, span: span, sentence: reading.index))
        }
    }
}
