import Foundation

/// The entities of a set of documents: names found, typed, and resolved across
/// documents into one entity per person, group, place, organisation, work or event.
///
/// ```swift
/// let index = EntityIndex(documents: [(text, structure, "Leon Trotsky")])
/// index.entity(named: "Bronstein")?.name   // "Leon Trotsky"
/// ```
public struct EntityIndex: Sendable {
    public let entities: [Entity]
    private let byName: [String: Int]
    private let bySurname: [String: Int]
    /// Every spelling's matching key (an acronym's letters joined), to file mentions.
    private let byKey: [String: Int]
    /// Bodies and groups by their names' stem ("bolshevik" for "Bolsheviks", "Bolshevik Party").
    private let byStem: [String: Int]
    private let byID: [EntityID: Int]
    /// Works by their spellings' keys: where a title is spelled like someone's name, a title
    /// reading of it is filed under the work, every other mention under the someone.
    private let byTitleKey: [String: Int]

    /// A document to index: its text, structure and title (the title names its subject).
    public typealias Document = (text: ScalarText, structure: DocumentStructure, title: String)

    public init(documents: [Document]) {
        self.init(names: documents.enumerated().map { index, document in
            DocumentNames(scanning: document.text, structure: document.structure, title: document.title, document: index)
        }, titles: documents.map(\.title))
    }

    /// Resolves the names found in each document (numbered as in `names`) across them all;
    /// without `fileMentions` the entities' mentions are left empty (the same entities, in the
    /// same order, for a reader that only needs who they are).
    public init(names: [DocumentNames], titles: [String], fileMentions: Bool = true) {
        self.init(summaries: names.map(\.summary), titles: titles, filing: fileMentions ? names : nil)
    }

    /// Resolves what the documents say of their names (numbered in order), with the mentions
    /// of `filing` (the same documents' names) listed under their entities when given.
    public init(summaries: [NameSummary], titles: [String], filing: [DocumentNames]? = nil) {
        let tallies = KeptTallies(summaries.map(\.tallies))
        let resolver = EntityResolver(tallies: tallies, evidence: summaries.flatMap(\.evidence), titles: titles)
        var entities = resolver.resolve()
        if let filing { Self.file(filing, under: &entities, inside: tallies.inside, resolver: resolver) }
        // The subject of each document is also "he" and "his" in its narrative.
        var byFoldedName: [String: Int] = [:]
        for (position, entity) in entities.enumerated() {
            for name in entity.entity.names { byFoldedName[NameLexicon.fold(name)] = byFoldedName[NameLexicon.fold(name)] ?? position }
        }
        for (index, title) in titles.enumerated() {
            guard let subject = byFoldedName[NameLexicon.fold(title)] else { continue }
            entities[subject].entity.pronounMentions[index] = summaries[index].pronouns
        }
        self.init(resolved: entities.sorted { ($0.mentions, $1.entity.name) > ($1.mentions, $0.entity.name) }.map(\.entity))
    }

    /// Entities resolved earlier (as a store keeps them), in the order given, with the
    /// mentions of `names` filed under the entity each one's spelling belongs to.
    public init(resolved: [Entity], names: [DocumentNames]) {
        var entities = resolved.map { entity in var bare = entity; bare.mentions = []; return bare }
        let partial = EntityIndex(resolved: entities)
        var inside: Set<String> = []
        for document in names { for mention in document.mentions where !mention.opensSentence { inside.insert(mention.folded) } }
        Self.forEachKept(names, inside: inside) { mention in
            if let index = partial.position(mentioned: mention) { entities[index].mentions.append(mention) }
        }
        self.init(resolved: entities)
    }

    /// Entities as given, mentions and all.
    public init(resolved entities: [Entity]) {
        self.entities = entities
        var byName: [String: Int] = [:]
        var bySurname: [String: Int] = [:]
        var byKey: [String: Int] = [:], byID: [EntityID: Int] = [:], byStem: [String: Int] = [:], byTitleKey: [String: Int] = [:]
        var byNationless: [String: Set<Int>] = [:]
        for (index, entity) in entities.enumerated() {
            if let id = entity.identity { byID[id] = index }
            for name in entity.names {
                let key = NameLexicon.fold(name)
                if byName[key] == nil { byName[key] = index }
                // "The October Revolution" is found as "October Revolution" too.
                if key.hasPrefix("the "), byName[String(key.dropFirst(4))] == nil { byName[String(key.dropFirst(4))] = index }
                let matching = EntityResolver.canonicalKey(key)
                // Where a title shares a spelling with someone, the spelling is the someone's.
                if byKey[matching].map({ entities[$0].type == .work && entity.type != .work }) ?? true { byKey[matching] = index }
                if entity.type == .work, byTitleKey[matching] == nil { byTitleKey[matching] = index }
                if [.org, .group].contains(entity.type), let stem = EntityResolver.stem(key), byStem[stem] == nil { byStem[stem] = index }
                if entity.type != .person, let short = EntityResolver.withoutNation(EntityResolver.canonicalKey(key)) { byNationless[short, default: []].insert(index) }
                if entity.type == .person, let last = key.split(separator: " ").last, bySurname[String(last)] == nil {
                    bySurname[String(last)] = index
                }
            }
        }
        // "the Social Democratic Labour Party" finds the only such party named with its nation.
        for (short, found) in byNationless where found.count == 1 && byKey[short] == nil { byKey[short] = found.first }
        self.byName = byName
        self.bySurname = bySurname
        self.byKey = byKey
        self.byStem = byStem
        self.byID = byID
        self.byTitleKey = byTitleKey
    }

    /// The entity with this id, if there is one.
    public func entity(id: EntityID) -> Entity? { byID[id].map { entities[$0] } }

    /// The entity a mention found in a document belongs to, if its spelling was resolved.
    public func entity(mentioned mention: EntityMention) -> Entity? {
        position(mentioned: mention).map { entities[$0] }
    }

    private func position(mentioned mention: EntityMention) -> Int? {
        let key = mention.key
        if mention.isTitleReading, let work = byTitleKey[key] { return work }
        return byKey[key]
    }

    /// The entity a name refers to: any of its spellings, case and diacritics aside, a
    /// title in front ("Comrade Trotsky") ignored, or a person's surname alone.
    public func entity(named name: String) -> Entity? {
        // An id ("place:gulf-of-riga") names that entity or none: never the nearest name.
        if let id = EntityID(name) { return entity(id: id) }
        // "The Beginning", a title with its article, first as written.
        if let index = byName[NameLexicon.fold(name)] { return entities[index] }
        // "Battle of Warsaw (1920)", "October 1917 Revolution": a year after a name's first word
        // tells the reader which one, and the name is found without it ("the 1905 Revolution" keeps its own).
        let numbers = NameLexicon.fold(name).split(separator: " ").dropFirst().filter { $0.allSatisfy(\.isNumber) }
        let unnumbered = Self.withoutNumbers(name)
        if !numbers.isEmpty, unnumbered != name, let found = entity(named: unnumbered) { return found }
        var words = NameLexicon.fold(name).split(separator: " ").map(String.init)
        while words.count > 1, NameLexicon.personTitles.contains(words[0]) || words[0] == "the" { words.removeFirst() }
        let key = words.joined(separator: " ")
        if let index = byName[key] { return entities[index] }
        // "Brest-Litovsk peace" is the "Treaty of Brest-Litovsk"; "Bolshevik faction" the "Bolsheviks".
        if let index = byKey[EntityResolver.canonicalKey(key)] { return entities[index] }
        if words.count > 1, let stem = EntityResolver.stem(key), let index = byStem[stem] { return entities[index] }
        if let last = words.last, let index = bySurname[last] { return entities[index] }
        // "Lenin's Testament", "his last testament": the work or body its last word names.
        // Not when a year, a month or an ordinal tells one of many apart: "1905 Revolution", "October Revolution",
        // "Second Congress of the Party".
        let qualified = words.dropLast().contains { word in
            word.contains(where: \.isNumber) || DateVocabulary.months[word] != nil || Ordinal.value(of: word) != nil
        }
        if words.count > 1, !qualified, let last = words.last, let index = byName[last], entities[index].type != .person { return entities[index] }
        return nil
    }

    /// A name without the numbers after its first word, and without brackets left empty.
    static func withoutNumbers(_ name: String) -> String {
        let words = name.split(separator: " ")
        let kept = words.enumerated().filter { k, word in k == 0 || !word.contains(where: \.isNumber) }.map(\.element)
        return kept.filter { !$0.allSatisfy { "()[]".contains($0) } }.joined(separator: " ")
    }

    /// Names of well-known entities nearest in spelling, to suggest after a miss.
    public func suggestion(for name: String) -> String? {
        // A name longer than any a person types is no typo; comparing it costs its length times every name's.
        guard name.count <= 120 else { return nil }
        let key = Array(NameLexicon.fold(name))
        let scored = byName.keys.map { ($0, EditDistance.between(key, Array($0))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, key.count / 4) else { return nil }
        return entities[byName[best.0]!].name
    }

    /// Each mention of `names`, in order, except a capitalised word that only ever opens sentences
    /// (``NameTally/isDoubtful(_:)``, never `inside` one): that is an ordinary word, unless something
    /// else says it is a name. (Read in place: a large collection has a million mentions, too many to copy for a filter.)
    private static func forEachKept(_ names: [DocumentNames], inside: Set<String>, _ body: (EntityMention) -> Void) {
        for document in names {
            for mention in document.mentions where !NameTally.isDoubtful(mention) || inside.contains(mention.folded) { body(mention) }
        }
    }

    /// Lists each kept mention under the entity its name was joined into, in document and text order.
    private static func file(_ names: [DocumentNames], under entities: inout [(entity: Entity, mentions: Int, keys: [String])],
                             inside: Set<String>, resolver: EntityResolver) {
        var owner: [String: Int] = [:]
        for (position, entity) in entities.enumerated() { for key in entity.keys { owner[key] = position } }
        forEachKept(names, inside: inside) { mention in
            guard let position = owner[resolver.nodeKey(isTitleReading: mention.isTitleReading, key: mention.key)] else { return }
            entities[position].entity.mentions.append(mention)
        }
        for position in entities.indices {
            entities[position].entity.mentions.sort { ($0.document, $0.range.start) < ($1.document, $1.range.start) }
        }
    }
}
