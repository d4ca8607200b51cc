/// Votes for each entity type, kept inline: a collection has hundreds of thousands of
/// name tallies, and a dictionary for each would cost more than the tally.
public struct TypeVotes: Hashable, Sendable {
    private var counts = SIMD8<Int32>()

    public init() {}

    /// The votes and the type each is for.
    public init(_ votes: [EntityType: Int]) {
        for (type, count) in votes { self[type] = count }
    }

    public subscript(type: EntityType) -> Int {
        get { Int(counts[Self.slot(type)]) }
        set { counts[Self.slot(type)] = Int32(clamping: newValue) }
    }

    /// Whether no type has a vote.
    public var isEmpty: Bool { counts == .zero }

    /// Each type with votes, in a fixed order.
    public func forEach(_ body: (EntityType, Int) throws -> Void) rethrows {
        for type in Self.order where counts[Self.slot(type)] != 0 { try body(type, Int(counts[Self.slot(type)])) }
    }

    /// The votes as a dictionary of the types that have some.
    public var dictionary: [EntityType: Int] {
        var votes: [EntityType: Int] = [:]
        forEach { votes[$0] = $1 }
        return votes
    }

    /// The types in slot order, which stored votes follow (``NameTallyCoding``): new types go last.
    static let order: [EntityType] = [.person, .group, .place, .org, .work, .event]

    static func slot(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .group: 1
        case .place: 2
        case .org: 3
        case .work: 4
        case .event: 5
        }
    }
}

/// A spelling of a name and how often it is shown as the name (``NameTally/surfaces``).
public struct SurfaceCount: Hashable, Sendable {
    public var surface: String
    public var count: Int

    public init(surface: String, count: Int) {
        self.surface = surface
        self.count = count
    }
}
