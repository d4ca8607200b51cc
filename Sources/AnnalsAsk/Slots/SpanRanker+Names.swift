import AnnalsGrammar

/// Names in the ranker: a question's names against the sentence's, and the name a
/// "which N" question asks for.
extension SpanRanker {
    /// The words of the name word `k` belongs to: it with the proper nouns joined to it or to
    /// its head as flat or compound parts.
    static func name(of k: Int, in words: [Word]) -> [Int] {
        let joined = ["flat", "compound"]
        var head = k
        while joined.contains(where: words[head].deprel.hasPrefix), let up = words[head].head, up > 0, words[up - 1].upos == "PROPN" { head = up - 1 }
        return words.indices.filter { w in
            guard words[w].upos == "PROPN" else { return false }
            var at = w
            while at != head, joined.contains(where: words[at].deprel.hasPrefix), let up = words[at].head, up > 0 { at = up - 1 }
            return at == head
        }
    }

    /// Whether the sentence's name word `k` is another name that only shares a word with one
    /// of the question's: "Hulm Brand" and "Ostap Brand", each with a word the other lacks.
    static func isNamesake(_ k: Int, in words: [Word], of names: [Set<String>]) -> Bool {
        guard words[k].upos == "PROPN" else { return false }
        let own = Set(name(of: k, in: words).map { words[$0].form.lowercased() })
        let form = words[k].form.lowercased()
        return names.contains { $0.contains(form) } && names.filter { $0.contains(form) }.allSatisfy { !$0.isSubset(of: own) && !own.isSubset(of: $0) }
    }

    /// Where the phrase headed by `k` is a name given to the noun "which N" asks for, the word
    /// that stands in the sentence's clause for it: the noun a name is set beside ("the shaman
    /// Kokan", "the Vega 2 probe", "a firm, the Rigel Works"), or the name itself when its head
    /// is that noun ("the Bristol Institute" for "what institution", "the Kay dynasty").
    /// Asked for a sort (`sort`, "what kind of fiction"), the noun with any word that says which
    /// sort it is: "Gothic fiction", "crime fiction".
    static func namedNoun(_ k: Int, inside: [Int], noun: Set<String>, sort: Bool = false, in words: [Word]) -> Int? {
        guard !noun.isEmpty else { return nil }
        if words[k].upos == "NOUN" {
            let named = shares(words[k], with: noun) && inside.contains { m in
                words[m].head == k + 1 && (words[m].upos == "PROPN" && words[m].deprel.hasPrefix("compound") || sort && ["amod", "compound"].contains(words[m].deprel))
            }
            return named ? k : nil
        }
        guard words[k].upos == "PROPN" else { return nil }
        if shares(words[k], with: noun) { return k }
        let linked = ["appos", "flat", "compound", "nmod"]
        if let head = words[k].head, head > 0, words[head - 1].upos == "NOUN", shares(words[head - 1], with: noun),
           linked.contains(where: words[k].deprel.hasPrefix) { return head - 1 }
        return words.indices.contains { n in
            shares(words[n], with: noun) && words[n].upos == "NOUN" && words[n].head == k + 1 && linked.contains(where: words[n].deprel.hasPrefix)
        } ? k : nil
    }

    /// Whether the sentence's `words` share with the question's only names, when the question
    /// has other words of content.
    /// (The noun of "what tax" shared counts: "replaced them with a poll tax" answers "What tax did
    /// he impose?". So do two of the question's names: "Orlov's son Ilya died in prison" answers
    /// "What happened to Orlov's son Ilya?".)
    func sharesOnlyNames(_ question: [Word], _ words: [Word]) -> Bool {
        cues(question).map { Self.sharesOnlyNames($0, words) } ?? false
    }

    static func sharesOnlyNames(_ cues: Cues, _ words: [Word]) -> Bool {
        guard !cues.plain.isEmpty else { return false }
        let names = words.indices.filter { words[$0].upos == "PROPN" && !["flat", "compound"].contains(words[$0].deprel) && Self.shares(words[$0], with: cues.content) }
        return Set(names.map { words[$0].lemma.lowercased() }).count < 2
            && !words.contains { ["NOUN", "VERB", "ADJ", "NUM", "ADV"].contains($0.upos) && Self.shares($0, with: cues.plain.union(cues.noun)) }
    }
}

extension SpanRanker {
    /// Whether the phrase headed by word `k` may name people, as "who" asks: a name of a person
    /// or a body (`named`: the word stands in one), or a noun whose first sense is a person
    /// ("traders", "the nobles", "presidents"), as WordNet's classes kept with the coreference
    /// model tell.
    static func namesPeople(_ k: Int, in words: [Word], named: Bool) -> Bool {
        switch words[k].upos {
        case "PROPN": return named
        case "NOUN": return peopleNouns?.kind(ofNoun: words[k].lemma.lowercased()) == "person"
        default: return false
        }
    }

    /// The noun classes of the shipped coreference model; nil where it cannot be read.
    static let peopleNouns: CorefWords? = try? CoreferenceResolver.shipped().words
}
