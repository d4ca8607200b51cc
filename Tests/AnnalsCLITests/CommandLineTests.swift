import Testing
import Foundation
import GRDB
import AnnalsTesting

/// The `annals` binary, run as a person would: what it prints and how it exits.
struct CommandLineTests {
    let folder = TemporaryDirectory("cli")
    var db: String { folder.file("annals.sqlite") }
    let annals = AnnalsProcess()

    func run(_ arguments: String..., input: String? = nil) throws -> AnnalsProcess.Output {
        try annals.run(arguments, input: input.map { Data($0.utf8) })
    }

    func json(_ arguments: String...) throws -> [String: Any] {
        let output = try annals.run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test func ingestingTheSamplesThenAgainIsIdempotent() throws {
        let first = try run("ingest", "--db", db, ProjectPaths.samples)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("added ") }.count == 3)
        #expect(lines.last == "3 sources: 3 added · database \(db)")

        let second = try run("ingest", "--db", db, ProjectPaths.samples)
        #expect(second.status == 0)
        #expect(second.stdout.split(separator: "\n").filter { $0.hasPrefix("unchanged ") }.count == 3)
        let documents = try json("docs", "--db", db, "--json")["documents"] as? [[String: Any]] ?? []
        #expect(documents.count == 3)
    }

    @Test func aChangedFileBecomesASecondRevisionAndTheFirstStaysReadable() throws {
        let first = try folder.write("v1/life.txt", "Mara was born in Dorvik. She drew maps.")
        let second = try folder.write("v2/life.txt", "Mara was born in Riga. She drew maps.")
        #expect(try run("ingest", "--db", db, first).status == 0)
        let revised = try run("ingest", "--db", db, second)
        #expect(revised.stdout.hasPrefix("revised    life.txt  revision 2"))
        let old = try json("show", "--db", db, "--json", "life.txt@1")
        #expect(old["text"] as? String == "Mara was born in Dorvik. She drew maps.")
        #expect(old["latest"] as? Bool == false)
        let docs = try run("docs", "--db", db)
        #expect(docs.stdout.contains("↳ earlier"))
        let search = try json("search", "--db", db, "--json", "Dorvik", "--all-revisions")
        #expect((search["hits"] as? [[String: Any]])?.first?["revision"] as? Int == 1)
        #expect(try run("search", "--db", db, "Dorvik").status == 1)
    }

    @Test func badInputGetsOneLineEachAndTheRestGoesIn() throws {
        let good = try folder.write("good.txt", "A good file. It has sentences.")
        let empty = try folder.write("empty.txt", "")
        let binary = try folder.write("binary.txt", Data([0x41, 0x00]))
        let latin = try folder.write("latin.txt", Data([0x41, 0xE9]))
        let huge = try folder.write("huge.txt", String(repeating: "x", count: 2_000_001))
        let missing = folder.file("missing.txt")
        let output = try run("ingest", "--db", db, "--max-size", "2", missing, good, empty, binary, latin, huge)
        #expect(output.status == 1)
        #expect(output.errorLines == [
            "annals: \(missing): no such file or directory",
            "annals: \(empty): the file is empty (no text to ingest)",
            "annals: \(binary): binary file: NUL byte at byte offset 1; only UTF-8 text, Markdown or HTML can be ingested",
            "annals: \(latin): not valid UTF-8: byte 0xE9 at byte offset 1; convert the file to UTF-8 first (e.g. iconv -f latin1 -t utf-8)",
            "annals: \(huge): file is 2,000,001 bytes, over the 2,000,000-byte (2 MB) limit (raise it with --max-size)",
        ])
        #expect(output.stdout.contains("added      good.txt"))
        #expect(try run("show", "--db", db, "good.txt").status == 0)
    }

    @Test func serveRefusesUploadsWithoutAStrongTokenAndBadPorts() throws {
        #expect(try run("ingest", "--db", db, ProjectPaths.samples).status == 0)
        let noToken = try AnnalsProcess(environment: ["ANNALS_TOKEN": ""]).run(["serve", "--db", db, "--port", "0", "--allow-ingest"])
        #expect(noToken.status == 64 && noToken.stderr.contains("--allow-ingest needs a token"), "\(noToken.stderr)")
        let short = try run("serve", "--db", db, "--port", "0", "--allow-ingest", "--token", "short")
        #expect(short.status == 64)
        let port = try run("serve", "--db", db, "--port", "70000")
        #expect(port.status == 64 && port.stderr.contains("--port"))
        // A database that is not there is refused before listening.
        let missing = try run("serve", "--db", folder.file("none.sqlite"), "--port", "0")
        #expect(missing.status == 3, "\(missing.stderr)")
    }

    @Test func standardInputNeedsOnlyAName() throws {
        let output = try run("ingest", "--db", db, "-", "--name", "piped.md", input: "# Piped\n\nFrom a pipe. Two sentences.")
        #expect(output.status == 0, "\(output.stderr)")
        let shown = try json("show", "--db", db, "--json", "piped.md")
        #expect(shown["format"] as? String == "markdown")
        #expect((shown["sentences"] as? [Any])?.count == 3)
    }

    @Test func theDatabaseComesFromTheFlagTheEnvironmentOrTheWorkingDirectory() throws {
        let file = try folder.write("a.txt", "Some text.")
        let fromEnvironment = AnnalsProcess(environment: ["ANNALS_DB": folder.file("env.sqlite")])
        #expect(try fromEnvironment.run(["ingest", file]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("env.sqlite")))
        let inWorkingDirectory = AnnalsProcess(workingDirectory: folder.path)
        #expect(try inWorkingDirectory.run(["ingest", file]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("annals.sqlite")))
    }

    @Test func readingCommandsNeverCreateADatabase() throws {
        let output = try run("docs", "--db", db)
        #expect(output.status == 3)
        #expect(output.errorLines == ["annals: no database at \(db); ingest documents first (annals ingest --db \(db) FILE…)"])
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aCorruptDatabaseIsRefusedWithExitThree() throws {
        try folder.write("annals.sqlite", String(repeating: "garbage ", count: 512))
        let file = try folder.write("a.txt", "Some text.")
        let output = try run("ingest", "--db", db, file)
        #expect(output.status == 3)
        #expect(output.errorLines == ["annals: database \(db) is corrupt or not an Annals database (file is not a database); point --db at another file"])
    }

    @Test func aLockedDatabaseIsRefusedWithExitThree() throws {
        let file = try folder.write("a.txt", "Some text.")
        #expect(try run("ingest", "--db", db, file).status == 0)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: db, configuration: configuration)
        try holder.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? holder.inDatabase { try $0.execute(sql: "ROLLBACK") } }
        let other = try folder.write("b.txt", "Other text.")
        let output = try AnnalsProcess(environment: ["ANNALS_BUSY_TIMEOUT": "0.2"]).run(["ingest", "--db", db, other])
        #expect(output.status == 3)
        #expect(output.errorLines == ["annals: database \(db) is locked by another process; try again when it has finished"])
    }

    @Test func unknownDocumentsGetASuggestion() throws {
        let file = try folder.write("mara.txt", "Some text.")
        _ = try run("ingest", "--db", db, file)
        let output = try run("show", "--db", db, "mara.text")
        #expect(output.status == 1)
        #expect(output.errorLines == ["annals: no document matches \"mara.text\"; did you mean \"mara.txt\"?"])
    }

    @Test func searchPrintsRankedHitsWithCitations() throws {
        _ = try run("ingest", "--db", db, ProjectPaths.samples)
        let text = try run("search", "--db", db, "Riga")
        #expect(text.status == 0)
        #expect(text.stdout.contains("**Riga**"))
        let hits = try json("search", "--db", db, "--json", "\"four years\"")["hits"] as? [[String: Any]] ?? []
        #expect(hits.count == 2)
        let samples = try SourceTexts(files: ["velinskaya-encyclopedia.txt", "velinskaya-memoir.md"].map { ProjectPaths.samples + "/" + $0 })
        for hit in hits {
            #expect(samples.isExact(try #require(hit["citation"] as? [String: Any])), "\(hit)")
        }
        let none = try run("search", "--db", db, "zeppelin")
        #expect(none.status == 1)
        #expect(none.stdout == "No sentence matches \"zeppelin\".\n")
        // A misspelt word: the search as meant is offered when it finds sentences.
        let misspelt = try run("search", "--db", db, "Velinskayya")
        #expect(misspelt.status == 1 && misspelt.stdout == "No sentence matches \"Velinskayya\".\nDid you mean \"Velinskaya\"?\n", "\(misspelt.stdout)")
    }

    @Test func showPrintsAnOutline() throws {
        _ = try run("ingest", "--db", db, ProjectPaths.samples)
        let output = try run("show", "--db", db, "velinskaya-encyclopedia.txt")
        #expect(output.status == 0)
        #expect(output.stdout.contains("  structure  6 sections · 6 paragraphs · 21 sentences (+6 headings)"))
        #expect(output.stdout.contains("  Early years (1861-1879)"))
        let json = try self.json("show", "--db", db, "--json", "velinskaya-letters.html")
        #expect((json["text"] as? String)?.contains("<") == false)
        #expect((json["sections"] as? [[String: Any]])?.map { $0["level"] as? Int } == [1, 2, 2])
    }
}
