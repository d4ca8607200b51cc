/// What a named entity is.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, place, org, work, event
}
