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

    public init(entity: EntityRefJSON, events: [EventJSON]) {
        self.entity = entity
        self.events = events
    }
}
