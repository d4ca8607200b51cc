import Foundation
import Testing
import GRDB
import AnnalsCore
import AnnalsTesting
@testable import AnnalsStore

/// Claims and dates are kept in byte forms: a database from before ("v15 claims and dates in
/// byte form", JSON text in the rows) reads the same claims and dates once opened, with every
/// row rewritten; a damaged row is a one-line error naming the database, never a wrong claim.
struct RecordBytesMigrationTests {
    let folder = TemporaryDirectory("record-bytes")

    func ingestSamples(at path: String) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: path, createIfMissing: true)
        for file in ProjectPaths.corpusFiles(in: ProjectPaths.samples) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let format = DocumentFormat(fileExtension: (file as NSString).pathExtension) ?? .plainText
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: (file as NSString).lastPathComponent, format: format), at: Date())
        }
        return store
    }

    func everything(_ store: SQLiteDocumentStore) throws -> (claims: [[Claim]], dates: [[DateMention]]) {
        let revisions = try store.revisions()
        return (try revisions.map { try store.claims(for: $0) }, try revisions.map { try store.dates(for: $0) })
    }

    @Test func aDatabaseWithJSONRowsReadsTheSameOnceOpened() throws {
        let path = folder.file("old.sqlite")
        var store: SQLiteDocumentStore? = try ingestSamples(at: path)
        let before = try everything(store!)
        #expect(before.claims.joined().count > 10 && before.dates.joined().count > 10)
        store = nil
        // The rows as the migration found them: each claim and date as JSON text.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT rowid, frame FROM claim") {
                let claim = try ClaimCoding.decode([UInt8](row[1] as Data))
                try db.execute(sql: "UPDATE claim SET frame = ? WHERE rowid = ?", arguments: [try StoredJSON.text(claim), row[0] as Int64])
            }
            for row in try Row.fetchAll(db, sql: "SELECT rowid, mention FROM date_mention") {
                let date = try DateMentionCoding.decode([UInt8](row[1] as Data))
                try db.execute(sql: "UPDATE date_mention SET mention = ? WHERE rowid = ?", arguments: [try StoredJSON.text(date), row[0] as Int64])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v15 claims and dates in byte form'")
        }
        try queue.close()
        let reopened = try SQLiteDocumentStore(path: path, createIfMissing: false)
        let after = try everything(reopened)
        #expect(after.claims == before.claims && after.dates == before.dates)
        let texts = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM claim WHERE typeof(frame) != 'blob') + (SELECT count(*) FROM date_mention WHERE typeof(mention) != 'blob')")
        }
        #expect(texts == 0)
    }

    @Test func aDamagedClaimIsAnErrorNamingTheDatabase() throws {
        let path = folder.file("damaged.sqlite")
        let store = try ingestSamples(at: path)
        let revision = try #require(try store.revisions().first { try !store.claims(for: $0).isEmpty })
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "UPDATE claim SET frame = substr(frame, 1, 5) ")
        }
        let reopened = try SQLiteDocumentStore(path: path, createIfMissing: false)
        let error = try #require(throws: StoreError.self) { _ = try reopened.claims(for: revision) }
        #expect(error.description.contains(path) && error.description.contains("claim"), "\(error.description)")
    }
}
