import Foundation
public import AnnalsCore
import GRDB

/// Claims filed under the entities they name (`claim_entity`), redone after each join: by subject
/// and object (role 0, what the asker reads), and by the other participants and the place (role
/// 1), so that a reader of one entity reads its claims and not the whole record's.
extension SQLiteDocumentStore {
    /// How a claim's other participants are kept beside it (each name ended by U+001F), for filing
    /// from the participants' index alone; nil when it has none.
    static func storedOthers(_ claim: Claim) -> String? {
        claim.others.isEmpty ? nil : claim.others.map { $0.name + "\u{1F}" }.joined()
    }

    /// Each current claim's participants and place, read from an index alone (`claim_participants`).
    static let currentParticipants = """
        SELECT c.rowid, c.subject, c.object, c.place, c.others FROM claim c JOIN revision r ON r.document = c.document
        WHERE r.number = (SELECT MAX(number) FROM revision x WHERE x.source = r.source)
          AND r.source NOT IN (SELECT source FROM retracted_source)
        """

    /// A claim filed under an entity it names (a row of `claim_entity`), the entity by its place in the resolution.
    private struct Filing: Hashable {
        let claim: Int64
        let entity: Int32
        /// 0: the subject or object; 1: another participant or the place, and neither of those.
        let role: Int8
    }

    /// Files every current claim under the entities `entityID` finds for its participants' names.
    static func file(_ entities: [Entity], entityID: (String) -> String?, db: Database) throws {
        // Each participant's entity by its place in `entities`: names repeat across claims.
        let positions = Dictionary(entities.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        var cache: [String: Int32] = [:]
        func position(_ name: String) -> Int32? {
            if let known = cache[name] { return known < 0 ? nil : known }
            let found = entityID(name).flatMap { positions[$0] } ?? -1
            cache[name] = found
            return found < 0 ? nil : found
        }
        let rows = try Row.fetchCursor(db, sql: currentParticipants)
        var filing = Set<Filing>()
        while let row = try rows.next() {
            // (No collection made per row: there is a row for every current claim.)
            let claim: Int64 = row[0], subject = position(row[1]), object = (row[2] as String?).flatMap(position)
            if let subject { filing.insert(Filing(claim: claim, entity: subject, role: 0)) }
            if let object, object != subject { filing.insert(Filing(claim: claim, entity: object, role: 0)) }
            func fileOther(_ name: Substring) {
                guard let entity = position(String(name)), entity != subject, entity != object else { return }
                filing.insert(Filing(claim: claim, entity: entity, role: 1))
            }
            if let place = row[3] as String? { fileOther(place[...]) }
            if let others = row[4] as String? { for name in others.split(separator: "\u{1F}") { fileOther(name) } }
        }
        try refile(filing, ids: entities.map(\.id), positions: positions, db: db)
    }

    /// Makes `claim_entity` hold `filing` (entities by their place in `ids`), writing only the rows
    /// that change: a new document moves a few claims, and rewriting a large collection's filing
    /// costs more than the join.
    private static func refile(_ filing: Set<Filing>, ids: [String], positions: [String: Int32], db: Database) throws {
        var stale: [(claim: Int64, entity: String)] = []
        var filed = Set<Filing>(minimumCapacity: filing.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT claim, entity, role FROM claim_entity")
        while let row = try rows.next() {
            let claim: Int64 = row[0], entity: String = row[1], role: Int8 = row[2]
            if let position = positions[entity], filing.contains(Filing(claim: claim, entity: position, role: role)) {
                filed.insert(Filing(claim: claim, entity: position, role: role))
            } else {
                stale.append((claim, entity))
            }
        }
        let remove = try db.cachedStatement(sql: "DELETE FROM claim_entity WHERE entity = ? AND claim = ?")
        for row in stale { try remove.execute(arguments: [row.entity, row.claim]) }
        let file = try db.cachedStatement(sql: "INSERT INTO claim_entity (claim, entity, role) VALUES (?, ?, ?)")
        for row in filing where !filed.contains(row) { try file.execute(arguments: [row.claim, ids[Int(row.entity)], row.role]) }
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
            return try Self.filedClaims(db, sql: """
                SELECT DISTINCT d.id, c.frame, c.document, c.ordinal FROM claim_entity e
                JOIN claim c ON c.rowid = e.claim JOIN document d ON d.rowid = c.document
                WHERE e.entity IN (\(marks(entityIDs.count))) AND e.role = 0\(filter) ORDER BY c.document, c.ordinal LIMIT ?
                """, arguments: arguments)
        }
    }

    public func claims(naming entityID: String) throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        // (A claim is filed under an entity once, in one role, so no row comes twice.)
        try read { db in
            try Self.filedClaims(db, sql: """
                SELECT d.id, c.frame, c.document, c.ordinal FROM claim_entity e
                JOIN claim c ON c.rowid = e.claim JOIN document d ON d.rowid = c.document
                WHERE e.entity = ? ORDER BY c.document, c.ordinal
                """, arguments: [entityID])
        }
    }

    private static func filedClaims(_ db: Database, sql: String, arguments: StatementArguments) throws -> [(document: DocumentID, claim: Claim)] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            (DocumentID(hex: row["id"]), try ClaimCoding.decode([UInt8](row["frame"] as Data)))
        }
    }
}
