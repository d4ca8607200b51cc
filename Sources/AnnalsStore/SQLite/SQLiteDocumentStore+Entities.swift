import Foundation
public import AnnalsCore
import GRDB

/// Names found per document at ingest, and the entities resolved from them.
extension SQLiteDocumentStore {
    public func names(for revision: Revision) throws(StoreError) -> DocumentNames {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.rowid, n.pronouns, n.aliases FROM document d JOIN name_extraction n ON n.document = d.rowid WHERE d.id = ?
                """, arguments: [revision.document.hex]) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            let mentions = try Row.fetchAll(db, sql: """
                SELECT start_offset, end_offset, surface, cue, strong_cue, opens_sentence FROM mention
                WHERE document = ? ORDER BY rowid
                """, arguments: [row["rowid"] as Int64]).map { mention in
                EntityMention(document: 0, range: TextRange(start: mention["start_offset"], end: mention["end_offset"]),
                              surface: mention["surface"], cue: (mention["cue"] as String?).flatMap(EntityType.init(rawValue:)),
                              isStrongCue: mention["strong_cue"], opensSentence: mention["opens_sentence"])
            }
            let aliases = try JSONDecoder().decode([AliasEvidence].self, from: Data((row["aliases"] as String).utf8))
            return DocumentNames(mentions: mentions, evidence: aliases, pronouns: row["pronouns"])
        }
    }

    public func resolvedEntities(fingerprint: String) throws(StoreError) -> [Entity]? {
        try read { db in
            guard try String.fetchOne(db, sql: "SELECT fingerprint FROM entity_resolution") == fingerprint else { return nil }
            let decoder = JSONDecoder()
            func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T { try decoder.decode(type, from: Data(json.utf8)) }
            return try Row.fetchAll(db, sql: "SELECT * FROM entity ORDER BY ordinal").map { row in
                let pronouns = try decode([String: Int].self, row["pronouns"])
                return Entity(id: row["id"], name: row["name"], type: EntityType(rawValue: row["type"]) ?? .person,
                              names: try decode([String].self, row["names"]), mentions: [],
                              evidence: try decode([AliasEvidence].self, row["aliases"]),
                              pronounMentions: Dictionary(uniqueKeysWithValues: pronouns.compactMap { key, value in Int(key).map { ($0, value) } }),
                              merges: try decode([MergeDecision].self, row["merges"]))
            }
        }
    }

    public func keepResolvedEntities(_ entities: [Entity], fingerprint: String, entityID: (String) -> String?) throws(StoreError) {
        try perform { db in
            try db.execute(sql: "DELETE FROM entity; DELETE FROM claim_entity; DELETE FROM entity_resolution")
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
            let insert = try db.cachedStatement(sql: """
                INSERT INTO entity (ordinal, id, name, type, names, aliases, merges, pronouns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (ordinal, entity) in entities.enumerated() {
                let pronouns = Dictionary(uniqueKeysWithValues: entity.pronounMentions.map { (String($0.key), $0.value) })
                try insert.execute(arguments: [ordinal, entity.id, entity.name, entity.type.rawValue, try json(entity.names),
                                               try json(entity.evidence), try json(entity.merges), try json(pronouns)])
            }
            let file = try db.cachedStatement(sql: "INSERT INTO claim_entity (claim, entity) VALUES (?, ?)")
            var cache: [String: String?] = [:]
            func id(_ name: String?) -> String? {
                guard let name else { return nil }
                if let known = cache[name] { return known }
                let found = entityID(name)
                cache[name] = found
                return found
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.rowid, c.subject, c.object FROM claim c JOIN revision r ON r.document = c.document
                WHERE r.number = (SELECT MAX(number) FROM revision x WHERE x.source = r.source)
                """)
            while let row = try rows.next() {
                for entity in Set([id(row["subject"]), id(row["object"])].compactMap { $0 }) {
                    try file.execute(arguments: [row["rowid"] as Int64, entity])
                }
            }
            try db.execute(sql: "INSERT INTO entity_resolution (singleton, fingerprint) VALUES (1, ?)", arguments: [fingerprint])
        }
    }

    public func claims(involving entityIDs: Set<String>, predicates: Set<String>?, limit: Int) throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        guard !entityIDs.isEmpty, predicates?.isEmpty != true else { return [] }
        return try read { db in
            let decoder = JSONDecoder()
            func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
            var arguments = StatementArguments(entityIDs.sorted())
            var filter = ""
            if let predicates {
                filter = " AND c.predicate IN (\(marks(predicates.count)))"
                arguments += StatementArguments(predicates.sorted())
            }
            arguments += [limit]
            return try Row.fetchAll(db, sql: """
                SELECT DISTINCT d.id, c.frame, c.document, c.ordinal FROM claim_entity e
                JOIN claim c ON c.rowid = e.claim JOIN document d ON d.rowid = c.document
                WHERE e.entity IN (\(marks(entityIDs.count)))\(filter) ORDER BY c.document, c.ordinal LIMIT ?
                """, arguments: arguments).map { row in
                (DocumentID(hex: row["id"]), try decoder.decode(Claim.self, from: Data((row["frame"] as String).utf8)))
            }
        }
    }

    public func dates(for revision: Revision) throws(StoreError) -> [DateMention] {
        try read { db in
            guard let json = try String.fetchOne(db, sql: """
                SELECT x.mentions FROM document d JOIN date_extraction x ON x.document = d.rowid WHERE d.id = ?
                """, arguments: [revision.document.hex]) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return try JSONDecoder().decode([DateMention].self, from: Data(json.utf8))
        }
    }

    /// Stores a document's resolved dates, replacing any it had.
    static func insertDates(_ dates: [DateMention], documentRow: Int64, db: Database) throws {
        let json = String(decoding: try JSONEncoder().encode(dates), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO date_extraction (document, version, mentions) VALUES (?, ?, ?)",
                       arguments: [documentRow, DateExtractor.version, json])
    }

    /// Stores the names a document uses, replacing any it had.
    static func insertNames(_ names: DocumentNames, documentRow: Int64, db: Database) throws {
        try db.execute(sql: "DELETE FROM mention WHERE document = ?", arguments: [documentRow])
        let statement = try db.cachedStatement(sql: """
            INSERT INTO mention (document, start_offset, end_offset, surface, cue, strong_cue, opens_sentence) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in names.mentions {
            try statement.execute(arguments: [documentRow, mention.range.start, mention.range.end, mention.surface, mention.cue?.rawValue,
                                              mention.isStrongCue, mention.opensSentence])
        }
        let aliases = String(decoding: try JSONEncoder().encode(names.evidence), as: UTF8.self)
        try db.execute(sql: "INSERT OR REPLACE INTO name_extraction (document, version, pronouns, aliases) VALUES (?, ?, ?, ?)",
                       arguments: [documentRow, DocumentNames.version, names.pronouns, aliases])
    }
}
