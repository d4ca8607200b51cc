import Foundation
import AnnalsIngest
import AnnalsRecord
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

    /// Writes a line of standard output. Text from documents passes through it, so control
    /// characters in it are shown as escapes (line breaks, tabs and this program's own
    /// bold and dim styles aside).
    static func writeLine(_ text: String = "") {
        write(neutralised(text) + "\n")
    }

    /// Writes one line of standard error, every control character shown as an escape.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((printable(text) + "\n").utf8))
    }

    /// Rewrites the current line of standard error (for progress).
    static func writeStatus(_ text: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + printable(text)).utf8))
    }

    /// The styles ``bold(_:)`` and ``dim(_:)`` write, the only escape sequences let through.
    private static let styles: [[Unicode.Scalar]] = ["\u{1B}[1m", "\u{1B}[2m", "\u{1B}[0m"].map { Array($0.unicodeScalars) }

    /// `text` with every unsafe character escaped but line breaks, tabs and this program's styles.
    static func neutralised(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var out = ""
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", let style = styles.first(where: { scalars[i...].starts(with: $0) }) {
                out.unicodeScalars.append(contentsOf: style)
                i += style.count
                continue
            }
            out += scalars[i] == "\n" || scalars[i] == "\t" ? String(scalars[i]) : printable(String(scalars[i]))
            i += 1
        }
        return out
    }

    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var isErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to style output: standard output is a terminal and NO_COLOR is unset.
    static var usesStyle: Bool {
        isOutputTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Text from outside (file names, source names, document text) made safe to print:
    /// control characters such as ESC and line breaks, and the marks that reverse the
    /// direction of text, are shown as escapes instead of acting on the terminal.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += scalar.value < 0x100 ? String(format: "\\x%02X", scalar.value) : String(format: "\\u{%04X}", scalar.value)
            }
        }
        return out
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F
    }

    static func bold(_ text: String) -> String { usesStyle ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { usesStyle ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}

/// Number formatting for people: thousands separated by commas.
enum Numbers {
    static func grouped(_ value: Int) -> String { Wording.grouped(value) }

    /// "1 sentence", "12 sentences", "1,024 sentences".
    static func counted(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        Wording.counted(value, noun, plural: plural)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

/// The progress line `annals ingest` keeps on standard error while it works: documents
/// done, megabytes read and their rate, and how far through a long document it is.
/// Rewritten at most ten times a second; nothing when standard error is no terminal.
final class IngestProgressLine {
    let enabled: Bool
    private var lastUpdate = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: IngestProgress) {
        guard enabled, Date().timeIntervalSince(lastUpdate) > 0.1 else { return }
        lastUpdate = Date()
        var line = String(format: "ingesting %d/%d · %@ · %.1f MB/s", progress.done + (progress.current == nil ? 0 : 1), progress.total,
                          ByteCount.format(progress.bytes), progress.megabytesPerSecond)
        if let current = progress.current, let fraction = progress.currentFraction {
            line += " · \(Terminal.printable(current)) \(Int(fraction * 100))%"
        }
        Terminal.writeStatus(line)
    }

    func phase(_ text: String) {
        if enabled { Terminal.writeStatus(text) }
    }

    func clear() {
        if enabled { Terminal.writeStatus("") }
    }
}
