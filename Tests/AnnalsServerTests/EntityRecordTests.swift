import Testing
import Foundation
import GRDB
import AnnalsCore
import AnnalsStore
import AnnalsRecord
import AnnalsTesting

/// A timeline or one speaker's quotations read only the claims filed under the entity and the
/// documents holding them (`LoadedRecord(store:about:)`): what they give must be, byte for byte,
/// what the whole record gives, for every entity, also where a text is offered under two names
/// (stored once), a source has a later revision, and in a database filed before other
/// participants and places were.
struct EntityRecordTests {
    /// The samples, a later edition of one, a text offered twice, and the shared corpus if `shared`.
    static func store(in folder: TemporaryDirectory, shared: Bool = true) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: folder.file("e.sqlite"), createIfMissing: true)
        var files = ProjectPaths.corpusFiles(in: ProjectPaths.samples) + ProjectPaths.corpusFiles(in: ProjectPaths.packageRoot + "/Samples/later-edition")
        files += (shared ? ProjectPaths.sharedCorpus.map(ProjectPaths.corpusFiles(in:)) : nil) ?? []
        var texts = [("orlov.txt", ClaimFilingTests.family), ("orlov-copy.txt", ClaimFilingTests.family)]
        for file in files { texts.append(((file as NSString).lastPathComponent, try String(contentsOfFile: file, encoding: .utf8))) }
        for (name, text) in texts {
            let format = DocumentFormat(fileExtension: (name as NSString).pathExtension) ?? .plainText
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: name, format: format), at: Date())
        }
        return store
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Each entity's timeline (undated events too) and quotations, from the whole record and from its own.
    static func expectTheSame(_ store: SQLiteDocumentStore) throws {
        let whole = try LoadedRecord(store: store)
        #expect(whole.entities.revisions.count < (try store.revisions()).count, "a source has an earlier revision")
        var events = 0, quotes = 0
        for entity in whole.entities.index.entities {
            let own = try LoadedRecord(store: store, about: entity.id)
            let timeline = whole.events(of: entity, undated: true)
            #expect(try json(own.events(of: entity, undated: true).map { EventJSON($0, record: own) }) == json(timeline.map { EventJSON($0, record: whole) }),
                    "\(entity.id)")
            let said = whole.quotes(by: entity)
            #expect(try json(own.quotes(by: entity).map { QuoteJSON($0, record: own) }) == json(said.map { QuoteJSON($0, record: whole) }), "\(entity.id)")
            #expect(own.claims.count <= whole.claims.count)
            events += timeline.count
            quotes += said.count
        }
        #expect(events > 10 && quotes > 0, "\(events) events, \(quotes) quotations")
    }

    @Test func anEntitysOwnRecordGivesWhatTheWholeRecordGives() throws {
        try Self.expectTheSame(try Self.store(in: TemporaryDirectory("entity-record")))
    }

    /// An entity's JSON from the documents' structures and the texts it quotes is what every
    /// document read whole gives.
    @Test func anEntityNeedsOnlyTheTextsItQuotes() throws {
        let store = try Self.store(in: TemporaryDirectory("entity-quotes"), shared: false)
        let whole = try LoadedEntities(store: store)
        let sentences = try LoadedEntities(store: store, documents: .structure)
        for entity in whole.index.entities {
            var own = sentences
            try own.read(EntityJSON.quoted(entity), .text, from: store)
            #expect(try Self.json(EntityJSON(entity, loaded: own)) == Self.json(EntityJSON(entity, loaded: whole)), "\(entity.id)")
        }
        #expect(whole.index.entities.count > 10)
    }

    /// A document's claims read alone are those of the whole record, and an earlier revision has none to list.
    @Test func aDocumentsOwnClaimsAreTheWholeRecordsForIt() throws {
        let store = try Self.store(in: TemporaryDirectory("document-claims"), shared: false)
        let whole = try LoadedRecord(store: store)
        for (number, revision) in whole.entities.revisions.enumerated() {
            let own = try #require(try LoadedRecord(store: store, claimsOf: revision))
            let theirs = whole.claims.filter { $0.document == number }
            #expect(try Self.json(own.claims.map { EventJSON($0, record: own) }) == Self.json(theirs.map { EventJSON($0, record: whole) }), "\(revision.source)")
        }
        #expect(whole.claims.count > 20)
        let earlier = try #require(try store.revisions().first { !$0.isCurrent })
        #expect(try LoadedRecord(store: store, claimsOf: earlier) == nil)
    }

    @Test func aDatabaseFiledByParticipantsOnlyIsFiledAgainOnOpening() throws {
        let folder = TemporaryDirectory("entity-record-old")
        let path = folder.file("e.sqlite")
        _ = try Self.store(in: folder, shared: false)
        // The database as "v16 claims filed under every entity they name" found it.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP INDEX claim_participants; ALTER TABLE claim DROP COLUMN others;
                CREATE INDEX claim_participants ON claim(document, subject, object);
                DELETE FROM claim_entity WHERE role = 1; ALTER TABLE claim_entity DROP COLUMN role;
                DELETE FROM grdb_migrations WHERE identifier = 'v16 claims filed under every entity they name';
                """)
        }
        let reopened = try SQLiteDocumentStore(path: path, createIfMissing: false)
        try Self.expectTheSame(reopened)
        let others = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM claim WHERE others IS NOT NULL") }
        #expect((others ?? 0) > 0)
    }
}
