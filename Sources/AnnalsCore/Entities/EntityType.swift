/// What a named entity is. A group is people named together as one ("the Bolsheviks",
/// "the Poles", "the Streltsy") and is no person: it is not born, does not marry, does not die.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person, group, place, org, work, event
}
