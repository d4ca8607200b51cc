/// Facts and conflicts across every witness: claims that state the same fact are merged
/// and counted; where witnesses give different values for one of its properties (date,
/// age, place, cause, number, a work's title), the difference is reported with its
/// likeliest reason.
///
/// ```swift
/// let result = Reconciler().reconcile(claims)
/// result.conflicts.first?.explanation
/// // "The sources give different days: 5 December 1923 (a.txt) and 8 December 1923 (b.txt)."
/// ```
public struct Reconciler: Sendable {
    public init() {}

    /// - Parameters:
    ///   - claims: every claim with its witness and resolved participants.
    ///   - dates: the dates written in the documents, for the anachronism check of quoted sources.
    public func reconcile(_ claims: [WitnessedClaim], dates: [WrittenDate] = []) -> Reconciliation {
        let aligner = FactAligner(claims: claims)
        let illnesses = Cause.illnessesBySentence(claims)
        var mentions: [String: Int] = [:]
        for claim in claims { mentions[claim.subject, default: 0] += 1 }
        let most = Double(max(1, mentions.values.max() ?? 1))
        let prominence = { (subject: String) in Double(mentions[subject] ?? 0) / most }

        var facts: [Fact] = []
        var conflicts: [Conflict] = []
        for group in aligner.groups() {
            let identity = aligner.identity(of: group[0])!
            let first = claims[group[0]]
            let (subject, property): (String, String)
            switch identity {
            case .once(let type, _): (subject, property) = (first.subjectName, type.rawValue)
            case .work: (subject, property) = (first.objectName ?? first.claim.object?.name ?? "a work", "publication")
            case .body(let type, _): (subject, property) = (first.objectName ?? first.claim.object?.name ?? "", type.rawValue)
            case .event(let type, _): (subject, property) = (first.subjectName, type.rawValue)
            }
            let comparison = GroupComparison(claims: claims, members: group, subject: subject, property: property, identity: identity,
                                             illnesses: illnesses)
            let clusters = comparison.dateClusters()
            for agreeing in comparison.facts(clusters: clusters) {
                facts.append(Fact(subject: subject, property: property, members: agreeing, witnesses: Self.witnesses(agreeing, claims)))
            }
            guard Set(group.map { claims[$0].witness }).count >= 2 else { continue }
            for var conflict in comparison.conflicts(clusters: clusters) {
                conflict.importance += prominence(first.subject)
                conflicts.append(conflict)
            }
        }
        conflicts += Anachronism(claims: claims).conflicts(dates: dates)
        conflicts.sort { ($0.importance, $1.subject, $1.property) > ($1.importance, $0.subject, $0.property) }
        return Reconciliation(facts: facts, conflicts: conflicts)
    }

    static func witnesses(_ members: [Int], _ claims: [WitnessedClaim]) -> [Witness] {
        Array(Set(members.map { claims[$0].witness })).sorted()
    }
}

/// What reconciliation found: every fact with its support, and the conflicts, most important first.
public struct Reconciliation: Sendable {
    public var facts: [Fact]
    public var conflicts: [Conflict]

    /// How many independent witnesses state the fact each input claim belongs to (1 for
    /// a claim no other witness shares, or one that takes no part in reconciliation).
    public func corroboration(count claims: Int) -> [Int] {
        var counts = Array(repeating: 1, count: claims)
        for fact in facts { for member in fact.members { counts[member] = fact.corroboration } }
        return counts
    }
}
