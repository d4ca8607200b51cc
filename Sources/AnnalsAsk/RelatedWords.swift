import Foundation

/// The words a sentence may use for a question's word: the other words of its commonest
/// senses and the words derived from it or it from them — "discovered" is met by "found",
/// "invaded" by "invasion", "decide" by "decision" (`Resources/related-words.txt`, written from
/// WordNet by `scripts/related-words.py`). Kept by stem (`AnswerFinder.stem`), as the finder
/// compares words.
struct RelatedWords: Sendable {
    /// The related words of each word, by the word's stem.
    private let related: [String: Set<String>]

    /// `text`: lines "word: related related …"; `#` starts a comment.
    init(text: String) {
        var related: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let sides = line.split(separator: ":", maxSplits: 1)
            guard sides.count == 2 else { continue }
            let word = AnswerFinder.stem(String(sides[0]))
            related[word, default: []].formUnion(sides[1].split(separator: " ").map(String.init))
        }
        self.related = related
    }

    static let shipped: RelatedWords = {
        guard let url = Bundle.module.url(forResource: "related-words", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("related-words.txt is missing from AnnalsAsk's resources")
        }
        return RelatedWords(text: text)
    }()

    /// The words related to the word of `stem` (any word of that stem); empty for a word WordNet does not know.
    func words(relatedTo stem: String) -> Set<String> {
        related[stem] ?? []
    }

    /// The stems of the words related to the word of `stem`, and of their past forms ("die":
    /// "died", "find": "found"), besides that stem.
    func stems(relatedTo stem: String) -> Set<String> {
        let words = words(relatedTo: stem)
        let pasts = words.flatMap { word in (Self.pastForms[word] ?? []) + [word.hasSuffix("e") ? word + "d" : word + "ed"] }
        return Set((words + pasts).map(AnswerFinder.stem)).subtracting([stem])
    }

    /// The irregular past forms of each verb (`AnswerFinder.irregularVerbs`, turned round).
    private static let pastForms: [String: [String]] = Dictionary(grouping: AnswerFinder.irregularVerbs.keys, by: { AnswerFinder.irregularVerbs[$0]! })
}

