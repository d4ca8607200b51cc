/// A half-open span of a document's stored text, counted in Unicode code points.
///
/// Offsets are code points (Swift `unicodeScalars`, Python `str` indices), the unit
/// every citation in Annals uses, so `text[start..<end]` gives back the quoted text
/// to the letter in any language that indexes strings by code point.
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first code point of the span.
    public var start: Int
    /// One past the last code point of the span.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a text range cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// The number of code points in the span.
    public var length: Int { end - start }

    /// Whether the span holds no code points.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span.
    public func contains(_ other: TextRange) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Whether the offset lies inside this span.
    public func contains(_ offset: Int) -> Bool {
        start <= offset && offset < end
    }

    public var description: String { "[\(start)–\(end))" }
}
