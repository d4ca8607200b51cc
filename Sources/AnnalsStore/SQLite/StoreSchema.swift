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
        return migrator
    }
}
