import AnnalsGrammar

/// A personal pronoun ("he", "his", "her", "herself") and the name it stands for, as the
/// trained coreference model links them (``CoreferenceResolver``): the head word of the
/// nearest earlier name of the pronoun's entity. Claims read it to know who "he" is.
/// A "they" the model links to a description and never to a name ("Plekhanov's supporters
/// … they") is marked `isDescription`: it stands for people the text does not name.
public struct PronounReference: Hashable, Sendable, Codable {
    public var pronoun: TextRange
    public var antecedent: TextRange
    public var isDescription: Bool

    public init(pronoun: TextRange, antecedent: TextRange, isDescription: Bool = false) {
        self.pronoun = pronoun
        self.antecedent = antecedent
        self.isDescription = isDescription
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pronoun = try container.decode(TextRange.self, forKey: .pronoun)
        antecedent = try container.decode(TextRange.self, forKey: .antecedent)
        isDescription = try container.decodeIfPresent(Bool.self, forKey: .isDescription) ?? false
    }

    func shifted(by offset: Int) -> PronounReference {
        PronounReference(pronoun: pronoun.shifted(by: offset), antecedent: antecedent.shifted(by: offset), isDescription: isDescription)
    }

    /// The pronoun classes linked: a man or a woman, one person.
    static let personal: Set<String> = ["he", "she"]

    /// The references in a document's sentences, given the names the recognizer found in them.
    static func find(in sentences: [AnalyzedSentence], words: [[Word]], names: [[NamedSpan]]?,
                     resolver: CoreferenceResolver) -> [PronounReference] {
        let chains = resolver.chains(words, names: names)
        let named = chains.namedAntecedents.sorted { $0.key < $1.key }.compactMap { pronoun, name -> PronounReference? in
            let (p, n) = (chains.mentions[pronoun], chains.mentions[name])
            guard personal.contains(p.form) else { return nil }
            return PronounReference(pronoun: sentences[p.sentence].words[p.head].range, antecedent: sentences[n.sentence].words[n.head].range)
        }
        let described = chains.describedAntecedents.sorted { $0.key < $1.key }.map { pronoun, description in
            let (p, d) = (chains.mentions[pronoun], chains.mentions[description])
            return PronounReference(pronoun: sentences[p.sentence].words[p.head].range, antecedent: sentences[d.sentence].words[d.head].range, isDescription: true)
        }
        return named + described
    }
}
