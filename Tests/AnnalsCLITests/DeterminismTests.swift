import Testing
import Foundation
import AnnalsTesting
import GRDB

/// The same input gives byte-identical output in every process. Swift seeds its hashing
/// anew in each process, so a rule that walks a Set or a Dictionary and lets the order
/// decide (which of two tied types wins, which of two groups is joined first) answers
/// differently from one run to the next; only separate processes can show it.
struct DeterminismTests {
    let folder = TemporaryDirectory("cli-determinism")
    let annals = AnnalsProcess()

    /// Names whose evidence is tied on purpose: "Oren Baskalov" is once a place ("waited in")
    /// and once a person (a surname's ending), so whether "Baskalov" alone joins him rests
    /// on how the tie is broken; the others are tied between place and body, and two
    /// people share a surname that could go to either.
    static let tiedText = """
        Merchants of the Coast

        The envoys waited in Oren Baskalov for a week, and then Oren Baskalov wrote to them. \
        They answered Baskalov at once. \
        The guild first met in Quellmark. Its masters later founded Quellmark anew. \
        Traders gathered in Ostravine, and pilgrims founded Ostravine in 1620. \
        Sailors lived in Brennhalt; the bishops founded Brennhalt too. \
        Anna Velmor and Johann Velmor wrote letters. Velmor signed them. \
        Peter Grauhold met Paul Grauhold; Grauhold said little.
        """

    /// Every command that lists what was read from the text, run in a fresh process.
    private func outputs(of database: String) throws -> String {
        var printed = ""
        for arguments in [["entities", "--json"], ["claims", "--json", "tied.txt"], ["conflicts", "--json"],
                          ["facts", "--json", "Velmor"], ["dates", "--json", "tied.txt"]] {
            printed += try annals.run(arguments + ["--db", database]).stdout
        }
        return printed
    }

    @Test func ingestingTheSameTextInSixProcessesGivesTheSameRecord() throws {
        let source = try folder.write("tied.txt", Self.tiedText)
        var seen: [String] = []
        for run in 1...6 {
            let database = folder.file("run\(run).sqlite")
            let ingest = try annals.run(["ingest", "--db", database, source])
            #expect(ingest.status == 0, "\(ingest.stderr)")
            seen.append(try outputs(of: database))
        }
        #expect(seen[0].contains("quellmark"))
        for (run, printed) in seen.enumerated().dropFirst() {
            #expect(printed == seen[0], "run \(run + 1) differs from run 1")
        }
    }

    /// Long enough that the grammar stage shares its sentences among the cores.
    @Test func parsingTheSameTextInThreeProcessesGivesTheSameAnalysis() throws {
        let text = Array(repeating: Self.tiedText, count: 12).joined(separator: "\n\n")
        let runs = try (1...3).map { _ in try annals.run(["parse", "--json", "--text", text]).stdout }
        #expect(!runs[0].isEmpty)
        #expect(runs.allSatisfy { $0 == runs[0] })
    }
}

/// A database read by older stages is read again by the first command that opens it,
/// which says so on standard error before it starts and when it is done.
struct RereadingCommandTests {
    let folder = TemporaryDirectory("cli-rereading")
    let annals = AnnalsProcess()

    @Test func theFirstCommandOnAnOlderDatabaseSaysWhatItReadsAgain() throws {
        let source = try folder.write("tied.txt", DeterminismTests.tiedText)
        let database = folder.file("old.sqlite")
        #expect(try annals.run(["ingest", "--db", database, source]).status == 0)
        let before = try annals.run(["claims", "--json", "tied.txt", "--db", database]).stdout
        // As if an older release had found the claims.
        try DatabaseQueue(path: database).write { db in
            try db.execute(sql: "UPDATE stage_run SET fingerprint = 'claims v0' WHERE stage = 'claims'")
        }
        let first = try annals.run(["claims", "--json", "tied.txt", "--db", database])
        #expect(first.stderr.contains("annals: note: reading 1 stored document again (claims changed in this release); this happens once"))
        #expect(first.stderr.contains("annals: note: read 1 document again in "))
        #expect(first.stdout == before)
        let second = try annals.run(["claims", "--json", "tied.txt", "--db", database])
        #expect(second.stderr.isEmpty && second.stdout == before)
    }
}
