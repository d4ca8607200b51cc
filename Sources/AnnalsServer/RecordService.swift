import AnnalsCore
public import AnnalsStore
import AnnalsRecord
import AnnalsIngest
import Foundation
import Hummingbird

/// The record the reading room serves, loaded once: every source's latest revision,
/// the entities resolved across them, and the asker. An actor, because the asker reads
/// documents into a cache as questions need them.
public actor RecordService {
    let store: any DocumentStore
    private var loaded: LoadedEntities?
    private var reconciled: ReconciledRecord?
    private var asker: Asker?
    /// Answers already worked out, until the record changes: a dossier and a question cost
    /// a full pass over the record the first time (seconds on 100 MB) and nothing after.
    private var entityPages = BoundedCache<String, EntityJSON>(capacity: 2_000)
    private var answers = BoundedCache<String, AskJSON>(capacity: 5_000)
    /// Timelines, and one speaker's quotations, by the name asked for.
    private var timelines = BoundedCache<String, TimelineJSON>(capacity: 500)
    private var speakers = BoundedCache<String, [QuoteJSON]>(capacity: 500)
    /// JSON bodies of entities and timelines as sent, at most 64 MB of them: encoding a large one
    /// costs more than reading it.
    private var bodies = BoundedCache<String, ByteBuffer>(capacity: 1_000, budget: 64 << 20, cost: { $0.readableBytes })
    /// Rendered HTML pages (dossiers), by entity id.
    private var pages = BoundedCache<String, String>(capacity: 500)
    /// The store's change counter when what is kept was read, and when it was last asked.
    private var seenVersion: Int64?
    private var lastCheck = ContinuousClock.now - .seconds(1)

    public init(store: any DocumentStore) {
        self.store = store
    }

    /// Forgets everything kept when another process (an `annals ingest`, a retraction) has
    /// changed the database since it was read; asks the store at most four times a second.
    func refreshIfChanged() throws {
        let now = ContinuousClock.now
        guard now - lastCheck >= .milliseconds(250) else { return }
        lastCheck = now
        let version = try store.changeCounter()
        if let seenVersion, seenVersion != version { forget() }
        seenVersion = version
    }

    private func forget() {
        loaded = nil
        reconciled = nil
        asker = nil
        entityPages.removeAll()
        timelines.removeAll()
        speakers.removeAll()
        bodies.removeAll()
        answers.removeAll()
        pages.removeAll()
    }

    /// A rendered page kept for `key`, if the record has not changed since.
    func page(_ key: String) throws -> String? {
        try refreshIfChanged()
        return pages[key]
    }

    func keep(page: String, for key: String) {
        pages[key] = page
    }

    /// Every revision of every source, latest first within a source.
    func revisions() throws -> [Revision] {
        try store.revisions()
    }

    /// The entities, with every document's structure and the texts of the documents `quoting`
    /// (the others' texts are read when a page quotes them).
    func entities(quoting numbers: Set<Int> = []) throws -> LoadedEntities {
        try refreshIfChanged()
        if loaded == nil { loaded = try LoadedEntities(store: store, documents: .structure) }
        if !numbers.isEmpty { try loaded!.read(numbers, .text, from: store) }
        return loaded!
    }

    func entitySummaries(type: EntityType?) throws -> [EntitySummaryJSON] {
        let loaded = try entities()
        return loaded.index.entities.filter { type == nil || $0.type == type }.map { EntitySummaryJSON($0, loaded: loaded) }
    }

    /// One entity by any name it goes by; `RecordError` (a 404) with a suggestion when none.
    func entity(named name: String) throws -> EntityJSON {
        let entity = try entities().entity(named: name)
        if let known = entityPages[entity.id] { return known }
        let json = EntityJSON(entity, loaded: try entities(quoting: EntityJSON.quoted(entity)))
        entityPages[entity.id] = json
        return json
    }

    /// An entity's JSON body, as sent (kept like the entity).
    func entityBody(named name: String) throws -> ByteBuffer {
        let entity = try entity(named: name)
        return try body("entity|" + entity.id) { entity }
    }

    /// A timeline's JSON body, as sent.
    func timelineBody(of name: String, undated: Bool) throws -> ByteBuffer {
        let timeline = try timeline(of: name, undated: undated)
        return try body((undated ? "timeline-all|" : "timeline|") + timeline.entity.id) { timeline }
    }

    /// The body kept for `key`, else `value()` encoded now and kept.
    private func body(_ key: String, _ value: () -> some Encodable) throws -> ByteBuffer {
        if let kept = bodies[key] { return kept }
        let encoded = ByteBuffer(bytes: try JSONResponse.encoder.encode(value()))
        bodies[key] = encoded
        return encoded
    }

    /// Full-text search needs nothing the actor keeps, so it does not wait behind a question.
    nonisolated func search(_ query: String, limit: Int) throws -> SearchJSON {
        SearchJSON(query: query, hits: try store.search(SearchQuery(text: query, limit: limit)))
    }

    /// The search read as meant where a word of it is misspelt (`SpellingReader`), when that finds
    /// sentences; nil otherwise.
    nonisolated func suggestion(for query: String) -> String? {
        SpellingReader.suggestion(for: query, store: store)
    }

    func ask(_ question: String) throws -> AskJSON {
        try refreshIfChanged()
        let key = question.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let known = answers[key] { return AskJSON(question: question, status: known.status, answers: known.answers, readings: known.readings) }
        if asker == nil { asker = try Asker(store: store) }
        let answer = try asker!.ask(question)
        answers[key] = answer
        return answer
    }

    /// Counts for the home page.
    struct Summary: Sendable {
        var sources: Int
        var revisions: Int
        var sentences: Int
        var entitiesByType: [EntityType: Int]
        var documents: [RevisionJSON]
        var mostMentioned: [EntitySummaryJSON]
    }

    func summary() throws -> Summary {
        let all = try store.revisions()
        let latest = all.filter(\.isCurrent)
        let loaded = try entities()
        let people = loaded.index.entities.filter { $0.type == .person }.prefix(12).map { EntitySummaryJSON($0, loaded: loaded) }
        return Summary(sources: latest.count, revisions: all.count, sentences: latest.map(\.summary.sentenceCount).reduce(0, +),
                       entitiesByType: Dictionary(grouping: loaded.index.entities, by: \.type).mapValues(\.count),
                       documents: latest.map(RevisionJSON.init), mostMentioned: Array(people))
    }

    /// A document as the reader shows it: its text, structure, the entities named in it
    /// and the sentences that are evidence of claims.
    struct ReadableDocument: Sendable {
        struct Mention: Sendable {
            var range: TextRange
            var id: String
            var name: String
            var type: EntityType
        }
        var revision: Revision
        var text: ScalarText
        var structure: DocumentStructure
        var mentions: [Mention]
        /// Evidence ranges of claims, with what each claims ("birth", "member of"…) and whose fact it is.
        var claims: [(range: TextRange, predicate: String, subject: String?)]
    }

    func document(source: String) throws -> ReadableDocument? {
        guard let number = try entities().document(source: source) else { return nil }
        let loaded = try entities(quoting: [number])
        let revision = loaded.revisions[number]
        var mentions: [ReadableDocument.Mention] = []
        for entity in loaded.index.entities {
            for mention in entity.mentions where mention.document == number {
                mentions.append(.init(range: mention.range, id: entity.id, name: entity.name, type: entity.type))
            }
        }
        mentions.sort { ($0.range.start, -$0.range.end) < ($1.range.start, -$1.range.end) }
        let claims = try store.claims(for: revision).map { ($0.evidence, $0.predicate, loaded.entity(for: $0.subject)?.id) }
        return ReadableDocument(revision: revision, text: loaded.text(number), structure: loaded.structure(number), mentions: mentions, claims: claims)
    }

    /// The record with its claims reconciled: loaded on first use, kept after.
    func reconciledRecord() throws -> ReconciledRecord {
        try refreshIfChanged()
        if let reconciled { return reconciled }
        let fresh = ReconciledRecord(record: try LoadedRecord(store: store))
        reconciled = fresh
        return fresh
    }

    /// The dated events an entity took part in, in order (`undated` adds the rest at the end): from the
    /// whole record when it is loaded, else from the entity's own claims (the same events).
    func timeline(of name: String, undated: Bool = false) throws -> TimelineJSON {
        try refreshIfChanged()
        let key = (undated ? "all|" : "dated|") + name
        if let kept = timelines[key] { return kept }
        let record = try reconciled?.record ?? LoadedRecord(store: store, about: name, fallback: "")
        let entity = try record.entities.entity(named: name)
        let timeline = TimelineJSON(entity: EntityRefJSON(entity), events: record.events(of: entity, undated: undated).map { EventJSON($0, record: record) })
        timelines[key] = timeline
        return timeline
    }

    /// What the documents say an entity is: relatives, positions, memberships, works, merged events.
    func facts(of name: String) throws -> FactsJSON {
        let reconciled = try reconciledRecord()
        return FactsJSON(entity: try reconciled.record.entities.entity(named: name), reconciled: reconciled)
    }

    /// Quotations and quoted primary sources, optionally by one speaker (read, like a timeline, from
    /// the speaker's own claims while the whole record is not loaded).
    func quotes(by name: String?) throws -> [QuoteJSON] {
        try refreshIfChanged()
        if let name, let kept = speakers[name] { return kept }
        let own = try name.flatMap { name in reconciled == nil ? try LoadedRecord(store: store, about: name, fallback: "") : nil }
        let record = try own ?? reconciledRecord().record
        let speaker = try name.map { name throws(RecordError) in try record.entities.entity(named: name) }
        let quotes = record.quotes(by: speaker).map { QuoteJSON($0, record: record) }
        if let name { speakers[name] = quotes }
        return quotes
    }

    /// Where the sources disagree, most important first; only those involving an entity when one is named.
    func conflicts(involving name: String?) throws -> [ConflictJSON] {
        let reconciled = try reconciledRecord()
        let entity = try name.map { name throws(RecordError) in try reconciled.record.entities.entity(named: name) }
        return reconciled.conflicts(involving: entity).map { ConflictJSON($0, reconciled: reconciled) }
    }

    /// Stores an uploaded document (a new source or a new revision of one), then reads the
    /// record afresh on the next request. The outcome, or the one-line reason it failed.
    func ingest(name: String, data: Data, maximumBytes: Int) -> Result<IngestOutcome, IngestError> {
        let result = Ingestor(store: store, maximumBytes: maximumBytes).ingest(.upload(name: name, data: data))
        if case .success = result.outcome { forget() }
        return result.outcome
    }
}
