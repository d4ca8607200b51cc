/// One step of reading a document, in the spirit of a spaCy pipeline component: it
/// declares which stages' output it reads (`requires`) and which field of the
/// ``AnalyzedDocument`` it fills (`output`). Every stage runs once per document, at
/// ingest; its output is stored with the document together with its `fingerprint`
/// (the stage's version and a hash of the model or word lists it uses). When the
/// fingerprint a store holds differs from the running code's, the stage — and every
/// stage that reads its output — is run again, so no read command re-analyses text.
///
/// To add a stage: write a type conforming to this protocol, give it a new
/// ``StageName``, and list it in ``AnalysisPipeline/init(grammar:)`` after the stages it requires.
public protocol AnalysisStage: Sendable {
    associatedtype Output: Sendable
    static var name: StageName { get }
    /// The stages whose output ``run(_:)`` reads (besides the text and its structure).
    static var requires: [StageName] { get }
    /// Where the output goes.
    static var output: WritableKeyPath<AnalyzedDocument, Output?> { get }
    /// `"<name> v<version>"`, and for a stage reading a model, the model's hash.
    var fingerprint: String { get }
    /// Reads one part of a document (see ``DocumentParts``), at the part's own offsets.
    func run(_ document: AnalyzedDocument) -> Output
    /// The output moved `offset` code points on, from a part's offsets to the document's.
    static func shift(_ output: Output, by offset: Int) -> Output
    /// What lies in one part of a whole document's output (the part spanning `span`, with
    /// the structure's sentences `sentences`), still at the document's offsets: what the
    /// stage gave reading that part. A store hands a later stage stored output this way.
    static func part(of output: Output, in span: TextRange, sentences: Range<Int>) -> Output
}

/// The stages, by the name a store files their output and fingerprint under.
public enum StageName: String, Sendable, CaseIterable, Comparable {
    case grammar, dates, names, claims

    public static func < (a: StageName, b: StageName) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A stage with its types erased, so that a pipeline can hold stages of every output.
public struct AnyAnalysisStage: Sendable {
    public let name: StageName
    public let requires: [StageName]
    public let fingerprint: String
    private let body: @Sendable (inout AnalyzedDocument) -> Void
    private let mover: @Sendable (inout AnalyzedDocument, Int) -> Void
    private let taker: @Sendable (inout AnalyzedDocument, AnalyzedDocument, Range<Int>) -> Void
    private let clearer: @Sendable (inout AnalyzedDocument) -> Void

    public init<Stage: AnalysisStage>(_ stage: Stage) {
        name = Stage.name
        requires = Stage.requires
        fingerprint = stage.fingerprint
        body = { document in document[keyPath: Stage.output] = stage.run(document) }
        mover = { document, offset in
            if let output = document[keyPath: Stage.output] { document[keyPath: Stage.output] = Stage.shift(output, by: offset) }
        }
        taker = { part, whole, sentences in
            guard let output = whole[keyPath: Stage.output] else { return }
            part[keyPath: Stage.output] = Stage.shift(Stage.part(of: output, in: part.span, sentences: sentences), by: -part.span.start)
        }
        clearer = { document in document[keyPath: Stage.output] = nil }
    }

    /// Runs the stage on a part, filling its field.
    func run(_ document: inout AnalyzedDocument) { body(&document) }

    /// Moves the stage's output from the part's offsets to the whole document's.
    func shift(_ document: inout AnalyzedDocument, by offset: Int) { mover(&document, offset) }

    /// Gives a part (its `span` set) the stage's output for it, taken from the whole
    /// document's output in `whole`, if that holds any.
    func take(_ part: inout AnalyzedDocument, from whole: AnalyzedDocument, sentences: Range<Int>) { taker(&part, whole, sentences) }

    /// Empties the stage's field.
    func clear(_ document: inout AnalyzedDocument) { clearer(&document) }
}
