/// Models trained alike on the same data in different orders disagree where the data
/// says little; their mean keeps what they agree on and evens out what each learnt from
/// the order it saw (bagging's variance reduction at no cost when reading: one model).
extension LinearModel {
    /// Each feature's weight for each class, averaged over `models` (a feature a model
    /// lacks counts as 0 there). All must have the same classes.
    public static func mean(_ models: [LinearModel]) -> LinearModel {
        precondition(!models.isEmpty && models.allSatisfy { $0.classCount == models[0].classCount }, "models with the same classes")
        var sums: [UInt32: [UInt16: Float]] = [:]
        for model in models {
            for feature in model.features {
                for entry in feature.entries { sums[feature.key, default: [:]][entry.label & 0x7fff, default: 0] += entry.weight }
            }
        }
        let share = 1 / Float(models.count)
        let features = sums.map { key, votes in
            (key: UInt64(key) << 32, entries: votes.sorted { $0.key < $1.key }.map { (label: $0.key, weight: $0.value * share) })
        }
        return LinearModel(classCount: models[0].classCount, features: features)
    }
}
