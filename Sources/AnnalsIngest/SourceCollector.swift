import Foundation
import AnnalsCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a person named into the sources to ingest: files as they are,
/// directories searched recursively for `.txt`, `.md` and `.html` files, `-` as standard
/// input. Symbolic links are followed to the file or directory they name (a loop is
/// refused). Inside a directory, hidden files and a project's own files (README,
/// LICENSE, CHANGELOG and the like) are left out and listed as skipped; named
/// explicitly, they are read like any other.
public struct SourceCollector: Sendable {
    /// The name standard input is stored under.
    public var standardInputName: String

    public init(standardInputName: String = "stdin") {
        self.standardInputName = standardInputName
    }

    /// What a list of paths comes to.
    public struct Collected: Sendable {
        /// The sources in order (a directory's contents sorted by path).
        public var sources: [IngestSource] = []
        /// Paths that could not be used, each with its one-line reason.
        public var failures: [IngestError] = []
        /// Files inside directories that were left out on purpose.
        public var skipped: [String] = []
    }

    /// File names (before the extension, any case) that describe a folder rather than
    /// being documents in it.
    static let projectFiles: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "changes", "history", "news", "authors", "contributors",
        "contributing", "notice", "code_of_conduct", "security", "todo", "install", "manifest",
    ]

    /// Whether a file found in a directory is one of a project's own files ("README.md").
    public static func isProjectFile(_ name: String) -> Bool {
        let stem = name.split(separator: ".").first.map { $0.lowercased() } ?? name.lowercased()
        return projectFiles.contains(stem.replacingOccurrences(of: "-", with: "_"))
    }

    public func collect(_ paths: [String]) -> Collected {
        var collected = Collected()
        for path in paths {
            if path == "-" {
                collected.sources.append(.standardInput(name: standardInputName))
                continue
            }
            switch FileKind.of(path) {
            case .missing(let danglingLink):
                collected.failures.append(IngestError(source: path, danglingLink ? .danglingLink : .missing))
            case .loop:
                collected.failures.append(IngestError(source: path, .linkLoop))
            case .regular, .other:
                collected.sources.append(.file(path: path))     // the reader says what is wrong with an odd file
            case .directory(let identity):
                var walk = DirectoryWalk(visited: [identity])
                walk.visit(path)
                if walk.found.isEmpty, walk.failures.isEmpty {
                    collected.failures.append(IngestError(source: path, .nothingIngestible(skipped: walk.skipped.count)))
                }
                collected.sources += walk.found.sorted().map { .file(path: $0) }
                collected.failures += walk.failures
                collected.skipped += walk.skipped.sorted()
            }
        }
        return collected
    }
}

/// What a path is, links followed.
enum FileKind: Equatable {
    case missing(danglingLink: Bool)
    case loop
    case regular(size: Int)
    case directory(FileIdentity)
    case other

    static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ELOOP { return .loop }
            var link = stat()
            return .missing(danglingLink: lstat(path, &link) == 0)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        default: return .other
        }
    }
}

/// A file system object, whatever path reaches it: a directory reached twice through
/// links is a loop.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// A recursive walk of one directory, following links, refusing loops, reporting
/// directories it cannot read.
private struct DirectoryWalk {
    var visited: Set<FileIdentity>
    var found: [String] = []
    var failures: [IngestError] = []
    var skipped: [String] = []

    mutating func visit(_ directory: String) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let denied = access(directory, R_OK | X_OK) != 0
            failures.append(IngestError(source: directory, .unreadableDirectory(detail: denied ? "permission denied" : "\(error.localizedDescription)")))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            switch FileKind.of(path) {
            case .directory(let identity):
                guard visited.insert(identity).inserted else {
                    failures.append(IngestError(source: path, .linkLoop))
                    continue
                }
                visit(path)
            case .regular:
                guard Self.isIngestible(name) else { continue }
                if SourceCollector.isProjectFile(name) { skipped.append(path) } else { found.append(path) }
            case .loop:
                failures.append(IngestError(source: path, .linkLoop))
            case .missing(let dangling):
                if dangling, Self.isIngestible(name) { failures.append(IngestError(source: path, .danglingLink)) }
            case .other:
                if Self.isIngestible(name) { failures.append(IngestError(source: path, .notAFile)) }
            }
        }
    }

    /// Whether a file name has an extension Annals reads (.txt, .md, .html and their kin).
    static func isIngestible(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return DocumentFormat(fileExtension: String(name[name.index(after: dot)...])) != nil
    }
}
