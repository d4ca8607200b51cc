public import AnnalsCore

/// What storing a prepared document did.
public enum IngestOutcome: Sendable, Hashable {
    /// A new source: its first revision.
    case added(Revision)
    /// A changed text under a known source: a new revision linked to the previous one.
    case revised(Revision, previous: Revision)
    /// The source's latest revision already has this exact text: nothing stored.
    case unchanged(Revision)
    /// Another source already has this exact text: nothing stored.
    case duplicate(of: Revision)

    /// The revision the outcome is about.
    public var revision: Revision {
        switch self {
        case .added(let revision), .revised(let revision, _), .unchanged(let revision), .duplicate(let revision):
            revision
        }
    }

    /// Whether anything was written.
    public var didStore: Bool {
        switch self {
        case .added, .revised: true
        case .unchanged, .duplicate: false
        }
    }
}

/// How a store decides what an ingest means, given what it already holds. Shared by
/// every ``DocumentStore`` so that all of them agree.
public enum RevisionPlan: Equatable, Sendable {
    /// Store the document (if its text is new) and a revision with this number.
    case store(number: Int, previous: Revision?, textIsNew: Bool)
    /// Store nothing; report this outcome.
    case nothing(IngestOutcome)

    /// Decides for a document with `id` arriving under a source whose revisions so far
    /// are `history` (oldest first), when `holder` is a revision of any source already
    /// pointing at the same text, if one exists.
    public static func decide(id: DocumentID, history: [Revision], holder: Revision?) -> RevisionPlan {
        if let latest = history.last {
            if latest.document == id { return .nothing(.unchanged(latest)) }
            return .store(number: latest.number + 1, previous: latest, textIsNew: holder == nil)
        }
        // A retracted source's text is no duplicate: the new source brings it back.
        if let holder, !holder.isRetracted { return .nothing(.duplicate(of: holder)) }
        return .store(number: 1, previous: nil, textIsNew: holder == nil)
    }
}
