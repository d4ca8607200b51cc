import ArgumentParser
import AnnalsRecord

/// Flags checked against ``InputBounds`` before a command runs: a value outside its
/// bounds is a usage error (exit 64) naming the flag.
enum FlagBounds {
    static func check(_ value: Int?, _ range: ClosedRange<Int>, flag: String) throws {
        guard let value, !range.contains(value) else { return }
        throw ValidationError("\(flag) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(value)")
    }

    /// A question or search given as words: not blank, not longer than the bounds.
    static func text(_ words: [String], _ range: ClosedRange<Int>, name: String) throws -> String {
        do {
            return try InputBounds.text(words.joined(separator: " "), in: range, name: name)
        } catch {
            throw ValidationError(error.message)
        }
    }
}
