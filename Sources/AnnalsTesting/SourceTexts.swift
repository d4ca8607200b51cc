import Foundation

/// The texts of source files by base name, for checking citations to the letter:
/// `text[start..<end] == quote`, in Unicode code points.
public struct SourceTexts: Sendable {
    private let scalars: [String: [Unicode.Scalar]]

    /// Reads the files (CRLF folded, as Annals stores plain text).
    public init(files: [String]) throws {
        var scalars: [String: [Unicode.Scalar]] = [:]
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
            scalars[(file as NSString).lastPathComponent] = Array(text.unicodeScalars)
        }
        self.scalars = scalars
    }

    /// The text of a span of a source, if the source and the span exist.
    public func text(of source: String, start: Int, end: Int) -> String? {
        guard let all = scalars[source], 0 <= start, start <= end, end <= all.count else { return nil }
        return String(String.UnicodeScalarView(all[start..<end]))
    }

    /// Whether a citation object (as decoded from JSON) quotes its span exactly.
    public func isExact(_ citation: [String: Any]) -> Bool {
        guard let source = citation["source"] as? String, let start = citation["start"] as? Int,
              let end = citation["end"] as? Int, let quote = citation["quote"] as? String else { return false }
        return text(of: source, start: start, end: end) == quote
    }
}
