extension EventType {
    /// The event a word names, in any of its forms: "exiled", "banished", "exile",
    /// "assassination", "murdered". Nil for words that name no event.
    /// `bare`: whether the word may be the bare verb a question asks with ("did he found…");
    /// a past form never is ("Where were the letters found?" is no founding).
    public static func named(by word: String, bare: Bool = true) -> EventType? {
        var word = word.lowercased()
        // "co-founded" is a founding, "re-elected" an election.
        for prefix in ["co-", "re-"] where word.hasPrefix(prefix) && word.count > prefix.count + 3 { word.removeFirst(prefix.count) }
        return EventLexicon.verbs[word] ?? EventLexicon.nouns[word] ?? EventLexicon.baseForms[word] ?? (bare ? questionForms[word] : nil)
    }

    /// The events whose words tell of those given: each itself, and for the end of a life every
    /// other end of a life: "killed" tells a death, and "died" the end a killing or an execution
    /// brought — one event, told from the one who died or from the one who killed
    /// (`end-of-life` in `event-types.txt`).
    public static func telling(_ events: Set<EventType>) -> Set<EventType> {
        guard events.contains(where: { $0.has(.endOfLife) }) else { return events }
        return events.union(allCases.filter { $0.has(.endOfLife) })
    }

    /// Bare verbs as questions ask with them: "did he die", "where did she study".
    private static let questionForms = EventTypeTable.shared.words(\.asks)

    /// Words that name this event: its verb forms and nouns ("exiled", "banished", "exile").
    public var words: [String] {
        let all = EventLexicon.verbs.filter { $0.value == self }.map(\.key)
            + EventLexicon.nouns.filter { $0.value == self }.map(\.key)
            + EventLexicon.baseForms.filter { $0.value == self }.map(\.key)
        return Array(Set(all)).sorted()
    }
}

/// Numbers written as words or digits, for readers outside the date extractor.
public enum NumberWords {
    /// "eleven" → 11, "twenty-three" → 23, "42" → 42; nil otherwise ("a" is not a number here).
    public static func value(of word: String) -> Int? {
        if let number = Int(word) { return number }
        return DateVocabulary.number(fromWords: [word.lowercased()])
    }

    /// "fifth" → 5, "5th" → 5.
    public static func ordinalValue(of word: String) -> Int? {
        let lower = word.lowercased()
        if let value = DateVocabulary.ordinal(fromWord: lower) { return value }
        guard ["st", "nd", "rd", "th"].contains(where: lower.hasSuffix) else { return nil }
        return Int(lower.dropLast(2))
    }
}
