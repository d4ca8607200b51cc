/// The outline of a document: its sections, paragraphs and sentences, each a span of
/// the stored text.
public struct DocumentStructure: Sendable, Hashable, Codable {
    /// Sections in document order; a section's `parent` points to an earlier one.
    public var sections: [Section]
    /// Body paragraphs in document order (headings are not paragraphs).
    public var paragraphs: [Paragraph]
    /// Sentences in document order, headings included (marked `isHeading`).
    public var sentences: [Sentence]

    public init(sections: [Section] = [], paragraphs: [Paragraph] = [], sentences: [Sentence] = []) {
        self.sections = sections
        self.paragraphs = paragraphs
        self.sentences = sentences
    }

    /// The index of the sentence holding a scalar offset (a binary search: sentences are in order).
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if sentences[mid].range.end <= offset { low = mid + 1 } else if sentences[mid].range.start > offset { high = mid - 1 } else { return mid }
        }
        return nil
    }
}

/// A heading and the text it governs, up to the next heading of the same or a higher level.
public struct Section: Sendable, Hashable, Codable {
    /// 1 for the outermost headings; deeper headings have larger levels.
    public var level: Int
    /// The heading's own words, without markup such as Markdown `#`.
    public var heading: TextRange
    /// From the heading's first code point to the end of the section's last paragraph.
    public var range: TextRange
    /// The index of the enclosing section, if any.
    public var parent: Int?

    public init(level: Int, heading: TextRange, range: TextRange, parent: Int?) {
        self.level = level
        self.heading = heading
        self.range = range
        self.parent = parent
    }
}

/// A block of body text: lines between blank lines, an HTML `<p>`, a list.
public struct Paragraph: Sendable, Hashable, Codable {
    public var range: TextRange
    /// The innermost section the paragraph belongs to, if any.
    public var section: Int?

    public init(range: TextRange, section: Int?) {
        self.range = range
        self.section = section
    }
}

/// One sentence (or one heading line, or one line of a list or table).
public struct Sentence: Sendable, Hashable, Codable {
    public var range: TextRange
    /// The paragraph holding the sentence; `nil` for a heading.
    public var paragraph: Int?
    /// The innermost section the sentence belongs to, if any.
    public var section: Int?
    /// Whether this sentence is a section heading.
    public var isHeading: Bool

    public init(range: TextRange, paragraph: Int?, section: Int?, isHeading: Bool = false) {
        self.range = range
        self.paragraph = paragraph
        self.section = section
        self.isHeading = isHeading
    }
}
