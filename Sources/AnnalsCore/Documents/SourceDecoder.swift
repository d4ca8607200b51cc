public import Foundation

/// Why a source's bytes cannot become a document.
public struct SourceDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        case empty
        case binary(offset: Int)
        case invalidUTF8(offset: Int, byte: UInt8)
        case invalidUTF16(offset: Int)
    }

    let kind: Kind

    /// The byte offset of the problem, where there is one.
    public var byteOffset: Int? {
        switch kind {
        case .empty: nil
        case .binary(let offset), .invalidUTF8(let offset, _), .invalidUTF16(let offset): offset
        }
    }

    public var description: String {
        switch kind {
        case .empty:
            "the file is empty (no text to ingest)"
        case .binary(let offset):
            "binary file: NUL byte at byte offset \(offset); only UTF-8 text, Markdown or HTML can be ingested"
        case .invalidUTF16(let offset):
            "not valid UTF-16 although it begins with a UTF-16 byte-order mark: broken code unit at byte offset \(offset); convert the file to UTF-8 first (e.g. iconv -f utf-16 -t utf-8)"
        case .invalidUTF8(let offset, let byte):
            "not valid UTF-8: byte 0x\(String(format: "%02X", byte)) at byte offset \(offset); convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)"
        }
    }
}

/// Turns a source's raw bytes into text, refusing empty, binary and non-UTF-8 input.
///
/// ```swift
/// let text = try SourceDecoder.decode(Data("Hello".utf8)) // "Hello"
/// ```
public enum SourceDecoder {
    /// Decodes UTF-8, dropping a leading byte-order mark, or UTF-16 that begins with its
    /// byte-order mark; throws with the offending byte offset.
    public static func decode(_ data: Data) throws(SourceDecodingError) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16([UInt8](data), bigEndian: data.first == 0xFE)
        }
        // Read in place: a 50 MB file is not copied before it becomes a string.
        let bomLength = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let result: Result<String, SourceDecodingError> = data.withUnsafeBytes { raw in
            let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[bomLength...])
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                return .failure(SourceDecodingError(kind: .empty))
            }
            if let nul = bytes.firstIndex(of: 0) {
                return .failure(SourceDecodingError(kind: .binary(offset: nul + bomLength)))
            }
            if let bad = firstInvalidUTF8Offset(bytes) {
                return .failure(SourceDecodingError(kind: .invalidUTF8(offset: bad + bomLength, byte: bytes[bad])))
            }
            return .success(String(decoding: bytes, as: UTF8.self))
        }
        return try result.get()
    }

    /// UTF-16 after its byte-order mark: whole code units, surrogates in pairs, no NUL,
    /// not blank. Re-encoded as UTF-8, the only form Annals stores.
    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(SourceDecodingError) -> String {
        guard bytes.count % 2 == 0 else { throw SourceDecodingError(kind: .invalidUTF16(offset: bytes.count - 1)) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var k = 0
        while k < units.count {
            let unit = units[k]
            if unit == 0 { throw SourceDecodingError(kind: .binary(offset: 2 + 2 * k)) }
            if (0xD800...0xDBFF).contains(unit) {
                guard k + 1 < units.count, (0xDC00...0xDFFF).contains(units[k + 1]) else {
                    throw SourceDecodingError(kind: .invalidUTF16(offset: 2 + 2 * k))
                }
                k += 2
                continue
            }
            if (0xDC00...0xDFFF).contains(unit) { throw SourceDecodingError(kind: .invalidUTF16(offset: 2 + 2 * k)) }
            k += 1
        }
        let text = String(decoding: units, as: UTF16.self)
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) { throw SourceDecodingError(kind: .empty) }
        return text
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence
    /// (stray continuation bytes, truncated sequences, overlong forms, surrogates and
    /// values past U+10FFFF are all refused).
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            for k in 1..<length {
                guard i + k < n else { return i }
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }
}
