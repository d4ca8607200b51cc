public import Foundation
public import AnnalsCore
import Synchronization
import AnnalsGrammar

/// A store that lives in memory, for tests: the same revision rules as SQLite, and a
/// plain search that matches every word (case- and diacritic-insensitive) and ranks
/// by how often they occur.
public final class InMemoryDocumentStore: DocumentStore {
    private struct State {
        var documents: [DocumentID: PreparedDocument] = [:]
        /// What the pipeline read from each document when it was ingested.
        var analyses: [DocumentID: AnalyzedDocument] = [:]
        var revisions: [Revision] = []
        var resolution: (fingerprint: String, entities: [Entity], claims: [String: [Int]])?
        var events: [SourceEvent] = []
        var retracted: Set<String> = []
    }

    private let state = Mutex(State())
    private let givenPipeline: AnalysisPipeline?

    /// `pipeline`: the stages that read documents; the shipped ones when `nil`.
    public init(pipeline: AnalysisPipeline? = nil) {
        givenPipeline = pipeline
    }

    public func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch) throws(StoreError) -> IngestOutcome {
        let known = state.withLock { $0.analyses[document.id] != nil }
        let analysis = known ? nil : try analyse(document)
        return state.withLock { state in
            let history = state.revisions.filter { $0.source == document.sourceName }
            let holders = state.revisions.filter { $0.document == document.id }.map { revision in
                var marked = revision
                marked.isRetracted = state.retracted.contains(revision.source)
                return marked
            }
            let holder = holders.last { !$0.isRetracted } ?? holders.last
            switch RevisionPlan.decide(id: document.id, history: history, holder: holder) {
            case .nothing(let outcome):
                return outcome
            case .store(let number, let previous, _):
                if state.documents[document.id] == nil { state.documents[document.id] = document }
                if let analysis, state.analyses[document.id] == nil { state.analyses[document.id] = analysis }
                let stored = state.documents[document.id]!
                let revision = Revision(source: document.sourceName, number: number, document: document.id,
                                        previous: previous?.document, ingestedAt: date, isLatest: true,
                                        summary: DocumentSummary(stored))
                for index in state.revisions.indices where state.revisions[index].source == document.sourceName {
                    state.revisions[index].isLatest = false
                }
                state.revisions.append(revision)
                if var previous {
                    previous.isLatest = false
                    return .revised(revision, previous: previous)
                }
                return .added(revision)
            }
        }
    }

    /// Every change counts: there is no other process.
    public func changeCounter() throws(StoreError) -> Int64 {
        Int64(state.withLock { $0.revisions.count + $0.events.count })
    }

    public func revisions() throws(StoreError) -> [Revision] {
        state.withLock { state in
            state.revisions.map { revision in
                var marked = revision
                marked.isRetracted = state.retracted.contains(revision.source)
                return marked
            }
        }.sorted { ($0.source, $0.number) < ($1.source, $1.number) }
    }

    public func record(_ action: SourceEvent.Action, source: String, at date: Date) throws(StoreError) -> SourceEvent {
        try state.withLock { (state: inout State) throws(StoreError) -> SourceEvent in
            let known = Set(state.revisions.map(\.source))
            guard known.contains(source) else {
                throw StoreError(.noSuchDocument(reference: source, suggestion: RevisionResolver.nearest(to: source, among: known.sorted())))
            }
            guard state.retracted.contains(source) != (action == .retract) else { throw StoreError(.alreadyInState(source: source, action: action)) }
            if action == .retract { state.retracted.insert(source) } else { state.retracted.remove(source) }
            let event = SourceEvent(source: source, action: action, at: date)
            state.events.append(event)
            return event
        }
    }

    public func sourceEvents() throws(StoreError) -> [SourceEvent] {
        state.withLock { $0.events }
    }

    public func document(for revision: Revision) throws(StoreError) -> StoredDocument {
        guard let document = state.withLock({ $0.documents[revision.document] }) else {
            throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
        }
        return StoredDocument(revision: revision, text: document.text, structure: document.structure)
    }

    /// Every stage over the whole document, once, as it is ingested.
    private func analyse(_ document: PreparedDocument) throws(StoreError) -> AnalyzedDocument {
        let pipeline: AnalysisPipeline
        if let givenPipeline {
            pipeline = givenPipeline
        } else {
            do { pipeline = try AnalysisPipeline.shipped() } catch { throw StoreError(.missingModel(detail: error.description)) }
        }
        return pipeline.analyse(ScalarText(document.text), structure: document.structure, title: document.title, documentDate: document.documentDate)
    }

    private func analysis(for revision: Revision) throws(StoreError) -> AnalyzedDocument {
        guard let analysis = state.withLock({ $0.analyses[revision.document] }) else {
            throw StoreError(.noSuchDocument(reference: revision.document.hex, suggestion: nil))
        }
        return analysis
    }

    public func claims(for revision: Revision) throws(StoreError) -> [Claim] {
        try analysis(for: revision).claims ?? []
    }

    public func names(for revision: Revision) throws(StoreError) -> DocumentNames {
        try analysis(for: revision).names ?? DocumentNames(mentions: [], evidence: [], pronouns: 0)
    }

    public func grammar(for revision: Revision) throws(StoreError) -> [AnalyzedSentence] {
        try analysis(for: revision).grammar ?? []
    }

    public func resolvedEntities(fingerprint: String) throws(StoreError) -> [Entity]? {
        state.withLock { state in state.resolution.flatMap { $0.fingerprint == fingerprint ? $0.entities : nil } }
    }

    public func keepResolvedEntities(_ entities: [Entity], fingerprint: String, entityID: (String) -> String?) throws(StoreError) {
        var filed: [String: [Int]] = [:]
        for (index, (_, claim)) in try latestClaims().enumerated() {
            for id in Set([claim.subject.name, claim.object?.name].compactMap { $0.flatMap(entityID) }) { filed[id, default: []].append(index) }
        }
        state.withLock { $0.resolution = (fingerprint, entities.map { var bare = $0; bare.mentions = []; return bare }, filed) }
    }

    public func claims(involving entityIDs: Set<String>, predicates: Set<String>?, limit: Int) throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        guard let filed = state.withLock({ $0.resolution?.claims }) else { return [] }
        let all = try latestClaims()
        let found = Set(entityIDs.flatMap { filed[$0] ?? [] }).sorted().map { all[$0] }
        return Array(found.filter { predicates?.contains($0.claim.predicate) ?? true }.prefix(limit))
    }

    public func dates(for revision: Revision) throws(StoreError) -> [DateMention] {
        try analysis(for: revision).dates ?? []
    }

    private func latestClaims() throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        var all: [(document: DocumentID, claim: Claim)] = []
        for revision in try revisions() where revision.isCurrent {
            all += try claims(for: revision).map { (revision.document, $0) }
        }
        return all
    }

    public func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit] {
        let words = query.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Self.fold(String($0)) }
        guard !words.isEmpty else {
            throw StoreError(.invalidQuery(query: query.text, detail: "it has no words to look for"))
        }
        let revisions = try revisions()
        let documents = state.withLock { $0.documents }
        var hits: [SearchHit] = []
        for revision in revisions where (query.includesEarlierRevisions || revision.isCurrent)
            && (query.source.map { revision.source == $0 } ?? true) {
            guard let document = documents[revision.document] else { continue }
            let text = ScalarText(document.text)
            for sentence in document.structure.sentences {
                let quote = text.string(in: sentence.range)
                let folded = Self.fold(quote)
                let counts = words.map { folded.components(separatedBy: $0).count - 1 }
                guard counts.allSatisfy({ $0 > 0 }) else { continue }
                let heading = sentence.section.map { text.string(in: document.structure.sections[$0].heading) }
                hits.append(SearchHit(revision: revision, range: sentence.range, quote: quote, snippet: quote,
                                      sectionHeading: heading, score: Double(counts.reduce(0, +))))
            }
        }
        return Array(hits.sorted { $0.score > $1.score }.prefix(max(query.limit, 0)))
    }

    public func searchTerms(startingWith prefix: String) throws(StoreError) -> [String: Int] {
        let documents = state.withLock { $0.documents }
        var terms: [String: Int] = [:]
        for revision in try revisions() where revision.isCurrent {
            guard let document = documents[revision.document] else { continue }
            let text = ScalarText(document.text)
            for sentence in document.structure.sentences {
                let words = Set(Self.fold(text.string(in: sentence.range)).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
                for word in words where word.hasPrefix(prefix) { terms[word, default: 0] += 1 }
            }
        }
        return terms
    }

    public func hasSearchTerm(_ term: String) throws(StoreError) -> Bool {
        try searchTerms(startingWith: term)[term] != nil
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
