import Foundation
import AnnalsCore
import GRDB

/// Writing a new document: its text, sections, paragraphs and sentences (with their
/// search index), then what every stage of the pipeline reads from it.
extension SQLiteDocumentStore {
    static func insert(_ document: PreparedDocument, pipeline: AnalysisPipeline, ahead: ReadAhead? = nil, watch: IngestWatch,
                       partLength: Int, db: Database) throws -> Int64 {
        let structure = document.structure
        let text = ScalarText(document.text)
        try db.execute(sql: """
            INSERT INTO document (id, format, title, text, character_count, section_count, paragraph_count, sentence_count, written)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [document.id.hex, document.format.rawValue, document.title, document.text, text.count,
                             structure.sections.count, structure.paragraphs.count, structure.sentences.count,
                             try document.documentDate.map { try StoredJSON.text($0) }])
        let documentRow = db.lastInsertedRowID
        let sectionStatement = try db.cachedStatement(sql: """
            INSERT INTO section (document, ordinal, level, heading, heading_start, heading_end, start_offset, end_offset, parent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, section) in structure.sections.enumerated() {
            try sectionStatement.execute(arguments: [documentRow, ordinal, section.level, text.string(in: section.heading),
                                                     section.heading.start, section.heading.end,
                                                     section.range.start, section.range.end, section.parent])
        }
        let paragraphStatement = try db.cachedStatement(sql: """
            INSERT INTO paragraph (document, ordinal, start_offset, end_offset, section) VALUES (?, ?, ?, ?, ?)
            """)
        for (ordinal, paragraph) in structure.paragraphs.enumerated() {
            try paragraphStatement.execute(arguments: [documentRow, ordinal, paragraph.range.start,
                                                       paragraph.range.end, paragraph.section])
        }
        let sentenceStatement = try db.cachedStatement(sql: """
            INSERT INTO sentence (document, ordinal, start_offset, end_offset, paragraph, section, is_heading, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let searchStatement = try db.cachedStatement(sql: "INSERT INTO sentence_search (rowid, text) VALUES (?, ?)")
        for (ordinal, sentence) in structure.sentences.enumerated() {
            let quote = text.string(in: sentence.range)
            try sentenceStatement.execute(arguments: [documentRow, ordinal, sentence.range.start, sentence.range.end,
                                                      sentence.paragraph, sentence.section, sentence.isHeading, quote])
            try searchStatement.execute(arguments: [db.lastInsertedRowID, quote])
        }
        try storeReadings(of: text, structure: structure, title: document.title, documentDate: document.documentDate, documentRow: documentRow,
                          stages: Set(pipeline.stages.map(\.name)), pipeline: pipeline, ahead: ahead, watch: watch, partLength: partLength, db: db)
        return documentRow
    }
}
