import AnnalsCore
import Foundation

/// "Was the trial a success or a failure?", "Were the engines steam or diesel?": a question that
/// offers its own answers, joined by "or", is answered by the one a sentence writes, not by yes or no.
extension Question {
    /// The words that tell the offered answers apart: the word before "or" and the first word after
    /// it that is no article or preposition ("a failure or a success" → "failure", "success"). None
    /// when the question offers no choice, or when "or" opens a second question ("…, or did they stay?").
    public var alternatives: [String] {
        guard expected == .yesno else { return [] }
        let words = QuestionReader.words(text)
        let lexicon = AnswerWords.shipped
        let slight = lexicon.determiners.union(lexicon.prepositions).union(lexicon.placeMarkers).union(["of"])
        guard let k = words.firstIndex(where: { $0.lowercased() == "or" }), k > 1,
              let right = words[(k + 1)...].first(where: { !slight.contains($0.lowercased()) }) else { return [] }
        let left = words[k - 1]
        guard !slight.contains(left.lowercased()), !lexicon.auxiliaryForms.contains(right.lowercased()),
              left.lowercased() != right.lowercased() else { return [] }
        return [left, right]
    }
}

extension AnswerFinder {
    /// The offered answer a passage writes, as it writes it ("a failure or a success" against "the
    /// test was a success"); none when it writes neither or both: the choice is not made there.
    static func alternative(of offered: [String], in passage: Passage) -> [(String, String, Int)] {
        let pieces = spacedWords(of: passage)
        var written: [String: (String, Int)] = [:]
        for choice in offered {
            let lower = choice.lowercased(), stemmed = stem(lower)
            let hit = pieces.first { piece in
                let word = piece.text.lowercased().trimmingCharacters(in: edgePunctuation)
                return word == lower || !word.contains("-") && !lower.contains("-") && stem(word) == stemmed
            }
            if let hit { written[lower] = (String(hit.text).trimmingCharacters(in: edgePunctuation), hit.offset) }
        }
        guard written.count == 1, let (value, (text, offset)) = written.first else { return [] }
        return [(text, value, offset)]
    }
}
