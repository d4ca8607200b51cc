/// A quotation with some context on each side, as the W3C Web Annotation
/// TextQuoteSelector keeps it, so a claim can be found again in a later revision of
/// its document even when offsets have moved.
///
/// ```swift
/// let old = ScalarText("He was born in 1879. He died.")
/// let selector = TextQuoteSelector(range: TextRange(start: 21, end: 29), in: old)
/// selector.anchor(in: ScalarText("Intro. He was born in 1879. He died."))   // 28..<36
/// ```
public struct TextQuoteSelector: Hashable, Sendable, Codable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    /// Code points of context kept on each side.
    public static let contextLength = 32

    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    public init(range: TextRange, in text: ScalarText, context: Int = TextQuoteSelector.contextLength) {
        exact = text.string(in: range)
        prefix = text.string(in: TextRange(start: max(0, range.start - context), end: range.start))
        suffix = text.string(in: TextRange(start: range.end, end: min(text.count, range.end + context)))
    }

    /// Where the quotation is in `text`: among every occurrence of the exact words, the
    /// one whose surroundings best match the kept context (nearest `hint` on a tie);
    /// nil when the words are gone.
    public func anchor(in text: ScalarText, near hint: Int? = nil) -> TextRange? {
        let needle = Array(exact.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return nil }
        let before = Array(prefix.unicodeScalars), after = Array(suffix.unicodeScalars)
        var best: (score: Int, distance: Int, range: TextRange)?
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == needle[0], (0..<needle.count).allSatisfy({ text[start + $0] == needle[$0] }) {
                let range = TextRange(start: start, end: start + needle.count)
                var score = 0
                while score < before.count, range.start - score - 1 >= 0, text[range.start - score - 1] == before[before.count - score - 1] { score += 1 }
                var tail = 0
                while tail < after.count, range.end + tail < text.count, text[range.end + tail] == after[tail] { tail += 1 }
                score += tail
                let distance = hint.map { abs($0 - start) } ?? 0
                if best == nil || (score, -distance) > (best!.score, -best!.distance) { best = (score, distance, range) }
            }
            start += 1
        }
        return best?.range
    }
}
