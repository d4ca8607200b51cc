import Foundation
import Testing
import GRDB
import AnnalsCore
import AnnalsTesting
@testable import AnnalsStore

/// After each join the store files every current claim under the entities it involves,
/// writing only the rows that change: whatever came before (a new document, a new
/// revision, a retraction, a restoration), the filing must be the one made from nothing.
struct ClaimRefilingTests {
    let folder = TemporaryDirectory("refiling")

    /// The rows of `claim_entity`, as (claim, entity) pairs.
    static func filing(_ path: String) throws -> Set<[String]> {
        try DatabaseQueue(path: path).read { db in
            Set(try Row.fetchAll(db, sql: "SELECT claim, entity FROM claim_entity").map { [String($0[0] as Int64), $0[1]] })
        }
    }

    /// Joins the names of the current documents, then files the claims from nothing into a
    /// copy of the database; both filings must be the same and not empty.
    func expectRefilingIsFiling(_ store: SQLiteDocumentStore, _ path: String, _ step: String) throws {
        _ = try EntityResolution.index(of: try store.revisions().filter(\.isCurrent), in: store, withMentions: false)
        let copy = folder.file("copy-\(step).sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try? FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
        try DatabaseQueue(path: copy).write { db in try db.execute(sql: "DELETE FROM claim_entity; DELETE FROM entity_resolution") }
        let fresh = try SQLiteDocumentStore(path: copy, createIfMissing: false)
        _ = try EntityResolution.index(of: try fresh.revisions().filter(\.isCurrent), in: fresh, withMentions: false)
        let kept = try Self.filing(path)
        #expect(!kept.isEmpty, "\(step)")
        #expect(kept == (try Self.filing(copy)), "\(step)")
    }

    @Test func claimsAreFiledAsFromNothingAfterEveryChange() throws {
        let path = folder.file("r.sqlite")
        let store = try SQLiteDocumentStore(path: path, createIfMissing: true)
        func ingest(_ text: String, _ source: String) throws {
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: source, format: .plainText), at: Date())
        }
        try ingest("Anna Petrova\n\nAnna Petrova was born in Riga in 1861. In 1889 Petrova founded the Velno Union.", "petrova.txt")
        try expectRefilingIsFiling(store, path, "first")
        try ingest("Ivan Orlov\n\nIvan Orlov met Anna Petrova in Riga in 1885. Orlov led the Velno Union from 1890.", "orlov.txt")
        try expectRefilingIsFiling(store, path, "second document")
        // A new edition moves its claims: those of the old one leave the current record.
        try ingest("Anna Petrova\n\nAnna Petrova was born in Dorvik in 1862. Petrova married Ivan Orlov in 1891.", "petrova.txt")
        try expectRefilingIsFiling(store, path, "new revision")
        _ = try store.record(.retract, source: "orlov.txt", at: Date())
        try expectRefilingIsFiling(store, path, "retraction")
        _ = try store.record(.restore, source: "orlov.txt", at: Date())
        try expectRefilingIsFiling(store, path, "restoration")
    }

    /// Refiling reads every current claim's participants: from their index, not the claims'
    /// rows (whose frames are most of a large database).
    @Test func participantsAreReadFromTheirIndexAlone() throws {
        let path = folder.file("plan.sqlite")
        _ = try SQLiteDocumentStore(path: path, createIfMissing: true)
        let plan = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteDocumentStore.currentParticipants).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("COVERING INDEX claim_participants") }, "\(plan)")
    }
}
