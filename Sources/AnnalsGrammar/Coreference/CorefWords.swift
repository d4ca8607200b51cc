import Foundation

/// The closed-class words the coreference model reads a mention's gender and number from
/// (`coreference-words.tsv`): personal and demonstrative pronouns by class, and nouns and
/// titles that name a man or a woman. The list a model was trained with travels in its file.
public struct CorefWords: Sendable, Hashable {
    /// Pronoun → its class ("him" → "he").
    public let pronounClass: [String: String]
    /// Pronoun → gender ("m", "f", "n", "p", "u").
    let pronounGender: [String: String]
    /// Noun or title → "m" or "f".
    let nounGender: [String: String]
    /// Common noun → the kind it names in its first sense ("person", "group", "place", "time"; ``NounClasses``).
    let nounClass: [String: String]
    /// The list as read, to be stored with a model.
    public let text: String
    /// The noun classes as read ("noun<TAB>class" lines), to be stored with a model.
    public let nouns: String
    /// Given name (lower case) → "m" or "f" (``GivenNames``).
    let givenGender: [String: String]
    /// The given names as read ("name<TAB>gender" lines), to be stored with a model.
    public let givenNames: String

    /// Reads lines "word<TAB>class<TAB>gender" (class "noun" for nouns and titles); "#" starts a
    /// comment. `nouns`: lines "noun<TAB>class" (``NounClasses``).
    public init(text: String, nouns: String = "", givenNames: String = "") throws(ReadingGrammar.LoadError) {
        var classes: [String: String] = [:], genders: [String: String] = [:], gendered: [String: String] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let columns = line.split(separator: "\t").map(String.init)
            guard columns.count == 3, ["m", "f", "n", "p", "u"].contains(columns[2]) else {
                throw ReadingGrammar.LoadError(description: "coreference words, line \(number + 1): expected word, class and gender (m, f, n, p or u)")
            }
            if columns[1] == "noun" { gendered[columns[0]] = columns[2] } else { classes[columns[0]] = columns[1]; genders[columns[0]] = columns[2] }
        }
        pronounClass = classes
        pronounGender = genders
        nounGender = gendered
        self.text = text
        self.nouns = nouns
        nounClass = NounClasses.table(nouns)
        self.givenNames = givenNames
        givenGender = NounClasses.table(givenNames)
    }

    /// The same words with these noun classes and given names.
    public func with(nouns: String, givenNames: String) throws(ReadingGrammar.LoadError) -> CorefWords {
        try CorefWords(text: text, nouns: nouns, givenNames: givenNames)
    }

    func gender(of pronoun: String) -> String { pronounGender[pronoun] ?? "u" }

    /// The kind a common noun (lower case, its lemma) names in its first sense: "person", "group",
    /// "place" or "time"; nil for any other kind, or a noun WordNet does not know.
    public func kind(ofNoun noun: String) -> String? { nounClass[noun] }

    /// The list shipped with Annals.
    public static func shipped() throws(ReadingGrammar.LoadError) -> CorefWords {
        guard let url = Bundle.module.url(forResource: "coreference-words", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ReadingGrammar.LoadError(description: "coreference-words.tsv is missing from the package")
        }
        return try CorefWords(text: text)
    }
}
