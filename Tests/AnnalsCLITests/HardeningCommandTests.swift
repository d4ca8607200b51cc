import Testing
import Foundation
import AnnalsTesting

/// The command line under abuse: numbers no one should pass, names that would rewrite a
/// terminal, files that take too long; and taking a source back out of the record.
struct HardeningCommandTests {
    let folder = TemporaryDirectory("cli-harden")
    var db: String { folder.file("annals.sqlite") }
    let annals = AnnalsProcess()

    func run(_ arguments: String..., input: String? = nil) throws -> AnnalsProcess.Output {
        try annals.run(arguments, input: input.map { Data($0.utf8) })
    }

    @Test(arguments: ["1e30", "nan", "inf", "-inf", "9999999999999", "0", "-1", "0.0000001"])
    func ingestRefusesASizeOutsideItsBoundsBeforeTouchingTheDatabase(size: String) throws {
        let output = try run("ingest", "--db", db, "--max-size", size, ProjectPaths.samples)
        #expect(output.status == 64, "\(size): \(output.stderr)")
        #expect(output.stderr.contains("--max-size must be a number from 0.001 to 1,000") || output.stderr.contains("--max-size"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db), "no database is made for a refused command")
    }

    @Test func everyLimitAndPortIsBounded() throws {
        #expect(try run("ingest", "--db", db, ProjectPaths.samples).status == 0)
        let refused: [[String]] = [
            ["search", "--db", db, "--limit", "0", "Dorvik"], ["search", "--db", db, "--limit", "9223372036854775807", "Dorvik"],
            ["entities", "--db", db, "--limit", "-1"], ["quotes", "--db", db, "--limit", "100001"],
            ["conflicts", "--db", db, "--limit", "-5"], ["serve", "--db", db, "--port", "70000"],
            ["ingest", "--db", db, "--time-limit", "0", ProjectPaths.samples], ["ask", "--db", db, ""], ["ask", "--db", db, "   "],
            ["ask", "--db", db, String(repeating: "why ", count: 300)], ["search", "--db", db, String(repeating: "x ", count: 600)],
            ["search", "--db", db, "99999999999999999999999"].map { $0 == "99999999999999999999999" ? "--limit=99999999999999999999999" : $0 } + ["Dorvik"],
        ]
        for arguments in refused {
            let output = try annals.run(arguments)
            #expect(output.status == 64, "\(arguments.prefix(4)): \(output.status) \(output.stderr.prefix(200))")
        }
        let tooMany = try run("search", "--db", db, Array(repeating: "a", count: 40).joined(separator: " OR "))
        #expect(tooMany.status == 1 && tooMany.stderr.contains("at most 32 are searched at once"), "\(tooMany.stderr)")
        let busy = try AnnalsProcess(environment: ["ANNALS_BUSY_TIMEOUT": "nan"]).run(["docs", "--db", db])
        #expect(busy.status == 64 && busy.stderr.contains("ANNALS_BUSY_TIMEOUT"))
    }

    @Test func namesThatWouldRewriteATerminalArePrintedAsEscapes() throws {
        let evil = try folder.write("evil\u{1B}]0;owned\u{07}\u{1B}[2J.txt", "Mara was born in Dorvik in 1861.")
        let broken = try folder.write("two\nlines.txt", "Ivan sailed in 1870.")
        let output = try run("ingest", "--db", db, evil, broken, folder.file("gone\u{1B}[31m.txt"))
        #expect(!output.stdout.contains("\u{1B}") && !output.stderr.contains("\u{1B}"))
        #expect(output.stdout.contains("added      evil\\x1B]0;owned\\x07\\x1B[2J.txt"))
        #expect(output.stdout.contains("added      two\\nlines.txt"))
        #expect(output.errorLines.count == 1 && output.stderr.contains("gone\\x1B[31m.txt: no such file or directory"))
        let docs = try run("docs", "--db", db)
        #expect(!docs.stdout.contains("\u{1B}") && docs.stdout.contains("two\\nlines.txt"))
    }

    @Test(arguments: ["", "   ", "a/b.txt", "..", "../../etc/passwd", "bell\u{07}.txt"])
    func aStdinNameMustBeAFileName(name: String) throws {
        let output = try run("ingest", "--db", db, "--name", name, "-", input: "Some text about 1861.")
        #expect(output.status == 64, "\(name): \(output.stderr)")
        #expect(output.stderr.contains("--name: a source name"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aFolderSkipsItsReadmeAndSaysSo() throws {
        try folder.write("corpus/README.md", "# About\n\nThese files are biographies of Lenin.")
        try folder.write("corpus/life.txt", "Mara was born in Dorvik in 1861.")
        let output = try run("ingest", "--db", db, folder.file("corpus"))
        #expect(output.status == 0)
        #expect(output.stderr.contains("note: skipped 1 file that describe") && output.stderr.contains("README.md"), "\(output.stderr)")
        #expect(output.stdout.contains("added      life.txt") && !output.stdout.contains("README"))
    }

    @Test func retractedSourcesLeaveTheRecordAndComeBack() throws {
        #expect(try run("ingest", "--db", db, ProjectPaths.samples).status == 0)
        let retract = try run("retract", "--db", db, "velinskaya-memoir.md")
        #expect(retract.status == 0 && retract.stdout.hasPrefix("retracted  velinskaya-memoir.md  1 revision kept"), "\(retract.stdout)\(retract.stderr)")
        #expect(try run("retract", "--db", db, "velinskaya-memoir.md").status == 1)
        let search = try run("search", "--db", db, "\"four years\"")
        #expect(search.stdout.contains("1 hit") && !search.stdout.contains("velinskaya-memoir.md"), "\(search.stdout)")
        let docs = try run("docs", "--db", db)
        #expect(!docs.stdout.contains("velinskaya-memoir.md") && docs.stdout.contains("1 retracted, not shown (--all)"))
        let all = try run("docs", "--db", db, "--all")
        #expect(all.stdout.contains("velinskaya-memoir.md") && all.stdout.contains("[retracted]") && all.stdout.contains("↳ retracted"))
        #expect(try run("show", "--db", db, "velinskaya-memoir.md").status == 0, "a retracted source can still be read")
        let edited = try folder.write("velinskaya-memoir.md", "# Recollections\n\nMara was born in Dorvik in 1861.\n")
        let revised = try run("ingest", "--db", db, edited)
        #expect(revised.stdout.contains("revised    velinskaya-memoir.md") && revised.stdout.contains("the source is retracted"), "\(revised.stdout)")
        let restore = try run("restore", "--db", db, "velinskaya-memoir.md")
        #expect(restore.status == 0 && restore.stdout.hasPrefix("restored   velinskaya-memoir.md"))
        #expect(try run("search", "--db", db, "Dorvik", "--source", "velinskaya-memoir.md").stdout.contains("Mara was born in **Dorvik** in 1861."))
        let unknown = try run("retract", "--db", db, "velinskaya-memo.md")
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean"), "\(unknown.stderr)")
    }

    @Test func showFindsADocumentByAWordOfItsTitle() throws {
        try folder.write("01_life.txt", "Ivan Petrovich Orlov\n\nIvan Orlov was born in Riga in 1850.")
        #expect(try run("ingest", "--db", db, folder.file("01_life.txt"), ProjectPaths.samples).status == 0)
        let shown = try run("show", "--db", db, "orlov")
        #expect(shown.status == 0 && shown.stdout.hasPrefix("Ivan Petrovich Orlov"), "\(shown.stderr)")
        #expect(try run("show", "--db", db, "life").status == 0, "a word of the source name")
        let ambiguous = try run("show", "--db", db, "velinskaya")
        #expect(ambiguous.status == 1 && ambiguous.stderr.contains("matches several documents"))
    }

    @Test func aDocumentPastItsTimeLimitFailsAloneAndTheBatchGoesOn() throws {
        let paragraph = "Anna Petrova was arrested in Moscow in June 1905. She escaped to Paris two years later, and wrote to Ivan Orlov.\n\n"
        let slow = try folder.write("slow.txt", "A Chronicle\n\n" + String(repeating: paragraph, count: 12_000))
        let quick = try folder.write("quick.txt", "Mara was born in Dorvik in 1861.")
        let output = try run("ingest", "--db", db, "--time-limit", "1", slow, quick)
        #expect(output.status == 1)
        #expect(output.errorLines == ["annals: \(slow): reading it took longer than 1 s, the time limit (raise it with --time-limit); nothing was stored"])
        #expect(output.stdout.contains("added      quick.txt"))
        #expect(try run("docs", "--db", db).stdout.contains("1 source"))
    }
}
