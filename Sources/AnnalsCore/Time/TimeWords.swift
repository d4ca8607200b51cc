import Foundation

/// The date stage's word lists beyond calendar names, read once from `time-words.txt`
/// in the package's resources (the same format as the name stage's lists): units of
/// length, the words that hedge a length, how-often words, and the words that point at
/// the writer's own time.
enum TimeWords {
    static let lists: [String: [[String]]] = NameWords.load("time-words")

    /// Every entry of a list, each split into its words ("more than" → ["more", "than"]).
    static func phrases(_ name: String) -> [[String]] {
        guard let lines = lists[name] else { preconditionFailure("time-words.txt has no list [\(name)]") }
        return lines.joined().map { $0.split(separator: " ").map(String.init) }
    }

    /// A list of "word = unit" entries.
    static func units(_ name: String) -> [String: TimeAmount.Unit] {
        var table: [String: TimeAmount.Unit] = [:]
        for entry in phrases(name) where entry.count == 3 && entry[1] == "=" {
            guard let unit = TimeAmount.Unit(rawValue: entry[2]) else { preconditionFailure("time-words.txt: no unit \(entry[2])") }
            table[entry[0]] = unit
        }
        return table
    }

    static let durationUnits = units("duration-units")
    static let frequencyWords = units("frequency-words")
    static let approximateAmountWords = Phrases(phrases("approximate-amount-words"))
    static let exactAmountWords = Phrases(phrases("exact-amount-words"))
    static let openCounts = Phrases(phrases("open-counts"))
    static let spanOpeners = Set(phrases("span-openers").joined())
    static let shiftWords = Set(phrases("shift-words").joined())
    static let clockLeads = Set(phrases("clock-leads").joined())
    static let frequencyOpeners = Set(phrases("frequency-openers").joined())
    static let adjectiveReferences = Set(phrases("adjective-references").joined())
    static let worldEraWords = Set(phrases("world-era-words").joined())
    static let earlyYearFollowers = Set(phrases("early-year-followers").joined())
    static let referencesByFirstWord = Dictionary(grouping: references, by: { $0.words[0] })

    /// Holidays on a fixed day of the Gregorian year, by their words.
    static let holidays: [String: (month: Int, day: Int)] = {
        var table: [String: (month: Int, day: Int)] = [:]
        for entry in (lists["fixed-holidays"] ?? []).joined() {
            let parts = entry.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            let day = parts.count == 2 ? parts[1].split(separator: "-").compactMap { Int($0) } : []
            guard day.count == 2 else { preconditionFailure("time-words.txt: [fixed-holidays] entry \(entry)") }
            table[parts[0]] = (day[0], day[1])
        }
        return table
    }()
    static let holidayNames = Phrases(holidays.keys.map { $0.split(separator: " ").map(String.init) })
    static let references: [(words: [String], reference: TimeReference)] =
        phrases("present-references").map { ($0, .present) } + phrases("past-references").map { ($0, .past) }
        + phrases("future-references").map { ($0, .future) }
}

/// A list of phrases filed by their first word, so that a token is checked only against
/// the phrases that can start with it.
struct Phrases: Sendable {
    let byFirstWord: [String: [[String]]]

    init(_ phrases: [[String]]) {
        byFirstWord = Dictionary(grouping: phrases.filter { !$0.isEmpty }, by: { $0[0] })
    }
}
