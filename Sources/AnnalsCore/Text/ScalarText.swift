/// A document's text held as an array of Unicode scalars, so that code-point
/// offsets index it in constant time.
///
/// ```swift
/// let text = ScalarText("Ramón Mercader")
/// text.string(in: TextRange(start: 0, end: 5)) // "Ramón"
/// ```
public struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    public let scalars: [Unicode.Scalar]

    /// Splits a string into its scalars.
    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    /// Wraps scalars that are already split.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of code points.
    public var count: Int { scalars.count }

    /// The scalar at a code-point offset.
    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of a span, exactly as stored.
    public func string(in range: TextRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    /// The whole text as a string.
    public var string: String { string(in: TextRange(start: 0, end: count)) }

    /// The span with white space removed from both ends.
    public func trimmed(_ range: TextRange) -> TextRange {
        var start = range.start
        var end = range.end
        while start < end, scalars[start].isAnnalsWhitespace { start += 1 }
        while end > start, scalars[end - 1].isAnnalsWhitespace { end -= 1 }
        return TextRange(start: start, end: end)
    }
}
