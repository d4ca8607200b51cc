public import AnnalsCore
/// A full-text search over sentences.
public struct SearchQuery: Sendable, Hashable {
    /// What the person typed: words (all must appear), `"quoted phrases"`, `prefix*`,
    /// and `OR` / `NOT` between terms.
    public var text: String
    /// Most hits to return.
    public var limit: Int
    /// Only hits from this source, if given.
    public var source: String?
    /// Also search earlier revisions, not only each source's latest.
    public var includesEarlierRevisions: Bool
    /// Whether each hit's snippet marks the words matched. A reader that needs only the
    /// sentences (the asker) leaves it off: marking a word written in many forms ("trots*")
    /// means reading every form's list again, for each hit; unmarked, the snippet is the sentence.
    public var highlights: Bool

    public init(text: String, limit: Int = 10, source: String? = nil, includesEarlierRevisions: Bool = false, highlights: Bool = true) {
        self.text = text
        self.limit = limit
        self.source = source
        self.includesEarlierRevisions = includesEarlierRevisions
        self.highlights = highlights
    }
}

/// One ranked sentence that matches a search.
public struct SearchHit: Sendable, Hashable {
    /// The revision the sentence belongs to.
    public var revision: Revision
    /// The sentence's span in the document.
    public var range: TextRange
    /// The sentence, exactly as stored.
    public var quote: String
    /// The matching part of the sentence, matches wrapped in ``SearchHit/highlightStart``
    /// and ``SearchHit/highlightEnd``.
    public var snippet: String
    /// The heading of the section holding the sentence, if any.
    public var sectionHeading: String?
    /// BM25 relevance; larger is better.
    public var score: Double

    /// Marks where a highlighted match begins in ``snippet``.
    public static let highlightStart = "\u{2}"
    /// Marks where a highlighted match ends in ``snippet``.
    public static let highlightEnd = "\u{3}"

    public init(revision: Revision, range: TextRange, quote: String, snippet: String,
                sectionHeading: String?, score: Double) {
        self.revision = revision
        self.range = range
        self.quote = quote
        self.snippet = snippet
        self.sectionHeading = sectionHeading
        self.score = score
    }

    /// The citation for this hit, per the project's contract.
    public var citation: Citation {
        Citation(source: revision.source, document: revision.document.hex,
                 start: range.start, end: range.end, quote: quote)
    }
}
