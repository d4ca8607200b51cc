public import Foundation
public import AnnalsCore
import GRDB
import AnnalsGrammar

/// The embedded default store: one SQLite file (GRDB), with FTS5 for sentence search.
///
/// ```swift
/// let store = try SQLiteDocumentStore(path: "annals.sqlite", createIfMissing: true)
/// let outcome = try store.ingest(prepared, at: .now)
/// ```
public final class SQLiteDocumentStore: DocumentStore {
    /// The database file.
    public let path: String
    /// One writer and a pool of readers (SQLite's write-ahead log lets them read while it
    /// writes): the reading room answers searches and dossiers on both cores at once.
    let pool: DatabasePool
    /// The longest part of a document read at once (see ``DocumentParts``).
    let maximumPartLength: Int
    /// The stages documents are read by, their fingerprints, and the pipeline itself when
    /// it was given (else the shipped one, loaded when a document must be read).
    let plan: AnalysisPipeline.Plan
    let givenPipeline: AnalysisPipeline?

    /// Opens (and, if allowed, creates) the database at `path`, bringing its schema up to date.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - createIfMissing: Whether a missing file is created; otherwise it is an error.
    ///   - busyTimeout: How long to wait for another process's lock before giving up.
    ///   - maximumPartLength: The longest part of a document read at once, in code points.
    ///   - pipeline: The stages that read documents; the shipped ones when `nil`. Documents
    ///     stored by stages with other fingerprints are read again as the store opens.
    ///   - rereading: Told, before any is read again, how many documents are and which
    ///     stages changed (so that a person waiting knows why), then as each is done.
    public init(path: String, createIfMissing: Bool, busyTimeout: TimeInterval = 2,
                maximumPartLength: Int = DocumentParts.maximumLength, pipeline: AnalysisPipeline? = nil,
                rereading: ((Rereading) -> Void)? = nil) throws(StoreError) {
        self.path = path
        self.maximumPartLength = maximumPartLength
        givenPipeline = pipeline
        if let pipeline {
            plan = pipeline.plan
        } else {
            do throws(ReadingGrammar.LoadError) { plan = try AnalysisPipeline.shippedPlan() } catch { throw StoreError(.missingModel(detail: error.description)) }
        }
        if !createIfMissing, !FileManager.default.fileExists(atPath: path) {
            throw StoreError(.missingDatabase(path: path))
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // (The pool puts the database in write-ahead-log mode itself.)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Readers see pages through a mapping, not copied by a system call each: on the 100 MB database
            // the reading room's search served 99 req/s instead of 84. The mapped pages count in the
            // process's resident memory though they are the system's file cache, so the writer, whose
            // memory the ingest benchmark bounds, reads as before.
            if db.configuration.readonly { try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(pool)
            try extractStaleReadings(announce: rereading)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    // MARK: - DocumentStore

    public func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch) throws(StoreError) -> IngestOutcome {
        try ingest(document, at: date, watch: watch, ahead: nil)
    }

    public func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch, ahead: ReadAhead?) throws(StoreError) -> IngestOutcome {
        let ahead = ahead?.documentID == document.id ? ahead : nil
        return try perform { db in
            let history = try Self.revisions(db, source: document.sourceName)
            let holders = try Self.revisions(db, documentID: document.id)
            let holder = holders.last { !$0.isRetracted } ?? holders.last
            switch RevisionPlan.decide(id: document.id, history: history, holder: holder) {
            case .nothing(let outcome):
                return outcome
            case .store(let number, let previous, let textIsNew):
                let documentRow = textIsNew
                    ? try Self.insert(document, pipeline: try pipeline(), ahead: ahead, watch: watch, partLength: maximumPartLength, db: db)
                    : try Int64.fetchOne(db, sql: "SELECT rowid FROM document WHERE id = ?", arguments: [document.id.hex])!
                let previousRow = try previous.map { previous in
                    try Int64.fetchOne(db, sql: "SELECT rowid FROM document WHERE id = ?", arguments: [previous.document.hex])!
                }
                try db.execute(sql: """
                    INSERT INTO revision (source, number, document, previous_document, source_byte_count, ingested_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [document.sourceName, number, documentRow, previousRow,
                                     document.sourceByteCount, Self.timestamp(date)])
                let revision = try Self.revisions(db, source: document.sourceName).last!
                if let previous {
                    var earlier = previous
                    earlier.isLatest = false
                    return .revised(revision, previous: earlier)
                }
                return .added(revision)
            }
        }
    }

    public func readAhead(_ document: PreparedDocument) -> ReadAhead? {
        let stored = try? pool.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document.id.hex]) ?? false }
        guard stored == false, let pipeline = try? pipeline() else { return nil }
        return ReadAhead(pipeline, document: document.id, text: ScalarText(document.text), structure: document.structure,
                         title: document.title, documentDate: document.documentDate, maximumPartLength: maximumPartLength)
    }

    public func revisions() throws(StoreError) -> [Revision] {
        try read { db in try Self.revisions(db, filter: "", arguments: []) }
    }

    public func document(for revision: Revision) throws(StoreError) -> StoredDocument {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid, text FROM document WHERE id = ?",
                                             arguments: [revision.document.hex]) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return StoredDocument(revision: revision, text: row["text"], structure: try Self.structure(db, documentRow: row["rowid"]))
        }
    }

    public func structure(for revision: Revision) throws(StoreError) -> DocumentStructure {
        try read { db in try Self.structure(db, documentRow: try Self.existingRow(db, revision)) }
    }

    public func text(for revision: Revision) throws(StoreError) -> String {
        try read { db in
            guard let text = try String.fetchOne(db, sql: "SELECT text FROM document WHERE id = ?", arguments: [revision.document.hex]) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return text
        }
    }

    public func claims(for revision: Revision) throws(StoreError) -> [Claim] {
        try read { db in
            try Data.fetchAll(db, sql: """
                SELECT c.frame FROM claim c JOIN document d ON d.rowid = c.document WHERE d.id = ? ORDER BY c.ordinal
                """, arguments: [revision.document.hex]).map { try ClaimCoding.decode([UInt8]($0)) }
        }
    }

    static func structure(_ db: Database, documentRow: Int64) throws -> DocumentStructure {
            let sections = try Row.fetchAll(db, sql: """
                SELECT level, heading_start, heading_end, start_offset, end_offset, parent
                FROM section WHERE document = ? ORDER BY ordinal
                """, arguments: [documentRow]).map { row in
                Section(level: row[0], heading: TextRange(start: row[1], end: row[2]), range: TextRange(start: row[3], end: row[4]), parent: row[5])
            }
            let paragraphs = try Row.fetchAll(db, sql: """
                SELECT start_offset, end_offset, section FROM paragraph WHERE document = ? ORDER BY ordinal
                """, arguments: [documentRow]).map { row in
                Paragraph(range: TextRange(start: row[0], end: row[1]), section: row[2])
            }
            let sentences = try Row.fetchAll(db, sql: """
                SELECT start_offset, end_offset, paragraph, section, is_heading FROM sentence
                WHERE document = ? ORDER BY ordinal
                """, arguments: [documentRow]).map { row in
                Sentence(range: TextRange(start: row[0], end: row[1]), paragraph: row[2], section: row[3], isHeading: row[4])
            }
            return DocumentStructure(sections: sections, paragraphs: paragraphs, sentences: sentences)
    }

    /// SQLite's data version, which moves when another connection commits.
    public func changeCounter() throws(StoreError) -> Int64 {
        // SQLite counts other connections' commits per connection: asked always of the writer,
        // never of whichever reader the pool hands out, the count only moves when they commit.
        do {
            return try pool.writeWithoutTransaction { db in try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    // MARK: - Reading revisions

    private static func revisions(_ db: Database, source: String) throws -> [Revision] {
        try revisions(db, filter: "WHERE r.source = ?", arguments: [source])
    }

    private static func revisions(_ db: Database, documentID: DocumentID) throws -> [Revision] {
        try revisions(db, filter: "WHERE d.id = ?", arguments: [documentID.hex])
    }

    static func revisions(_ db: Database, filter: String, arguments: StatementArguments) throws -> [Revision] {
        try Row.fetchAll(db, sql: """
            SELECT r.source, r.number, r.ingested_at, d.id, p.id AS previous_id,
                   d.title, d.format, d.character_count, d.section_count, d.paragraph_count, d.sentence_count,
                   r.number = (SELECT MAX(number) FROM revision x WHERE x.source = r.source) AS is_latest,
                   r.source IN (SELECT source FROM retracted_source) AS is_retracted
            FROM revision r
            JOIN document d ON d.rowid = r.document
            LEFT JOIN document p ON p.rowid = r.previous_document
            \(filter)
            ORDER BY r.source, r.number
            """, arguments: arguments).map { row in
            Revision(source: row["source"], number: row["number"], document: DocumentID(hex: row["id"]),
                     previous: (row["previous_id"] as String?).map(DocumentID.init(hex:)),
                     ingestedAt: parseTimestamp(row["ingested_at"]), isLatest: row["is_latest"], isRetracted: row["is_retracted"],
                     summary: DocumentSummary(title: row["title"],
                                              format: DocumentFormat(rawValue: row["format"]) ?? .plainText,
                                              characterCount: row["character_count"], sectionCount: row["section_count"],
                                              paragraphCount: row["paragraph_count"], sentenceCount: row["sentence_count"]))
        }
    }

    // MARK: - Transactions and errors

    func perform<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            var result: T?
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
            }
            return result!
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? SentenceCoding.DecodingError { return StoreError(.corrupt(path: path, detail: "stored bytes are damaged: \(error.description)")) }
        guard let error = error as? DatabaseError else {
            return StoreError(.underlying(path: path, detail: "\(error)"))
        }
        let detail = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError(.locked(path: path))
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreError(.corrupt(path: path, detail: detail))
        case .SQLITE_CANTOPEN: return StoreError(.cannotOpen(path: path, detail: detail))
        case .SQLITE_READONLY: return StoreError(.readOnly(path: path))
        default: return StoreError(.underlying(path: path, detail: detail))
        }
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    private static func parseTimestamp(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }
}
