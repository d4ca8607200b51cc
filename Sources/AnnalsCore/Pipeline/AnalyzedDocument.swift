/// A document and everything the pipeline has read from it so far. The text and its
/// structure (sections, paragraphs, sentences) come first; each stage fills one field.
/// A field is `nil` until its stage has run (or when the stage was not asked for).
/// For a part of a long document, offsets count from the part's start until
/// ``AnalysisPipeline`` moves them to the whole document's.
public struct AnalyzedDocument: Sendable {
    public let text: ScalarText
    public let structure: DocumentStructure
    public let title: String
    /// When the document was written, when given (`annals ingest --date`) or stated in its
    /// HTML metadata; the date stage also finds a dateline the text states.
    public var documentDate: HistoricalDate?
    /// Where it lies in the whole document: all of it, or one part.
    public var span: TextRange
    /// The grammar of each sentence of `structure`, in order (``GrammarStage``).
    public var grammar: [AnalyzedSentence]?
    /// Every date expression, resolved (``DateStage``).
    public var dates: [DateMention]?
    /// Names, what their context says they are, stated identities (``NameStage``).
    public var names: DocumentNames?
    /// Events, relations, positions, memberships, works and quotations (``ClaimStage``).
    public var claims: [Claim]?
    /// The grammar's tokens as the rule-based readers see them, made once a part for the
    /// stages after the grammar (see ``AnalysisPipeline``).
    var readerTokens: SentenceTokens?

    public init(text: ScalarText, structure: DocumentStructure, title: String, span: TextRange? = nil, documentDate: HistoricalDate? = nil) {
        self.span = span ?? TextRange(start: 0, end: text.count)
        self.text = text
        self.structure = structure
        self.title = title
        self.documentDate = documentDate
    }
}
