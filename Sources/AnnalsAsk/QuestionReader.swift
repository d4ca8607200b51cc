import AnnalsCore
import Foundation

/// Reads a question: the answer kind from its opening words ("When", "Where", "How
/// many", "Which party", "Did"), the names it mentions, its content words, the events
/// those words name, and time restrictions ("in 1917", "after 1920", "first").
///
/// ```swift
/// let question = QuestionReader().read("When was Bronstein arrested?")
/// question.expected   // .date
/// question.names      // ["Bronstein"]
/// question.events     // [.arrest]
/// ```
public struct QuestionReader: Sendable {
    public init() {}

    public func read(_ text: String) -> Question {
        let words = Self.words(text)
        let lower = words.map { $0.lowercased() }
        // "According to X, how many …": the kind comes from what follows the source.
        var asked = lower
        if lower.first == "according", let comma = text.firstIndex(of: ",") {
            asked = Self.words(String(text[text.index(after: comma)...])).map { $0.lowercased() }
        }
        let expected = Self.kind(asked)
        var keywords: [String] = []
        for word in lower where word.count >= 3 && !Self.questionWords.contains(word) && !Self.stopWords.contains(word) && !keywords.contains(word) {
            keywords.append(word)
        }
        // "Which publishing house": a word that names the kind of thing asked is no event.
        let askedNoun = Self.askedNoun(asked)
        // "the Tenth Party Congress" names a body; its "Congress" asks of no meeting.
        let events = Set(lower.enumerated().compactMap { k, word in
            k + 1 < lower.count && lower[k + 1] == askedNoun || k > 0 && words[k].first?.isUppercase == true ? nil : EventType.named(by: word)
        })
        let years = lower.compactMap { Int($0) }.filter { (800...2100).contains($0) }
        var year: Int?, after: Int?, before: Int?
        for (i, word) in lower.enumerated() {
            guard let value = Int(word), years.contains(value), i > 0 else { continue }
            switch lower[i - 1] {
            case "after", "since": after = value
            case "before", "until": before = value
            default: year = value
            }
        }
        let ordinal: Question.Ordinal? = lower.contains("first") ? .first : lower.contains { ["last", "final"].contains($0) } ? .last : nil
        var accordingTo: String?
        if let k = lower.firstIndex(of: "according"), k + 2 < words.count, lower[k + 1] == "to" {
            accordingTo = words[(k + 2)...].prefix { $0.first?.isUppercase == true || ["the"].contains($0.lowercased()) }
                .filter { $0.lowercased() != "the" }.joined(separator: " ")
        }
        var question = Question(text: text, expected: expected, names: Self.names(words), keywords: keywords, events: events,
                        year: year, after: after, before: before, ordinal: ordinal,
                        wantsJulian: text.contains("Old Style") || lower.contains("julian"), accordingTo: accordingTo?.isEmpty == true ? nil : accordingTo,
                        head: Self.head(asked, names: Set(Self.names(words).flatMap { Self.words($0) }.map { $0.lowercased() })) ?? Self.kinAsked(text))
        question.asksForPseudonym = expected == .person && Self.asksForPseudonym(lower)
        question.numbers = Self.numbers(in: text)
        return question
    }

    /// "At which university…", "What was the name of the freighter…": a specific noun the
    /// answer's sentence must contain. Category words (city, country, person, party, book)
    /// are not specific: a sentence names a city without saying "city".
    /// "When did Lenin's father die?": the relative asked about, whom the answer's sentence must name.
    static func kinAsked(_ text: String) -> String? {
        let original = text.split(separator: " ")
        let pieces = original.map { $0.lowercased() }
        // "Trotsky's first wife": an ordinal may stand between the owner and the kin word.
        func owns(_ k: Int) -> Bool {
            let before = pieces[k - 1]
            if before.hasSuffix("'s") || before.hasSuffix("’s") { return true }
            return k >= 2 && ["first", "second", "third", "last", "eldest", "youngest", "elder", "younger"].contains(before) && owns(k - 1)
        }
        for (k, piece) in pieces.enumerated().dropFirst() where owns(k) {
            let word = piece.trimmingCharacters(in: .punctuationCharacters)
            // "Trotsky's son Leon Sedov" names him: the name will do.
            let named = k + 1 < original.count && original[k + 1].first?.isUppercase == true
            if kin[word] != nil, !named { return word }
        }
        return nil
    }

    static func head(_ lower: [String], names: Set<String> = []) -> String? {
        var noun: String?
        // "Who was the Soviet ambassador…": the role asked for.
        if ["who", "whom"].contains(lower.first), let role = lower.prefix(5).first(where: { personNouns.contains($0) }) { noun = role }
        if let asked = askedNoun(lower) {
            // "What magazine…", "Which artist…": a name answers, and its sentence need not say what it names
            // ("in Harrow Weekly", "carvings by Jan Velmont"); a relative must be said ("Which brother…").
            if kin[asked] == nil { return nil }
            noun = asked
        }
        if let k = lower.firstIndex(where: { $0 == "name" || $0 == "names" }), k + 1 < lower.count, lower[k + 1] == "of" {
            noun = lower[(k + 2)...].first { !["the", "his", "her", "their", "a", "an"].contains($0) && !names.contains($0) }
        }
        guard let noun, isHead(noun) else { return nil }
        return noun
    }

    /// Whether a noun is specific enough that a sentence answering must write it: not short, not a
    /// kind answers name without saying ("city", "king"), not a question or stop word.
    static func isHead(_ noun: String) -> Bool {
        noun.count > 3 && !genericHeads.contains(noun) && !questionWords.contains(noun) && !stopWords.contains(noun) && noun.allSatisfy(\.isLetter)
    }

    static var genericHeads: Set<String> { AnswerWords.shipped.unsaidNouns }

    /// Words and numbers, possessive endings dropped ("Trotsky's" → "Trotsky").
    /// (Apostrophes and hyphens inside a word belong to it, "O'Neill", "Rimsky-Korsakov"; at its ends they do not.)
    public static func words(_ text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber && !joiners.contains($0) }.compactMap { piece in
            var word = piece
            if word.hasSuffix("'s") { word = word.dropLast(2) }
            if word.hasSuffix("’s") { word = word.dropLast(2) }
            while let first = word.first, joiners.contains(first) { word = word.dropFirst() }
            while let last = word.last, joiners.contains(last) { word = word.dropLast() }
            return word.isEmpty ? nil : String(word)
        }
    }

    /// The marks that join the parts of a word.
    private static let joiners: Set<Character> = ["'", "’", "-"]

    /// Runs of capitalised words (with "of", "the", "and" inside), not the opening question word.
    static func names(_ words: [String]) -> [String] {
        var names: [String] = []
        var current: [String] = []
        func close() {
            while let last = current.last, ["of", "the", "and", "de", "von"].contains(last) { current.removeLast() }
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        for (i, word) in words.enumerated() {
            let capital = word.first?.isUppercase == true
            // "Old Style" and "New Style" are calendars, not names.
            if ["Old", "New", "Style"].contains(word) {
                close()
            } else if capital, !(i == 0 && questionWords.contains(word.lowercased())), word != "I" || !current.isEmpty {
                current.append(word)
            } else if !current.isEmpty, ["of", "the", "and", "de", "von"].contains(word) {
                current.append(word)
            } else {
                close()
            }
        }
        close()
        return names.filter { !stopWords.contains($0.lowercased()) && !questionWords.contains($0.lowercased()) }
    }

    static func kind(_ lower: [String]) -> AnswerKind {
        guard let first = lower.first else { return .text }
        let head = lower.prefix(4).joined(separator: " ")
        let second = lower.count > 1 ? lower[1] : ""
        if first == "when" || head.hasPrefix("what year") || head.hasPrefix("in what year") || head.hasPrefix("in which year")
            || head.hasPrefix("on what date") || head.hasPrefix("what date") || head.hasPrefix("what is the date") || head.hasPrefix("from what year")
            || head.hasPrefix("since when") || head.hasPrefix("what day") || head.hasPrefix("what month") || head.hasPrefix("on which date")
            || head.hasPrefix("what is the old style") || head.contains(" date of ")
            || ["what exact day", "what exact date", "which exact day", "which day", "what day"].contains(where: { head.hasPrefix($0) || head.hasPrefix("on " + $0) }) { return .date }
        if first == "where" { return .place }
        // "What century…", "In which decade…", "During which years…", "In what month and year…": a span of time named.
        if let k = lower.prefix(3).firstIndex(where: { $0 == "what" || $0 == "which" }), k + 1 < lower.count, timeNouns.contains(lower[k + 1]),
           k == 0 || ["in", "during", "by", "from", "until", "since", "for", "at"].contains(lower[k - 1]) { return .date }
        let joined = " " + lower.joined(separator: " ") + " "
        // ("For how long…", "For about how long…": the question phrase after a preposition asks the same.)
        if let k = lower.prefix(4).firstIndex(of: "how"), k + 1 < lower.count, k == 0 || lower[..<k].allSatisfy(AnswerWords.shipped.prepositions.union(["about"]).contains),
           ["many", "much", "old"].contains(lower[k + 1]) || AnswerWords.shipped.measureAdjectives.contains(lower[k + 1]) { return .number }
        if joined.contains(" how many ") || joined.contains(" how much ") || joined.contains(" at what age ") || joined.contains(" which child ") { return .number }
        if joined.contains(" date of ") || joined.contains(" what year ") || joined.contains(" which year ") { return .date }
        if askedQuantity(lower) != nil { return .number }
        // "What pen name did he use?": a name someone went by.
        if asksForPseudonym(lower) { return .person }
        // "What was the name of Trotsky's uncle", "What were the names of his daughters".
        if let k = lower.firstIndex(where: { $0 == "name" || $0 == "names" }), k <= 3 {
            if let noun = lower[(k + 1)...].first(where: { personNouns.contains($0) || placeNouns.contains($0) || orgNouns.contains($0) || workNouns.contains($0) }) {
                if personNouns.contains(noun) { return .person }
                if placeNouns.contains(noun) { return .place }
                if orgNouns.contains(noun) { return .org }
            }
            // The name of a ship, a book, a plan: a title.
            return .work
        }
        if head.hasPrefix("at what age") || head.hasPrefix("at which age") { return .number }
        // "What happened to his son?" asks for an event, whoever the question names.
        if first == "what", AnswerWords.shipped.lightVerbs.contains(where: { [$0 + "ed", $0 + "red", $0 + "s", $0 + "ped"].contains(second) }) { return .text }
        if ["did", "was", "were", "is", "does", "had", "has", "could", "are", "do"].contains(first) { return .yesno }
        // "Which party…", "What city…", "In which city…", "Which British artist…", "In which
        // 1934 book…", "What was the 1926 alliance … called?": the first noun after the word.
        if let noun = askedNoun(lower) {
            if placeNouns.contains(noun) { return .place }
            if orgNouns.contains(noun) { return .org }
            if workNouns.contains(noun) { return .work }
            if personNouns.contains(noun) { return .person }
        }
        if ["who", "whom", "whose"].contains(first) || lower.prefix(3).contains("whom") || lower.prefix(3).contains("who") { return .person }
        if head.hasPrefix("what is the title") || head.hasPrefix("what was the title") || head.hasPrefix("what is the name of the book") { return .work }
        return .text
    }

    /// Nouns that name a span of the calendar: a question asking which one asks for a date.
    static var timeNouns: Set<String> { AnswerWords.shipped.calendarNouns }

    /// The first noun of a known kind within four words after an opening "which" or "what",
    /// skipping adjectives and numbers, before the question's verb ("did", "does").
    static func askedNoun(_ lower: [String]) -> String? {
        guard let k = lower.prefix(2).firstIndex(where: { $0 == "which" || $0 == "what" }) else { return nil }
        // "What type of scientist…" asks for a sort of scientist, not for one.
        if k + 1 < lower.count, AnswerWords.shipped.sortNouns.contains(lower[k + 1]) { return nil }
        for word in lower.dropFirst(k + 1).prefix(4) {
            if ["did", "does", "do", "had", "has", "have"].contains(word) { return nil }
            if word == "publishing" { return "publisher" }       // "which publishing house"
            if [placeNouns, orgNouns, workNouns, personNouns].contains(where: { $0.contains(word) }) { return word }
        }
        return nil
    }

    /// The noun of quantity a "what" or "which" phrase asks for (`[quantity nouns]`): "What
    /// percentage of…", "At what speed…", "What was the price of…", "What is the country's
    /// literacy rate?"; nil when the question's own verb comes first ("What caused the price…").
    static func askedQuantity(_ lower: [String]) -> String? {
        let words = AnswerWords.shipped
        guard let k = lower.prefix(3).firstIndex(where: { $0 == "what" || $0 == "which" }) else { return nil }
        var j = k + 1
        // (After "is", "was": the subject noun phrase, with an article or an owner before the noun.)
        let copular = j < lower.count && ["is", "was", "were", "are"].contains(lower[j])
        if copular { j += 1 }
        let window = Array(lower.dropFirst(j).prefix(copular ? 4 : 2))
        for (i, word) in window.enumerated() {
            // ("the total number": the last noun of quantity in a row is the one asked.)
            if words.quantityNouns.contains(word) { return window[i...].prefix { words.quantityNouns.contains($0) }.last }
            if words.auxiliaryForms.contains(word) || words.prepositions.contains(word) || !copular && word.hasSuffix("ed") { return nil }
        }
        return nil
    }

    static func asksForPseudonym(_ lower: [String]) -> Bool {
        // ("What name did she take?", "Under which name did he write?": the name someone went by; "By what name
        // was the army known?" asks what a thing was called.)
        let joined = " " + lower.joined(separator: " ") + " "
        return !Set(lower).isDisjoint(with: pseudonymWords) || joined.contains(" pen name ") || joined.contains(" what name did ") || joined.contains(" which name did ")
    }

    static let pseudonymWords: Set<String> = ["pseudonym", "pseudonyms", "penname", "alias", "nickname", "pen-name"]

    static var placeNouns: Set<String> { AnswerWords.shipped.placeNouns }
    static var orgNouns: Set<String> { AnswerWords.shipped.organisationNouns }
    static var workNouns: Set<String> { AnswerWords.shipped.workNouns }
    static var personNouns: Set<String> { AnswerWords.shipped.personNouns }

    /// Kinship words and the relation predicate that records them.
    public static let kin: [String: [String]] = [
        "father": ["father"], "mother": ["mother"], "wife": ["wife", "spouse"], "husband": ["husband", "spouse"], "son": ["son", "child"],
        "daughter": ["daughter", "child"], "brother": ["brother"], "sister": ["sister"], "uncle": ["uncle"], "children": ["child", "son", "daughter"],
        "daughters": ["daughter"], "sons": ["son"], "spouse": ["spouse", "wife", "husband"], "wives": ["wife", "spouse"],
    ]

    /// Words a sentence may use for the question's word: who "chaired" a commission is who
    /// "headed" it. Compared by stem (`AnswerFinder.stem`), so one form of each will do.
    public static let sameSense: [[String]] = [
        ["chair", "chairman", "head", "lead", "led", "preside"],
        ["found", "co-founded", "establish", "set"],
        ["kill", "murder", "assassinate", "slain"],
        ["wrote", "write", "written", "author", "penned"],
        ["marry", "married", "wed", "wedding"],
        ["begin", "began", "start"],
        ["die", "died", "death", "dead", "d"],
        ["born", "birth", "b"],
        ["report", "according", "recount", "state"],
    ]

    static let questionWords: Set<String> = ["who", "whom", "whose", "what", "which", "when", "where", "why", "how", "did", "does", "do", "was", "were", "is", "are", "had", "has", "have", "could", "according"]
    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "into", "that", "this", "his", "her", "their", "its", "of", "in", "on", "at", "to", "by",
        "a", "an", "as", "year", "date", "day", "month", "many", "much", "long", "old", "name", "title", "after", "before", "during",
        "first", "last", "did", "he", "she", "they", "him", "them", "it", "be", "been", "being", "there", "about", "also", "any",
        "ever", "one", "two", "according", "style", "new", "what", "which", "time", "times", "place", "city", "country", "town",
    ]
}
