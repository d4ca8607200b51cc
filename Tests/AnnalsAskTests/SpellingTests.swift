import Testing
@testable import AnnalsAsk

/// A misspelt word of a question is read as the word it is meant for, and only when that
/// reading is the one nearest.
struct SpellingTests {
    static let english: Set<String> = ["workshop", "workshops", "harbour", "separately", "founded"]
    static let terms: [String: Int] = ["dorvik": 5, "dorval": 1, "separately": 3, "workshop": 1, "petrova": 7, "harbour": 4, "salt": 2,
                                       "founded": 2, "orlovian": 2, "distributor": 2, "distractor": 1, "quarantine": 1]

    @Test(arguments: [
        ("Dorvk", "dorvik" as String?), ("seperately", "separately"), ("Petrvoa", "petrova"), ("worksops", "workshops"),
        ("Orlovan", "orlovian"), ("Petrova", nil), ("harbour", nil), ("Salt", nil), ("Xorvik", nil), ("Dorvikovsky", nil), ("Dorvil", nil),
        // (Two slips from both; "distributor" keeps more of its letters in order.)
        ("distrubtor", "distributor"),
        // (A word too many slips from the only one of its first letter stands as written.)
        ("Qwarrentyne", nil),
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
        ("petrvoa", "petrova", 1), ("seperately", "separately", 1), ("dorvick", "dorvik", 1), ("harbr", "harbour", 2),
        ("salt", "salt", 0), ("dorvik", "harbour", 3),
    ])
    func slipsBetweenWords(a: String, b: String, slips: Int) {
        #expect(Spelling.distance(Array(a), Array(b), limit: 2) == slips)
    }
}
