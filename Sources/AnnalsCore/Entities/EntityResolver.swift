import Foundation

/// Joins names into entities: stated aliases, compatible full names sharing a surname,
/// a surname alone to the person most often called by it, one-letter slips in long
/// names, acronyms and their spelled-out forms, and organisations by their stem.
/// Names with different given names are never joined through their surname.
struct EntityResolver {
    /// What the documents say of each name, documents in order, each's in the order written.
    let tallies: KeptTallies
    let evidence: [AliasEvidence]
    let titles: [String]
    /// The keys of spellings read both as a title and as someone (``titlesNamedLikeSomeone(_:)``).
    let titled: Set<String>

    init(tallies: KeptTallies, evidence: [AliasEvidence], titles: [String]) {
        self.tallies = tallies
        self.evidence = evidence
        self.titles = titles
        titled = Self.titlesNamedLikeSomeone(tallies)
    }

    /// The key of the name a mention is joined on: its own, or its title's apart from someone's.
    func nodeKey(isTitleReading: Bool, key: String) -> String {
        isTitleReading && titled.contains(key) ? Self.titleKey(key) : key
    }

    /// Whether a key or a name is of more than one word (a byte search: the resolver asks it of every mention).
    static func hasSeveralWords(_ key: String) -> Bool { key.utf8.contains(UInt8(ascii: " ")) }

    /// The entities, without their mentions, each with how many mentions name it and the keys of
    /// its names (``nodeKey(isTitleReading:key:)``).
    func resolve() -> [(entity: Entity, mentions: Int, keys: [String])] {
        // Stated aliases and titles repeat across documents: each name folded and keyed once.
        var nameKeys: [String: String] = [:]
        func nameKey(_ name: String) -> String {
            if let known = nameKeys[name] { return known }
            let key = Self.canonicalKey(NameLexicon.fold(name))
            nameKeys[name] = key
            return key
        }
        // One node per folded name, and one more for a title spelled like someone's name.
        func key(of tally: NameTally) -> String { nodeKey(isTitleReading: tally.isTitleReading, key: tally.key) }
        var keys: [String] = []
        var index: [String: Int] = [:]
        func node(_ key: String) -> Int {
            if let existing = index[key] { return existing }
            index[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        var votes: [[EntityType: Int]] = []
        var strong: [[EntityType: Int]] = []
        var counts: [Int] = []
        /// Mentions whose context says they are no person ("moved to X", "the town of X").
        var notPersonCues: [Int] = []
        var surfaces: [[String: Int]] = []
        func ensure(_ n: Int) {
            while votes.count <= n { votes.append([:]); strong.append([:]); counts.append(0); notPersonCues.append(0); surfaces.append([:]) }
        }
        for tally in tallies {
            let n = node(key(of: tally))
            ensure(n)
            counts[n] += tally.count
            for spelling in tally.surfaces { surfaces[n][spelling.surface, default: 0] += spelling.count }
            tally.votes.forEach { votes[n][$0, default: 0] += $1 }
            tally.strong.forEach { strong[n][$0, default: 0] += $1 }
            notPersonCues[n] += tally.otherCues
        }
        // Each stated alias's two names as nodes, folded once.
        var evidenceNodes: [(owner: Int, alias: Int)] = []
        for item in evidence {
            let owner = node(nameKey(item.name))
            ensure(owner)
            surfaces[owner][item.name, default: 0] += 0
            let n = node(nameKey(item.alias))
            ensure(n)
            surfaces[n][item.alias, default: 0] += 0
            evidenceNodes.append((owner, n))
        }
        let sets = UnionFind(keys.count)
        /// The type most votes give (``top(_:)``).
        func type(_ n: Int) -> EntityType? { Self.top(votes[n])?.key }
        var decisions: [(Int, MergeDecision)] = []
        /// Joins two names by a rule, remembering why.
        func join(_ a: Int, _ b: Int, _ rule: String) {
            if sets.union(a, b) { decisions.append((a, MergeDecision(rule: rule, first: keys[a], second: keys[b]))) }
        }

        // 0. Distinctions the text states come first, so that nothing can undo them.
        for (item, nodes) in zip(evidence, evidenceNodes) where item.isDistinction { sets.keepApart(nodes.owner, nodes.alias) }
        // 1. Identities the text states.
        for (item, nodes) in zip(evidence, evidenceNodes) where !item.isDistinction { sets.union(nodes.owner, nodes.alias) }
        // 2. People: full names under one surname with compatible given names.
        var bySurname: [String: [Int]] = [:], byRegnalName: [Int: [Int]] = [:]
        for (n, key) in keys.enumerated() {
            let words = key.split(separator: " ").map(String.init)
            guard words.count >= 2, type(n) == .person, let last = words.last else { continue }
            // "Chairman of Sovnarkom", "Catherine of Aragon": what follows "of" is a place or a body, not a surname.
            if words[words.count - 2] == "of" { continue }
            // "Old Bolshevik", "Old Bolsheviks": a word describing people ends no one's surname.
            if NameLexicon.personDescriptors.contains(last) || NameLexicon.isFollowers(last) { continue }
            // "Frederick William I", "Frederick I": a regnal number is no surname; a monarch's
            // name is the whole of it ("Pyotr I" is "Peter I").
            // "Saint Peter": a saint is named by a given name, no surname.
            if NameLexicon.saints.contains(words[0]) { continue }
            if Self.isRegnalNumber(last) { byRegnalName[words.count, default: []].append(n); continue }
            bySurname[last, default: []].append(n)
        }
        for (_, group) in byRegnalName.sorted(by: { $0.key < $1.key }) {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where Self.sameMonarch(keys[a], keys[b]) { join(a, b, "same regnal number, same given names") }
            }
        }
        for (_, group) in bySurname.sorted(by: { $0.key < $1.key }) {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] where Self.compatibleGivenNames(keys[a], keys[b]) { join(a, b, "same surname, compatible given names") }
            }
        }
        // 3. One-letter slips in long surnames, when nothing says they are different people.
        let surnames = Array(bySurname.keys).filter { $0.count >= 7 }.sorted()
        // A slip keeps the first three letters, so only names sharing them are compared.
        let surnamesByOpening = Dictionary(grouping: surnames) { String($0.prefix(3)) }
        for a in surnames {
            for b in surnamesByOpening[String(a.prefix(3))]! where a < b && EditDistance.between(Array(a), Array(b)) == 1 {
                for x in bySurname[a]! { for y in bySurname[b]! where Self.compatibleGivenNames(keys[x], keys[y]) { join(x, y, "one-letter slip in the surname, compatible given names") } }
            }
        }
        // 4. A surname alone goes to the person most often named with it.
        for (n, key) in keys.enumerated() where !Self.hasSeveralWords(key) {
            // Kept apart only when most of its own mentions say it is something else.
            // Strong cues decide alone; weaker ones ("moved to Nikolayev") when they are most of them.
            let otherEvidence = strong[n].filter { $0.key != .person }.values.reduce(0, +) / 3
            if otherEvidence * 2 > counts[n] || notPersonCues[n] * 2 > counts[n] { continue }
            var candidates = bySurname[key] ?? []
            if candidates.isEmpty, key.count >= 7 {
                candidates = (surnamesByOpening[String(key.prefix(3))] ?? []).filter { EditDistance.between(Array($0), Array(key)) == 1 }.flatMap { bySurname[$0]! }
            }
            guard !candidates.isEmpty else { continue }
            var totals: [Int: Int] = [:]
            for c in candidates { totals[sets.find(c), default: 0] += counts[c] }
            if let best = totals.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { join(n, best, "surname alone, most often this person") }
        }
        // 5. Acronyms and their spelled-out names; organisations by stem.
        var byStem: [String: Int] = [:]
        var byInitials: [String: [Int]] = [:]
        for (n, key) in keys.enumerated() {
            let words = key.split(separator: " ").filter { !NameLexicon.connectors.contains(String($0)) && $0 != "the" }
            if words.count >= 3 { byInitials[String(words.compactMap(\.first)), default: []].append(n) }
            // One of a party's followers ("a Bolshevik", "Bolshevik rule") names the party whatever its cues.
            let follower = !Self.hasSeveralWords(key) && (NameLexicon.isFollowers(key) || NameLexicon.isFollowers(key + "s"))
            // A word some mentions read as a place is a town, not a body's short name ("at Oxford" is no "Oxford Movement").
            guard follower || (strong[n][.place] == nil && strong[n][.event] == nil && strong[n][.work] == nil && strong[n][.person] == nil
                               && (Self.hasSeveralWords(key) || votes[n][.place] == nil)),
                  let stem = Self.stem(key) else { continue }
            if follower, let person = strong[n].removeValue(forKey: .person) { strong[n][.group, default: 0] += person }
            if let other = byStem[stem] { join(n, other, "same organisation name, singular or plural, with or without 'Party'") } else { byStem[stem] = n }
        }
        for (n, key) in keys.enumerated() where !Self.hasSeveralWords(key) && key.count >= 2 && key.count <= 7 {
            // An acronym is written in capitals ("GPU", "G.P.U.", "VSNKh"); "Dan" is a name.
            // Initials stand for a body's or an event's name, not a person's ("ABC" is no "Alexander Bekovich-Cherkassky").
            if let full = byInitials[key], full.count == 1, !Self.looksLikeAPersonsName(keys[full[0]]), surfaces[n].keys.contains(where: Self.isWrittenAsAcronym) {
                join(n, full[0], "acronym of the full name")
                // Spelled out by its initials, a name is a body's ("GPU agent X" reads like a person's title).
                if ![.place, .event, .work].contains(type(full[0])) { strong[n][.org, default: 0] += 3 * counts[n] }
            }
        }

        joinShortenedBodies(keys: keys, surfaces: surfaces, index: index, type: type, join: join)

        // 6. A given name alone (or its pet form) goes to the one person the documents give
        //    that name; where two people share it, it stays apart.
        var personsByGiven: [String: [Int: Set<Int>]] = [:]   // given key → document → full-name nodes
        var documentsByKey: [String: [Int: Int]] = [:]        // one-word key → document → mentions
        /// What a document is about: its title's key (documents beyond the titles given are their own).
        let subjectKeys = titles.map { nameKey($0) }
        func subject(_ document: Int) -> String { document < subjectKeys.count ? subjectKeys[document] : "#\(document)" }
        var lastAlone: [String: [Int: Int]] = [:]             // one-word key → document → last offset written alone
        var firstInFull: [Int: [Int: Int]] = [:]              // full-name node → document → first offset
        for tally in tallies where !Self.hasSeveralWords(tally.folded) {
            let key = tally.key
            documentsByKey[key, default: [:]][tally.document, default: 0] += tally.count
            lastAlone[key, default: [:]][tally.document] = max(lastAlone[key]?[tally.document] ?? .min, tally.lastOffset)
        }
        /// The given name a person's full name (a key of two words or more) opens; nil for any other key.
        var givenNames: [String: String?] = [:]
        func given(_ key: String, _ n: Int) -> String? {
            if let known = givenNames[key] { return known }
            let words = key.split(separator: " ")
            let given = words.count >= 2 && type(n) == .person ? NameLexicon.givenNameKey[String(words[0])] ?? String(words[0]) : nil
            givenNames[key] = given
            return given
        }
        for tally in tallies {
            let key = tally.key
            guard let n = index[key], let given = given(key, n) else { continue }
            let node = sets.find(n)
            personsByGiven[given, default: [:]][tally.document, default: []].insert(node)
            firstInFull[node, default: [:]][tally.document] = min(firstInFull[node]?[tally.document] ?? .max, tally.firstOffset)
        }
        var seen: Set<String> = []
        for tally in tallies {
            let key = tally.key
            guard !Self.hasSeveralWords(key), let n = index[key], seen.insert(key).inserted else { continue }
            // A known given name, or any single name read as a person's ("Mara" beside "Mara Velinskaya").
            let given = NameLexicon.hypocorisms[key].map { NameLexicon.givenNameKey[$0] ?? $0 } ?? NameLexicon.givenNameKey[key]
                ?? (NameLexicon.givenNames.contains(key) || type(n) == .person ? key : nil)
            // The given name must fit one person in all the documents, and be written alone mostly where that
            // person is named in full, in a document on the same subject, or in one whose title gives the
            // name ("Herman", a brother in one life, is no "Herman Boerhaave" of another).
            guard let given, let byDocument = personsByGiven[given] else { continue }
            let subjects = Set(byDocument.keys.map(subject))
            func inside(_ document: Int) -> Bool {
                subjects.contains(subject(document)) || subject(document).split(separator: " ").contains { $0 == key || $0 == given }
            }
            let written = documentsByKey[key, default: [:]]
            guard written.filter({ inside($0.key) }).values.reduce(0, +) * 2 > written.values.reduce(0, +) else { continue }
            let people = byDocument.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
            guard people.count == 1, let person = people.first else { continue }
            // A short form points back: "Dmitry (born 1874)", written alone only before anyone is named
            // "Dmitri Volkogonov" in its document, is someone else.
            let alone = lastAlone[key] ?? [:]
            if alone.contains(where: { document, last in firstInFull[person]?[document].map { last < $0 } ?? false }) { continue }
            // "Leon" that the surname rule gave to "Pauline Léon" is not also "Leon Trotsky"'s given name:
            // a word already joined to other names is not joined again by this weaker rule.
            if sets.find(n) != sets.find(person), (sets.members[sets.find(n)]?.count ?? 1) > 1 { continue }
            join(n, person, NameLexicon.hypocorisms[key] != nil ? "pet form of the given name of the only such person"
                                                               : "given name alone, the only such person")
        }

        // 7. A biography calls its subject by the given name alone ("Peter" in "Peter the
        //    Great"): a bare given name used mostly in the document whose title begins with it.
        for (n, key) in keys.enumerated() where !Self.hasSeveralWords(key) && (NameLexicon.givenNames.contains(key) || NameLexicon.givenNameKey[key] != nil) {
            let byDocument = documentsByKey[key] ?? [:]
            let total = byDocument.values.reduce(0, +)
            guard let (document, count) = byDocument.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), total > 0, count * 5 >= total * 4,
                  document < titles.count else { continue }
            let title = nameKey(titles[document])
            guard title != key, title.split(separator: " ").first.map(String.init) == key, let subject = index[title] else { continue }
            join(n, subject, "given name alone, in the biography of the person it begins")
        }

        // Entities, one per set.
        var members: [Int: [Int]] = [:]
        for n in keys.indices { members[sets.find(n), default: []].append(n) }
        // What the text states and which rules joined, filed by the set they belong to.
        var statedBySet: [Int: [AliasEvidence]] = [:]
        for (item, nodes) in zip(evidence, evidenceNodes) where !item.isDistinction { statedBySet[sets.find(nodes.owner), default: []].append(item) }
        var decisionsBySet: [Int: [MergeDecision]] = [:]
        for (n, decision) in decisions { decisionsBySet[sets.find(n), default: []].append(decision) }
        // Mentions by key, counted.
        var countsByKey: [String: (count: Int, articled: Bool)] = [:]
        for tally in tallies {
            let key = key(of: tally)
            countsByKey[key, default: (0, false)].count += tally.count
            if tally.isArticled { countsByKey[key]!.articled = true }
        }
        let titleKeys = Set(titles.map { nameKey($0) })
        let ownerKeys = Set(evidence.filter { !$0.isDistinction }.map { nameKey($0.name) })
        let aliasKeys = Set(evidence.filter { !$0.isDistinction }.map { nameKey($0.alias) }).subtracting(ownerKeys)
        var used: Set<EntityID> = []
        var entities: [(entity: Entity, mentions: Int, keys: [String])] = []
        for (root, group) in members.sorted(by: { $0.key < $1.key }) {
            var tally: [EntityType: Int] = [:]
            var names: [String: Int] = [:]
            for n in group {
                for (t, v) in votes[n] { tally[t, default: 0] += v }
                for (s, c) in surfaces[n] { names[s, default: 0] += c }
            }
            let count = group.reduce(0) { $0 + (countsByKey[keys[$1]]?.count ?? 0) }
            guard count > 0 else { continue }
            var strongTally: [EntityType: Int] = [:]
            for n in group { for (t, v) in strong[n] { strongTally[t, default: 0] += v } }
            // Names that only "the" stood before, and nothing typed, are no one's ("the Central Rada").
            guard let kind = Self.kind(strong: strongTally, all: tally) ?? (group.contains { countsByKey[keys[$0]]?.articled == true } ? nil : Self.guessType(names.keys)) else { continue }
            // At equal counts, the name a stated alias belongs to goes before the alias ("Nachalo", not its rendering "The Beginning").
            func owns(_ name: String) -> Int { aliasKeys.contains(nameKey(name)) ? 0 : 1 }
            let ordered = names.sorted { ($0.value, owns($0.key), $0.key.count, $1.key) > ($1.value, owns($1.key), $1.key.count, $0.key) }.map(\.key)
            let canonical = Self.canonicalName(ordered, type: kind, titleKeys: titleKeys)
            var id = EntityID(type: kind, name: canonical)
            while used.contains(id) { id = id.next }
            used.insert(id)
            entities.append((Entity(id: id.description, name: canonical, type: kind, names: [canonical] + ordered.filter { $0 != canonical },
                                    mentions: [], evidence: statedBySet[root] ?? [], pronounMentions: [:],
                                    merges: decisionsBySet[root] ?? []), count, group.map { keys[$0] }))
        }
        return entities
    }
}
