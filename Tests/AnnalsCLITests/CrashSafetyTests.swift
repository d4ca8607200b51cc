import Testing
import Foundation
import GRDB
import AnnalsTesting
#if canImport(Glibc)
import Glibc
#endif

/// Killing an ingest with SIGKILL mid-batch leaves every stored document whole, and a
/// second run finishes the batch.
struct CrashSafetyTests {
    static let documentCount = 400

    @Test func sigkillMidBatchLeavesEveryDocumentWhole() throws {
        let folder = TemporaryDirectory("crash")
        let corpus = folder.file("corpus")
        for index in 0..<Self.documentCount {
            let body = (0..<40).map { "In year \(1800 + $0) chronicle \(index) recorded event \($0) at Dorvik. " }.joined()
            try folder.write("corpus/doc\(index).txt", "Chronicle \(index)\n\n\(SampleTexts.plainAccount)\n\n\(body)")
        }
        let db = folder.file("crash.sqlite")
        let process = try AnnalsProcess().start(["ingest", "--db", db, corpus])

        // Wait until some, but not all, documents are stored, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while Date() < deadline, process.isRunning {
            stored = Self.storedRevisions(db)
            if stored >= 5 { break }
            usleep(10_000)
        }
        #expect(process.isRunning, "the ingest finished before it could be killed; make the batch larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let queue = try DatabaseQueue(path: db)
        try queue.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            let documents = try Row.fetchAll(db, sql: "SELECT rowid, sentence_count, paragraph_count, section_count FROM document")
            #expect(documents.count >= 5 && documents.count < Self.documentCount)
            for document in documents {
                let rowid: Int64 = document["rowid"]
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence WHERE document = ?", arguments: [rowid]) == document["sentence_count"])
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paragraph WHERE document = ?", arguments: [rowid]) == document["paragraph_count"])
                #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM section WHERE document = ?", arguments: [rowid]) == document["section_count"])
            }
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revision") == documents.count)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sentence_search WHERE sentence_search MATCH 'Dorvik'") ?? 0 > 0)
        }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO sentence_search(sentence_search) VALUES('integrity-check')")
        }

        let rerun = try AnnalsProcess().run(["ingest", "--db", db, "--quiet", corpus])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(Self.storedRevisions(db) == Self.documentCount)
    }

    static func storedRevisions(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM revision") }) ?? 0
    }
}
