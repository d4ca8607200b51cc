import Foundation

/// The bounds every number and text a person hands Annals must fall within, on the
/// command line and over HTTP alike, so that no value can overflow arithmetic, ask for
/// unbounded work or be silently clamped. A value outside its bounds is refused with a
/// one-line message naming the flag or parameter (exit 64, or HTTP 400).
public enum InputBounds {
    /// Items on one page of an API list.
    public static let pageLimit = 1...500
    /// Where an API page starts.
    public static let pageOffset = 0...100_000
    /// Items a command prints (`--limit`).
    public static let commandLimit = 1...100_000
    /// Years on a timeline (`from`, `to`): ISO 8601's four digits either side of year 0.
    public static let year = -9_999...9_999
    /// Largest source accepted by `ingest --max-size`, in megabytes.
    public static let maximumMegabytes = 0.001...1_000.0
    /// Seconds one document may take to read (`ingest --time-limit`).
    public static let timeLimitSeconds = 1.0...86_400.0
    /// Characters in a question.
    public static let questionLength = 1...1_000
    /// Characters in a search.
    public static let searchLength = 1...1_000
    /// TCP ports for `serve --port`.
    public static let port = 0...65_535

    /// `raw` as a whole number within `range`, or why not, naming `name`.
    public static func integer(_ raw: String, in range: ClosedRange<Int>, name: String) throws(InputError) -> Int {
        guard let value = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
            throw InputError(message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(InputError.excerpt(raw))\"")
        }
        return value
    }

    /// `raw` as a finite number within `range`, or why not, naming `name`.
    public static func number(_ raw: String, in range: ClosedRange<Double>, name: String) throws(InputError) -> Double {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite, range.contains(value) else {
            throw InputError(message: "\(name) must be a number from \(format(range.lowerBound)) to \(format(range.upperBound)), not \"\(InputError.excerpt(raw))\"")
        }
        return value
    }

    /// A question or search: not blank, not longer than `range` allows.
    public static func text(_ raw: String, in range: ClosedRange<Int>, name: String) throws(InputError) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw InputError(message: "\(name) is empty; say what to look for") }
        guard trimmed.count <= range.upperBound else {
            throw InputError(message: "\(name) is \(trimmed.count) characters long; at most \(range.upperBound) are read")
        }
        return trimmed
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A value outside the bounds of ``InputBounds``: one line saying which and why.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }

    /// At most 40 characters of what was given, for a message.
    static func excerpt(_ raw: String) -> String {
        raw.count <= 40 ? raw : String(raw.prefix(40)) + "…"
    }
}
