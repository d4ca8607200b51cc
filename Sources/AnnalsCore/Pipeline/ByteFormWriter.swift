/// Writes the pieces of a stored byte form in order: unsigned and signed varints, strings with
/// their lengths, spans, doubles and flag sets (``ClaimCoding``, ``DateMentionCoding``). What
/// it writes, ``ByteFormReader`` reads back in the same order.
struct ByteFormWriter {
    private(set) var bytes: [UInt8]

    init(format: UInt8) {
        bytes = [format]
    }

    mutating func number(_ value: Int) { ByteFormReader.varint(value, into: &bytes) }

    /// A value that may be negative (a year before the common era, a day number), zigzag-coded so
    /// small magnitudes stay short.
    mutating func signed(_ value: Int) { number(Int(bitPattern: UInt(bitPattern: value << 1) ^ UInt(bitPattern: value >> 63))) }

    mutating func string(_ value: String) { ByteFormReader.string(value, into: &bytes) }

    /// A span as its start and length.
    mutating func range(_ value: TextRange) {
        number(value.start)
        number(value.length)
    }

    mutating func double(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    /// The flags whose conditions hold, as one number: the first condition bit 0, the next bit 1…
    mutating func flags(_ conditions: Bool...) {
        var value = 0
        for (bit, holds) in conditions.enumerated() where holds { value |= 1 << bit }
        number(value)
    }
}

extension ByteFormReader {
    /// A reader of `bytes` past their format byte; an error when they are of another format.
    init(bytes: [UInt8], format: UInt8, what: String) throws(SentenceCoding.DecodingError) {
        guard bytes.first == format else { throw .init(description: "a \(what) of another format (\(bytes.first.map(String.init) ?? "no bytes"))") }
        self.init(bytes: bytes, what: what)
        position = 1
    }

    mutating func signed() throws(SentenceCoding.DecodingError) -> Int {
        let coded = try count()
        return (coded >> 1) ^ -(coded & 1)
    }

    mutating func range() throws(SentenceCoding.DecodingError) -> TextRange {
        let start = try count()
        return TextRange(start: start, end: start + (try count()))
    }

    mutating func double() throws(SentenceCoding.DecodingError) -> Double {
        var bits: UInt64 = 0
        for (shift, byte) in try take(8).enumerated() { bits |= UInt64(byte) << (8 * shift) }
        return Double(bitPattern: bits)
    }

    /// Flags written by ``ByteFormWriter/flags(_:)``, read as a set to test bit by bit.
    mutating func flags() throws(SentenceCoding.DecodingError) -> ByteFormFlags { ByteFormFlags(value: try count()) }

    /// A raw value of `T`, written as its string; an error naming `what` when no case has it.
    mutating func raw<T: RawRepresentable>(_ type: T.Type, _ what: String) throws(SentenceCoding.DecodingError) -> T where T.RawValue == String {
        let name = try string()
        guard let value = T(rawValue: name) else { throw .init(description: "no \(what) is called \"\(name)\"") }
        return value
    }

    /// Throws unless every byte was read.
    func expectEnd() throws(SentenceCoding.DecodingError) {
        guard isAtEnd else { throw .init(description: "\(bytes.count - position) bytes after the \(what)") }
    }
}

/// The flags of a byte form, bit 0 first.
struct ByteFormFlags {
    let value: Int
    subscript(bit: Int) -> Bool { value & 1 << bit != 0 }
}
