import Foundation

/// Prints values as JSON on standard output: snake_case keys, sorted, ISO dates;
/// pretty for one value, one line each for a stream of them.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        Terminal.write(try encoded(value, pretty: true) + "\n")
    }

    /// One value on one line (JSON Lines), for batch output.
    static func printLine<T: Encodable>(_ value: T) throws {
        Terminal.write(try encoded(value, pretty: false) + "\n")
    }

    private static func encoded<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
