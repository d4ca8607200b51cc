/// Groups claims that state the same fact, across documents and witnesses.
///
/// Claims align when they have the same predicate and the same resolved participants
/// and their time (or, failing that, their wording) is compatible:
/// - a birth, a death (dying, being killed or executed) and a funeral happen once, so
///   the subject alone identifies them;
/// - a work is identified by its title, one title's words within the other's;
/// - a meeting, treaty or founding by the body or document it concerns, within a year;
/// - any other event by its subject, a date within a year, and something more in
///   common: the same object or place, or a content word of the sentence.
///
/// Claims without a date still corroborate the once-only events; inferred dates are
/// kept out of the comparison of values but the claims still count as support.
struct FactAligner {
    let claims: [WitnessedClaim]

    enum Identity: Hashable {
        case once(EventType, String)
        case work(Set<String>)
        case body(EventType, Set<String>)
        case event(EventType, String)
    }

    /// The kind of fact a claim can align as, nil when it takes no part.
    func identity(of index: Int) -> Identity? {
        let witnessed = claims[index]
        let claim = witnessed.claim
        guard claim.kind == .event, claim.modality == .asserted || claim.modality == .reported,
              let type = claim.eventType, !witnessed.subject.isEmpty, witnessed.isSubjectCertain else { return nil }
        switch type {
        case _ where type.has(.endOfLife): return .once(.death, witnessed.subject)
        case _ where type.has(.once): return .once(type, witnessed.subject)
        case .publication:
            guard claim.extractor.rule != .sourceHeader, let object = claim.object, object.type == .work else { break }
            let words = ContentWords.titleWords(witnessed.objectName ?? object.name)
            return words.isEmpty ? nil : .work(words)
        case .meeting, .treaty, .founding:
            guard let name = witnessed.objectName ?? claim.object?.name, claim.object?.type != .person else { break }
            let words = ContentWords.titleWords(name)
            return words.count >= 2 ? .body(type, words) : nil
        default: break
        }
        return .event(type, witnessed.subject)
    }

    /// The groups of aligned claims (indices into `claims`), each of two or more claims
    /// or one claim alone, in input order.
    ///
    /// Claims every comparison treats alike (the same sentence, date, participants and
    /// place, as near-copies of one article give) are compared once as a class, so
    /// a thousand copies of a fact cost what one does, not a million comparisons.
    func groups() -> [[Int]] {
        let identities = claims.indices.map(identity(of:))
        let classes = Classes(claims: claims, identities: identities, aligner: self)
        let reps = classes.representatives
        var parent = Array(reps.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }

        // Bucket by what must be equal, then compare within the bucket.
        var buckets: [String: [Int]] = [:]
        for (c, index) in reps.enumerated() {
            switch identities[index]! {
            case .once(let type, let subject): buckets["once|\(type.rawValue)|\(subject)", default: []].append(c)
            case .work: buckets["work", default: []].append(c)
            case .body(let type, _): buckets["body|\(type.rawValue)", default: []].append(c)
            case .event(let type, let subject): buckets["event|\(type.rawValue)|\(subject)", default: []].append(c)
            }
        }
        var componentMembers: [Int: [Int]] = [:]
        for c in reps.indices { componentMembers[c] = [c] }
        let features = Features(aligner: self, representatives: reps)
        for key in buckets.keys.sorted() {
            let members = buckets[key]!
            // A once-only event of one person is one fact: no pair needs comparing.
            if case .once = identities[reps[members[0]]]! {
                for member in members.dropFirst() { join(member, members[0]) }
                continue
            }
            for (n, a) in members.enumerated() {
                for b in members[(n + 1)...] where root(a) != root(b) && aligned(reps[a], identities[reps[a]]!, reps[b], identities[reps[b]]!, features) {
                    // Never chain two claims that cannot be one fact ("XIIth" and "XIIIth Congress").
                    let (ra, rb) = (root(a), root(b))
                    let compatible = componentMembers[ra]!.allSatisfy { x in
                        componentMembers[rb]!.allSatisfy { y in !excluded(reps[x], identities[reps[x]]!, reps[y], identities[reps[y]]!) }
                    }
                    guard compatible else { continue }
                    join(a, b)
                    componentMembers[rb]! += componentMembers[ra]!
                    componentMembers[ra] = nil
                }
            }
        }
        // A class joined to nothing else stays one group only if its claims align with each other.
        var groupOf: [Int: Int] = [:]
        var groups: [[Int]] = []
        for index in claims.indices where identities[index] != nil {
            let c = classes.classOf[index]
            let r = root(c)
            let key: Int
            if componentMembers[r]?.count == 1, classes.members[c].count > 1,
               !aligned(reps[c], identities[reps[c]]!, reps[c], identities[reps[c]]!, features) {
                key = -1 - index
            } else {
                key = r
            }
            if let g = groupOf[key] { groups[g].append(index) } else { groupOf[key] = groups.count; groups.append([index]) }
        }
        return groups
    }

    /// Claims that must not end up in one fact even through others.
    func excluded(_ a: Int, _ identityA: Identity, _ b: Int, _ identityB: Identity) -> Bool {
        switch (identityA, identityB) {
        case (.body(_, let x), .body(_, let y)): return Self.differentOrdinals(x, y) || yearsApart(a, b).map { $0 > 0 } == true
        case (.event, .event): return differentTitles(a, b) || differentPlaces(a, b)
        default: return false
        }
    }

    /// Events in two different places at different times are two events: deported to
    /// Spain in September, to the United States in December. At overlapping times they
    /// are one event placed differently (a conflict of place). Places agree when one's
    /// name holds the other's or one's sentence names the other ("Yanovka" and
    /// "Yanovka, Kherson Province").
    private func differentPlaces(_ a: Int, _ b: Int) -> Bool {
        guard !Self.samePlace(claims[a], claims[b], unknown: true) else { return false }
        return Self.daysApart(claims[a].claim.date, claims[b].claim.date).map { $0 > 0 } ?? true
    }

    static func samePlace(_ x: WitnessedClaim, _ y: WitnessedClaim, unknown: Bool) -> Bool {
        guard let keyX = x.place, let keyY = y.place, let nameX = x.claim.place?.name, let nameY = y.claim.place?.name else { return unknown }
        if keyX == keyY { return true }
        let wordsX = Set(ContentWords.words(of: nameX)), wordsY = Set(ContentWords.words(of: nameY))
        return wordsX.isSubset(of: wordsY) || wordsY.isSubset(of: wordsX) || ContentWords.areVariants(nameX, nameY)
            || Self.names(nameY, in: x.sentence) || Self.names(nameX, in: y.sentence)
    }

    /// Whether a sentence names a place other than to deny it ("in Riga, not in Dorvik").
    static func names(_ place: String, in sentence: String) -> Bool {
        guard let found = sentence.firstRange(of: place) else { return false }
        let before = sentence[..<found.lowerBound].suffix(12).lowercased()
        return !(before.contains("not ") || before.contains("rather than"))
    }

    /// Offices named by both claims that share no word: "Chairman of the Petrograd Soviet"
    /// and "member of the Central Executive Committee".
    private func differentTitles(_ a: Int, _ b: Int) -> Bool {
        guard let x = claims[a].claim.value, let y = claims[b].claim.value, claims[a].claim.kind == .event else { return false }
        let generic: Set<String> = ["member", "head", "chief", "leader", "president", "secretary", "chairman", "commissar", "people"]
        return ContentWords.titleWords(x).subtracting(generic).isDisjoint(with: ContentWords.titleWords(y).subtracting(generic))
    }

    private func aligned(_ a: Int, _ identityA: Identity, _ b: Int, _ identityB: Identity, _ features: Features) -> Bool {
        guard !excluded(a, identityA, b, identityB) else { return false }
        switch (identityA, identityB) {
        case (.once, .once): return true
        case (.work(let x), .work(let y)):
            return WorkTitles.sameWork(x, y)
        case (.body(_, let x), .body(_, let y)):
            return x.intersection(y).count >= 2 && yearsApart(a, b) == 0
        case (.event, .event):
            return eventsAlign(a, b, features)
        default: return false
        }
    }

    /// Two events of one type and subject: dated within a year of each other, with the
    /// same object or place or a content word in common.
    private func eventsAlign(_ a: Int, _ b: Int, _ features: Features) -> Bool {
        let x = claims[a], y = claims[b]
        guard let gap = Self.daysApart(x.claim.date, y.claim.date), gap <= 366 else { return false }
        if let object = x.object, object == y.object { return true }
        // Bouts of one person's illness within a year are one illness told differently.
        if x.claim.eventType == .illness { return gap <= 183 }
        if let place = x.place, place == y.place { return true }
        // Arrivals repeat: told on different dates, only a place in common makes two one arrival
        // ("arrived back in Russia in May 1917", "returned from Brest-Litovsk on 7 January 1918").
        if x.claim.eventType?.has(.destination) == true, gap > 0 { return false }
        return features.shareContent(a, b, triggers: [ContentWords.stem(x.triggerText.lowercased()), ContentWords.stem(y.triggerText.lowercased())])
    }

    private func yearsApart(_ a: Int, _ b: Int) -> Int? {
        guard let x = claims[a].claim.date?.earliest?.year, let y = claims[b].claim.date?.earliest?.year else { return nil }
        return abs(x - y)
    }

    /// Days between two dates' ranges: 0 when they overlap, nil when either is missing.
    static func daysApart(_ x: HistoricalDate?, _ y: HistoricalDate?) -> Int? {
        guard let x, let y, let lowX = x.earliest, let highX = x.latest, let lowY = y.earliest, let highY = y.latest else { return nil }
        if highX < lowY { return lowY.julianDayNumber - highX.julianDayNumber }
        if highY < lowX { return lowX.julianDayNumber - highY.julianDayNumber }
        return 0
    }

    /// "XIIth Party Congress" and "13th Party Congress" are different congresses.
    static func differentOrdinals(_ x: Set<String>, _ y: Set<String>) -> Bool {
        let ordinalsX = Set(x.compactMap(Ordinal.value(of:))), ordinalsY = Set(y.compactMap(Ordinal.value(of:)))
        return !ordinalsX.isEmpty && !ordinalsY.isEmpty && ordinalsX.isDisjoint(with: ordinalsY)
    }
}

/// Ordinal words in names: "twelfth", "12th", "XIIth".
enum Ordinal {
    static func value(of word: String) -> Int? {
        let word = word.lowercased()
        if let value = DateVocabulary.ordinals[word] { return value }
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            let stem = word.dropLast(2)
            if let number = Int(stem) { return number }
            if let number = roman(String(stem)) { return number }
        }
        return nil
    }

    static func roman(_ text: String) -> Int? {
        let digits: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        guard !text.isEmpty, text.allSatisfy({ digits[$0] != nil }) else { return nil }
        let values = text.map { digits[$0]! }
        var total = 0
        for (i, value) in values.enumerated() {
            total += i + 1 < values.count && value < values[i + 1] ? -value : value
        }
        return total
    }
}
