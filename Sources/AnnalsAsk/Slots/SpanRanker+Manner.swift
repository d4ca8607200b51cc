import AnnalsGrammar

/// "How did Orlov lose his savings?" — "Orlov gambled away his savings and his horse": where no phrase of a sentence says the means and the sentence does not use the
/// question's verb, the verb it uses instead for an act on the same thing says how ("gambled
/// away", "reneged on the truce" for "How did he observe the truce?").
extension SpanRanker {
    /// The offsets of that verb, with its particle ("away"); nil when the question asks no
    /// manner, the sentence writes the question's verb, or no verb of it acts on a thing the
    /// question names (its object, a passive's subject or an oblique) with the question's
    /// subject or a pronoun for subject.
    func mannerVerb(for question: [Word], in words: [Word], spans: [Range<Int>]) -> Range<Int>? {
        guard let cues = cues(question), case .manner = cues.wanted, let agent = cues.agent, spans.count == words.count,
              !words.contains(where: { $0.upos == "VERB" && $0.lemma.lowercased() == agent.verb }) else { return nil }
        let things = cues.plain.subtracting([agent.verb])
        var best: (verb: Int, met: Int)?
        let tree = DependencyPaths(words)
        // (A verb the question writes tells nothing of how.)
        for k in words.indices where words[k].upos == "VERB" && !Self.shares(words[k], with: cues.content) {
            let dependents = words.indices.filter { words[$0].head == k + 1 }
            // (The one who acts is the question's, or a pronoun standing for them; a purpose, "to determine his
            // fate", is no act done.)
            if let subject = dependents.first(where: { words[$0].deprel == "nsubj" }), words[subject].upos != "PRON",
               !agent.subject.contains(words[subject].form.lowercased()) { continue }
            if dependents.contains(where: { words[$0].deprel == "mark" && words[$0].form.lowercased() == "to" }) { continue }
            let acted = dependents.filter { words[$0].deprel == "obj" || words[$0].deprel == "nsubj:pass" || words[$0].deprel.hasPrefix("obl") }
            let met = Set(words.indices.filter { w in
                words[w].upos == "NOUN" && Self.shares(words[w], with: things) && acted.contains(where: tree.chain(w).contains)
            }.map { words[$0].lemma.lowercased() }).count
            // (Of several, the verb acting on most of the question's things: "whom he shamed into halting the sale of
            // the mill" rather than "included a letter to the mayor of the town".)
            if met > 0, met > best?.met ?? 0 { best = (k, met) }
        }
        guard let k = best?.verb else { return nil }
        let particle = words.indices.first { words[$0].head == k + 1 && words[$0].deprel == "compound:prt" && $0 == k + 1 }
        return spans[k].lowerBound..<spans[particle ?? k].upperBound
    }
}
