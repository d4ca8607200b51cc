/// Reads the unsigned LEB128 varints and strings of a stored byte form, in order, naming
/// `what` it reads in its errors (``SentenceCoding``, ``NameTallyCoding``).
struct ByteFormReader {
    let bytes: [UInt8]
    var position = 0
    /// What the bytes are ("sentence"), for errors.
    let what: String
    var isAtEnd: Bool { position == bytes.count }

    init(bytes: [UInt8], what: String) {
        self.bytes = bytes
        self.what = what
    }

    /// A varint that counts or indexes something: at most 2^40, so no sum of them overflows.
    mutating func count() throws(SentenceCoding.DecodingError) -> Int {
        var value = 0, shift = 0
        while true {
            guard position < bytes.count else { throw .init(description: "the \(what)'s bytes end inside a number") }
            let byte = bytes[position]
            position += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
            guard shift <= 35 else { throw .init(description: "a number too large for a \(what)") }
        }
    }

    mutating func take(_ length: Int) throws(SentenceCoding.DecodingError) -> ArraySlice<UInt8> {
        guard length <= bytes.count - position else { throw .init(description: "a string runs past the \(what)'s bytes") }
        defer { position += length }
        return bytes[position..<position + length]
    }

    /// A string written as its UTF-8 length and bytes.
    mutating func string() throws(SentenceCoding.DecodingError) -> String {
        let length = try count()
        return String(decoding: try take(length), as: UTF8.self)
    }

    /// Writes `value` as a varint.
    static func varint(_ value: Int, into bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Writes `value` as its UTF-8 length and bytes.
    static func string(_ value: String, into bytes: inout [UInt8]) {
        varint(value.utf8.count, into: &bytes)
        bytes.append(contentsOf: value.utf8)
    }
}
