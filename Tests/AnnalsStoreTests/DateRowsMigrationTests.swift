import Foundation
import Testing
import GRDB
import AnnalsCore
import AnnalsGrammar
import AnnalsTesting
@testable import AnnalsStore

/// A database from before dates were kept a row each ("v12 dates by position"): opening it
/// moves each document's JSON list of dates into rows, and reads give the same dates.
struct DateRowsMigrationTests {
    let folder = TemporaryDirectory("date-rows")

    @Test func theDatesKeptAsOneListAreReadTheSameFromRows() throws {
        let grammar = try #require(AnalysisStageTests.grammar, "the shipped grammar is missing; run scripts/train")
        let pipeline = AnalysisPipeline(grammar: grammar)
        let path = folder.file("old.sqlite")
        var store: SQLiteDocumentStore? = try SQLiteDocumentStore(path: path, createIfMissing: true, pipeline: pipeline)
        let revision = try store!.ingest(AnalysisStageTests.document, at: Date()).revision
        let dates = try store!.dates(for: revision)
        #expect(dates.count >= 2)
        store = nil
        // The database as the migration before found it: the list in date_extraction, no rows.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                ALTER TABLE date_extraction ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
                DROP INDEX date_mention_by_document; DROP TABLE date_mention;
                DELETE FROM grdb_migrations WHERE identifier = 'v12 dates by position';
                """)
            try db.execute(sql: "UPDATE date_extraction SET mentions = ?", arguments: [try StoredJSON.text(dates)])
        }
        try queue.close()
        let reopened = try SQLiteDocumentStore(path: path, createIfMissing: false, pipeline: pipeline)
        #expect(try reopened.dates(for: revision) == dates)
        try AnalysisStageTests.expectRangeReadsAgree(reopened, revision, sentences: AnalysisStageTests.document.structure.sentences.map(\.range))
        let columns = try DatabaseQueue(path: path).read { db in try db.columns(in: "date_extraction").map(\.name) }
        #expect(columns == ["document", "version"])
    }
}
