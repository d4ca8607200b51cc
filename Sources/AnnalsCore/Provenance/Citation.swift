/// Where a claim, answer or search hit comes from: a span of one stored document,
/// with the quoted text, so that `text[start..<end] == quote` can always be checked.
public struct Citation: Sendable, Hashable, Codable {
    /// The ingested file's base name, or the name given for standard input.
    public var source: String
    /// The document's id (SHA-256 of its stored text).
    public var document: String
    /// First code point of the quoted span.
    public var start: Int
    /// One past the last code point of the quoted span.
    public var end: Int
    /// The exact text of the span.
    public var quote: String

    public init(source: String, document: String, start: Int, end: Int, quote: String) {
        self.source = source
        self.document = document
        self.start = start
        self.end = end
        self.quote = quote
    }

    /// Cites a span of a document's text.
    public init(source: String, document: DocumentID, range: TextRange, in text: ScalarText) {
        self.init(source: source, document: document.hex, start: range.start, end: range.end,
                  quote: text.string(in: range))
    }
}
