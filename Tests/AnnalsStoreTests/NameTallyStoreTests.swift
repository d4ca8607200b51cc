import Foundation
import Testing
import GRDB
import AnnalsCore
import AnnalsTesting
@testable import AnnalsStore

/// Each document's name tallies are kept at ingest, summed part by part, so joining names
/// reads them instead of every mention: they must be the stored mentions summed, also in a
/// database from before they were kept ("v13 name tallies"), and when a row has none.
struct NameTallyStoreTests {
    let folder = TemporaryDirectory("name-tallies")

    /// The samples, each read in parts of a few hundred characters.
    func store(at path: String) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: path, createIfMissing: true, maximumPartLength: 400)
        for file in ProjectPaths.corpusFiles(in: ProjectPaths.samples) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: (file as NSString).lastPathComponent, format: .plainText), at: Date())
        }
        return store
    }

    func expectTalliesAreTheMentionsSummed(_ store: SQLiteDocumentStore) throws {
        let latest = try store.revisions().filter(\.isLatest)
        let summaries = try store.nameSummaries(for: latest)
        #expect(summaries == (try store.namesToResolve(for: latest)).map(\.summary))
        #expect(summaries.count == latest.count && summaries.allSatisfy { !$0.tallies.isEmpty })
    }

    @Test func keptTalliesAreTheStoredMentionsSummed() throws {
        let path = folder.file("kept.sqlite")
        var store: SQLiteDocumentStore? = try self.store(at: path)
        try expectTalliesAreTheMentionsSummed(store!)
        store = nil
        // A row without tallies (written by another build) is summed from its mentions on reading.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "UPDATE name_extraction SET tallies = NULL") }
        try expectTalliesAreTheMentionsSummed(try SQLiteDocumentStore(path: path, createIfMissing: false))
    }

    @Test func aDatabaseFromBeforeTalliesGetsThemOnOpening() throws {
        let path = folder.file("old.sqlite")
        _ = try store(at: path)
        // The database as the migration found it: no tallies column.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                ALTER TABLE name_extraction DROP COLUMN tallies;
                DELETE FROM grdb_migrations WHERE identifier = 'v13 name tallies';
                """)
        }
        try queue.close()
        let reopened = try SQLiteDocumentStore(path: path, createIfMissing: false)
        let missing = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name_extraction WHERE tallies IS NULL") }
        #expect(missing == 0)
        try expectTalliesAreTheMentionsSummed(reopened)
    }
}
