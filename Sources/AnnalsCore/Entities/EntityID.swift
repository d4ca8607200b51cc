import Foundation

/// Who an entity is, as a value: its type and a stable key, the folded canonical name
/// with hyphens for spaces. Written "place:gulf-of-riga" in links, the store and JSON, and
/// read back only from that exact form: an id is never guessed from a name, and a name is
/// never taken for an id.
public struct EntityID: Hashable, Sendable, Comparable, LosslessStringConvertible {
    public let type: EntityType
    public let key: String

    public init(type: EntityType, key: String) {
        self.type = type
        self.key = key
    }

    /// The id of an entity of `type` whose canonical name is `name` ("Gulf of Riga" → place:gulf-of-riga).
    public init(type: EntityType, name: String) {
        self.init(type: type, key: NameLexicon.fold(name).replacingOccurrences(of: " ", with: "-"))
    }

    /// "type:key", with a known type and a key without spaces; nil for anything else.
    public init?(_ description: String) {
        guard let colon = description.firstIndex(of: ":"), let type = EntityType(rawValue: String(description[..<colon])) else { return nil }
        let key = String(description[description.index(after: colon)...])
        guard !key.isEmpty, !key.contains(where: \.isWhitespace) else { return nil }
        self.init(type: type, key: key)
    }

    public var description: String { type.rawValue + ":" + key }

    /// The id after `self` when `self` is taken: a "+" appended ("person:ivan-petrov+").
    var next: EntityID { EntityID(type: type, key: key + "+") }

    public static func < (a: EntityID, b: EntityID) -> Bool { a.description < b.description }
}

extension Entity {
    /// The entity's id as a value (nil only for an id not written by Annals).
    public var identity: EntityID? { EntityID(id) }
}
