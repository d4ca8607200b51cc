/// A source turned into a document, ready to store: its stored text, id, title and structure.
public struct PreparedDocument: Sendable {
    /// SHA-256 of `text`.
    public let id: DocumentID
    /// The file's base name, or the name given for standard input.
    public let sourceName: String
    /// How the source was read.
    public let format: DocumentFormat
    /// First heading, first line, or HTML `<title>`.
    public let title: String
    /// The text every offset points into.
    public let text: String
    /// Sections, paragraphs and sentences of `text`.
    public let structure: DocumentStructure
    /// Size of the source as read, in bytes.
    public let sourceByteCount: Int
    /// When the document was written: given at ingest (`--date`) or stated in HTML metadata.
    public var documentDate: HistoricalDate?

    public init(id: DocumentID, sourceName: String, format: DocumentFormat, title: String,
                text: String, structure: DocumentStructure, sourceByteCount: Int, documentDate: HistoricalDate? = nil) {
        self.id = id
        self.sourceName = sourceName
        self.format = format
        self.title = title
        self.text = text
        self.structure = structure
        self.sourceByteCount = sourceByteCount
        self.documentDate = documentDate
    }
}
