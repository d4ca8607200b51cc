import AnnalsGrammar

/// A personal pronoun ("he", "his", "her", "herself") and the name it stands for, as the
/// trained coreference model links them (``CoreferenceResolver``): the head word of the
/// nearest earlier name of the pronoun's entity. Claims read it to know who "he" is.
public struct PronounReference: Hashable, Sendable, Codable {
    public var pronoun: TextRange
    public var antecedent: TextRange

    public init(pronoun: TextRange, antecedent: TextRange) {
        self.pronoun = pronoun
        self.antecedent = antecedent
    }

    func shifted(by offset: Int) -> PronounReference {
        PronounReference(pronoun: pronoun.shifted(by: offset), antecedent: antecedent.shifted(by: offset))
    }

    /// The pronoun classes linked: a man or a woman, one person.
    static let personal: Set<String> = ["he", "she"]

    /// The references in a document's sentences, given the names the recognizer found in them.
    static func find(in sentences: [AnalyzedSentence], words: [[Word]], names: [[NamedSpan]]?,
                     resolver: CoreferenceResolver) -> [PronounReference] {
        let chains = resolver.chains(words, names: names)
        return chains.namedAntecedents.sorted { $0.key < $1.key }.compactMap { pronoun, name in
            let (p, n) = (chains.mentions[pronoun], chains.mentions[name])
            guard personal.contains(p.form) else { return nil }
            return PronounReference(pronoun: sentences[p.sentence].words[p.head].range, antecedent: sentences[n.sentence].words[n.head].range)
        }
    }
}
