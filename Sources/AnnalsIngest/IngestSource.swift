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
}
