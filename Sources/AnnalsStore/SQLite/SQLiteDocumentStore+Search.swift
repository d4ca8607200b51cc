import AnnalsCore
import Foundation
import GRDB

/// Full-text search over the stored sentences (`sentence_search`, SQLite's FTS5), ranked by BM25.
extension SQLiteDocumentStore {
    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let pattern: String
        do {
            pattern = try FullTextQuery.translate(query.text)
        } catch {
            switch error {
            case .noWords:
                throw StoreError(.invalidQuery(query: query.text, detail: "it has no words to look for"))
            case .prefixTooShort(let term):
                throw StoreError(.invalidQuery(query: query.text, detail: "\(term) is too short a prefix; give at least two letters before *"))
            case .tooManyTerms(let count):
                throw StoreError(.invalidQuery(query: query.text, detail: "it combines \(count) words or phrases; at most \(FullTextQuery.maximumTerms) are searched at once"))
            }
        }
        return try read { db in
            // Which documents may answer: each source's latest revision unless asked for all,
            // and only the named source if one is given. Skipped when it would keep everything.
            let hasEarlierRevisions = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) > COUNT(DISTINCT source) OR EXISTS (SELECT 1 FROM retracted_source) FROM revision
                """) == 1
            let filtersDocuments = query.source != nil || (hasEarlierRevisions && !query.includesEarlierRevisions)
            let eligibleDocuments = """
                SELECT r.document FROM revision r
                WHERE (:all OR (r.number = (SELECT MAX(number) FROM revision x WHERE x.source = r.source)
                                AND r.source NOT IN (SELECT source FROM retracted_source)))
                  AND (:source IS NULL OR r.source = :source)
                """
            var arguments: StatementArguments = [:]
            if filtersDocuments {
                arguments += ["all": query.includesEarlierRevisions, "source": query.source]
            }
            do {
                // Rank on integers alone; build snippets only for the rows returned.
                let ranked = try Self.rankedSentences(db, pattern: pattern, filter: filtersDocuments ? eligibleDocuments : nil,
                                                      arguments: arguments, limit: max(query.limit, 0))
                guard !ranked.isEmpty else { return [] }
                let scores = Dictionary(uniqueKeysWithValues: ranked)
                let rows = try Self.hitRows(db, sentences: Array(scores.keys), highlighting: query.highlights ? pattern : nil)
                let bySentence = Dictionary(uniqueKeysWithValues: rows.map { ($0["sentence"] as Int64, $0) })
                let revisionByDocument = try Self.answeringRevisions(
                    db, documentIDs: Array(Set(rows.map { $0["document_id"] as String })), for: query)
                return ranked.compactMap { sentence, _ -> SearchHit? in
                    guard let row = bySentence[sentence], let revision = revisionByDocument[row["document_id"]] else { return nil }
                    return SearchHit(revision: revision,
                                     range: TextRange(start: row["start_offset"], end: row["end_offset"]),
                                     quote: row["text"], snippet: Self.mergingAdjacentHighlights((row["snippet"] as String?) ?? row["text"]),
                                     sectionHeading: row["heading"], score: -(scores[sentence] ?? 0))
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                throw StoreError(.invalidQuery(query: query.text, detail: error.message ?? "not a valid search"))
            }
        }
    }

    /// The sentences' documents, offsets, text and section headings; with a snippet marking
    /// the words of `highlighting` where given.
    static func hitRows(_ db: Database, sentences: [Int64], highlighting pattern: String?) throws -> [Row] {
        let ids = try StoredJSON.text(sentences)
        guard let pattern else {
            return try Row.fetchAll(db, sql: """
                SELECT s.rowid AS sentence, d.id AS document_id, s.start_offset, s.end_offset, s.text, sec.heading
                FROM sentence s
                JOIN document d ON d.rowid = s.document
                LEFT JOIN section sec ON sec.document = s.document AND sec.ordinal = s.section
                WHERE s.rowid IN (SELECT value FROM json_each(?))
                """, arguments: [ids])
        }
        return try Row.fetchAll(db, sql: """
            SELECT sentence_search.rowid AS sentence, d.id AS document_id, s.start_offset, s.end_offset, s.text,
                   sec.heading, snippet(sentence_search, 0, char(2), char(3), '…', 40) AS snippet
            FROM sentence_search
            JOIN sentence s ON s.rowid = sentence_search.rowid
            JOIN document d ON d.rowid = s.document
            LEFT JOIN section sec ON sec.document = s.document AND sec.ordinal = s.section
            WHERE sentence_search MATCH ? AND sentence_search.rowid IN (SELECT value FROM json_each(?))
            """, arguments: [pattern, ids])
    }

    /// For each document with hits, the revision that stands for it: the latest of its
    /// source (an earlier one only when the query asks for earlier revisions).
    static func answeringRevisions(_ db: Database, documentIDs: [String], for query: SearchQuery) throws -> [String: Revision] {
        let revisions = try Self.revisions(db, filter: "WHERE d.id IN (SELECT value FROM json_each(?))",
                                           arguments: [StoredJSON.text(documentIDs)])
        var chosen: [String: Revision] = [:]
        for revision in revisions where (query.includesEarlierRevisions || revision.isCurrent)
            && (query.source.map { revision.source == $0 } ?? true) {
            if let existing = chosen[revision.document.hex], existing.isCurrent, !revision.isCurrent { continue }
            chosen[revision.document.hex] = revision
        }
        return chosen
    }

    /// The sentences matching `pattern`, best first, each with its BM25 score; of a search for
    /// any of several words some of which are common, found as ``CommonWordSearch`` says.
    /// `filter` is a query for the documents that may answer, if not every one.
    static func rankedSentences(_ db: Database, pattern: String, filter: String?, arguments: StatementArguments,
                                limit: Int, budget: Int = CommonWordSearch.budget) throws -> [(Int64, Double)] {
        func ranked(_ pattern: String) throws -> [(Int64, Double)] {
            return try Row.fetchAll(db, sql: """
                SELECT sentence_search.rowid AS sentence, bm25(sentence_search) AS score
                FROM sentence_search
                \(filter != nil ? "JOIN sentence s ON s.rowid = sentence_search.rowid" : "")
                WHERE sentence_search MATCH :pattern
                \(filter.map { "AND s.document IN (\($0))" } ?? "")
                ORDER BY score, sentence_search.rowid
                LIMIT :limit
                """, arguments: arguments + ["pattern": pattern, "limit": limit]).map { ($0["sentence"], $0["score"]) }
        }
        guard let terms = CommonWordSearch.disjuncts(of: pattern),
              let plan = CommonWordSearch.plan(terms, counts: try terms.map { try sentenceCount(db, writing: $0) }, budget: budget) else { return try ranked(pattern) }
        return CommonWordSearch.merge(gathered: try ranked(plan.gatheringPattern), both: try ranked(plan.bothPattern), limit: limit)
    }

    /// How many sentences write the term (any word it begins, for a prefix), read from the
    /// index's vocabulary: a word written in several forms is counted once per form.
    static func sentenceCount(_ db: Database, writing term: CommonWordSearch.Term) throws -> Int {
        // (As the index reads words: lower-cased, without diacritics.)
        let word = term.word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        if term.isPrefix {
            return try Int.fetchOne(db, sql: "SELECT coalesce(sum(doc), 0) FROM sentence_terms WHERE term >= ? AND term < ?",
                                    arguments: [word, word + "\u{10FFFF}"]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT coalesce(sum(doc), 0) FROM sentence_terms WHERE term = ?", arguments: [word]) ?? 0
    }

    /// "[ice] [axe]" becomes "[ice axe]": one highlight per run of matched words.
    static func mergingAdjacentHighlights(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: SearchHit.highlightEnd + " " + SearchHit.highlightStart, with: " ")
    }

}
