/// The names one document uses, found without looking at any other document: its
/// mentions, the identities it states, and how often its narrative says "he" or "she".
///
/// Finding them is the slow part of building an ``EntityIndex``, and it depends on
/// the document alone, so a store computes it once at ingest and keeps it; resolving
/// names across documents then starts from the stored results.
public struct DocumentNames: Hashable, Sendable {
    /// Bumped whenever detection changes, so stores find the names again.
    public static let version = 108

    public var mentions: [EntityMention]
    public var evidence: [AliasEvidence]
    /// Personal pronouns outside headings ("he", "his", "him", "she", "her").
    public var pronouns: Int
    /// Who the personal pronouns stand for, where the coreference model links them to a name.
    public var references: [PronounReference]

    public init(mentions: [EntityMention], evidence: [AliasEvidence], pronouns: Int, references: [PronounReference] = []) {
        self.mentions = mentions
        self.evidence = evidence
        self.pronouns = pronouns
        self.references = references
    }

    /// Finds the names in a document whose title names its subject.
    /// `tokens`: the pipeline's tokens of its sentences (from the grammar's tokenizer when not given);
    /// `recognized`: the trained entity recognizer's names in them, in order (nil: none ran).
    /// `references`: who the personal pronouns stand for (from the coreference model; none without it).
    /// `dictionary`: tells common nouns given a capital from names (none: every such word may be a name).
    public init(scanning text: ScalarText, structure: DocumentStructure, title: String, tokens: SentenceTokens? = nil, document: Int = 0,
                recognized: [RecognizedName]? = nil, references: [PronounReference] = [], dictionary: CommonWords = .none) {
        self.references = references
        let tokens = tokens ?? SentenceTokens(text: text, structure: structure)
        mentions = MentionDetector(dictionary: dictionary).mentions(in: text, structure: structure, tokens: tokens, document: document, recognized: recognized)
        evidence = AliasExtractor().aliases(in: text, structure: structure, tokens: tokens, document: document, mentions: mentions, subject: title)
        pronouns = 0
        for (index, sentence) in structure.sentences.enumerated() where !sentence.isHeading {
            pronouns += tokens[index].filter { $0.isWord("he", "his", "him", "she", "her") }.count
        }
    }

    /// The same names, filed under another document number.
    public func numbered(_ document: Int) -> DocumentNames {
        var copy = self
        for index in copy.mentions.indices { copy.mentions[index].document = document }
        for index in copy.evidence.indices { copy.evidence[index].document = document }
        return copy
    }
}
