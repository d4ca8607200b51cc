/// The regular inflections of English, as a grammar book states them; irregular forms
/// ("ran", "children", "better") come from a dictionary's exception lists instead.
enum Inflection {
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// A noun's plural, a verb's third person singular: "fox" → "foxes", "city" → "cities",
    /// "day" → "days", "book" → "books".
    static func withS(_ word: String) -> String {
        if ["s", "x", "z", "ch", "sh"].contains(where: word.hasSuffix) { return word + "es" }
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        return word + "s"
    }

    /// A regular verb's past and participle: "walk" → "walked", "love" → "loved",
    /// "carry" → "carried" (doubled consonants, "stopped", are in the exception lists).
    static func past(_ word: String) -> String {
        if word.hasSuffix("e") { return word + "d" }
        if endsInConsonantY(word) { return word.dropLast() + "ied" }
        return word + "ed"
    }

    /// A verb's -ing form: "walk" → "walking", "make" → "making", "see" → "seeing",
    /// "die" → "dying".
    static func gerund(_ word: String) -> String {
        if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
        if word.hasSuffix("e"), !["ee", "ye", "oe"].contains(where: word.hasSuffix), word.count > 2 { return word.dropLast() + "ing" }
        return word + "ing"
    }

    /// An adjective's comparative and superlative by ending: "tall" → "taller", "tallest";
    /// "wide" → "wider"; "happy" → "happier".
    static func graded(_ word: String) -> [String] {
        if word.hasSuffix("e") { return [word + "r", word + "st"] }
        if endsInConsonantY(word) { return [word.dropLast() + "ier", word.dropLast() + "iest"] }
        return [word + "er", word + "est"]
    }

    static func endsInConsonantY(_ word: String) -> Bool {
        guard word.count > 1, word.hasSuffix("y") else { return false }
        return !vowels.contains(word[word.index(word.endIndex, offsetBy: -2)])
    }
}
