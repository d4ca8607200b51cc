/// The claims of one aligned fact, compared property by property.
struct GroupComparison {
    let claims: [WitnessedClaim]
    let members: [Int]
    let subject: String
    let property: String
    let identity: FactAligner.Identity
    /// The illnesses each sentence states (for a death's cause).
    var illnesses: [Cause.Sentence: [Int]] = [:]

    /// The members split into sets that agree on the date. Dates as precise as a month,
    /// an age or a written span join when they overlap, so the start and end of
    /// negotiations agree with their span; a bare year (or coarser) joins the one set it
    /// fits — "1917" agrees with "4 May 1917" — and fits none when it overlaps several.
    func dateClusters() -> [[Int]] {
        let dated = members.filter { comparableDate($0) != nil }
        let fine = dated.filter { !isCoarse($0) }, coarse = dated.filter(isCoarse)
        var clusters = Self.components(fine) { comparableDate($0)!.overlaps(comparableDate($1)!) }
        for group in Self.components(coarse, linked: { comparableDate($0)!.overlaps(comparableDate($1)!) }) {
            let fitting = clusters.indices.filter { c in
                clusters[c].contains { member in group.contains { comparableDate(member)!.overlaps(comparableDate($0)!) } }
            }
            if fitting.count == 1 { clusters[fitting[0]] += group }
            else if fitting.isEmpty { clusters.append(group) }
        }
        return clusters.map { $0.sorted() }
    }

    private func isCoarse(_ member: Int) -> Bool {
        let date = comparableDate(member)!
        return !date.isInterval && date.bounds == nil && date.precision >= .year
    }

    /// Connected components of `items` under `linked`, in input order.
    static func components(_ items: [Int], linked: (Int, Int) -> Bool) -> [[Int]] {
        var components: [[Int]] = []
        for item in items {
            let touching = components.indices.filter { c in components[c].contains { linked($0, item) } }
            var merged = [item]
            for c in touching.reversed() { merged = components.remove(at: c) + merged }
            components.insert(merged, at: touching.first ?? components.count)
        }
        return components
    }

    /// Facts: one per set of members that agree on the date, undated and vague members
    /// joining the best-attested set.
    func facts(clusters: [[Int]]) -> [[Int]] {
        var clusters = clusters
        let placed = Set(clusters.joined())
        let rest = members.filter { !placed.contains($0) }
        if clusters.isEmpty { return [members] }
        let best = clusters.indices.max { witnesses(clusters[$0]).count < witnesses(clusters[$1]).count }!
        clusters[best] += rest
        return clusters.map { $0.sorted() }
    }

    /// - Parameter clusters: the members split by date, as ``dateClusters()`` gives them.
    func conflicts(clusters: [[Int]]) -> [Conflict] {
        var found: [Conflict] = []
        if let conflict = dateConflict(clusters: clusters) { found.append(conflict) }
        switch identity {
        case .once(let type, _):
            if let conflict = valueConflict(kind: .place, property: "place of \(property)", value: { claims[$0].claim.place?.name }, same: samePlace) {
                found.append(conflict)
            }
            var causes: [Int: String] = [:]
            if type == .death {
                for member in members {
                    let claim = claims[member]
                    let stated = illnesses[Cause.Sentence(witness: claim.witness, evidence: claim.claim.evidence)] ?? []
                    causes[member] = Cause.of(claim, illnesses: stated.map { claims[$0] })
                }
            }
            func cause(_ member: Int) -> String? { causes[member] }
            if type == .death, let conflict = valueConflict(kind: .cause, property: "cause of death", value: cause,
                                                            same: { !Cause.words(cause($0)!).isDisjoint(with: Cause.words(cause($1)!)) }) {
                found.append(conflict)
            }
        case .work:
            func title(_ member: Int) -> String? { claims[member].objectName ?? claims[member].claim.object?.name }
            if let conflict = valueConflict(kind: .title, property: "title", value: title,
                                            same: { ContentWords.titleWords(title($0)!) == ContentWords.titleWords(title($1)!) }) {
                found.append(conflict)
            }
        case .event:
            if let conflict = valueConflict(kind: .place, property: "place of \(property)", value: { claims[$0].claim.place?.name }, same: samePlace) {
                found.append(conflict)
            }
            if let conflict = valueConflict(kind: .number, property: "number (\(property))", value: { Quantity.before(claims[$0]).map(String.init) },
                                            same: { Quantity.before(claims[$0]) == Quantity.before(claims[$1]) }) {
                found.append(conflict)
            }
        case .body: break
        }
        return found
    }

    // MARK: Dates

    /// The date compared: a written (not inferred) date.
    private func comparableDate(_ member: Int) -> HistoricalDate? {
        let claim = claims[member].claim
        guard !claim.dateIsInferred, let date = claim.date, date.earliest != nil, date.latest != nil else { return nil }
        // A noun's date is its own only when written close to it ("the Congress in April 1923").
        if [.wordsNoun, .treeNoun].contains(claim.extractor.rule), let span = claim.dateSpan, let trigger = claim.trigger,
           max(span.start - trigger.end, trigger.start - span.end) > 40 { return nil }
        return date
    }

    private func dateConflict(clusters: [[Int]]) -> Conflict? {
        let clusters = dominant(clusters)
        guard disagree(clusters) else { return nil }
        let isAge = clusters.joined().contains { comparableDate($0)?.bounds != nil }
        let values = clusters.map { cluster -> Conflict.Value in
            let dates = cluster.map { comparableDate($0)! }
            var distinct: [HistoricalDate] = []
            for date in dates.sorted(by: { ($0.earliest!, width(for: $0)) < ($1.earliest!, width(for: $1)) }) where !distinct.contains(date) { distinct.append(date) }
            let value: String
            if distinct.count == 1 {
                value = distinct[0].bounds.map { "\($0.earliest.iso)/\($0.latest.iso)" } ?? distinct[0].value
            } else {
                value = "\(dates.map { $0.earliest! }.min()!.iso)/\(dates.map { $0.latest! }.max()!.iso)"
            }
            return Conflict.Value(value: value, words: distinct.map { words(for: $0, in: cluster) }.joined(separator: "; "),
                                  members: cluster, witnesses: witnesses(cluster))
        }
        let kind: Conflict.Kind = isAge ? .age : .date
        // "When he was eight his father sent him to school": the age is the one sent's, not the father's.
        let first = claims[members[0]]
        let subject = isAge && self.subject.contains("'s ") ? first.objectName ?? self.subject : self.subject
        let property: String
        switch identity {
        case .work: property = "year of publication"
        case .once(let type, _): property = isAge ? "age at \(type.rawValue)" : "date of \(type.rawValue)"
        default: property = isAge ? "age at \(self.property)" : "date of \(self.property)"
        }
        var conflict = Conflict(kind: kind, reason: .disagreement, subject: subject, property: property, values: values,
                                explanation: "", importance: importance(kind))
        (conflict.reason, conflict.explanation) = ConflictExplainer(claims: claims).explain(conflict)
        return conflict
    }

    private func width(for date: HistoricalDate) -> Int { date.latest!.julianDayNumber - date.earliest!.julianDayNumber }

    private func words(for date: HistoricalDate, in cluster: [Int]) -> String {
        let written = cluster.lazy.compactMap { claims[$0].dateText }.first { !$0.isEmpty }
        if date.bounds != nil, let written { return "\(written) (\(date.inWords))" }
        return date.inWords
    }

    // MARK: Other values

    /// A conflict on a value other than the date: the members giving one, grouped by
    /// `same` (first fit), the value shown from the first member of each group.
    private func valueConflict(kind: Conflict.Kind, property: String, value: (Int) -> String?, same: (Int, Int) -> Bool) -> Conflict? {
        var clusters: [[Int]] = []
        for member in members {
            guard let shown = value(member), !shown.isEmpty else { continue }
            if let c = clusters.firstIndex(where: { $0.contains { same($0, member) } }) { clusters[c].append(member) } else { clusters.append([member]) }
        }
        clusters = dominant(clusters)
        guard disagree(clusters) else { return nil }
        let values = clusters.map { cluster in
            let shown = value(cluster[0]) ?? ""
            return Conflict.Value(value: shown, words: shown, members: cluster, witnesses: witnesses(cluster))
        }
        var conflict = Conflict(kind: kind, reason: .disagreement, subject: subject, property: property, values: values,
                                explanation: "", importance: importance(kind))
        (conflict.reason, conflict.explanation) = ConflictExplainer(claims: claims).explain(conflict)
        return conflict
    }

    private func samePlace(_ a: Int, _ b: Int) -> Bool { FactAligner.samePlace(claims[a], claims[b], unknown: false) }

    // MARK: Shared

    /// Different values disagree when at least two witnesses are involved and not every
    /// value has the same witnesses (one witness contradicting only itself is more often
    /// a misreading than a real inconsistency).
    private func disagree(_ clusters: [[Int]]) -> Bool {
        guard clusters.count >= 2 else { return false }
        let sets = clusters.map { Set(witnesses($0)) }
        guard sets.reduce(Set<Witness>(), { $0.union($1) }).count >= 2 else { return false }
        return Set(sets).count > 1
    }

    /// Each witness's main value: a set is dropped when every witness in it says something
    /// else more often (one stray reading of a witness is not a second opinion).
    private func dominant(_ clusters: [[Int]]) -> [[Int]] {
        func count(_ witness: Witness, _ cluster: [Int]) -> Int { cluster.filter { claims[$0].witness == witness }.count }
        return clusters.indices.filter { i in
            !witnesses(clusters[i]).allSatisfy { witness in
                clusters.indices.contains { j in j != i && count(witness, clusters[j]) > count(witness, clusters[i]) }
            }
        }.map { clusters[$0] }
    }

    private func witnesses(_ cluster: [Int]) -> [Witness] { Reconciler.witnesses(cluster, claims) }

    private func importance(_ kind: Conflict.Kind) -> Double {
        var base: Double
        switch identity {
        case .once(let type, _): base = type == .funeral ? 2 : 4
        case .work: base = 2.5
        case .body: base = 2
        case .event: base = 1.5
        }
        if kind == .date || kind == .age { base += 0.5 }
        return base + 0.1 * Double(Set(members.map { claims[$0].witness.independent }).count)
    }
}
