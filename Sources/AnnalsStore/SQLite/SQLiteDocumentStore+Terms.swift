import Foundation
import GRDB

/// The words of the search index (`sentence_terms`, SQLite's vocabulary view of the FTS5 index).
extension SQLiteDocumentStore {
    public func searchTerms(startingWith prefix: String) throws(StoreError) -> [String: Int] {
        try read { db in
            // (Terms compare as UTF-8 bytes: every one beginning with the prefix sorts below it and U+10FFFF.)
            let rows = try Row.fetchAll(db, sql: "SELECT term, doc FROM sentence_terms WHERE term >= ? AND term < ?",
                                        arguments: [prefix, prefix + "\u{10FFFF}"])
            return Dictionary(rows.map { ($0["term"] as String, $0["doc"] as Int) }, uniquingKeysWith: max)
        }
    }

    public func hasSearchTerm(_ term: String) throws(StoreError) -> Bool {
        // (A phrase of one word, quoted: no operator in it is read as one. No ranking: the first match will do.)
        let phrase = "\"" + term.replacingOccurrences(of: "\"", with: "") + "\""
        return try read { db in try Int.fetchOne(db, sql: "SELECT 1 FROM sentence_search WHERE sentence_search MATCH ? LIMIT 1", arguments: [phrase]) != nil }
    }
}
