import Foundation
public import AnnalsCore
import GRDB
import AnnalsGrammar

/// What the analysis pipeline reads from each document at ingest (the grammar of its
/// sentences, dates, names, claims), stored with it under each stage's fingerprint and
/// read again when a stage's fingerprint changes.
extension SQLiteDocumentStore {
    /// Runs `stages` of `pipeline` over a document part by part, storing each part in order
    /// as the next is read, so a long document needs the memory of a few parts; replaces
    /// what those stages stored before.
    static func storeReadings(of text: ScalarText, structure: DocumentStructure, title: String, documentDate: HistoricalDate?, documentRow: Int64,
                              stages: Set<StageName>, given: AnalyzedDocument? = nil, pipeline: AnalysisPipeline, ahead: ReadAhead? = nil,
                              watch: IngestWatch, partLength: Int, db: Database) throws {
        try forget(stages, documentRow: documentRow, db: db)
        var claimOrdinal = 0, sentenceOrdinal = 0, pronouns = 0
        var evidence: [AliasEvidence] = []
        var tallies = NameTallies()
        var references: [PronounReference] = []
        var dates: [DateMention] = []
        var vocabulary = SentenceCoding.Vocabulary()
        let store = { (part: AnalyzedDocument) throws in
            try watch.check()
            if let claims = part.claims {
                try insertClaims(claims, from: claimOrdinal, text: text, documentRow: documentRow, db: db)
                claimOrdinal += claims.count
            }
            if let names = part.names {
                try insertMentions(names.mentions, documentRow: documentRow, db: db)
                tallies.add(names.mentions)
                evidence += names.evidence
                pronouns += names.pronouns
                references += names.references
            }
            if let grammar = part.grammar {
                try insertGrammar(grammar, from: sentenceOrdinal, text: text, vocabulary: &vocabulary, documentRow: documentRow, db: db)
                sentenceOrdinal += grammar.count
            }
            dates += part.dates ?? []
            watch.progress?(part.span.end, text.count)
        }
        // A reading made ahead is of every stage; its time counts against the limit.
        if let ahead {
            let (parts, seconds) = ahead.result
            if let limit = watch.limitSeconds, seconds > limit { throw StoreError(.timedOut(seconds: limit)) }
            for part in parts { try store(part) }
        } else {
            try pipeline.read(text, structure: structure, title: title, documentDate: documentDate, only: stages, given: given,
                              maximumPartLength: partLength, each: store)
        }
        if stages.contains(.claims) {
            try db.execute(sql: "INSERT OR REPLACE INTO claim_extraction (document, version) VALUES (?, ?)",
                           arguments: [documentRow, ClaimExtractor.version])
        }
        if stages.contains(.names) {
            try db.execute(sql: """
                INSERT OR REPLACE INTO name_extraction (document, version, pronouns, aliases, pronoun_references) VALUES (?, ?, ?, ?, ?)
                """, arguments: [documentRow, DocumentNames.version, pronouns, try StoredJSON.text(evidence), try StoredJSON.text(references)])
            try storeTallies(tallies.tallies, documentRow: documentRow, db: db)
        }
        if stages.contains(.grammar) {
            try db.execute(sql: "INSERT OR REPLACE INTO grammar_vocabulary (document, strings) VALUES (?, ?)",
                           arguments: [documentRow, Data(vocabulary.encoded)])
        }
        if stages.contains(.dates) {
            try db.execute(sql: "INSERT OR REPLACE INTO date_extraction (document, version) VALUES (?, ?)",
                           arguments: [documentRow, DateExtractor.version])
            try Self.storeDates(dates, documentRow: documentRow, db: db)
        }
        let record = try db.cachedStatement(sql: "INSERT OR REPLACE INTO stage_run (document, stage, fingerprint) VALUES (?, ?, ?)")
        for stage in pipeline.stages where stages.contains(stage.name) {
            try record.execute(arguments: [documentRow, stage.name.rawValue, stage.fingerprint])
        }
    }

    /// Removes what `stages` stored for a document, before they read it again.
    private static func forget(_ stages: Set<StageName>, documentRow: Int64, db: Database) throws {
        if stages.contains(.claims) {
            try db.execute(sql: "DELETE FROM claim WHERE document = ?", arguments: [documentRow])
            try db.execute(sql: "DELETE FROM entity_resolution")    // its claim index names these rows
        }
        if stages.contains(.names) { try db.execute(sql: "DELETE FROM mention WHERE document = ?", arguments: [documentRow]) }
        if stages.contains(.dates) { try db.execute(sql: "DELETE FROM date_mention WHERE document = ?", arguments: [documentRow]) }
        if stages.contains(.grammar) {
            try db.execute(sql: "DELETE FROM sentence_grammar WHERE document = ?", arguments: [documentRow])
            try db.execute(sql: "DELETE FROM grammar_vocabulary WHERE document = ?", arguments: [documentRow])
        }
    }

    public func grammar(for revision: Revision) throws(StoreError) -> [AnalyzedSentence] {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT rowid, text FROM document WHERE id = ?", arguments: [revision.document.hex]) else {
                throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
            }
            return try storedGrammar(db, documentRow: row["rowid"], text: ScalarText(row["text"] as String))
        }
    }

    /// What the grammar stage stored for a document, one analysis a sentence.
    func storedGrammar(_ db: Database, documentRow: Int64, text: ScalarText) throws -> [AnalyzedSentence] {
        do {
            let strings = try Data.fetchOne(db, sql: "SELECT strings FROM grammar_vocabulary WHERE document = ?", arguments: [documentRow])
            let vocabulary = try SentenceCoding.Vocabulary(decoding: [UInt8](strings ?? Data()))
            return try Data.fetchAll(db, sql: "SELECT words FROM sentence_grammar WHERE document = ? ORDER BY ordinal",
                                     arguments: [documentRow]).map { words throws(SentenceCoding.DecodingError) in
                try SentenceCoding.decode([UInt8](words), text: text, vocabulary: vocabulary)
            }
        } catch let error as SentenceCoding.DecodingError {
            throw StoreError(.corrupt(path: path, detail: "a sentence's grammar is damaged: \(error.description)"))
        }
    }

    /// A document with the stored output of `stages`, for stages run again to read.
    func storedAnalysis(_ db: Database, documentRow: Int64, text: ScalarText, structure: DocumentStructure, title: String,
                        documentDate: HistoricalDate?, stages: Set<StageName>) throws -> AnalyzedDocument {
        var document = AnalyzedDocument(text: text, structure: structure, title: title, documentDate: documentDate)
        if stages.contains(.grammar) { document.grammar = try storedGrammar(db, documentRow: documentRow, text: text) }
        if stages.contains(.dates) { document.dates = try Self.storedDates(db, documentRow: documentRow) }
        if stages.contains(.names) { document.names = try Self.storedNames(db, documentRow: documentRow) }
        return document
    }

    /// Each stage's stored fingerprint for a document.
    static func storedFingerprints(_ db: Database, documentRow: Int64) throws -> [StageName: String] {
        var stored: [StageName: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT stage, fingerprint FROM stage_run WHERE document = ?", arguments: [documentRow]) {
            if let name = StageName(rawValue: row["stage"]) { stored[name] = row["fingerprint"] }
        }
        return stored
    }

    /// Stores claims numbered from `first`, each with a quote selector.
    private static func insertClaims(_ claims: [Claim], from first: Int, text: ScalarText, documentRow: Int64, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO claim (document, ordinal, kind, predicate, subject, object, value, date_value, date_earliest, date_latest,
                               place, modality, attribution, evidence_start, evidence_end, quote_exact, quote_prefix, quote_suffix,
                               extractor, confidence, frame, others)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (offset, claim) in claims.enumerated() {
            let selector = TextQuoteSelector(range: claim.evidence, in: text)
            try statement.execute(arguments: [documentRow, first + offset, claim.kind.rawValue, claim.predicate, claim.subject.name, claim.object?.name,
                                              claim.value, claim.date?.value, claim.date?.earliest?.iso, claim.date?.latest?.iso,
                                              claim.place?.name, claim.modality.rawValue, claim.attribution?.name,
                                              claim.evidence.start, claim.evidence.end, selector.exact, selector.prefix, selector.suffix,
                                              claim.extractor.name, claim.confidence, Data(ClaimCoding.encode(claim)), Self.storedOthers(claim)])
        }
    }

    private static func insertMentions(_ mentions: [EntityMention], documentRow: Int64, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO mention (document, start_offset, end_offset, surface, cue, strong_cue, opens_sentence, refers_to, articled)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in mentions {
            try statement.execute(arguments: [documentRow, mention.range.start, mention.range.end, mention.surface, mention.cue?.rawValue,
                                              mention.isStrongCue, mention.opensSentence, mention.refersTo, mention.isArticled])
        }
    }

    /// Stores sentences numbered from `first` (their ordinals in the document).
    private static func insertGrammar(_ sentences: [AnalyzedSentence], from first: Int, text: ScalarText, vocabulary: inout SentenceCoding.Vocabulary,
                                      documentRow: Int64, db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO sentence_grammar (document, ordinal, words) VALUES (?, ?, ?)")
        for (offset, sentence) in sentences.enumerated() {
            let bytes = SentenceCoding.encode(sentence, text: text, vocabulary: &vocabulary)
            try statement.execute(arguments: [documentRow, first + offset, Data(bytes)])
        }
    }
}
