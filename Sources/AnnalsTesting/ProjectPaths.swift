import Foundation

/// Where the project and its neighbours are, for tests: the package root, the shared
/// corpus beside it (`../shared/corpus`), and the built `annals` binary.
public enum ProjectPaths {
    /// The folder holding Package.swift.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// `../shared/corpus`, when present.
    public static var sharedCorpus: String? { shared("corpus") }

    /// `../shared/corpus-unseen`, when present.
    public static var unseenCorpus: String? { shared("corpus-unseen") }

    /// The plain-text documents of a corpus folder (its README left out), sorted.
    public static func corpusFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
    }

    /// The sample corpus the project ships (`Samples/corpus`).
    public static var samples: String { packageRoot + "/Samples/corpus" }

    /// The built `annals` executable: $ANNALS_BINARY, else beside the test bundle,
    /// else `.build/debug/annals`.
    public static var annalsBinary: String {
        if let path = ProcessInfo.processInfo.environment["ANNALS_BINARY"] { return path }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("annals").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot + "/.build/debug/annals"
    }

    private static func shared(_ name: String) -> String? {
        let path = URL(fileURLWithPath: packageRoot).deletingLastPathComponent()
            .appendingPathComponent("shared").appendingPathComponent(name).path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }
}
