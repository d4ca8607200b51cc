/// An averaged perceptron over sparse features, as it is trained: each feature keeps a
/// weight only for the classes it has been updated for. Averaging is lazy: each weight
/// remembers when it last changed and adds its value times the time since to a total.
public final class Perceptron {
    struct Entry {
        var label: UInt16
        var weight: Float
        var total: Double
        var stamp: Int32
    }

    public let classCount: Int
    private var index: [UInt64: Int32] = [:]
    private var rows: [ContiguousArray<Entry>] = []
    /// How many examples have been seen: the clock of the averaging.
    private var clock: Int32 = 1

    public init(classCount: Int) {
        self.classCount = classCount
    }

    public var featureCount: Int { rows.count }

    /// Adds every feature's current weights to `scores` (one slot a class).
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        for feature in features {
            guard let row = index[feature] else { continue }
            for entry in rows[Int(row)] { scores[Int(entry.label)] += entry.weight }
        }
    }

    /// One example seen: moves the clock.
    public func tick() { clock += 1 }

    /// Rewards the features for `truth` and penalises them for `guess`, by `amount`.
    public func update(truth: Int, guess: Int, features: [UInt64], amount: Float = 1) {
        guard truth != guess else { return }
        for feature in features {
            let row = row(for: feature)
            change(row: row, label: truth, by: amount)
            change(row: row, label: guess, by: -amount)
        }
    }

    /// Adds `amount` to the weights of `label` for each feature (one side of a structured update).
    public func add(features: [UInt64], label: Int, amount: Float) {
        for feature in features { change(row: row(for: feature), label: label, by: amount) }
    }

    /// The row of a feature's weights, made empty the first time the feature is updated.
    private func row(for feature: UInt64) -> Int {
        if let existing = index[feature] { return Int(existing) }
        index[feature] = Int32(rows.count)
        rows.append([])
        return rows.count - 1
    }

    private func change(row: Int, label: Int, by amount: Float) {
        if let k = rows[row].firstIndex(where: { Int($0.label) == label }) {
            var entry = rows[row][k]
            entry.total += Double(entry.weight) * Double(clock - entry.stamp)
            entry.weight += amount
            entry.stamp = clock
            rows[row][k] = entry
        } else {
            rows[row].append(Entry(label: UInt16(label), weight: amount, total: 0, stamp: clock))
        }
    }

    /// The averaged weights, frozen: features whose every averaged weight is smaller than
    /// `threshold` (in absolute value) are dropped, and so are single weights below it.
    public func averaged(threshold: Float = 0) -> LinearModel {
        var table: [(key: UInt64, entries: [(label: UInt16, weight: Float)])] = []
        table.reserveCapacity(rows.count)
        let now = Double(clock)
        for (key, row) in index {
            var kept: [(label: UInt16, weight: Float)] = []
            for entry in rows[Int(row)] {
                let total = entry.total + Double(entry.weight) * (now - Double(entry.stamp))
                let average = Float(total / now)
                if abs(average) > threshold { kept.append((entry.label, average)) }
            }
            if !kept.isEmpty { table.append((key, kept.sorted { $0.label < $1.label })) }
        }
        table.sort { $0.key < $1.key }
        return LinearModel(classCount: classCount, features: table)
    }
}
