/// The words of a sentence that say what it is about, reduced to rough stems so that
/// "negotiate" meets "negotiations" and "Brest-Litovsk" meets "Brest-Livosk": letters
/// only, at least four of them, no function words or month names, cut to five letters.
enum ContentWords {
    static func stems(of text: String, excluding excluded: Set<String> = []) -> Set<String> {
        var stems = Set<String>()
        for word in words(of: text) where word.count >= 4 && !word.allSatisfy(\.isNumber) && !stopWords.contains(word) && !excluded.contains(word) {
            stems.insert(stem(word))
        }
        return stems
    }

    static func words(of text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { word in
            word.hasSuffix("'s") ? String(word.dropLast(2)) : String(word)
        }
    }

    static func stem(_ word: String) -> String { String(word.prefix(5)) }

    /// Title words that carry meaning: "The Revolution Betrayed" → {revolution, betrayed}.
    static func titleWords(_ title: String) -> Set<String> {
        Set(words(of: title).filter { !["the", "a", "an", "of", "and", "in", "on", "to", "for", "my", "his", "her"].contains($0) })
    }

    static let stopWords: Set<String> = [
        "that", "this", "these", "those", "with", "from", "into", "onto", "upon", "than", "then", "when", "where",
        "which", "while", "whom", "whose", "what", "there", "their", "they", "them", "have", "were", "been", "being",
        "also", "after", "before", "during", "until", "about", "over", "under", "between", "again", "once", "only",
        "some", "such", "more", "most", "very", "would", "could", "should", "will", "shall", "because", "other",
        "another", "each", "every", "both", "himself", "herself", "said", "later", "year", "years", "month", "months",
        "days", "week", "weeks", "first", "last", "next", "following", "same", "many", "much", "time", "still",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]
}

extension ContentWords {
    /// Whether two names are one spelt two ways: at most one edit in five letters
    /// ("Brest-Litovsk" and "Brest-Livosk"), compared without case or punctuation.
    static func areVariants(_ a: String, _ b: String) -> Bool {
        let x = Array(words(of: a).joined()), y = Array(words(of: b).joined())
        guard !x.isEmpty, !y.isEmpty, x.first == y.first else { return false }
        return EditDistance.between(x, y) * 5 <= min(x.count, y.count)
    }
}

/// Titles that name one work: one's meaningful words within the other's, at least two of
/// them, as "The Revolution Betrayed" and "The Russian Revolution Betrayed".
public enum WorkTitles {
    public static func nameOneWork(_ a: String, _ b: String) -> Bool {
        sameWork(ContentWords.titleWords(a), ContentWords.titleWords(b))
    }

    static func sameWork(_ x: Set<String>, _ y: Set<String>) -> Bool {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        return small.isSubset(of: large) && (small.count >= 2 || small == large)
    }
}
