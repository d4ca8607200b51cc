public import Foundation
import GRDB

/// Retracting a source takes it out of the current record, keeping its revisions and
/// the retraction itself; restoring puts it back.
extension SQLiteDocumentStore {
    public func record(_ action: SourceEvent.Action, source: String, at date: Date) throws(StoreError) -> SourceEvent {
        try perform { db in
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT source FROM revision ORDER BY source")
            guard known.contains(source) else {
                throw StoreError(.noSuchDocument(reference: source, suggestion: RevisionResolver.nearest(to: source, among: known)))
            }
            let retracted = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM retracted_source WHERE source = ?)", arguments: [source]) ?? false
            guard retracted != (action == .retract) else { throw StoreError(.alreadyInState(source: source, action: action)) }
            let at = date.formatted(.iso8601)
            try db.execute(sql: "INSERT INTO source_event (source, action, at) VALUES (?, ?, ?)", arguments: [source, action.rawValue, at])
            return SourceEvent(source: source, action: action, at: date)
        }
    }

    public func sourceEvents() throws(StoreError) -> [SourceEvent] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT source, action, at FROM source_event ORDER BY id").map { row in
                SourceEvent(source: row["source"], action: SourceEvent.Action(rawValue: row["action"]) ?? .retract,
                            at: (try? Date(row["at"] as String, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }
}
