public import AnnalsCore
import Foundation
import GRDB

/// The dates each document writes, a row each, found by position: a reader of one sentence
/// (the asker weighing a passage) reads the dates inside it, not the whole document's.
extension SQLiteDocumentStore {
    public func dates(for revision: Revision) throws(StoreError) -> [DateMention] {
        try read { db in
            guard let documentRow = try Self.documentRow(db, revision),
                  let dates = try Self.storedDates(db, documentRow: documentRow) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return dates
        }
    }

    public func dates(for revision: Revision, in range: TextRange) throws(StoreError) -> [DateMention] {
        try read { db in try Self.storedDates(db, documentRow: try Self.existingRow(db, revision), in: range) ?? [] }
    }

    public func mentions(for revision: Revision, in range: TextRange) throws(StoreError) -> [EntityMention] {
        try read { db in try Self.storedMentions(db, documentRow: try Self.existingRow(db, revision), in: range) }
    }

    static func documentRow(_ db: Database, _ revision: Revision) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT rowid FROM document WHERE id = ?"), arguments: [revision.document.hex])
    }

    /// The row of a revision's document; an error naming it where there is none.
    static func existingRow(_ db: Database, _ revision: Revision) throws -> Int64 {
        guard let row = try documentRow(db, revision) else { throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil)) }
        return row
    }

    /// The condition, order and arguments that keep a document's rows starting inside `range` (all of
    /// them, in the order stored, without one), for a table with `document` and `start_offset` columns.
    static func positioned(_ documentRow: Int64, in range: TextRange?) -> (condition: String, order: String, arguments: StatementArguments) {
        guard let range else { return ("document = ?", "rowid", [documentRow]) }
        return ("document = ? AND start_offset >= ? AND start_offset < ?", "start_offset, rowid", [documentRow, range.start, range.end])
    }

    /// What the dates stage stored for a document, in the order found (nil: nothing yet); with
    /// `range`, the dates starting inside it, in text order.
    static func storedDates(_ db: Database, documentRow: Int64, in range: TextRange? = nil) throws -> [DateMention]? {
        if range == nil, try Int.fetchOne(db, sql: "SELECT 1 FROM date_extraction WHERE document = ?", arguments: [documentRow]) == nil { return nil }
        let (condition, order, arguments) = positioned(documentRow, in: range)
        return try Data.fetchAll(db.cachedStatement(sql: "SELECT mention FROM date_mention WHERE \(condition) ORDER BY \(order)"), arguments: arguments)
            .map { try DateMentionCoding.decode([UInt8]($0)) }
    }

    /// Stores a document's dates, a row each, after those stored before.
    static func storeDates(_ dates: [DateMention], documentRow: Int64, db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO date_mention (document, start_offset, mention) VALUES (?, ?, ?)")
        for date in dates { try insert.execute(arguments: [documentRow, date.range.start, Data(DateMentionCoding.encode(date))]) }
    }
}
