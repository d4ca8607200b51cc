
/// Turns decoded source text into a ``PreparedDocument``: makes the stored text for
/// the format, computes its id, finds its title and its structure. Pure; no I/O.
///
/// ```swift
/// let document = DocumentPreparer.prepare(text: "Title\n\nA sentence. Another.",
///                                         sourceName: "a.txt", format: .plainText)
/// document.structure.sentences.count // 3
/// ```
public enum DocumentPreparer {
    /// Prepares a document from the decoded text of a source.
    public static func prepare(text raw: String, sourceName: String, format: DocumentFormat,
                               sourceByteCount: Int? = nil) -> PreparedDocument {
        let normalized = TextNormalizer.storedText(from: raw)
        let stored: String
        let structure: DocumentStructure
        var title: String?
        var documentDate: HistoricalDate?
        switch format {
        case .plainText, .markdown:
            stored = normalized
            let scalars = ScalarText(stored)
            structure = StructureAnalyzer(text: scalars, format: format).analyze()
            title = structure.sections.first.map { scalars.string(in: $0.heading) }
            if format == .plainText || title == nil { title = firstLine(of: scalars) }
        case .html:
            let extracted = HTMLTextExtractor.extract(normalized)
            stored = extracted.text
            let scalars = ScalarText(stored)
            structure = StructureAnalyzer(text: scalars, format: .html, headingHints: extracted.headings).analyze()
            title = extracted.title ?? structure.sections.first.map { scalars.string(in: $0.heading) }
                ?? firstLine(of: scalars)
            documentDate = HTMLMetadata.publishedDate(in: normalized).flatMap(HistoricalDate.init(calendarDate:))
        }
        return PreparedDocument(
            id: DocumentID(text: stored), sourceName: sourceName, format: format,
            title: shorten(title ?? sourceName), text: stored, structure: structure,
            sourceByteCount: sourceByteCount ?? raw.utf8.count, documentDate: documentDate)
    }

    /// The first non-blank line, trimmed.
    static func firstLine(of text: ScalarText) -> String? {
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, !text[end].isLineBreak { end += 1 }
            let line = text.trimmed(TextRange(start: start, end: end))
            if !line.isEmpty { return text.string(in: line) }
            start = end + 1
        }
        return nil
    }

    /// Titles longer than a line are cut at a word with an ellipsis.
    static func shorten(_ title: String, limit: Int = 120) -> String {
        let collapsed = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard collapsed.count > limit else { return collapsed }
        let cut = collapsed.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
