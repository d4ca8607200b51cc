import AnnalsCore
import Foundation

/// Finds the answer to a question among passages: ranks them by how much of the
/// question they cover (its words, names and events, its year), takes from each the
/// candidates of the expected kind (a date for "when", a place for "where", never the
/// question's own names), and weighs the candidates by the passages behind them.
/// When the best passages disagree across sources it reports a conflict; when none
/// covers the question well enough, or none holds an answer of the expected kind, it
/// abstains.
public struct AnswerFinder: Sendable {
    /// Below this a passage is not taken to answer the question.
    public var threshold: Double
    /// Whether to say, in `Answering.explanation`, how each passage and candidate scored.
    public var explains: Bool

    /// `threshold`: by default, the one `answer-weights.txt` gives.
    public init(threshold: Double? = nil, explains: Bool = false) {
        self.threshold = threshold ?? AnswerWeights.shipped.threshold
        self.explains = explains
    }

    /// - Parameters:
    ///   - questionEntities: the entities the question names.
    ///   - required: the entities (id and the name the question uses) a passage should name itself:
    ///     not the subject of its own article, who may be just "he".
    ///   - homeDocuments: documents exempt from naming `required` (the articles about them).
    ///   - preferredDocuments: the documents an "according to" names, when known.
    ///   - articleSubjects: for the articles about someone the question names, that one's name,
    ///     by document: there "he" or "she" is mostly them.
    ///   - documentSubjects: whom each article is about, by document: in it, "he helped Lanin"
    ///     answers "Who helped Lanin?" with that one.
    ///   - nameIDs: the entity each of the question's names resolves to, where one does.
    public func answer(_ question: Question, passages: [Passage], questionEntities: Set<String>, required: [(id: String, name: String)] = [],
                       homeDocuments: Set<Int> = [], preferredDocuments: Set<Int> = [], articleSubjects: [Int: String] = [:],
                       documentSubjects: [Int: Passage.Named] = [:], nameIDs: [String: String] = [:]) -> Answering {
        let context = Context(question, passages: passages, questionEntities: questionEntities, required: required, homeDocuments: homeDocuments,
                              preferredDocuments: preferredDocuments, articleSubjects: articleSubjects, documentSubjects: documentSubjects, nameIDs: nameIDs)
        var candidates: [String: FoundAnswer] = [:]
        var explanation: [String] = []
        // The passages that score enough to answer, with their scores.
        var answering: [(index: Int, score: Double)] = []
        for (index, passage) in passages.enumerated() {
            let at = "\(passage.source):\(passage.range.start)"
            let reading = read(index, in: context)
            let missesEveryone = Self.missesEveryone(passage, reading, in: context)
            if let reason = skipReason(index, reading, missesEveryone: missesEveryone, in: context) {
                if explains { explanation.append("skip (\(reason)) \(at)") }
                continue
            }
            // A question that names someone asks of them: a sentence naming none of its names says less.
            // (In an article, its subject is named or meant everywhere: another name the question gives must be met.)
            let subject = documentSubjects[passage.document]?.name
            let subjectName = Set(subject.map { QuestionReader.words($0) } ?? [])
            let askedHere = context.namesAskedOf.count > 1 ? context.namesAskedOf.filter { !Set($0).isSubset(of: subjectName) } : context.namesAskedOf
            let unmet = passage.fact != nil ? nil : Self.unmetName(askedHere, in: passage, words: reading.words, subject: subject)
            if let unmet, explains { explanation.append("less (does not name \(unmet)) \(at)") }
            if let missing = unnamedNearby(index, reading, askedHere: askedHere, in: context) {
                if explains { explanation.append("skip (its paragraph never names \(missing)) \(at)") }
                continue
            }
            let features = features(of: index, reading, unmet: unmet, missesEveryone: missesEveryone, in: context)
            let score = AnswerWeights.shipped.score(features)
            if explains {
                explanation.append(String(format: "%.2f %@ %@ %@", score, passage.fact == nil ? "text" : "fact", at, String(passage.text.prefix(120))))
                explanation.append("  = " + AnswerWeights.shipped.terms(features).joined(separator: ", "))
            }
            guard score >= threshold else { continue }
            answering.append((index, score))
            weighCandidates(of: index, score: score, in: context, into: &candidates, explanation: &explanation)
        }
        // "What school did she enter?": where no passage names one the recognizer knows ("the Velmont Lyceum" read
        // as no name), the phrase its sentence gives for it may still say, as for "where" and "who".
        if candidates.isEmpty, question.expected.entityType != nil, !context.offersSentence {
            if explains, !answering.isEmpty { explanation.append("no name of the asked kind: the best passage's sentence offered") }
            // (The best passage's sentence only: a phrase of a weaker one is a guess. A place, a person and what
            // the question asks the name of are named: a sentence naming no one but the question's own gives none.)
            let named = question.asksName || [.place, .person].contains(question.expected)
            if let (index, score) = answering.max(by: { $0.score < $1.score }), !named || Self.namesAnother(passages[index], in: context) {
                weighCandidates(of: index, score: score, offeringSentence: true, in: context, into: &candidates, explanation: &explanation)
            }
        }
        return settle(candidates, question: question, passages: passages, explanation: explanation)
    }

    /// Whether a passage names someone or something the question does not: "What was the name of
    /// the ship?" is not answered by a sentence whose only names are the question's own.
    static func namesAnother(_ passage: Passage, in context: Context) -> Bool {
        passage.names.contains { named in
            !context.questionEntities.contains(named.id)
                && QuestionReader.words(named.name).contains { !context.nameWords.contains($0.lowercased()) }
        }
    }
}
