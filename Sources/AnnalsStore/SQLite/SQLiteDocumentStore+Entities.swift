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
            // Each participant's entity by its place in `entities`: names repeat across claims.
            let positions = Dictionary(entities.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            var cache: [String: Int32] = [:]
            func position(_ name: String?) -> Int32? {
                guard let name else { return nil }
                if let known = cache[name] { return known < 0 ? nil : known }
                let found = entityID(name).flatMap { positions[$0] } ?? -1
                cache[name] = found
                return found < 0 ? nil : found
            }
            let rows = try Row.fetchCursor(db, sql: Self.currentParticipants)
            var filing = Set<ClaimFiling>()
            while let row = try rows.next() {
                let claim: Int64 = row[0], subject = position(row[1]), object = position(row[2])
                if let subject { filing.insert(ClaimFiling(claim: claim, entity: subject)) }
                if let object, object != subject { filing.insert(ClaimFiling(claim: claim, entity: object)) }
            }
            try Self.refile(filing, ids: entities.map(\.id), positions: positions, db: db)
            try db.execute(sql: "INSERT INTO entity_resolution (singleton, fingerprint) VALUES (1, ?)", arguments: [fingerprint])
        }
    }

    /// Each current claim's participants, read from an index alone (`claim_participants`).
    static let currentParticipants = """
        SELECT c.rowid, c.subject, c.object FROM claim c JOIN revision r ON r.document = c.document
        WHERE r.number = (SELECT MAX(number) FROM revision x WHERE x.source = r.source)
          AND r.source NOT IN (SELECT source FROM retracted_source)
        """

    /// A claim filed under an entity it involves (a row of `claim_entity`), the entity by its place in the resolution.
    private struct ClaimFiling: Hashable {
        let claim: Int64
        let entity: Int32
    }

    /// Makes `claim_entity` hold `filing` (entities by their place in `ids`), writing only the rows
    /// that change: a new document moves a few claims, and rewriting a large collection's filing
    /// costs more than the join.
    private static func refile(_ filing: Set<ClaimFiling>, ids: [String], positions: [String: Int32], db: Database) throws {
        var stale: [(claim: Int64, entity: String)] = []
        var filed = Set<ClaimFiling>(minimumCapacity: filing.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT claim, entity FROM claim_entity")
        while let row = try rows.next() {
            let claim: Int64 = row[0], entity: String = row[1]
            if let position = positions[entity], filing.contains(ClaimFiling(claim: claim, entity: position)) {
                filed.insert(ClaimFiling(claim: claim, entity: position))
            } else {
                stale.append((claim, entity))
            }
        }
        let remove = try db.cachedStatement(sql: "DELETE FROM claim_entity WHERE entity = ? AND claim = ?")
        for row in stale { try remove.execute(arguments: [row.entity, row.claim]) }
        let file = try db.cachedStatement(sql: "INSERT INTO claim_entity (claim, entity) VALUES (?, ?)")
        for row in filing where !filed.contains(row) { try file.execute(arguments: [row.claim, ids[Int(row.entity)]]) }
    }

    public func claims(involving entityIDs: Set<String>, predicates: Set<String>?, limit: Int) throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        guard !entityIDs.isEmpty, predicates?.isEmpty != true else { return [] }
        return try read { db in
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
                (DocumentID(hex: row["id"]), try ClaimCoding.decode([UInt8](row["frame"] as Data)))
            }
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
