public import Foundation

/// Named-entity recognition: each word's BILOU label ("B person", "L person", "U place",
/// "O"), the best sequence for the whole sentence under an averaged structured perceptron
/// reading each word's spelling, its neighbours, its tags and place in the dependency tree
/// (from the reading grammar), the names a dictionary knows (``Gazetteer``) and the label
/// before; sequences that would spell no well-formed name are never chosen. Trained on GUM's entity layer
/// (``EntityTraining``), shipped as `entities.bin`.
public struct EntityRecognizer: Sendable {
    /// "O", then "B kind", "I kind", "L kind", "U kind" for each kind.
    public let labels: [String]
    public let model: LinearModel
    public let gazetteer: Gazetteer
    /// What the model was trained from, and how it scored.
    public let manifest: String
    /// A short hash of the model's file: the stage that reads it stores it.
    public let fingerprint: String
    let rules: LabelRules

    public init(labels: [String], model: LinearModel, gazetteer: Gazetteer, manifest: String, fingerprint: String? = nil) {
        self.labels = labels
        self.model = model
        self.gazetteer = gazetteer
        self.manifest = manifest
        rules = LabelRules(labels)
        self.fingerprint = fingerprint ?? ReadingGrammar.fingerprint(of: Self.encode(labels: labels, model: model, gazetteer: gazetteer, manifest: manifest))
    }

    /// The names in a sentence, given the reading grammar's analysis of it (read alone).
    public func names(_ words: [Word]) -> [NamedSpan] {
        names(inDocument: [words])[0]
    }

    /// The names in each sentence of a document, read in order, each sentence seeing what
    /// the earlier ones were found to name.
    public func names(inDocument sentences: [[Word]]) -> [[NamedSpan]] {
        var history = NameHistory()
        var forms = WordForms()
        let pairs = PairVotes(labels: labels.count)
        return sentences.map { words in
            var sentence = EntitySentence(words, gazetteer: gazetteer, forms: &forms)
            sentence.history = history.summary(words)
            let found = NameCoding.spans(label(sentence, pairs: pairs).map { labels[$0] })
            history.add(words, found)
            return found
        }
    }

    func label(_ sentence: EntitySentence, pairs: PairVotes? = nil) -> [Int] {
        EntityDecoding.best(sentence, rules: rules, pairs: pairs) { features, scores in model.score(features, into: &scores) }
    }

    // MARK: - The file

    static let magic = Array("ANNE".utf8)

    public func encoded() -> Data { Self.encode(labels: labels, model: model, gazetteer: gazetteer, manifest: manifest) }

    static func encode(labels: [String], model: LinearModel, gazetteer: Gazetteer, manifest: String) -> Data {
        var data = Data(magic)
        data.append(ReadingGrammar.file([("manifest", Data(manifest.utf8)), ("labels", Data(labels.joined(separator: "\n").utf8)),
                                         ("model", model.encoded()), ("gazetteer", gazetteer.encoded())]))
        return data
    }

    public init(decoding data: Data) throws(ReadingGrammar.LoadError) {
        guard data.starts(with: Self.magic) else { throw ReadingGrammar.LoadError(description: "not an Annals entity model") }
        let sections = try ReadingGrammar.sections(of: data.dropFirst(Self.magic.count))
        guard let labels = sections["labels"], let model = sections["model"], let gazetteer = sections["gazetteer"] else {
            throw ReadingGrammar.LoadError(description: "the entity model is incomplete")
        }
        let names = String(decoding: labels, as: UTF8.self).split(separator: "\n").map(String.init)
        let linear: LinearModel
        do { linear = try LinearModel(decoding: model) } catch { throw ReadingGrammar.LoadError(description: "the entity model is damaged: \(error)") }
        guard linear.classCount == names.count, names.first == NameCoding.outside else {
            throw ReadingGrammar.LoadError(description: "the entity model is damaged: its labels and model do not match")
        }
        self.init(labels: names, model: linear, gazetteer: try Gazetteer(decoding: gazetteer),
                  manifest: String(decoding: sections["manifest"] ?? Data(), as: UTF8.self), fingerprint: ReadingGrammar.fingerprint(of: data))
    }

    /// Where the shipped model is.
    public static var shippedFile: URL? { ShippedResource.url("entities") }

    /// The entity model shipped with Annals, read once per process.
    public static func shipped() throws(ReadingGrammar.LoadError) -> EntityRecognizer { try loaded.get() }

    /// The shipped model's fingerprint, from the file's bytes without decoding them (once per process).
    public static func shippedFingerprint() throws(ReadingGrammar.LoadError) -> String { try shippedBytesFingerprint.get() }

    private static let loaded = Result { () throws(ReadingGrammar.LoadError) -> EntityRecognizer in try EntityRecognizer(decoding: try shippedBytes()) }
    private static let shippedBytesFingerprint = Result { () throws(ReadingGrammar.LoadError) -> String in ReadingGrammar.fingerprint(of: try shippedBytes()) }

    private static func shippedBytes() throws(ReadingGrammar.LoadError) -> Data { try ShippedResource.bytes("entities", what: "the entity model") }
}
