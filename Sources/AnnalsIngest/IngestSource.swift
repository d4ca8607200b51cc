public import AnnalsCore
public import Foundation

/// Something to ingest: a file on disk, standard input, or bytes sent over HTTP.
public enum IngestSource: Sendable, Hashable {
    /// A file; `path` as the person gave it (or as found inside a directory).
    case file(path: String)
    /// Standard input, stored under `name`.
    case standardInput(name: String)
    /// Bytes uploaded to the reading room, stored under `name`.
    case upload(name: String, data: Data)

    /// The path or name shown in messages.
    public var displayName: String {
        switch self {
        case .file(let path): path
        case .standardInput(let name), .upload(let name, _): name
        }
    }

    /// The source name stored with the document: the file's base name, or the given name.
    public var sourceName: String {
        switch self {
        case .file(let path): String(path.split(separator: "/").last ?? Substring(path))
        case .standardInput(let name), .upload(let name, _): name
        }
    }

    /// The format the file name's extension implies, if any.
    public var impliedFormat: DocumentFormat? {
        guard let dot = sourceName.lastIndex(of: "."), dot != sourceName.startIndex else { return nil }
        return DocumentFormat(fileExtension: String(sourceName[sourceName.index(after: dot)...]))
    }

    /// Why `name` cannot name a source given by hand (`--name`, an upload's `name`), or
    /// nil when it can: a file name, not a path; not blank, hidden or "..", no control
    /// characters, at most 255 bytes.
    public static func problem(withName name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "a source name cannot be blank" }
        if name.utf8.count > 255 { return "a source name can be at most 255 bytes long" }
        if name.contains("/") || name.contains("\\") { return "a source name is a file name such as letters.txt, not a path (no / or \\)" }
        if name.hasPrefix(".") { return "a source name cannot start with a dot (\".\", \"..\" and hidden names are refused)" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return "a source name cannot hold control characters"
        }
        return nil
    }
}
