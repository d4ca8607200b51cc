import Foundation
public import AnnalsCore
import GRDB

/// Names found per document at ingest, and the entities resolved from them.
extension SQLiteDocumentStore {
    public func names(for revision: Revision) throws(StoreError) -> DocumentNames {
        try read { db in
            guard let names = try Self.storedNames(db, documentRow: try Self.existingRow(db, revision)) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return names
        }
    }

    /// In one read, each spelling folded and keyed once for all the documents.
    public func namesToResolve(for revisions: [Revision]) throws(StoreError) -> [DocumentNames] {
        try read { db in
            var keys = MentionKeys()
            return try revisions.enumerated().map { number, revision in
                guard let names = try Self.storedNames(db, documentRow: try Self.existingRow(db, revision), references: false,
                                                       document: number, keys: &keys) else {
                    throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
                }
                return names
            }
        }
    }

    /// The tallies kept for each document, or summed from its mentions where none were kept.
    public func nameSummaries(for revisions: [Revision]) throws(StoreError) -> [NameSummary] {
        try read { db in
            var keys = MentionKeys()
            return try revisions.enumerated().map { number, revision in
                let documentRow = try Self.existingRow(db, revision)
                guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT pronouns, aliases, tallies FROM name_extraction WHERE document = ?"),
                                                 arguments: [documentRow]) else {
                    throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
                }
                var aliases = try StoredJSON.value([AliasEvidence].self, from: row[1])
                for index in aliases.indices { aliases[index].document = number }
                let kept = try (row[2] as Data?).flatMap { data in try NameTallyCoding.decode([UInt8](data), document: number) }
                let tallies = try kept ?? NameTally.tallies(of: Self.storedMentions(db, documentRow: documentRow, document: number, keys: &keys))
                return NameSummary(tallies: tallies, evidence: aliases, pronouns: row[0])
            }
        }
    }

    /// Keeps a document's name tallies (``NameTallyCoding``).
    static func storeTallies(_ tallies: [NameTally], documentRow: Int64, db: Database) throws {
        try db.execute(sql: "UPDATE name_extraction SET tallies = ? WHERE document = ?", arguments: [Data(NameTallyCoding.encode(tallies)), documentRow])
    }

    /// What the names stage stored for a document (nil: nothing yet), filed as `document`,
    /// with its pronoun references unless `references` is false.
    static func storedNames(_ db: Database, documentRow: Int64, references: Bool = true, document: Int = 0) throws -> DocumentNames? {
        var keys = MentionKeys()
        return try storedNames(db, documentRow: documentRow, references: references, document: document, keys: &keys)
    }

    private static func storedNames(_ db: Database, documentRow: Int64, references: Bool, document: Int, keys: inout MentionKeys) throws -> DocumentNames? {
        let referenceColumn = references ? "pronoun_references" : "NULL"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT pronouns, aliases, \(referenceColumn) FROM name_extraction WHERE document = ?
            """), arguments: [documentRow]) else {
            return nil
        }
        let mentions = try storedMentions(db, documentRow: documentRow, document: document, keys: &keys)
        var aliases = try StoredJSON.value([AliasEvidence].self, from: row[1])
        for index in aliases.indices { aliases[index].document = document }
        return DocumentNames(mentions: mentions, evidence: aliases, pronouns: row[0],
                             references: references ? try StoredJSON.value([PronounReference].self, from: row[2]) : [])
    }

    public func mentions(for revision: Revision) throws(StoreError) -> [EntityMention] {
        try read { db in
            guard let documentRow = try Int64.fetchOne(db, sql: "SELECT rowid FROM document WHERE id = ?", arguments: [revision.document.hex]),
                  try Int.fetchOne(db, sql: "SELECT 1 FROM name_extraction WHERE document = ?", arguments: [documentRow]) != nil else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return try Self.storedMentions(db, documentRow: documentRow)
        }
    }

    /// The names stage's mentions of a document, in the order found; each spelling folded and keyed once.
    /// With `range`, those starting inside it, in text order (read through the index on position).
    static func storedMentions(_ db: Database, documentRow: Int64, in range: TextRange? = nil) throws -> [EntityMention] {
        var keys = MentionKeys()
        return try storedMentions(db, documentRow: documentRow, in: range, document: 0, keys: &keys)
    }

    private static func storedMentions(_ db: Database, documentRow: Int64, in range: TextRange? = nil, document: Int,
                                       keys: inout MentionKeys) throws -> [EntityMention] {
        var mentions: [EntityMention] = []
        let (condition, order, arguments) = positioned(documentRow, in: range)
        // (Columns read by position: a document has thousands of mentions.)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT start_offset, end_offset, surface, cue, strong_cue, opens_sentence, refers_to, articled FROM mention
            WHERE \(condition) ORDER BY \(order)
            """), arguments: arguments)
        while let row = try rows.next() {
            let surface: String = row[2], refersTo: String? = row[6]
            let name = refersTo ?? surface
            let folded = keys.of(name)
            mentions.append(EntityMention(document: document, range: TextRange(start: row[0], end: row[1]), surface: surface,
                                          cue: (row[3] as String?).flatMap(EntityType.init(rawValue:)), isStrongCue: row[4],
                                          opensSentence: row[5], refersTo: refersTo, isArticled: row[7], folded: folded.folded, key: folded.key))
        }
        return mentions
    }

    public func resolvedEntities(fingerprint: String) throws(StoreError) -> [Entity]? {
        try read { db in
            guard try String.fetchOne(db, sql: "SELECT fingerprint FROM entity_resolution") == fingerprint else { return nil }
            return try Row.fetchAll(db, sql: "SELECT * FROM entity ORDER BY ordinal").map { row in
                let pronouns = try StoredJSON.value([String: Int].self, from: row["pronouns"])
                return Entity(id: row["id"], name: row["name"], type: EntityType(rawValue: row["type"]) ?? .person,
                              names: try StoredJSON.value([String].self, from: row["names"]), mentions: [],
                              evidence: try StoredJSON.value([AliasEvidence].self, from: row["aliases"]),
                              pronounMentions: Dictionary(uniqueKeysWithValues: pronouns.compactMap { key, value in Int(key).map { ($0, value) } }),
                              merges: try StoredJSON.value([MergeDecision].self, from: row["merges"]))
            }
        }
    }

    public func keepResolvedEntities(_ entities: [Entity], fingerprint: String, entityID: (String) -> String?) throws(StoreError) {
        try perform { db in
            try db.execute(sql: "DELETE FROM entity; DELETE FROM entity_resolution")
            let insert = try db.cachedStatement(sql: """
                INSERT INTO entity (ordinal, id, name, type, names, aliases, merges, pronouns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (ordinal, entity) in entities.enumerated() {
                let pronouns = Dictionary(uniqueKeysWithValues: entity.pronounMentions.map { (String($0.key), $0.value) })
                try insert.execute(arguments: [ordinal, entity.id, entity.name, entity.type.rawValue, try StoredJSON.text(entity.names),
                                               try StoredJSON.text(entity.evidence), try StoredJSON.text(entity.merges), try StoredJSON.text(pronouns)])
            }
            try Self.file(entities, entityID: entityID, db: db)
            try db.execute(sql: "INSERT INTO entity_resolution (singleton, fingerprint) VALUES (1, ?)", arguments: [fingerprint])
        }
    }
}

/// Each spelling's fold and matching key, worked out once however many mentions share it.
struct MentionKeys {
    private var known: [String: (folded: String, key: String)] = [:]

    mutating func of(_ name: String) -> (folded: String, key: String) {
        if let found = known[name] { return found }
        let keys = EntityMention.keys(of: name)
        known[name] = keys
        return keys
    }
}
