import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsIngest
import AnnalsTesting

/// What a folder, a link, an encoding or a name can do to a batch: each gets a clear
/// line, and nothing stops the rest.
struct IngestHardeningTests {
    @Test func aFolderSkipsItsOwnReadmeAndLicenseButNamedTheyGoIn() throws {
        let folder = TemporaryDirectory()
        try folder.write("corpus/README.md", "# About this corpus")
        try folder.write("corpus/LICENSE.txt", "Do as you like.")
        try folder.write("corpus/CHANGELOG.md", "Nothing yet.")
        try folder.write("corpus/life.txt", "Mara was born in 1861.")
        let collected = SourceCollector().collect([folder.file("corpus")])
        #expect(collected.sources.map(\.sourceName) == ["life.txt"])
        #expect(collected.skipped.map { ($0 as NSString).lastPathComponent } == ["CHANGELOG.md", "LICENSE.txt", "README.md"])
        let named = SourceCollector().collect([folder.file("corpus/README.md")])
        #expect(named.sources.map(\.sourceName) == ["README.md"] && named.skipped.isEmpty)
    }

    @Test(arguments: ["README.md", "readme.txt", "License", "LICENCE.md", "CHANGELOG.md", "CONTRIBUTING.md", "code-of-conduct.md"])
    func projectFiles(name: String) {
        #expect(SourceCollector.isProjectFile(name))
    }

    @Test(arguments: ["readers-digest.txt", "licensed-victuallers.txt", "history-of-rome.md", "life.txt"])
    func notProjectFiles(name: String) {
        #expect(!SourceCollector.isProjectFile(name))
    }

    @Test func linksAreFollowedToFilesAndLoopsAreRefused() throws {
        let folder = TemporaryDirectory()
        let target = try folder.write("texts/life.txt", "Mara was born in 1861.")
        try FileManager.default.createDirectory(atPath: folder.file("linked"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("linked/alias.txt"), withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: folder.file("linked/back"), withDestinationPath: folder.file("linked"))
        try FileManager.default.createSymbolicLink(atPath: folder.file("linked/gone.txt"), withDestinationPath: folder.file("nowhere.txt"))
        let collected = SourceCollector().collect([folder.file("linked"), folder.file("linked/alias.txt")])
        #expect(collected.sources.map(\.sourceName) == ["alias.txt", "alias.txt"])
        #expect(collected.failures.map(\.description) == [
            "\(folder.file("linked/back")): symbolic links that loop back on themselves (or to a folder already read); skipped",
            "\(folder.file("linked/gone.txt")): a symbolic link to a file that does not exist",
        ])
        let store = InMemoryDocumentStore()
        let result = Ingestor(store: store).ingest(.file(path: folder.file("linked/alias.txt")))
        #expect((try? result.outcome.get()) != nil, "a link to a file is read as the file")
    }

    /// Root reads every folder, so there is nothing to see as root.
    @Test(.enabled(if: geteuid() != 0)) func anUnreadableFolderIsSaidToBeUnreadable() throws {
        let folder = TemporaryDirectory()
        try folder.write("locked/life.txt", "Mara was born in 1861.")
        chmod(folder.file("locked"), 0)
        defer { chmod(folder.file("locked"), 0o755) }
        let collected = SourceCollector().collect([folder.file("locked")])
        #expect(collected.failures.map(\.description) == ["\(folder.file("locked")): cannot read this directory (permission denied)"])
    }

    @Test(arguments: [true, false])
    func utf16WithItsByteOrderMarkIsRead(bigEndian: Bool) throws {
        let text = "Léon Trotsky was born in 1879. Троцкий 🙂."
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try SourceDecoder.decode(Data(bytes)) == text)
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x41], "not valid UTF-16 although it begins with a UTF-16 byte-order mark: broken code unit at byte offset 2"),
        ([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], "not valid UTF-16 although it begins with a UTF-16 byte-order mark: broken code unit at byte offset 4"),
        ([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], "binary file: NUL byte at byte offset 4"),
        ([0xFF, 0xFE, 0x20, 0x00], "the file is empty (no text to ingest)"),
    ] as [([UInt8], String)])
    func brokenUTF16IsRefusedWithItsOffset(bytes: [UInt8], message: String) {
        let error = #expect(throws: SourceDecodingError.self) { try SourceDecoder.decode(Data(bytes)) }
        #expect(error?.description.hasPrefix(message) == true, "\(error?.description ?? "")")
    }

    @Test func markupWithoutTextIsRefusedLikeAnEmptyFile() throws {
        let folder = TemporaryDirectory()
        let html = try folder.write("blank.html", "<html><head><title></title><script>x()</script></head><body><p> </p></body></html>")
        let markdown = try folder.write("blank.md", "# \n\n---\n")
        let results = Ingestor(store: InMemoryDocumentStore()).ingest([.file(path: html), .file(path: markdown)])
        #expect(results.map { result -> String in
            if case .failure(let error) = result.outcome { return error.description }
            return "stored"
        } == [
            "\(html): no text once the HTML markup is set aside (nothing to ingest)",
            "\(markdown): no text once the Markdown markup is set aside (nothing to ingest)",
        ])
    }

    @Test(arguments: [
        ("", "a source name cannot be blank"), ("   ", "a source name cannot be blank"),
        ("a/b.txt", "a source name is a file name such as letters.txt, not a path (no / or \\)"),
        ("..", "a source name cannot start with a dot (\".\", \"..\" and hidden names are refused)"),
        ("../../etc/passwd", "a source name is a file name such as letters.txt, not a path (no / or \\)"),
        ("evil\u{1B}[31m.txt", "a source name cannot hold control characters"),
        ("line\nbreak.txt", "a source name cannot hold control characters"),
        (String(repeating: "é", count: 200), "a source name can be at most 255 bytes long"),
    ])
    func badSourceNames(name: String, problem: String) {
        #expect(IngestSource.problem(withName: name) == problem)
    }

    @Test(arguments: ["letters.txt", "Trotsky (1879–1940).md", "стенограмма.html", "a b.txt"])
    func goodSourceNames(name: String) {
        #expect(IngestSource.problem(withName: name) == nil)
    }

    @Test(arguments: [
        (51_234_567, 50_000_000, "51.2 MB, over the 50 MB"),
        (50_000_001, 50_000_000, "50,000,001 bytes, over the 50,000,000-byte (50 MB)"),
        (1_001, 1_000, "1,001 bytes, over the 1,000-byte (1 KB)"),
        (1_500, 1_000, "1.5 KB, over the 1 KB"),
    ])
    func sizesOverTheLimitNeverLookEqualToIt(bytes: Int, limit: Int, phrase: String) {
        #expect(ByteCount.exceeding(bytes, limit: limit) == phrase)
    }
}
