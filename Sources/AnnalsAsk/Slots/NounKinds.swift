import AnnalsGrammar
import Foundation

/// Which nouns name a kind of each noun a question asks a kind of: "cholera" of disease,
/// "volleyball" of sport (`Resources/noun-kinds.txt`, written from WordNet's noun hierarchy by
/// `scripts/noun-kinds.py` for the `[kind nouns]` of `answer-words.txt`). "What disease did
/// she catch?" is answered by the phrase whose noun is a disease.
struct NounKinds: Sendable {
    /// The members of each kind noun, lower-cased.
    private let members: [String: Set<String>]

    init(text: String) {
        members = WordListFile.parse(text).mapValues { Set($0.joined()) }
    }

    static let shipped: NounKinds = {
        guard let url = Bundle.module.url(forResource: "noun-kinds", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("noun-kinds.txt is missing from AnnalsAsk's resources")
        }
        return NounKinds(text: text)
    }()

    /// Whether `noun` (any case, singular or as written) names a kind of one of `kinds`.
    func isKind(_ noun: String, of kinds: Set<String>) -> Bool {
        let lower = noun.lowercased()
        return kinds.contains { kind in members[kind].map { $0.contains(lower) } ?? false }
    }

    /// Whether a place's name is one of the asked kind of place ("Which continent…": "Asia"):
    /// true when the dictionary lists it as one, false when it lists it only as another kind of
    /// place ("Pacific", an ocean), nil when it knows neither the name nor the asked noun as one.
    func place(_ name: String, isA asked: String) -> Bool? {
        let name = name.lowercased(), asked = Self.singular(asked.lowercased())
        guard members[asked] != nil, AnswerWords.shipped.placeNouns.contains(asked) else { return nil }
        if members[asked]?.contains(name) == true { return true }
        let places = AnswerWords.shipped.placeNouns.filter { members[$0] != nil }
        // ("Lake Ladoga", "Arctic Ocean": a name that says its kind is of that kind.)
        let words = Set(name.split(separator: " ").map(String.init))
        if words.count > 1, words.contains(asked) { return true }
        if words.count > 1, !words.isDisjoint(with: places) { return false }
        return places.contains { members[$0]?.contains(name) == true } ? false : nil
    }

    /// "countries" asks for a country.
    static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies") { return String(noun.dropLast(3)) + "y" }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss") { return String(noun.dropLast()) }
        return noun
    }
}
