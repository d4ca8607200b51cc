public import Foundation

/// Coreference: which mentions of a document mean the same person or thing. Mentions are
/// found in the reading grammar's analysis (``MentionFinder``) and linked left to right by
/// a mention-ranking model (``CorefDecoding``) trained on GUM's coreference chains
/// (``CorefTraining``); shipped as `coreference.bin`, with the word list it was trained with.
public struct CoreferenceResolver: Sendable {
    public let model: LinearModel
    public let words: CorefWords
    public let manifest: String
    /// A short hash of the model's file: the stage that reads it stores it.
    public let fingerprint: String
    let finder: MentionFinder

    public init(model: LinearModel, words: CorefWords, manifest: String, fingerprint: String? = nil) {
        self.model = model
        self.words = words
        self.manifest = manifest
        finder = MentionFinder(words: words)
        self.fingerprint = fingerprint ?? ReadingGrammar.fingerprint(of: Self.encode(model: model, words: words, manifest: manifest))
    }

    /// A document's mentions and the entity each belongs to.
    public struct Chains: Sendable, Equatable {
        public var mentions: [CorefMention]
        /// The entity of each mention, numbered from 0 in order of first mention.
        public var entity: [Int]

        /// The mentions of the same entity before mention `k`, nearest first.
        public func antecedents(of k: Int) -> [Int] {
            (0..<k).reversed().filter { entity[$0] == entity[k] }
        }

        /// For each pronoun whose entity was named before it, the nearest earlier name of
        /// that entity (mention numbers).
        public var namedAntecedents: [Int: Int] {
            var latestName: [Int: Int] = [:], found: [Int: Int] = [:]
            for (k, mention) in mentions.enumerated() {
                switch mention.kind {
                case .proper: latestName[entity[k]] = k
                case .pronoun: if let name = latestName[entity[k]] { found[k] = name }
                case .nominal: break
                }
            }
            return found
        }

        /// For each "they" whose entity was never named before it but described ("Plekhanov's
        /// supporters … they"), the nearest earlier description of that entity, where that
        /// description is a subject in the same or the sentence before (a plural pronoun keeps
        /// to the subject before it; a description further off, or an object, the model links
        /// less well than the people just named together).
        public var describedAntecedents: [Int: Int] {
            var found: [Int: Int] = [:]
            for (pronoun, description) in nearestDescriptions where mentions[description].relation == "nsubj"
                && mentions[pronoun].sentence - mentions[description].sentence <= 1 {
                found[pronoun] = description
            }
            return found
        }

        /// Every "they" of an entity never named before it, and its nearest earlier description.
        private var nearestDescriptions: [Int: Int] {
            var latestName: [Int: Int] = [:], latestDescription: [Int: Int] = [:], found: [Int: Int] = [:]
            for (k, mention) in mentions.enumerated() {
                switch mention.kind {
                case .proper: latestName[entity[k]] = k
                case .nominal: latestDescription[entity[k]] = k
                case .pronoun:
                    if mention.form == "they", latestName[entity[k]] == nil, let description = latestDescription[entity[k]] { found[k] = description }
                }
            }
            return found
        }
    }

    /// The chains of a document given the grammar's analysis of its sentences, in order,
    /// and the names the entity recognizer found in them (their kinds inform the links).
    public func chains(_ sentences: [[Word]], names: [[NamedSpan]]? = nil) -> Chains {
        let mentions = finder.mentions(sentences, names: names)
        var scores = [Float](repeating: 0, count: 1)
        let outcome = CorefDecoding.resolve(mentions, score: { features in
            model.score(features, into: &scores)
            return scores[0]
        })
        return Chains(mentions: mentions, entity: outcome.entity)
    }

    // MARK: - The file

    static let magic = Array("ANNC".utf8)

    public func encoded() -> Data { Self.encode(model: model, words: words, manifest: manifest) }

    static func encode(model: LinearModel, words: CorefWords, manifest: String) -> Data {
        var data = Data(magic)
        data.append(ReadingGrammar.file([("manifest", Data(manifest.utf8)), ("model", model.encoded()), ("words", Data(words.text.utf8)), ("nouns", Data(words.nouns.utf8)),
                                         ("given names", Data(words.givenNames.utf8))]))
        return data
    }

    public init(decoding data: Data) throws(ReadingGrammar.LoadError) {
        guard data.starts(with: Self.magic) else { throw ReadingGrammar.LoadError(description: "not an Annals coreference model") }
        let sections = try ReadingGrammar.sections(of: data.dropFirst(Self.magic.count))
        guard let model = sections["model"], let words = sections["words"] else {
            throw ReadingGrammar.LoadError(description: "the coreference model is incomplete")
        }
        let linear: LinearModel
        do { linear = try LinearModel(decoding: model) } catch { throw ReadingGrammar.LoadError(description: "the coreference model is damaged: \(error)") }
        guard linear.classCount == 1 else { throw ReadingGrammar.LoadError(description: "the coreference model is damaged: it scores \(linear.classCount) classes") }
        let nouns = String(decoding: sections["nouns"] ?? Data(), as: UTF8.self)
        let given = String(decoding: sections["given names"] ?? Data(), as: UTF8.self)
        self.init(model: linear, words: try CorefWords(text: String(decoding: words, as: UTF8.self), nouns: nouns, givenNames: given),
                  manifest: String(decoding: sections["manifest"] ?? Data(), as: UTF8.self), fingerprint: ReadingGrammar.fingerprint(of: data))
    }

    /// Where the shipped model is.
    public static var shippedFile: URL? { ShippedResource.url("coreference") }

    /// The coreference model shipped with Annals, read once per process.
    public static func shipped() throws(ReadingGrammar.LoadError) -> CoreferenceResolver { try loaded.get() }

    /// The shipped model's fingerprint, from the file's bytes without decoding them (once per process).
    public static func shippedFingerprint() throws(ReadingGrammar.LoadError) -> String { try shippedBytesFingerprint.get() }

    private static let loaded = Result { () throws(ReadingGrammar.LoadError) -> CoreferenceResolver in try CoreferenceResolver(decoding: try shippedBytes()) }
    private static let shippedBytesFingerprint = Result { () throws(ReadingGrammar.LoadError) -> String in ReadingGrammar.fingerprint(of: try shippedBytes()) }

    private static func shippedBytes() throws(ReadingGrammar.LoadError) -> Data { try ShippedResource.bytes("coreference", what: "the coreference model") }
}
