/// Steps of refining an answering: dropping its first answer, cutting it to a phrase.
extension Answering {
    /// The answering without its first answer, saying why; not found when none is left.
    func droppingFirst(because reason: String) -> Answering {
        var rest = self
        rest.answers.removeFirst()
        rest.explanation.append("dropped: \(reason)")
        if rest.answers.isEmpty { rest.status = .notFound }
        return rest
    }

    /// The answering with its first answer's text cut to `phrase`, read in passage `index`
    /// (cited first).
    func cut(to phrase: String, citing index: Int, because reason: String) -> Answering {
        var refined = self
        // (A phrase ends before the possessive: "after whom?" is answered "Orlov", not "Orlov's".)
        var phrase = phrase
        if phrase.count > 2, phrase.hasSuffix("'s") || phrase.hasSuffix("’s") { phrase.removeLast(2) }
        refined.explanation.append("phrase: \(reason): \(phrase)")
        refined.answers[0].text = phrase
        refined.answers[0].value = phrase
        refined.answers[0].passages = [index] + answers[0].passages.filter { $0 != index }
        return refined
    }
}
