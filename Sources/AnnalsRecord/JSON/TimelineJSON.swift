import Foundation
public import AnnalsCore
import AnnalsStore

/// An entity named in JSON output.
public struct EntityRefJSON: Encodable, Sendable {
    public var id: String
    public var name: String
    public var type: String

    public init(_ entity: Entity) {
        id = entity.id
        name = entity.name
        type = entity.type.rawValue
    }
}

public struct TimelineJSON: Encodable, Sendable {
    public var entity: EntityRefJSON
    public var events: [EventJSON]
    /// For a page of the timeline: how many events the whole has, and which part this is.
    public var total: Int?
    public var limit: Int?
    public var offset: Int?

    public init(entity: EntityRefJSON, events: [EventJSON]) {
        self.entity = entity
        self.events = events
    }

    /// At most `limit` events from the `offset`th, saying how many the whole timeline has.
    public func page(limit: Int, offset: Int) -> TimelineJSON {
        var page = TimelineJSON(entity: entity, events: Array(events.dropFirst(offset).prefix(limit)))
        (page.total, page.limit, page.offset) = (events.count, limit, offset)
        return page
    }
}
