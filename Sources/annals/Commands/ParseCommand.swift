import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsGrammar
import AnnalsStore

/// `annals parse`: the reading grammar's analysis of a document or a text, as CoNLL-U.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatise and parse a document or a text into Universal Dependencies (CoNLL-U).",
        discussion: """
            DOC is a stored document (source name, NAME@N, id prefix or title); --text gives a text \
            instead, and - reads one from standard input. Each sentence is tokenised as the English \
            UD treebanks are, then tagged, lemmatised and parsed; MISC gives each token's code-point \
            offsets (TokenRange=start:end) in the document's stored text, or in the text given. \
            With --input-format conllu the input is CoNLL-U: its words are kept (gold tokenisation) \
            and everything else is predicted, which is how the grammar is scored.
            """
    )

    enum InputFormat: String, ExpressibleByArgument {
        case text, conllu
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("A stored document, or - for standard input.", valueName: "doc"))
    var document: String?

    @Option(help: ArgumentHelp("Parse this text instead of a document.", valueName: "text"))
    var text: String?

    @Option(help: ArgumentHelp("What standard input or --text holds: text (default) or conllu.", valueName: "format"))
    var inputFormat: InputFormat = .text

    @Flag(help: "Mark the names the entity recognizer finds: Name=B-person, I-…, L-…, U-… in MISC (\"name\" in JSON).")
    var entities = false

    @Flag(help: "Mark what refers to what: Coref=N in MISC on the head word of each mention of entity N, numbered per document (\"coref\" in JSON).")
    var coreference = false

    func validate() throws {
        if (document == nil) == (text == nil) { throw ValidationError("give a document, - for standard input, or --text, and only one of them") }
        if inputFormat == .conllu, document != "-", text == nil { throw ValidationError("--input-format conllu reads standard input (-) or --text") }
    }

    func run() throws {
        var sentences: [ParsedSentence]
        if let source = text ?? (document == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : nil) {
            let grammar: ReadingGrammar
            do { grammar = try ReadingGrammar.shipped() } catch { throw CommandFailure(message: error.description) }
            if inputFormat == .conllu {
                do { sentences = try CoNLLU.read(source).map(grammar.reanalyse) } catch { throw CommandFailure(message: "standard input: " + error.description) }
            } else {
                // A text given here goes through the pipeline's grammar stage, as a stored document did at ingest.
                let prepared = DocumentPreparer.prepare(text: source, sourceName: "text", format: .plainText)
                let text = ScalarText(prepared.text)
                let analysed = AnalysisPipeline(stages: [AnyAnalysisStage(GrammarStage(grammar: grammar))])
                    .analyse(text, structure: prepared.structure, title: prepared.title)
                sentences = Self.conllu(analysed.grammar ?? [], text: text)
            }
        } else {
            // A stored document was analysed when it was ingested: its analysis is read, not made again.
            let storage = try store.open()
            let revision = try storage.resolve(document!)
            let stored = try storage.document(for: revision)
            sentences = Self.conllu(try storage.grammar(for: revision), text: ScalarText(stored.text))
        }
        if entities || coreference {
            let recognizer: EntityRecognizer, resolver: CoreferenceResolver?
            do {
                recognizer = try EntityRecognizer.shipped()
                resolver = coreference ? try CoreferenceResolver.shipped() : nil
            } catch { throw CommandFailure(message: error.description) }
            // Each document read in order ("# newdoc" opens one in CoNLL-U), what it named before informing what follows.
            let documents = Self.documents(sentences), words = sentences.map(\.words)
            let names = documents.map { recognizer.names(inDocument: $0.map { words[$0] }) }
            if entities { sentences = Self.marking(sentences, names.flatMap { $0 }) }
            if let resolver { Self.markChains(&sentences, documents: documents, names: names, resolver: resolver) }
        }
        if output.json {
            try JSONOutput.print(ParseJSON(sentences))
        } else {
            Terminal.write(CoNLLU.write(sentences))
        }
    }

    /// Marks Coref=N on the head word of each mention of the document's entity N.
    static func markChains(_ sentences: inout [ParsedSentence], documents: [[Int]], names: [[[NamedSpan]]], resolver: CoreferenceResolver) {
        for (document, names) in zip(documents, names) {
            let chains = resolver.chains(document.map { sentences[$0].words }, names: names)
            for (mention, entity) in zip(chains.mentions, chains.entity) {
                mark(&sentences[document[mention.sentence]].words[mention.head], "Coref=\(entity + 1)")
            }
        }
    }

    /// The sentences' numbers by document: a `# newdoc` comment opens a new one.
    static func documents(_ sentences: [ParsedSentence]) -> [[Int]] {
        var documents: [[Int]] = []
        for (k, sentence) in sentences.enumerated() {
            if documents.isEmpty || sentence.comments.contains(where: { $0.hasPrefix("# newdoc") }) { documents.append([]) }
            documents[documents.count - 1].append(k)
        }
        return documents
    }

    /// The sentences with each word of a name marked in MISC by its place and the name's kind.
    static func marking(_ sentences: [ParsedSentence], _ names: [[NamedSpan]]) -> [ParsedSentence] {
        zip(sentences, names).map { sentence, names in
            var marked = sentence
            for (k, label) in NameCoding.labels(names, count: sentence.words.count).enumerated() where label != NameCoding.outside {
                mark(&marked.words[k], "Name=" + label.replacingOccurrences(of: " ", with: "-"))
            }
            return marked
        }
    }

    /// Adds `mark` to the word's MISC column.
    static func mark(_ word: inout Word, _ mark: String) {
        word.misc = word.misc == "_" ? mark : word.misc + "|" + mark
    }

    private static func conllu(_ sentences: [AnalyzedSentence], text: ScalarText) -> [ParsedSentence] {
        sentences.enumerated().map { number, sentence in sentence.conllu(number: number + 1, text: text) }
    }
}

/// `annals parse --json`: the same analysis as JSON, sentence by sentence.
struct ParseJSON: Encodable {
    struct SentenceJSON: Encodable {
        var id: Int
        var text: String?
        var words: [WordJSON]
    }

    struct WordJSON: Encodable {
        var id: Int
        var form: String
        var lemma: String
        var upos: String
        var xpos: String
        var feats: String
        var head: Int?
        var deprel: String
        var start: Int?
        var end: Int?
        /// The word's place in a name and the name's kind ("B-person"), when asked for.
        var name: String?
        /// The number of the entity the word heads a mention of (per document), when asked for.
        var coref: Int?
    }

    var sentences: [SentenceJSON]

    init(_ sentences: [ParsedSentence]) {
        self.sentences = sentences.enumerated().map { number, sentence in
            let text = sentence.comments.first { $0.hasPrefix("# text = ") }.map { String($0.dropFirst(9)) }
            return SentenceJSON(id: number + 1, text: text, words: sentence.words.enumerated().map { k, word in
                let range = word.misc.split(separator: "|").first { $0.hasPrefix("TokenRange=") }?.dropFirst(11).split(separator: ":").compactMap { Int($0) }
                func value(_ key: String) -> String? { word.misc.split(separator: "|").first { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) } }
                return WordJSON(id: k + 1, form: word.form, lemma: word.lemma, upos: word.upos, xpos: word.xpos, feats: word.feats, head: word.head,
                                deprel: word.deprel, start: range?.first, end: range?.last, name: value("Name"), coref: value("Coref").flatMap { Int($0) })
            })
        }
    }
}
