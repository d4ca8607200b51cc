public import Foundation
public import AnnalsCore

/// Where Annals keeps documents, their revisions and their structure, and how it
/// searches them. ``SQLiteDocumentStore`` is the embedded default;
/// ``InMemoryDocumentStore`` serves tests.
///
/// Every store keeps documents immutable: a changed text under a known source
/// becomes a new revision; nothing is deleted. Each ingest is one transaction.
public protocol DocumentStore: Sendable {
    /// Stores a prepared document as a new source, a new revision, or nothing if the
    /// text is already there; all or nothing. `watch` hears the progress through a long
    /// document and may give up at its deadline (then nothing is stored).
    func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch) throws(StoreError) -> IngestOutcome

    /// Starts reading `document` with the store's pipeline on another thread, for
    /// ``ingest(_:at:watch:ahead:)`` to store later (a batch reads the next documents while
    /// one is stored); nil when there is nothing to read ahead: the text is stored already,
    /// it is longer than one part, or the store does not read ahead.
    func readAhead(_ document: PreparedDocument) -> ReadAhead?

    /// Stores a document as ``ingest(_:at:watch:)`` does, taking the reading `ahead` made
    /// of it instead of reading it again. The time limit counts the reading ahead too.
    func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch, ahead: ReadAhead?) throws(StoreError) -> IngestOutcome

    /// Every revision of every source, sources by name, revisions oldest first.
    func revisions() throws(StoreError) -> [Revision]

    /// A revision's text and structure.
    func document(for revision: Revision) throws(StoreError) -> StoredDocument

    /// A revision's text alone.
    func text(for revision: Revision) throws(StoreError) -> String

    /// A revision's structure alone.
    func structure(for revision: Revision) throws(StoreError) -> DocumentStructure

    /// Every claim a revision's document makes, in document order.
    func claims(for revision: Revision) throws(StoreError) -> [Claim]

    /// Every date expression in a revision's document, resolved (found when it was ingested).
    func dates(for revision: Revision) throws(StoreError) -> [DateMention]

    /// The grammar of each sentence of a revision's document, in order (analysed when it
    /// was ingested): tokens, tags, lemmas, features and dependency trees.
    func grammar(for revision: Revision) throws(StoreError) -> [AnalyzedSentence]

    /// The names a revision's document uses, found when it was ingested (filed as document 0).
    func names(for revision: Revision) throws(StoreError) -> DocumentNames

    /// Only the mentions of ``names(for:)``: what a reader of passages needs, without the
    /// document's pronoun references and stated identities.
    func mentions(for revision: Revision) throws(StoreError) -> [EntityMention]

    /// ``names(for:)`` of each revision, numbered in order, without the pronoun references:
    /// what joining names across documents reads (each reference's JSON costs more to decode
    /// than the mention it points at).
    func namesToResolve(for revisions: [Revision]) throws(StoreError) -> [DocumentNames]

    /// What joining names across documents reads of each revision (numbered in order): the
    /// tallies of its names, summed at ingest, its stated identities and its pronoun count.
    func nameSummaries(for revisions: [Revision]) throws(StoreError) -> [NameSummary]

    /// The dates of a revision that start inside `range`, in text order.
    func dates(for revision: Revision, in range: TextRange) throws(StoreError) -> [DateMention]

    /// The name mentions of a revision that start inside `range`, in text order.
    func mentions(for revision: Revision, in range: TextRange) throws(StoreError) -> [EntityMention]

    /// The entities last resolved across the latest revisions, if they were resolved for
    /// `fingerprint` (see ``EntityResolution``); their mentions are left empty.
    func resolvedEntities(fingerprint: String) throws(StoreError) -> [Entity]?

    /// Keeps resolved entities under `fingerprint`, replacing any kept before, and files
    /// each claim of the latest revisions under the entities its subject and object name
    /// (`entityID` maps a participant's name to its entity).
    func keepResolvedEntities(_ entities: [Entity], fingerprint: String, entityID: (String) -> String?) throws(StoreError)

    /// Claims of the latest revisions whose subject or object is one of the entities, as
    /// last kept, each with its document, in document and claim order: only those with
    /// one of `predicates` if given, and at most `limit`.
    func claims(involving entityIDs: Set<String>, predicates: Set<String>?, limit: Int) throws(StoreError) -> [(document: DocumentID, claim: Claim)]

    /// Claims of the latest revisions that may name the entity (as subject, object, another
    /// participant or place), as last kept, each with its document, in document and claim order:
    /// at least every claim that does (a reader files them itself).
    func claims(naming entityID: String) throws(StoreError) -> [(document: DocumentID, claim: Claim)]

    /// Ranked sentence hits for a query.
    func search(_ query: SearchQuery) throws(StoreError) -> [SearchHit]

    /// The words the search index holds that begin with `prefix` (lower-cased, diacritics
    /// removed, as search reads them), each with the number of sentences that write it: the
    /// spellings a misspelt word may be meant for.
    func searchTerms(startingWith prefix: String) throws(StoreError) -> [String: Int]

    /// Whether some sentence writes `term` (a word as search reads it), read from the index alone.
    func hasSearchTerm(_ term: String) throws(StoreError) -> Bool

    /// Takes a source out of the current record, or puts it back (`.restore`): its
    /// revisions stay, and the event itself is kept in ``sourceEvents()``.
    func record(_ action: SourceEvent.Action, source: String, at date: Date) throws(StoreError) -> SourceEvent

    /// Every retraction and restoration, oldest first.
    func sourceEvents() throws(StoreError) -> [SourceEvent]

    /// A number that changes whenever the database changes under this store (another
    /// process ingested, retracted or restored a document), so that what a long-lived
    /// reader keeps can be read afresh.
    func changeCounter() throws(StoreError) -> Int64
}

extension DocumentStore {
    public func mentions(for revision: Revision) throws(StoreError) -> [EntityMention] { try names(for: revision).mentions }

    public func nameSummaries(for revisions: [Revision]) throws(StoreError) -> [NameSummary] {
        try namesToResolve(for: revisions).map(\.summary)
    }

    public func namesToResolve(for revisions: [Revision]) throws(StoreError) -> [DocumentNames] {
        var all: [DocumentNames] = []
        for (number, revision) in revisions.enumerated() {
            var names = try names(for: revision).numbered(number)
            names.references = []
            all.append(names)
        }
        return all
    }

    public func text(for revision: Revision) throws(StoreError) -> String { try document(for: revision).text }

    public func structure(for revision: Revision) throws(StoreError) -> DocumentStructure { try document(for: revision).structure }

    /// A store that keeps no filing gives every current claim.
    public func claims(naming entityID: String) throws(StoreError) -> [(document: DocumentID, claim: Claim)] {
        var all: [(document: DocumentID, claim: Claim)] = []
        for revision in try revisions() where revision.isCurrent { all += try claims(for: revision).map { (revision.document, $0) } }
        return all
    }

    /// A store without an index on position reads every date and keeps those inside the range.
    public func dates(for revision: Revision, in range: TextRange) throws(StoreError) -> [DateMention] {
        try dates(for: revision).filter { range.contains($0.range.start) }.sorted { $0.range.start < $1.range.start }
    }

    /// A store without an index on position reads every mention and keeps those inside the range.
    public func mentions(for revision: Revision, in range: TextRange) throws(StoreError) -> [EntityMention] {
        try mentions(for: revision).filter { range.contains($0.range.start) }.sorted { $0.range.start < $1.range.start }
    }

    /// A store that does not read ahead reads each document as it stores it.
    public func readAhead(_ document: PreparedDocument) -> ReadAhead? { nil }

    public func ingest(_ document: PreparedDocument, at date: Date, watch: IngestWatch, ahead: ReadAhead?) throws(StoreError) -> IngestOutcome {
        try ingest(document, at: date, watch: watch)
    }

    /// Stores a prepared document with no progress and no time limit.
    public func ingest(_ document: PreparedDocument, at date: Date) throws(StoreError) -> IngestOutcome {
        try ingest(document, at: date, watch: .none)
    }

    /// Finds the revision a person means by `reference`: a document id or a prefix of
    /// one (4+ hex digits), a source name (optionally `NAME@N` for revision N), a title,
    /// or a unique prefix of a source name.
    public func resolve(_ reference: String) throws(StoreError) -> Revision {
        try RevisionResolver(revisions: revisions()).resolve(reference)
    }
}
