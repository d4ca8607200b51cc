public import AnnalsCore

/// What kind of answer a question wants.
public enum AnswerKind: String, Sendable, CaseIterable {
    case date, place, person, org, work, number, yesno, text

    /// The entity type an answer of this kind is, when it is one.
    public var entityType: EntityType? {
        switch self {
        case .place: .place
        case .person: .person
        case .org: .org
        case .work: .work
        default: nil
        }
    }
}

/// A question as Annals understands it: the answer it wants, the names and words it
/// is about, the events it asks of, and any time restriction.
public struct Question: Sendable {
    public var text: String
    public var expected: AnswerKind
    /// Capitalised names in the question ("Bronstein", "South Russian Workers' Union").
    public var names: [String]
    /// The words that carry its meaning, lower-cased, question words and function words left out.
    public var keywords: [String]
    /// Events it asks about, from any form of their words ("banished" → exile).
    public var events: Set<EventType>
    /// "in 1917": the answer must fall in this year.
    public var year: Int?
    /// "after 1917", "before Lenin's death" as a year bound.
    public var after: Int?
    public var before: Int?
    /// "first" or "last".
    public var ordinal: Ordinal?
    /// "Old Style", "Julian": the date as the Julian calendar gives it.
    public var wantsJulian: Bool
    /// "According to the NWE": a source the answer should come from.
    public var accordingTo: String?
    /// The noun the question asks for, when it is specific enough that the answer's
    /// sentence must use it: "which university", "the name of the hospital".
    public var head: String?
    /// "What pen name did he use?": a name someone went by, not who they were.
    public var asksForPseudonym = false
    /// The numbers it writes ("in 1712", "the 10th century", "for 40 years").
    public var numbers: [QuestionNumber] = []

    /// "On what date", "what exact day": an answer to the day.
    public var wantsDay: Bool {
        let lower = text.lowercased()
        return ["what date", "which date", "what day", "which day", "exact date", "exact day"].contains { lower.contains($0) }
    }

    /// Whether the question's own verb names the event it asks of ("When was she released?",
    /// "Where was he born?"), so that a sentence without a word of that event does not answer;
    /// false when the event word only qualifies ("at the time of his assassination", "the place
    /// of her birth"). Set from the question's parse (`SlotFiller.verbNamesEvent`); without one, true.
    public var verbNamesEvent = true

    /// "On what exact day…", "the precise date": only a day answers; a month or a year is no answer.
    public var wantsExactDay: Bool {
        wantsDay && QuestionReader.words(text).contains { ["exact", "exactly", "precise", "precisely"].contains($0.lowercased()) }
    }

    /// "What book did Trotsky write…": the one the question says acted, and the verb of the
    /// act ("Trotsky", "write"), read after "did", "does" or "do".
    public var actor: (name: String, verb: String)? {
        let words = QuestionReader.words(text)
        guard let k = words.firstIndex(where: { ["did", "does", "do"].contains($0.lowercased()) }), k + 1 < words.count,
              let name = names.first(where: { QuestionReader.words($0).first == words[k + 1] }) else { return nil }
        var after = k + 1 + QuestionReader.words(name).count
        // "did he first meet", "did he actually testify": the verb comes after the adverb.
        while after + 1 < words.count, ["first", "last", "ever", "never", "once", "still", "also", "later"].contains(words[after].lowercased())
                || words[after].hasSuffix("ly") && words[after].count > 4 { after += 1 }
        guard after < words.count, words[after].first?.isLowercase == true else { return nil }
        return (name, words[after].lowercased())
    }

    /// "Where did she die?": a place asked for by "where", which a phrase may give ("at the
    /// battle of the Narva ford"), not by a noun that asks for a name ("in which city").
    public var asksWhere: Bool {
        QuestionReader.words(text).first?.lowercased() == "where"
    }

    /// "Who robbed her?": someone asked for by "who" (not a relative), whom a phrase may
    /// give ("a band of river pirates").
    public var asksWho: Bool {
        expected == .person && QuestionReader.words(text).first?.lowercased() == "who" && !asksForRelative
    }

    /// "In which city…", "What town…": a settlement is asked for, not a country.
    public var asksForSettlement: Bool {
        QuestionReader.askedNoun(QuestionReader.words(text).map { $0.lowercased() }).map { ["city", "town", "village", "port"].contains($0) } ?? false
    }

    /// "When was Trotsky sent to Odessa?": the one named undergoes the act, someone else does it.
    public var isPassive: Bool {
        let words = QuestionReader.words(text)
        guard let k = words.firstIndex(where: { ["was", "were", "is", "are"].contains($0.lowercased()) }) else { return false }
        var j = k + 1
        while j < words.count, words[j].first?.isUppercase == true { j += 1 }
        guard j > k + 1, j < words.count else { return false }
        let verb = words[j].lowercased()
        return verb.hasSuffix("ed") || AnswerFinder.irregularVerbs[verb] != nil
    }

    /// "What was the alliance called?", "What was it known as?": the answer is a name the text gives something.
    public var asksWhatItWasCalled: Bool {
        let words = QuestionReader.words(text).map { $0.lowercased() }
        return ["called", "named", "dubbed", "termed"].contains(words.last ?? "") || zip(words, words.dropFirst()).contains { $0 == "known" && $1 == "as" }
    }

    /// "What did the guild call its hall?", "What was the hall known as?": the answer is a name
    /// something is given, by any verb of naming.
    public var asksNaming: Bool {
        let words = QuestionReader.words(text).map { $0.lowercased() }
        return asksWhatItWasCalled || ["what", "which"].contains(words.first ?? "") && words.contains { ["call", "calls", "called"].contains($0) }
    }

    /// "In what year did she die?", "Which year…": the answer is a year, however finely a
    /// sentence dates the event ("7 January 1943" answers "1943"). Not "in what month and year".
    public var asksYearAlone: Bool {
        let words = QuestionReader.words(text).map { $0.lowercased() }
        let asksYear = zip(words, words.dropFirst()).contains { ["what", "which"].contains($0) && $1 == "year" }
        return asksYear && words.allSatisfy { !["month", "day", "date", "months", "days"].contains($0) }
    }

    /// "At what time did he die?", "What time did the shelling start?": the answer is a clock
    /// time ("2:45 a.m."), when a sentence writes one.
    public var asksClockTime: Bool {
        let words = QuestionReader.words(text).map { $0.lowercased() }
        return zip(words, words.dropFirst()).contains { $0 == "what" && $1 == "time" }
    }

    /// "From what year…", "Until which date…": the preposition the answer should follow.
    public var leadingPreposition: String? {
        let lower = QuestionReader.words(text).prefix(2).map { $0.lowercased() }
        guard lower.count == 2, ["what", "which"].contains(lower[1]), ["from", "until", "since", "to", "till", "by"].contains(lower[0]) else { return nil }
        return lower[0]
    }

    /// "Who was Orlov's second wife?", "What was Orlov's father's name?" ask for the relative;
    /// "Who robbed Orlov's wife?" asks for someone else, and the relative is only what the
    /// question is about.
    public var asksForRelative: Bool {
        guard let head, QuestionReader.kin[head] != nil else { return false }
        let lower = QuestionReader.words(text).map { $0.lowercased() }
        guard let wh = lower.firstIndex(where: { ["who", "whom", "what", "which"].contains($0) }), wh + 1 < lower.count,
              ["was", "is", "were", "are", "be", "been"].contains(lower[wh + 1]) else { return false }
        // The relative ends the question, or their name does, or a noun beside them ("his son the poet"),
        // or a restriction: "What was Orlov's father afraid of?" asks what he feared.
        guard let kin = lower.lastIndex(of: head), kin + 1 < lower.count else { return true }
        let next = lower[kin + 1]
        let words = AnswerWords.shipped
        return ["name", "names", "called"].contains(next) || words.determiners.contains(next) || words.prepositions.contains(next)
            || words.placeMarkers.contains(next) || words.timeBounds.contains(next)
    }

    /// "What was the name of the ship?", "What is the title of her novel?": a name is asked for,
    /// which a phrase without one cannot give.
    public var asksName: Bool {
        let lower = QuestionReader.words(text).prefix(6).map { $0.lowercased() }
        return zip(lower, lower.dropFirst()).contains { ["name", "names", "title", "titles"].contains($0) && $1 == "of" }
    }

    public enum Ordinal: String, Sendable { case first, last }
}
