import AnnalsCore
public import AnnalsStore
import AnnalsRecord

/// The record the reading room serves, loaded once: every source's latest revision,
/// the entities resolved across them, and the asker. An actor, because the asker reads
/// documents into a cache as questions need them.
public actor RecordService {
    let store: any DocumentStore
    private var loaded: LoadedEntities?
    private var asker: Asker?

    public init(store: any DocumentStore) {
        self.store = store
    }

    /// Every revision of every source, latest first within a source.
    func revisions() throws -> [Revision] {
        try store.revisions()
    }

    func entities() throws -> LoadedEntities {
        if let loaded { return loaded }
        let fresh = try LoadedEntities(store: store)
        loaded = fresh
        return fresh
    }

    func entitySummaries(type: EntityType?) throws -> [EntitySummaryJSON] {
        let loaded = try entities()
        return loaded.index.entities.filter { type == nil || $0.type == type }.map { EntitySummaryJSON($0, loaded: loaded) }
    }

    /// One entity by any name it goes by, or nil with a suggestion.
    func entity(named name: String) throws -> (entity: EntityJSON?, suggestion: String?) {
        let loaded = try entities()
        guard let entity = loaded.index.entity(named: name) else { return (nil, loaded.index.suggestion(for: name)) }
        return (EntityJSON(entity, loaded: loaded), nil)
    }

    func search(_ query: String, limit: Int) throws -> SearchJSON {
        SearchJSON(query: query, hits: try store.search(SearchQuery(text: query, limit: limit)))
    }

    func ask(_ question: String) throws -> AskJSON {
        if asker == nil { asker = try Asker(store: store) }
        return try asker!.ask(question)
    }
}
