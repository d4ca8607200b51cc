import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to the terminal: standard output and error through `FileHandle` (Swift 6
/// forbids the C globals), and whether each is a terminal, for colour and progress.
enum Terminal {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeLine(_ text: String = "") {
        write(text + "\n")
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Rewrites the current line of standard error (for progress).
    static func writeStatus(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to style output: standard output is a terminal and NO_COLOR is unset.
    static var usesStyle: Bool {
        isOutputTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func bold(_ text: String) -> String { usesStyle ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { usesStyle ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

/// Number formatting for people: thousands separated by commas.
enum Numbers {
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "1 sentence", "12 sentences", "1,024 sentences".
    static func counted(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
