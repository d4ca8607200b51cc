import AnnalsCore
import Foundation

/// The candidates a passage offers, each weighed by the passage's score and by how it stands
/// to the question's words there: near them, after the right preposition, the asked kind of
/// place, a count of the asked unit, a date of the asked fineness.
extension AnswerFinder {
    /// Records into `candidates` each answer passage `index` (scored `score`) offers; with
    /// `offeringSentence`, its sentence where it offers no name or value of the asked kind.
    func weighCandidates(of index: Int, score: Double, offeringSentence: Bool = false, in context: Context,
                         into candidates: inout [String: FoundAnswer], explanation: inout [String]) {
        let passage = context.passages[index], question = context.question
        // Names are everywhere; the question's other words place the answer.
        var anchorStems = context.keywordStems.union(context.eventWords).subtracting(context.nameWords.map(Self.stem))
        for sense in Self.sameSense where !anchorStems.isDisjoint(with: sense) { anchorStems.formUnion(sense) }
        let anchors = positions(of: anchorStems, in: passage)
        var extracted = extract(question, from: passage, excluding: context.questionEntities, nameWords: context.nameWords, askedNoun: context.askedNoun)
        if question.expected == .person, !question.asksForPseudonym, let subject = context.documentSubjects[passage.document], !context.questionEntities.contains(subject.id),
           let pronoun = Self.subjectPronoun(in: passage, for: subject) {
            extracted.append((subject.name, subject.name, pronoun))
        }
        // "Where did he die?" — "at the battle of the Dorvik ford": a sentence that names no place may still say where,
        // in a phrase the span ranker finds (`Slots/SpanRanker.swift`); one that names no one may say who, in the
        // phrase that fills the verb's slot ("by a band of river pirates"). ("Which city" asks for a city's name.)
        if extracted.isEmpty, context.offersSentence || offeringSentence, passage.fact == nil { extracted = [(passage.text, passage.text, passage.range.start)] }
        let place = CandidatePlace(passage: passage, anchors: anchors, context: context)
        let nearest = extracted.filter { $0.2 != Self.fromFact }.map(place.gap).min() ?? 200
        let anniversaries = question.expected == .date ? Self.anniversaryDates(extracted, pieces: place.pieces, question: question, questionWords: context.questionWordSet, keywordStems: context.keywordStems.subtracting(context.nameStems)) : []
        for (text, value, at) in extracted {
            if anniversaries.contains(at) {
                if explains { explanation.append("    dropped (a birthday's or an anniversary's date) \(text)") }
                continue
            }
            // "Who was X's father?": the relative is named beside the kin word ("his father, David"), not anywhere.
            // ("the father of Orlov" names a child.)
            if question.expected == .person, at != Self.fromFact, context.asksForRelative, let head = question.head,
               !anchors.contains(where: { Self.stem(head) == Self.stem(Self.text(of: $0, in: passage)) && Self.namesKin(at, after: $0, in: passage) }) {
                continue
            }
            let features = candidateFeatures(text, value, at, nearest: nearest, place: place, in: context)
            let candidateScore = AnswerWeights.shipped.score(features, from: score)
            if explains {
                explanation.append(String(format: "    %.2f %@ (%@)", candidateScore, text, value))
                explanation.append("      = " + AnswerWeights.shipped.terms(features).joined(separator: ", "))
            }
            // (A whole sentence where a name was asked, or one of the answers a question offers, is text.)
            let kind: AnswerKind = question.expected.entityType != nil && text == passage.text || context.offersChoice ? .text : question.expected
            // (Weighed by the name alone; shown with the titles the sentence gives it.)
            let shown = kind == .person && at != Self.fromFact ? Self.titled(text, at: at, in: passage, asked: context.questionWordSet) : text
            Self.record(FoundAnswer(kind: kind, text: shown, value: value, passages: [index], score: candidateScore),
                        from: "\(passage.document):\(passage.range.start)", expected: question.expected, in: &candidates)
        }
    }

    /// Where in a passage the question's words and the one asked of stand, read once for all its candidates.
    struct CandidatePlace {
        let passage: Passage
        let anchors: [TextRange]
        /// Where the passage names the one asked of (not an article's subject, who is everywhere).
        let askedAt: [TextRange]
        let asides: (Int) -> Int?
        let pieces: [(text: Substring, offset: Int)]

        init(passage: Passage, anchors: [TextRange], context: Context) {
            (self.passage, self.anchors) = (passage, anchors)
            askedAt = context.homeDocuments.isEmpty ? passage.names.filter { context.requiredIDs.contains($0.id) }.map(\.range) : []
            asides = AnswerFinder.asides(of: passage)
            pieces = AnswerFinder.spacedWords(of: passage)
        }

        /// The gap between a candidate and the nearest of the question's words, in scalars.
        func gap(_ candidate: (String, String, Int)) -> Int {
            let start = candidate.2, end = candidate.2 + candidate.0.unicodeScalars.count
            return anchors.map { max(0, $0.start - end, start - $0.end) }.min() ?? 200
        }
    }
}
