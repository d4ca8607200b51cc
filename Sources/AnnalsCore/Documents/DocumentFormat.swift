/// The markup a source was written in, which decides how its stored text is made
/// and how its headings are found.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text: stored as given (CRLF folded, BOM dropped); headings found by shape.
    case plainText = "text"
    /// Markdown: stored as given; `#` and underlined headings, lists and quotes understood.
    case markdown
    /// HTML: tags stripped, block structure kept, entities decoded, scripts and styles dropped.
    case html

    /// The format a file name's extension implies, if it names one Annals reads.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// Guesses the format of text that came without a file name (standard input).
    public static func sniff(_ text: String) -> DocumentFormat {
        let head = text.prefix(512).drop(while: { $0.isWhitespace }).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml")
            || head.hasPrefix("<head") || head.hasPrefix("<body") || head.hasPrefix("<p>") {
            return .html
        }
        if head.hasPrefix("# ") || head.hasPrefix("---\n") { return .markdown }
        return .plainText
    }

    /// A name for people: "plain text", "Markdown", "HTML".
    public var displayName: String {
        switch self {
        case .plainText: "plain text"
        case .markdown: "Markdown"
        case .html: "HTML"
        }
    }
}
