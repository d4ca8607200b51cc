public import Foundation

/// The reading grammar: tagger, parser and morphology together, as trained from the
/// Universal Dependencies treebanks and shipped as one file (`grammar.bin` in the
/// package's resources). `annotate` turns a sentence's words into a Universal
/// Dependencies analysis: tags, lemmas, features, heads and relations.
public struct ReadingGrammar: Sendable {
    public let tagger: Tagger
    public let parser: any DependencyParser
    public let morphology: Morphology
    public let features: FeatureClassifier
    /// What the model was trained from, and how it scored (the manifest section).
    public let manifest: String
    /// A short hash of the model file: stages that read the grammar store it, so that an
    /// analysis made by another model is made again.
    public let fingerprint: String

    /// `fingerprint`: of the file the grammar was read from; worked out from its bytes when not given.
    public init(tagger: Tagger, parser: any DependencyParser, morphology: Morphology, features: FeatureClassifier, manifest: String, fingerprint: String? = nil) {
        self.tagger = tagger
        self.parser = Self.reading(tagger, parser)
        self.morphology = morphology
        self.features = features
        self.manifest = manifest
        self.fingerprint = fingerprint
            ?? Self.fingerprint(of: Self.encode(tagger: tagger, parser: parser, morphology: morphology, features: features, manifest: manifest))
    }

    /// The parser, given the tagger's lexicon when it reads the lexicon's entries, and the
    /// UPOS of each of the tagger's classes.
    static func reading(_ tagger: Tagger, _ parser: any DependencyParser) -> any DependencyParser {
        guard var neural = parser as? NeuralParser else { return parser }
        if neural.shape.lexicals > 0 { neural.lexicon = tagger.lexicon }
        neural.tagGroups = upos(of: tagger.classes)
        return neural
    }

    /// Each class's UPOS as a number, in order of first appearance.
    static func upos(of classes: [String]) -> [Int] {
        var numbers: [Substring: Int] = [:]
        return classes.map { name in
            let upos = name.split(separator: " ", maxSplits: 1).first ?? ""
            if let n = numbers[upos] { return n }
            numbers[upos] = numbers.count
            return numbers.count - 1
        }
    }

    /// The analysis of one sentence, given its words.
    public func annotate(_ forms: [String]) -> [Word] {
        var known = WordForms()
        return annotate(forms, known: &known)
    }

    /// The same, with the forms of words worked out so far (by a reader of many sentences), added to.
    public func annotate(_ forms: [String], known: inout WordForms) -> [Word] {
        guard !forms.isEmpty else { return [] }
        let readings = forms.map(ArchaicForms.reading)
        let wordForms = readings.map { known.of($0) }
        // The parser may tag again, having read the whole sentence: its classes are the words'.
        let first = parser.analyse(wordForms, tags: tagger.tag(wordForms))
        let tags = first.tags
        let (heads, relations) = Asides.reparse(forms, wordForms, tags: tags, parser: parser, first: (first.heads, first.labels))
        var words = forms.indices.map { k -> Word in
            let parts = tagger.classes[tags[k]].split(separator: " ", maxSplits: 1).map(String.init)
            let (upos, xpos) = (parts[0], parts.count > 1 ? parts[1] : "_")
            // An old verb form has its modern verb's lemma ("hast" → "have"); other old words are their own ("thou").
            let lemmaForm = upos == "VERB" || upos == "AUX" ? readings[k] : forms[k]
            return Word(form: readings[k], lemma: morphology.lemma(form: lemmaForm, upos: upos, xpos: xpos), upos: upos, xpos: xpos,
                        head: heads[k], deprel: parser.labels[relations[k]])
        }
        features.apply(to: &words, forms: wordForms)
        words = ClauseRepairs.apply(words, lexicon: tagger.lexicon)
        for k in words.indices { words[k].form = forms[k] }
        return words
    }

    // MARK: - The shipped file

    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where the shipped grammar's file is.
    public static var shippedFile: URL? { Bundle.module.url(forResource: "grammar", withExtension: "bin") }

    /// The grammar shipped with Annals, read once per process.
    public static func shipped() throws(LoadError) -> ReadingGrammar {
        try loaded.get()
    }

    /// The shipped grammar's fingerprint, from the file's bytes without decoding them
    /// (once per process): what a store compares with the fingerprint it keeps.
    public static func shippedFingerprint() throws(LoadError) -> String {
        try shippedBytesFingerprint.get()
    }

    private static let loaded = Result { () throws(LoadError) -> ReadingGrammar in try ReadingGrammar(decoding: try shippedBytes()) }
    private static let shippedBytesFingerprint = Result { () throws(LoadError) -> String in fingerprint(of: try shippedBytes()) }

    private static func shippedBytes() throws(LoadError) -> Data {
        guard let url = shippedFile else {
            throw LoadError(description: "the reading grammar's model (grammar.bin) is missing from the package; run scripts/train")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw LoadError(description: "cannot read the reading grammar's model: \(error)")
        }
    }

    static func fingerprint(of data: Data) -> String {
        let hash = data.withUnsafeBytes { bytes in
            bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
        }
        return String(hash, radix: 16)
    }
}

