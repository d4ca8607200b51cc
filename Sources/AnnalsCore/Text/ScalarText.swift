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
        var byteCount = 0
        for index in range.start..<range.end { byteCount += UTF8.width(scalars[index]) }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for index in range.start..<range.end {
                let value = scalars[index].value
                switch value {
                case 0..<0x80:
                    buffer[written] = UInt8(value)
                    written += 1
                case 0x80..<0x800:
                    buffer[written] = UInt8(0xC0 | (value >> 6))
                    buffer[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                case 0x800..<0x10000:
                    buffer[written] = UInt8(0xE0 | (value >> 12))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                default:
                    buffer[written] = UInt8(0xF0 | (value >> 18))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 3] = UInt8(0x80 | (value & 0x3F))
                    written += 4
                }
            }
            return written
        }
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
