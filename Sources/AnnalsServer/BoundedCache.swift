/// Results kept until the record changes, at most `capacity` of them and, when a cost is
/// given, at most `budget` in all (bytes of kept response bodies): the oldest kept goes first
/// when a new one would pass a bound, and one that alone passes the budget is not kept, so no
/// sequence of requests can make the server's memory grow without end.
struct BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int
    let budget: Int
    private let cost: @Sendable (Value) -> Int
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    private var head = 0
    private(set) var totalCost = 0

    init(capacity: Int, budget: Int = .max, cost: @escaping @Sendable (Value) -> Int = { _ in 0 }) {
        precondition(capacity > 0, "a cache must hold something")
        self.capacity = capacity
        self.budget = budget
        self.cost = cost
    }

    subscript(key: Key) -> Value? {
        get { values[key] }
        set {
            if let old = values[key] { totalCost -= cost(old) }
            guard let newValue, cost(newValue) <= budget else { values[key] = nil; return }
            if values.updateValue(newValue, forKey: key) == nil { order.append(key) }
            totalCost += cost(newValue)
            while values.count > capacity || totalCost > budget, head < order.count {
                if let old = values.removeValue(forKey: order[head]) { totalCost -= cost(old) }
                head += 1
            }
            if head > capacity { order.removeFirst(head); head = 0 }
        }
    }

    var count: Int { values.count }

    mutating func removeAll() {
        values = [:]
        order = []
        head = 0
        totalCost = 0
    }
}
