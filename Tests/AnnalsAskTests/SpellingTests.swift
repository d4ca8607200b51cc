import Testing
@testable import AnnalsAsk

/// A misspelt word of a question is read as the word it is meant for, and only when that
/// reading is the one nearest.
struct SpellingTests {
    static let english: Set<String> = ["captain", "caption", "opportunities", "opportunity", "harbour", "independence", "founded"]
    static let terms: [String: Int] = ["dorvik": 5, "dorval": 1, "caption": 2, "independence": 3, "opportunity": 1, "petrova": 7,
                                       "harbour": 4, "salt": 2, "founded": 2, "kievan": 2]

    @Test(arguments: [
        ("Dorvk", "dorvik" as String?), ("independance", "independence"), ("Petrvoa", "petrova"), ("opportunites", "opportunities"),
        ("Kievian", "kievan"), ("captian", nil), ("Petrova", nil), ("harbour", nil), ("Salt", nil), ("Xorvik", nil), ("Dorvikovsky", nil),
        ("Dorvil", nil),
    ])
    func aWordIsReadAsMeant(word: String, meant: String?) {
        #expect(Spelling.correction(of: word, terms: Self.terms, isEnglish: Self.english.contains) == meant)
    }

    @Test(arguments: [
        ("survivable", true), ("ultimatly", false), ("churchmen", true), ("independant", false), ("harbours", true), ("organised", true),
        ("Petrvoa", false),
    ])
    func aWordMadeFromKnownWordsIsEnglish(word: String, english: Bool) {
        let known: Set<String> = ["survive", "ultimate", "church", "men", "in", "dependant", "harbour", "organise"]
        #expect(Spelling.isEnglish(word.lowercased(), knows: known.contains) == english)
    }

    @Test(arguments: [
        ("geroge", "george", 1), ("independance", "independence", 1), ("karistadt", "karlstadt", 1), ("ghengis", "genghis", 2),
        ("salt", "salt", 0), ("dorvik", "harbour", 3),
    ])
    func slipsBetweenWords(a: String, b: String, slips: Int) {
        #expect(Spelling.distance(Array(a), Array(b), limit: 2) == slips)
    }
}
