import Foundation
import AnnalsCore
import GRDB

/// What is read from each document at ingest (claims, names, dates), stored with it and
/// read again when the rules that found it change.
extension SQLiteDocumentStore {
    /// Reads `readings` of a document part by part, storing each part before reading the
    /// next, so a long document needs the memory of one part; replaces what was stored.
    static func storeReadings(of text: ScalarText, structure: DocumentStructure, title: String, documentRow: Int64,
                              readings: DocumentAnalysis.Readings, watch: IngestWatch, partLength: Int, db: Database) throws {
        if readings.contains(.claims) {
            try db.execute(sql: "DELETE FROM claim WHERE document = ?", arguments: [documentRow])
            try db.execute(sql: "DELETE FROM entity_resolution")    // its claim index names these rows
        }
        if readings.contains(.names) { try db.execute(sql: "DELETE FROM mention WHERE document = ?", arguments: [documentRow]) }
        var ordinal = 0, pronouns = 0
        var evidence: [AliasEvidence] = []
        var dates: [DateMention] = []
        try DocumentAnalysis.read(text, structure: structure, title: title, readings: readings,
                                  maximumPartLength: partLength) { (part: DocumentAnalysis) throws in
            try watch.check()
            try insertClaims(part.claims, from: ordinal, text: text, documentRow: documentRow, db: db)
            ordinal += part.claims.count
            try insertMentions(part.names.mentions, documentRow: documentRow, db: db)
            evidence += part.names.evidence
            pronouns += part.names.pronouns
            dates += part.dates
            watch.progress?(part.span.end, text.count)
        }
        if readings.contains(.claims) {
            try db.execute(sql: "INSERT OR REPLACE INTO claim_extraction (document, version) VALUES (?, ?)",
                           arguments: [documentRow, ClaimExtractor.version])
        }
        if readings.contains(.names) {
            try db.execute(sql: "INSERT OR REPLACE INTO name_extraction (document, version, pronouns, aliases) VALUES (?, ?, ?, ?)",
                           arguments: [documentRow, DocumentNames.version, pronouns, try StoredJSON.text(evidence)])
        }
        if readings.contains(.dates) {
            try db.execute(sql: "INSERT OR REPLACE INTO date_extraction (document, version, mentions) VALUES (?, ?, ?)",
                           arguments: [documentRow, DateExtractor.version, try StoredJSON.text(dates)])
        }
    }

    /// Stores claims numbered from `first`, each with a quote selector.
    private static func insertClaims(_ claims: [Claim], from first: Int, text: ScalarText, documentRow: Int64, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO claim (document, ordinal, kind, predicate, subject, object, value, date_value, date_earliest, date_latest,
                               place, modality, attribution, evidence_start, evidence_end, quote_exact, quote_prefix, quote_suffix,
                               extractor, confidence, frame)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (offset, claim) in claims.enumerated() {
            let selector = TextQuoteSelector(range: claim.evidence, in: text)
            try statement.execute(arguments: [documentRow, first + offset, claim.kind.rawValue, claim.predicate, claim.subject.name, claim.object?.name,
                                              claim.value, claim.date?.value, claim.date?.earliest?.iso, claim.date?.latest?.iso,
                                              claim.place?.name, claim.modality.rawValue, claim.attribution?.name,
                                              claim.evidence.start, claim.evidence.end, selector.exact, selector.prefix, selector.suffix,
                                              claim.extractor, claim.confidence, try StoredJSON.text(claim)])
        }
    }

    private static func insertMentions(_ mentions: [EntityMention], documentRow: Int64, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO mention (document, start_offset, end_offset, surface, cue, strong_cue, opens_sentence) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in mentions {
            try statement.execute(arguments: [documentRow, mention.range.start, mention.range.end, mention.surface, mention.cue?.rawValue,
                                              mention.isStrongCue, mention.opensSentence])
        }
    }
}
