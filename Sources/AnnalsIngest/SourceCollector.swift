import Foundation
import AnnalsCore

/// Expands the paths a person named into the sources to ingest: files as they are,
/// directories searched recursively for `.txt`, `.md` and `.html` files (hidden
/// ones skipped), `-` as standard input.
public struct SourceCollector: Sendable {
    /// The name standard input is stored under.
    public var standardInputName: String

    public init(standardInputName: String = "stdin") {
        self.standardInputName = standardInputName
    }

    /// The sources in order (directory contents sorted by path) and the paths that
    /// could not be used.
    public func collect(_ paths: [String]) -> (sources: [IngestSource], failures: [IngestError]) {
        var sources: [IngestSource] = []
        var failures: [IngestError] = []
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                sources.append(.standardInput(name: standardInputName))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(IngestError(source: path, .missing))
                continue
            }
            guard isDirectory.boolValue else {
                sources.append(.file(path: path))
                continue
            }
            let found = ingestibleFiles(in: path)
            if found.isEmpty {
                failures.append(IngestError(source: path, .nothingIngestible))
            }
            sources.append(contentsOf: found.map { .file(path: $0) })
        }
        return (sources, failures)
    }

    private func ingestibleFiles(in directory: String) -> [String] {
        let base = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var found: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for case let url as URL in walker {
            guard DocumentFormat(fileExtension: url.pathExtension) != nil,
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            found.append(prefix + relative)
        }
        return found.sorted()
    }
}
