public import AnnalsGrammar
import Foundation
import Synchronization

/// Tokens, tags, lemmas, features and the dependency tree of every sentence, from the
/// reading grammar (the model trained on Universal Dependencies, see `AnnalsGrammar`).
public struct GrammarStage: AnalysisStage {
    public static let name = StageName.grammar
    public static let requires: [StageName] = []
    public static var output: WritableKeyPath<AnalyzedDocument, [AnalyzedSentence]?> { \.grammar }
    /// Raised when what the stage stores for a sentence changes: its shape, or how the
    /// tokenizer cuts text or the parser reads it (2: dashes are tokens of their own,
    /// bracketed asides are parsed apart when the first parse breaks them, older English
    /// forms are read as modern ones; 3: a word's tag is the best of the universal tag with
    /// the most probability; 4: a note mark written against a word or its period, "killed.[43]",
    /// is cut into its own tokens; 5: parses that break a rule of English grammar are repaired,
    /// `ClauseRepairs`; 6: "do" before a subject and a bare verb is its auxiliary; 7: in a question,
    /// so is "do" before a subject and a word the tagger took for a noun; 8: a past form of an
    /// irregular verb the treebanks never showed takes its base from a list, "fled" → "flee";
    /// 9: a page reference written against a period or a comma, "memory.:33", is cut off it;
    /// 10: a Roman numeral closing a name that starts with no given name, "Saturn V.", ends a sentence;
    /// 11: a word "do" is the auxiliary of is a verb, "What did he light?"; 12: in a question, "do"
    /// after the question phrase is the auxiliary of the bare verb that ends its subject; 13: and the
    /// question phrase is no second subject, "Who did the abbess marry?").
    public static let version = 13
    public let grammar: ReadingGrammar

    public init(grammar: ReadingGrammar) {
        self.grammar = grammar
    }

    public var fingerprint: String { Self.fingerprint(model: grammar.fingerprint) }

    /// The fingerprint of the stage reading with the model whose hash is `model`.
    public static func fingerprint(model: String) -> String { "grammar v\(version) model \(model)" }

    /// Sentences are read alone, so they are shared among the machine's cores, in runs
    /// of `batch` taken in turn; the results go back in document order, the same whatever
    /// the number of cores.
    public func run(_ document: AnalyzedDocument) -> [AnalyzedSentence] {
        let sentences = document.structure.sentences
        let batch = 32
        let batches = (sentences.count + batch - 1) / batch
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, batches)
        // Each worker keeps the forms of the words it has read (a document repeats its words).
        guard workers > 1 else {
            var known = WordForms()
            return sentences.map { analyse(document.text, $0.range, known: &known) }
        }
        let next = Atomic(0)
        let done = Mutex([[AnalyzedSentence]](repeating: [], count: batches))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var known = WordForms()
            while true {
                let taken = next.add(1, ordering: .relaxed).oldValue
                guard taken < batches else { return }
                let range = taken * batch..<min(sentences.count, (taken + 1) * batch)
                let analysed = sentences[range].map { analyse(document.text, $0.range, known: &known) }
                done.withLock { $0[taken] = analysed }
            }
        }
        return done.withLock { $0 }.flatMap { $0 }
    }

    /// One sentence: cut into tokens and words as the treebanks are, then annotated.
    public func analyse(_ text: ScalarText, _ range: TextRange) -> AnalyzedSentence {
        var known = WordForms()
        return analyse(text, range, known: &known)
    }

    /// The same, with the forms of the words read so far, added to.
    func analyse(_ text: ScalarText, _ range: TextRange, known: inout WordForms) -> AnalyzedSentence {
        let (tokens, annotated) = grammar.analyse(text.scalars, sentence: range.start..<range.end, known: &known)
        let spans = tokens.flatMap { token in token.words.map { TextRange(start: $0.start, end: $0.end) } }
        var words: [AnalyzedWord] = []
        words.reserveCapacity(annotated.count)
        for (word, span) in zip(annotated, spans) {
            words.append(AnalyzedWord(range: span, form: word.form, lemma: word.lemma, upos: word.upos, xpos: word.xpos,
                                      feats: word.feats, head: word.head.flatMap { $0 == 0 ? nil : $0 - 1 }, relation: word.deprel))
        }
        var multiword: [AnalyzedSentence.MultiwordToken] = []
        var k = 0
        for token in tokens {
            if token.words.count > 1 {
                multiword.append(.init(range: TextRange(start: token.start, end: token.end), first: k, last: k + token.words.count - 1))
            }
            k += token.words.count
        }
        return AnalyzedSentence(words: words, multiwordTokens: multiword)
    }

    public static func shift(_ output: [AnalyzedSentence], by offset: Int) -> [AnalyzedSentence] {
        output.map { $0.shifted(by: offset) }
    }

    public static func part(of output: [AnalyzedSentence], in span: TextRange, sentences: Range<Int>) -> [AnalyzedSentence] {
        Array(output[sentences])
    }
}

extension AnalyzedDocument {
    /// The grammar stage's tokens of each sentence, as the rule-based readers see them.
    var tokens: SentenceTokens {
        if let readerTokens { return readerTokens }
        guard let grammar else { preconditionFailure("a stage reading tokens ran before the grammar stage") }
        return SentenceTokens(grammar: grammar, text: text)
    }
}

/// Date expressions, resolved to calendar dates (``DateExtractor``).
public struct DateStage: AnalysisStage {
    public static let name = StageName.dates
    public static let requires: [StageName] = [.grammar]
    public static var output: WritableKeyPath<AnalyzedDocument, [DateMention]?> { \.dates }
    public init() {}
    public var fingerprint: String { "dates v\(DateExtractor.version)" }

    public func run(_ document: AnalyzedDocument) -> [DateMention] {
        DateExtractor(documentDate: document.documentDate).extract(from: document.text, structure: document.structure, tokens: document.tokens)
    }

    public static func shift(_ output: [DateMention], by offset: Int) -> [DateMention] {
        output.map { $0.shifted(by: offset) }
    }

    public static func part(of output: [DateMention], in span: TextRange, sentences: Range<Int>) -> [DateMention] {
        output.filter { span.contains($0.range) }
    }
}

/// Names, the cues around them and stated identities (``DocumentNames``), with the names
/// the trained entity recognizer finds in the grammar's analysis and who the personal
/// pronouns stand for by the trained coreference model (when it is given them).
public struct NameStage: AnalysisStage {
    public static let name = StageName.names
    public static let requires: [StageName] = [.grammar]
    public static var output: WritableKeyPath<AnalyzedDocument, DocumentNames?> { \.names }
    public let recognizer: EntityRecognizer?
    public let coreference: CoreferenceResolver?
    /// The dictionary that tells a capitalised common word from a name (the grammar's lexicon).
    public let dictionary: Lexicon

    public init(recognizer: EntityRecognizer? = nil, coreference: CoreferenceResolver? = nil, dictionary: Lexicon = .empty) {
        self.recognizer = recognizer
        self.coreference = coreference
        self.dictionary = dictionary
    }

    public var fingerprint: String { Self.fingerprint(model: recognizer?.fingerprint, coreference: coreference?.fingerprint) }

    /// The fingerprint of the stage reading with the entity model whose hash is `model` and
    /// the coreference model whose hash is `coreference` (nil: none).
    public static func fingerprint(model: String?, coreference: String? = nil) -> String {
        "names v\(DocumentNames.version)" + (model.map { " entities \($0)" } ?? "") + (coreference.map { " coreference \($0)" } ?? "")
    }

    public func run(_ document: AnalyzedDocument) -> DocumentNames {
        guard let grammar = document.grammar, recognizer != nil || coreference != nil else {
            return DocumentNames(scanning: document.text, structure: document.structure, title: document.title, tokens: document.tokens)
        }
        let words = grammar.map(\.treebankWords)
        let spans = recognizer?.names(inDocument: words)
        let references = coreference.map { PronounReference.find(in: grammar, words: words, names: spans, resolver: $0) } ?? []
        let gazetteer = recognizer?.gazetteer ?? .empty
        return DocumentNames(scanning: document.text, structure: document.structure, title: document.title, tokens: document.tokens,
                             recognized: spans.map { RecognizedName.located($0, in: grammar, dictionary: dictionary, gazetteer: gazetteer) }, references: references,
                             dictionary: CommonWords(lexicon: dictionary, gazetteer: gazetteer))
    }

    public static func shift(_ output: DocumentNames, by offset: Int) -> DocumentNames {
        DocumentNames(mentions: output.mentions.map { $0.shifted(by: offset) }, evidence: output.evidence.map { $0.shifted(by: offset) },
                      pronouns: output.pronouns, references: output.references.map { $0.shifted(by: offset) })
    }

    /// The pronouns are counted for the whole document (no later stage reads the count).
    public static func part(of output: DocumentNames, in span: TextRange, sentences: Range<Int>) -> DocumentNames {
        DocumentNames(mentions: output.mentions.filter { span.contains($0.range) }, evidence: output.evidence.filter { span.contains($0.range) },
                      pronouns: output.pronouns, references: output.references.filter { span.contains($0.pronoun) })
    }
}

/// Claims: events, relations, positions, memberships, works and quotations (``ClaimExtractor``).
public struct ClaimStage: AnalysisStage {
    public static let name = StageName.claims
    public static let requires: [StageName] = [.grammar, .dates, .names]
    public static var output: WritableKeyPath<AnalyzedDocument, [Claim]?> { \.claims }
    /// Whether events are read from the grammar's trees (``TreeRoles``, ``TreeDates``,
    /// ``TreeModality``), with the word reader filling what the parse leaves open; without
    /// them (false), from the words alone.
    public let readsTrees: Bool

    public init(readsTrees: Bool = true) {
        self.readsTrees = readsTrees
    }

    public var fingerprint: String { "claims v\(ClaimExtractor.version)" + (readsTrees ? " trees" : "") }

    public func run(_ document: AnalyzedDocument) -> [Claim] {
        ClaimExtractor().claims(in: document.text, structure: document.structure, title: document.title, tokens: document.tokens,
                                dates: document.dates, names: document.names, grammar: readsTrees ? document.grammar : nil)
    }

    public static func shift(_ output: [Claim], by offset: Int) -> [Claim] {
        output.map { $0.shifted(by: offset) }
    }

    public static func part(of output: [Claim], in span: TextRange, sentences: Range<Int>) -> [Claim] {
        output.filter { span.contains($0.evidence) }
    }
}
