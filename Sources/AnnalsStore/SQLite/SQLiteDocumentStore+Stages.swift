import AnnalsCore
import AnnalsGrammar
import GRDB

/// The stages a store's documents were read by, and reading again those whose
/// fingerprints changed.
extension SQLiteDocumentStore {
    /// The pipeline that reads documents: the one given, else the shipped one.
    func pipeline() throws(StoreError) -> AnalysisPipeline {
        if let givenPipeline { return givenPipeline }
        do { return try AnalysisPipeline.shipped() } catch { throw StoreError(.missingModel(detail: error.description)) }
    }

    /// Reads again, with the stages whose fingerprints changed (and those that read their
    /// output), every document stored before a stage existed or by an older one: one
    /// transaction per document, so an interrupted run resumes.
    func extractStaleReadings(announce: ((Rereading) -> Void)? = nil) throws {
        let plan = plan
        // Every open of the store asks this, so it is two queries, not one a document.
        let stale = try pool.read { db in
            var stored: [Int64: [StageName: String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT document, stage, fingerprint FROM stage_run") {
                if let name = StageName(rawValue: row["stage"]) { stored[row["document"], default: [:]][name] = row["fingerprint"] }
            }
            var changed = Set<StageName>()
            let stale = try Row.fetchAll(db, sql: "SELECT rowid, title FROM document ORDER BY rowid").compactMap { row -> (Int64, String, Set<StageName>)? in
                let documentRow: Int64 = row["rowid"]
                let stages = plan.stagesToRun(stored: stored[documentRow] ?? [:])
                changed.formUnion(plan.stages.filter { stored[documentRow]?[$0.name] != $0.fingerprint }.map(\.name))
                return stages.isEmpty ? nil : (documentRow, row["title"], stages)
            }
            return (stale, changed)
        }
        guard !stale.0.isEmpty else { return }
        announce?(.starting(documents: stale.0.count, changed: stale.1, run: stale.0.reduce(into: Set<StageName>()) { $0.formUnion($1.2) }))
        let pipeline = try pipeline()
        for (done, (documentRow, title, stages)) in stale.0.enumerated() {
            try pool.writeWithoutTransaction { db in try db.inTransaction(.immediate) {
                guard let row = try Row.fetchOne(db, sql: "SELECT text, written FROM document WHERE rowid = ?", arguments: [documentRow]) else { return .commit }
                let text: String = row["text"]
                let documentDate = try (row["written"] as String?).map { try StoredJSON.value(HistoricalDate.self, from: $0) }
                // Another process may have read it meanwhile.
                let current = plan.stagesToRun(stored: try Self.storedFingerprints(db, documentRow: documentRow)).intersection(stages)
                guard !current.isEmpty else { return .commit }
                let scalars = ScalarText(text), structure = try Self.structure(db, documentRow: documentRow)
                // What the stages run read and is still fresh is read back, not worked out again.
                var run = current
                var given: AnalyzedDocument? = try storedAnalysis(db, documentRow: documentRow, text: scalars, structure: structure,
                                                                  title: title, documentDate: documentDate, stages: plan.inputs(of: run))
                // A stored grammar that does not fit the sentences is read again, with all that reads it.
                if let grammar = given?.grammar, grammar.count != structure.sentences.count {
                    run = plan.stagesToRun(stored: [:])
                    given = nil
                }
                try Self.storeReadings(of: scalars, structure: structure, title: title, documentDate: documentDate, documentRow: documentRow, stages: run,
                                       given: given, pipeline: pipeline, watch: .none, partLength: maximumPartLength, db: db)
                return .commit
            } }
            announce?(.progress(done: done + 1, total: stale.0.count))
        }
    }
}
