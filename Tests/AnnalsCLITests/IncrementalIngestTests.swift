import Testing
import Foundation
import AnnalsTesting

/// A collection built one document at a time is the collection built in one batch: the
/// same entities, conflicts, facts, timelines and claims, byte for byte in JSON, whatever
/// order of batches brought the documents in (and a later edition after them).
struct IncrementalIngestTests {
    /// The project's samples, then the unseen biographies where ../shared is beside the project.
    static var files: [String] {
        ProjectPaths.corpusFiles(in: ProjectPaths.samples) + (ProjectPaths.unseenCorpus.map(ProjectPaths.corpusFiles) ?? [])
    }

    static let laterEdition = ProjectPaths.packageRoot + "/Samples/later-edition/velinskaya-encyclopedia.txt"

    /// What the read commands print about the collection in `database`.
    static func record(_ database: String, annals: AnnalsProcess) throws -> [String: String] {
        func json(_ arguments: [String]) throws -> String {
            let output = try annals.run(arguments + ["--db", database, "--json"])
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            return output.stdout
        }
        var printed = ["entities": try json(["entities"]), "conflicts": try json(["conflicts"])]
        let listed = try JSONSerialization.jsonObject(with: Data(printed["entities"]!.utf8)) as? [String: Any]
        let people = (listed?["entities"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "person" }.compactMap { $0["id"] as? String }
        for person in people.prefix(3) {
            printed["facts " + person] = try json(["facts", person])
            printed["timeline " + person] = try json(["timeline", person])
        }
        for file in files {
            let name = (file as NSString).lastPathComponent
            printed["claims " + name] = try json(["claims", name])
        }
        return printed
    }

    @Test func oneDocumentAtATimeIsOneBatch() throws {
        let folder = TemporaryDirectory("incremental")
        let annals = AnnalsProcess()
        let batch = folder.file("batch.sqlite"), single = folder.file("single.sqlite")
        #expect(try annals.run(["ingest", "--db", batch] + Self.files).status == 0)
        #expect(try annals.run(["ingest", "--db", batch, Self.laterEdition]).status == 0)
        // One by one, last first: joining names must not depend on the order documents came in.
        for file in Self.files.reversed() + [Self.laterEdition] {
            #expect(try annals.run(["ingest", "--db", single, file]).status == 0)
        }
        let together = try Self.record(batch, annals: annals), apart = try Self.record(single, annals: annals)
        #expect(together.count >= 9)
        #expect(together.keys.sorted() == apart.keys.sorted())
        for key in together.keys.sorted() { #expect(together[key] == apart[key], "\(key)") }
    }
}
