public import AnnalsCore

/// The entities of the latest revisions, resolved once and kept by the store until the
/// documents (or the rules) change.
///
/// Finding names is done per document at ingest; joining them across documents needs
/// them all, so it is done here: read commands take the kept result, and `annals
/// ingest` refreshes it after each batch so the first question does not pay for it.
public enum EntityResolution {
    /// Bumped whenever resolution rules change, so kept entities are resolved again.
    public static let version = 14

    /// What a resolution depends on: the rules' versions and the latest documents in order.
    public static func fingerprint(of latest: [Revision]) -> String {
        let documents = latest.map(\.document.hex).joined(separator: ",")
        return "\(version).\(DocumentNames.version).\(ClaimExtractor.version)-" + DocumentID(text: documents).hex
    }

    /// The entity index of `latest` (document numbers follow its order), with every
    /// mention filed if `withMentions`, taken from the store when it is current and
    /// otherwise resolved now and kept (when the store can be written).
    public static func index(of latest: [Revision], in store: any DocumentStore, withMentions: Bool = true) throws(StoreError) -> EntityIndex {
        let fingerprint = fingerprint(of: latest)
        if let kept = try store.resolvedEntities(fingerprint: fingerprint) {
            guard withMentions else { return EntityIndex(resolved: kept) }
            return EntityIndex(resolved: kept, names: try store.namesToResolve(for: latest))
        }
        let titles = latest.map(\.summary.title)
        let index = withMentions ? EntityIndex(names: try store.namesToResolve(for: latest), titles: titles)
                                 : EntityIndex(summaries: try store.nameSummaries(for: latest), titles: titles)
        try? store.keepResolvedEntities(index.entities, fingerprint: fingerprint) { participant(named: $0, in: index)?.id }
        return index
    }

    /// The entity a claim's participant is: the one its name resolves to, unless the name
    /// is a possessive phrase ("Lenin's widow" is not Lenin).
    public static func participant(named name: String, in index: EntityIndex) -> Entity? {
        name.contains("'s ") ? nil : index.entity(named: name)
    }
}
