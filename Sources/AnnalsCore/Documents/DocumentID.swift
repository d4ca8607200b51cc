import Foundation
import Crypto

/// A document's identity: the SHA-256 of its stored text (UTF-8), as 64 hex digits.
///
/// Identical text always has the same id, so ingesting it twice is a no-op.
public struct DocumentID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The lower-case hexadecimal digest.
    public let hex: String

    /// Wraps a digest already computed (as read back from storage).
    public init(hex: String) {
        self.hex = hex
    }

    /// Computes the id of a stored text.
    public init(text: String) {
        let digest = SHA256.hash(data: Data(text.utf8))
        hex = digest.map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }

    /// The first twelve hex digits: enough to tell documents apart on screen.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }

    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.hex < rhs.hex }
}
