import AnnalsCore
import Foundation

/// How well a count or a date candidate suits the question, beyond the passage's own score.
extension AnswerFinder {
    /// How much the words after a count say it counts what the question asks ("How many
    /// children": "eight children" says it; "six days later" does not), or says an age.
    static func countScore(at: Int, unit: String, pieces: [(text: Substring, offset: Int)], keywordStems: Set<String>) -> Double {
        func stems(_ range: Range<Int>) -> [String] {
            pieces[range.clamped(to: 0..<pieces.count)].map { Self.stem(QuestionReader.words(String($0.text)).first ?? "") }
        }
        func bare(_ piece: (text: Substring, offset: Int)) -> String { piece.text.lowercased().trimmingCharacters(in: Self.edgePunctuation) }
        guard let k = pieces.firstIndex(where: { $0.offset == at }) else { return 0 }
        var score = 0.0
        // An age: "fifty-two years, seven months old", "at the age of fifty-three", "aged 70".
        let isAge = unit == Self.stem("old")
        // "fifty-two years, seven months old": units and numbers up to "old"; "reigned forty-two years" is no age.
        var follows = false
        if isAge {
            for (j, word) in pieces[(k + 1)..<min(pieces.count, k + 6)].map(bare).enumerated() {
                if word == "old" { follows = true; break }
                // "seven months old" is the remainder of an age in years.
                if j == 0, ["months", "month", "days", "weeks"].contains(word) { break }
                guard ["years", "year", "months", "month", "days", "and"].contains(word) || NumberWords.value(of: word) != nil else { break }
            }
        } else {
            // ("15 Saturn V rockets": the noun counted may end a name of three words.)
            follows = stems((k + 1)..<(k + 4)).contains(unit)
        }
        if follows || isAge && !Set(stems((k - 3)..<k)).isDisjoint(with: [Self.stem("age"), Self.stem("aged")]) { score += 0.4 }
        // "527 people were killed and 4,127 were wounded": the participle after a count says what it counts.
        if !isAge, let participle = pieces[(k + 1)..<min(pieces.count, k + 5)].lazy.map(bare)
            .first(where: { $0.hasSuffix("ed") && $0.count > 4 || Self.irregularVerbs[$0] != nil }) {
            score += keywordStems.contains(Self.stem(participle)) ? 0.6 : -0.3
        }
        return score
    }

    /// How a date candidate `value` at `at` suits a "when" question.
    static func dateScore(_ value: String, at: Int, question: Question, passage: Passage) -> Double {
        var score = 0.0
        // "the 1920s" answers no "when" well; a bare year loses to a finer date it contains.
        if value.hasSuffix("X") || value.count == 4 && Self.holdsFinerDate(in: value, passage) { score -= 0.5 }
        // The year the question names tells it nothing; "on what date" wants a day.
        if let year = question.year, value == String(year) { score -= 0.4 }
        // A date worked out from another ("the following day") is a step less sure than a written one.
        if passage.dates.contains(where: { $0.range.start == at && $0.isDerived }) { score -= 0.15 }
        if question.wantsDay, value.count < 10 || value.contains("/") { score -= 0.6 }
        return score
    }

    /// The offsets of the dates that are a birthday's or an anniversary's when the question asks
    /// the date of the event it recurs after: the birth for a birthday ("Next Tuesday is my fortieth
    /// birthday": "Tuesday" is no date of birth), what an anniversary is "of" ("the tenth
    /// anniversary of the revolution"). Of each such noun, the written date nearest it. Another
    /// event on that day keeps the date ("On his fiftieth birthday in 1842 he opened the school").
    static func anniversaryDates(_ candidates: [(String, String, Int)], pieces: [(text: Substring, offset: Int)], question: Question,
                                 questionWords: Set<String>, keywordStems: Set<String>) -> Set<Int> {
        let nouns = AnswerWords.shipped.anniversaryNouns
        guard questionWords.isDisjoint(with: nouns) else { return [] }
        let written = candidates.filter { $0.2 != fromFact }
        var found: Set<Int> = []
        for (k, piece) in pieces.enumerated() {
            let word = piece.text.lowercased().trimmingCharacters(in: edgePunctuation)
            guard nouns.contains(word) else { continue }
            let ofBirth = question.events.contains(.birth) && (word.hasPrefix("birth") || word.hasPrefix("name"))
            let ofAsked = k + 1 < pieces.count && pieces[k + 1].text == "of"
                && pieces[(k + 2)..<min(pieces.count, k + 6)].contains { keywordStems.contains(stem($0.text.lowercased().trimmingCharacters(in: edgePunctuation))) }
            guard ofBirth || ofAsked, let nearest = written.min(by: { abs($0.2 - piece.offset) < abs($1.2 - piece.offset) }) else { continue }
            found.insert(nearest.2)
        }
        return found
    }
}
