import Foundation
import AnnalsCore
import GRDB

/// The SQLite schema, as named migrations. A migration is never edited once shipped;
/// changes go in a new one.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 documents, revisions, structure, sentence search") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,            -- SHA-256 of text, hex
                    format TEXT NOT NULL,
                    title TEXT NOT NULL,
                    text TEXT NOT NULL,
                    character_count INTEGER NOT NULL,
                    section_count INTEGER NOT NULL,
                    paragraph_count INTEGER NOT NULL,
                    sentence_count INTEGER NOT NULL
                );
                CREATE TABLE revision (
                    rowid INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    previous_document INTEGER REFERENCES document(rowid),
                    source_byte_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL,          -- ISO 8601, UTC
                    UNIQUE (source, number)
                );
                CREATE TABLE section (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    ordinal INTEGER NOT NULL,
                    level INTEGER NOT NULL,
                    heading TEXT NOT NULL,
                    heading_start INTEGER NOT NULL,
                    heading_end INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    parent INTEGER,
                    PRIMARY KEY (document, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE paragraph (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    ordinal INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    section INTEGER,
                    PRIMARY KEY (document, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE sentence (
                    rowid INTEGER PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    ordinal INTEGER NOT NULL,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    paragraph INTEGER,
                    section INTEGER,
                    is_heading INTEGER NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX sentence_by_document ON sentence(document, ordinal);
                CREATE VIRTUAL TABLE sentence_search USING fts5(
                    text, content='sentence', content_rowid='rowid',
                    tokenize='unicode61 remove_diacritics 2'
                );
                """)
        }
        migrator.registerMigration("v2 claims") { db in
            try db.execute(sql: """
                CREATE TABLE claim (
                    rowid INTEGER PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,                 -- event, relation, position, membership, authorship, quote
                    predicate TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    object TEXT,
                    value TEXT,
                    date_value TEXT,                    -- EDTF, Gregorian
                    date_earliest TEXT,
                    date_latest TEXT,
                    place TEXT,
                    modality TEXT NOT NULL,
                    attribution TEXT,
                    evidence_start INTEGER NOT NULL,    -- code points
                    evidence_end INTEGER NOT NULL,
                    quote_exact TEXT NOT NULL,          -- W3C TextQuoteSelector, for re-anchoring
                    quote_prefix TEXT NOT NULL,
                    quote_suffix TEXT NOT NULL,
                    extractor TEXT NOT NULL,
                    confidence REAL NOT NULL,
                    frame TEXT NOT NULL                 -- the whole claim, JSON
                );
                CREATE INDEX claim_by_document ON claim(document, ordinal);
                CREATE INDEX claim_by_subject ON claim(subject);
                CREATE TABLE claim_extraction (
                    document INTEGER PRIMARY KEY REFERENCES document(rowid),
                    version INTEGER NOT NULL            -- ClaimExtractor.version that produced the rows
                );
                """)
        }
        migrator.registerMigration("v3 names and entities") { db in
            try db.execute(sql: """
                -- What each document's own text says about names (found at ingest).
                CREATE TABLE mention (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    start_offset INTEGER NOT NULL,      -- code points
                    end_offset INTEGER NOT NULL,
                    surface TEXT NOT NULL,
                    cue TEXT,                           -- person, group, place, org, work, event
                    strong_cue INTEGER NOT NULL,
                    opens_sentence INTEGER NOT NULL
                );
                CREATE INDEX mention_by_document ON mention(document, start_offset);
                CREATE TABLE name_extraction (
                    document INTEGER PRIMARY KEY REFERENCES document(rowid),
                    version INTEGER NOT NULL,           -- DocumentNames.version that produced the rows
                    pronouns INTEGER NOT NULL,
                    aliases TEXT NOT NULL               -- stated identities, JSON
                );
                -- Names resolved across the latest revisions; rebuilt when they change.
                CREATE TABLE entity_resolution (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    fingerprint TEXT NOT NULL           -- versions and latest documents it was computed for
                );
                CREATE TABLE entity (
                    ordinal INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    type TEXT NOT NULL,
                    names TEXT NOT NULL,                -- JSON, canonical first
                    aliases TEXT NOT NULL,              -- JSON, stated identities
                    merges TEXT NOT NULL,               -- JSON, automatic joins
                    pronouns TEXT NOT NULL              -- JSON, by document number in the resolution
                );
                CREATE TABLE claim_entity (
                    claim INTEGER NOT NULL,             -- claim.rowid (rebuilt with the resolution)
                    entity TEXT NOT NULL
                );
                CREATE INDEX claim_entity_by_entity ON claim_entity(entity, claim);
                """)
        }
        migrator.registerMigration("v4 dates") { db in
            try db.execute(sql: """
                CREATE TABLE date_extraction (
                    document INTEGER PRIMARY KEY REFERENCES document(rowid),
                    version INTEGER NOT NULL,           -- DateExtractor.version that produced them
                    mentions TEXT NOT NULL              -- every date expression, resolved, JSON
                );
                """)
        }
        migrator.registerMigration("v5 retractions") { db in
            try db.execute(sql: """
                CREATE TABLE source_event (
                    id INTEGER PRIMARY KEY,
                    source TEXT NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('retract', 'restore')),
                    at TEXT NOT NULL                    -- ISO 8601, UTC
                );
                CREATE INDEX source_event_by_source ON source_event(source, id);
                CREATE VIEW retracted_source AS
                    SELECT e.source FROM source_event e
                    WHERE e.id = (SELECT MAX(id) FROM source_event x WHERE x.source = e.source) AND e.action = 'retract';
                """)
        }
        migrator.registerMigration("v6 analysis stages") { db in
            try db.execute(sql: """
                -- Which stage (grammar, dates, names, claims) read each document, with what
                -- version and model: a stage whose fingerprint differs from the code's runs again.
                CREATE TABLE stage_run (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    stage TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    PRIMARY KEY (document, stage)
                ) WITHOUT ROWID;
                INSERT INTO stage_run SELECT document, 'claims', 'claims v' || version FROM claim_extraction;
                INSERT INTO stage_run SELECT document, 'names', 'names v' || version FROM name_extraction;
                INSERT INTO stage_run SELECT document, 'dates', 'dates v' || version FROM date_extraction;
                -- Each sentence's tokens, tags, lemmas, features and tree (SentenceCoding).
                CREATE TABLE sentence_grammar (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    ordinal INTEGER NOT NULL,           -- the sentence's ordinal in the document
                    words BLOB NOT NULL,
                    PRIMARY KEY (document, ordinal)
                ) WITHOUT ROWID;
                -- The strings (tags, relations, features, lemmas) a document's sentences name.
                CREATE TABLE grammar_vocabulary (
                    document INTEGER PRIMARY KEY REFERENCES document(rowid),
                    strings BLOB NOT NULL
                );
                """)
        }
        migrator.registerMigration("v7 pronoun references") { db in
            // Who each personal pronoun stands for (JSON [PronounReference]), from the coreference model.
            try db.execute(sql: "ALTER TABLE name_extraction ADD COLUMN pronoun_references TEXT NOT NULL DEFAULT '[]'")
        }
        migrator.registerMigration("v8 mentions referring back") { db in
            // For a body's head noun alone ("the Union"), the name of the body it refers back to.
            try db.execute(sql: "ALTER TABLE mention ADD COLUMN refers_to TEXT")
        }
        migrator.registerMigration("v9 names after the article") { db in
            // Whether a name read as someone's stood right after "the" (EntityMention.isArticled).
            try db.execute(sql: "ALTER TABLE mention ADD COLUMN articled INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v10 the document's own date") { db in
            // When the document was written (JSON HistoricalDate), given at ingest or in HTML metadata.
            try db.execute(sql: "ALTER TABLE document ADD COLUMN written TEXT")
        }
        migrator.registerMigration("v11 search terms") { db in
            // The words the search index holds, with the sentences holding each (a view of the index, no data).
            try db.execute(sql: "CREATE VIRTUAL TABLE sentence_terms USING fts5vocab(sentence_search, row)")
        }
        migrator.registerMigration("v12 dates by position") { db in
            // Each date expression a row (JSON DateMention), found by its position: a reader of one sentence
            // reads its dates, not the document's. The rows of the JSON list each document kept are moved here.
            try db.execute(sql: """
                CREATE TABLE date_mention (
                    document INTEGER NOT NULL REFERENCES document(rowid),
                    start_offset INTEGER NOT NULL,      -- code points
                    mention TEXT NOT NULL               -- JSON DateMention
                );
                CREATE INDEX date_mention_by_document ON date_mention(document, start_offset);
                """)
            let kept = try Row.fetchCursor(db, sql: "SELECT document, mentions FROM date_extraction ORDER BY document")
            while let row = try kept.next() {
                try SQLiteDocumentStore.storeDates(try StoredJSON.value([DateMention].self, from: row["mentions"]), documentRow: row["document"], db: db)
            }
            try db.execute(sql: "ALTER TABLE date_extraction DROP COLUMN mentions")
        }
        migrator.registerMigration("v13 name tallies") { db in
            // What each document says of each of its names, summed over its mentions (NameTallyCoding):
            // the join across documents reads these, not every mention. Summed now from the stored mentions.
            try db.execute(sql: "ALTER TABLE name_extraction ADD COLUMN tallies BLOB")
            for documentRow in try Int64.fetchAll(db, sql: "SELECT document FROM name_extraction ORDER BY document") {
                try SQLiteDocumentStore.storeTallies(NameTally.tallies(of: SQLiteDocumentStore.storedMentions(db, documentRow: documentRow)),
                                                     documentRow: documentRow, db: db)
            }
        }
        migrator.registerMigration("v14 claims by participant") { db in
            // Filing claims under entities after each join reads every current claim's participants:
            // from this index alone, not from the claims' rows (whose frames are most of the database).
            try db.execute(sql: "CREATE INDEX claim_participants ON claim(document, subject, object)")
        }
        migrator.registerMigration("v15 claims and dates in byte form") { db in
            // Every read of the record decodes claims and dates: kept as ClaimCoding and DateMentionCoding
            // bytes, not JSON text. Rows still holding JSON are rewritten (rows stored as bytes are kept).
            try rewrite(db, table: "claim", column: "frame") { ClaimCoding.encode(try StoredJSON.value(Claim.self, from: $0)) }
            try rewrite(db, table: "date_mention", column: "mention") { DateMentionCoding.encode(try StoredJSON.value(DateMention.self, from: $0)) }
        }
        migrator.registerMigration("v16 claims filed under every entity they name") { db in
            // A reader of one entity (its timeline) reads the claims filed under it, so claims are filed under
            // the other participants and the place too (role 1; the asker reads role 0, subject and object).
            // Their names join the participants' index; the filing is redone at the next join.
            try db.execute(sql: """
                ALTER TABLE claim ADD COLUMN others TEXT;      -- the other participants' names, each ended by U+001F
                ALTER TABLE claim_entity ADD COLUMN role INTEGER NOT NULL DEFAULT 0;  -- 0 subject or object, 1 another participant or the place
                DROP INDEX claim_participants;
                CREATE INDEX claim_participants ON claim(document, subject, object, place, others);
                DELETE FROM entity_resolution;
                """)
            let update = try db.makeStatement(sql: "UPDATE claim SET others = ? WHERE rowid = ?")
            let rows = try Row.fetchCursor(db, sql: "SELECT rowid, frame FROM claim")
            while let row = try rows.next() {
                let claim = try ClaimCoding.decode([UInt8](row[1] as Data))
                if let others = SQLiteDocumentStore.storedOthers(claim) { try update.execute(arguments: [others, row[0] as Int64]) }
            }
        }
        migrator.registerMigration("v17 sentence shapes from the index") { db in
            // A reader of every document's sentences (the entities' related people) reads their spans from
            // an index alone, not from the sentence rows, which hold the sentences' text.
            try db.execute(sql: """
                CREATE INDEX sentence_shape ON sentence(document, ordinal, start_offset, end_offset, paragraph, section, is_heading);
                DROP INDEX sentence_by_document;
                """)
        }
        return migrator
    }

    /// Replaces each JSON text of `column` with the bytes `encode` makes of it.
    private static func rewrite(_ db: Database, table: String, column: String, encode: (String) throws -> [UInt8]) throws {
        let update = try db.makeStatement(sql: "UPDATE \(table) SET \(column) = ? WHERE rowid = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, \(column) FROM \(table) WHERE typeof(\(column)) = 'text'")
        while let row = try rows.next() { try update.execute(arguments: [Data(try encode(row[1])), row[0] as Int64]) }
    }
}
