/// Results kept until the record changes, at most `capacity` of them: the oldest kept
/// goes first when a new one would pass the bound, so no sequence of requests can make
/// the server's memory grow without end.
struct BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let capacity: Int
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    private var head = 0

    init(capacity: Int) {
        precondition(capacity > 0, "a cache must hold something")
        self.capacity = capacity
    }

    subscript(key: Key) -> Value? {
        get { values[key] }
        set {
            guard let newValue else { values[key] = nil; return }
            if values.updateValue(newValue, forKey: key) == nil { order.append(key) }
            while values.count > capacity, head < order.count {
                values[order[head]] = nil
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
    }
}
