import Foundation

/// Prints values as JSON on standard output: snake_case keys, sorted, pretty, ISO dates.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(value)
        Terminal.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
