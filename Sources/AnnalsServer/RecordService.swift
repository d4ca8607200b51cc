import AnnalsCore
public import AnnalsStore
import AnnalsRecord
import AnnalsIngest
import Foundation

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

    func entities() throws -> LoadedEntities {
        try refreshIfChanged()
        if let loaded { return loaded }
        let fresh = try LoadedEntities(store: store)
        loaded = fresh
        return fresh
    }

    func entitySummaries(type: EntityType?) throws -> [EntitySummaryJSON] {
        let loaded = try entities()
        return loaded.index.entities.filter { type == nil || $0.type == type }.map { EntitySummaryJSON($0, loaded: loaded) }
    }

    /// One entity by any name it goes by; `RecordError` (a 404) with a suggestion when none.
    func entity(named name: String) throws -> EntityJSON {
        let loaded = try entities()
        let entity = try loaded.entity(named: name)
        if let known = entityPages[entity.id] { return known }
        let json = EntityJSON(entity, loaded: loaded)
        entityPages[entity.id] = json
        return json
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
        let loaded = try entities()
        guard let number = loaded.document(source: source) else { return nil }
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

    /// The dated events an entity took part in, in order (`undated` adds the rest at the end).
    func timeline(of name: String, undated: Bool = false) throws -> TimelineJSON {
        let record = try reconciledRecord().record
        let entity = try record.entities.entity(named: name)
        return TimelineJSON(entity: EntityRefJSON(entity), events: record.events(of: entity, undated: undated).map { EventJSON($0, record: record) })
    }

    /// What the documents say an entity is: relatives, positions, memberships, works, merged events.
    func facts(of name: String) throws -> FactsJSON {
        let reconciled = try reconciledRecord()
        return FactsJSON(entity: try reconciled.record.entities.entity(named: name), reconciled: reconciled)
    }

    /// Quotations and quoted primary sources, optionally by one speaker.
    func quotes(by name: String?) throws -> [QuoteJSON] {
        let record = try reconciledRecord().record
        let speaker = try name.map { name throws(RecordError) in try record.entities.entity(named: name) }
        return record.quotes(by: speaker).map { QuoteJSON($0, record: record) }
    }

    /// Where the sources disagree, most important first; only those involving an entity when one is named.
    func conflicts(involving name: String?) throws -> [ConflictJSON] {
        let reconciled = try reconciledRecord()
        let entity = try name.map { name throws(RecordError) in try reconciled.record.entities.entity(named: name) }
        return reconciled.conflicts(involving: entity).map { ConflictJSON($0, reconciled: reconciled) }
    }

    /// People and organisations as a graph: the most mentioned ones, linked by the sentences
    /// that name both and by the kinship claims between them.
    struct Network: Sendable {
        struct Node: Sendable {
            var id: String
            var name: String
            var type: EntityType
            var mentions: Int
        }
        struct Edge: Sendable {
            var a: Int
            var b: Int
            var sentences: Int
            /// Kinship between the two: the word ("wife") and the statement ("Natalia Sedova is the wife of Leon Trotsky").
            var relations: [String]
            var statements: [String]
        }
        var nodes: [Node]
        var edges: [Edge]
    }

    func network(limit: Int = 40) throws -> Network {
        let reconciled = try reconciledRecord()
        let loaded = reconciled.record.entities
        let chosen = loaded.index.entities.filter { $0.type == .person || $0.type == .org }
            .sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }.prefix(limit)
        let nodes = chosen.map { Network.Node(id: $0.id, name: $0.name, type: $0.type, mentions: $0.mentions.count) }
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        // Who is named in each sentence.
        var named: [String: Set<Int>] = [:]
        for entity in chosen {
            for mention in entity.mentions {
                guard let s = loaded.structure(mention.document).sentenceIndex(containing: mention.range.start) else { continue }
                named["\(mention.document):\(s)", default: []].insert(position[entity.id]!)
            }
        }
        var shared: [Int: [Int: Int]] = [:]
        for group in named.values where group.count > 1 {
            let members = group.sorted()
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { shared[a, default: [:]][b, default: 0] += 1 } }
        }
        var relations: [Int: [Int: Set<String>]] = [:]
        var statements: [Int: [Int: Set<String>]] = [:]
        for located in reconciled.record.claims where located.claim.kind == .relation {
            guard let subject = loaded.entity(for: located.claim.subject).flatMap({ position[$0.id] }),
                  let object = loaded.entity(for: located.claim.object).flatMap({ position[$0.id] }), subject != object else { continue }
            let (a, b) = (min(subject, object), max(subject, object))
            relations[a, default: [:]][b, default: []].insert(located.claim.predicate)
            statements[a, default: [:]][b, default: []].insert("\(nodes[object].name) is the \(located.claim.predicate) of \(nodes[subject].name)")
        }
        var edges: [Network.Edge] = []
        for a in 0..<nodes.count {
            for b in (a + 1)..<max(nodes.count, a + 1) {
                let count = shared[a]?[b] ?? 0
                let kin = relations[a]?[b].map { Array($0).sorted() } ?? []
                if count >= 2 || !kin.isEmpty {
                    edges.append(Network.Edge(a: a, b: b, sentences: count, relations: kin, statements: statements[a]?[b].map { Array($0).sorted() } ?? []))
                }
            }
        }
        return Network(nodes: Array(nodes), edges: edges)
    }

    /// Stores an uploaded document (a new source or a new revision of one), then reads the
    /// record afresh on the next request. The outcome, or the one-line reason it failed.
    func ingest(name: String, data: Data, maximumBytes: Int) -> Result<IngestOutcome, IngestError> {
        let result = Ingestor(store: store, maximumBytes: maximumBytes).ingest(.upload(name: name, data: data))
        if case .success = result.outcome { forget() }
        return result.outcome
    }
}
