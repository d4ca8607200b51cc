import Foundation

/// The entities of a set of documents: names found, typed, and resolved across
/// documents into one entity per person, place, organisation, work or event.
///
/// ```swift
/// let index = EntityIndex(documents: [(text, structure, "Leon Trotsky")])
/// index.entity(named: "Bronstein")?.name   // "Leon Trotsky"
/// ```
public struct EntityIndex: Sendable {
    public let entities: [Entity]
    private let byName: [String: Int]
    private let bySurname: [String: Int]

    /// A document to index: its text, structure and title (the title names its subject).
    public typealias Document = (text: ScalarText, structure: DocumentStructure, title: String)

    public init(documents: [Document]) {
        var mentions: [EntityMention] = []
        var evidence: [AliasEvidence] = []
        for (index, document) in documents.enumerated() {
            let found = MentionDetector().mentions(in: document.text, structure: document.structure, document: index)
            mentions += found
            evidence += AliasExtractor().aliases(in: document.text, structure: document.structure, document: index, mentions: found,
                                                 subject: document.title)
        }
        mentions = Self.droppingSentenceCapitals(mentions)
        let resolver = EntityResolver(mentions: mentions, evidence: evidence, titles: documents.map(\.title))
        var entities = resolver.resolve()
        // The subject of each document is also "he" and "his" in its narrative.
        for (index, document) in documents.enumerated() {
            guard let subject = entities.firstIndex(where: { entity in entity.names.contains { NameLexicon.fold($0) == NameLexicon.fold(document.title) } }) else { continue }
            var pronouns = 0
            for sentence in document.structure.sentences where !sentence.isHeading {
                pronouns += DateToken.tokenize(document.text, in: sentence.range).filter { $0.isWord("he", "his", "him", "she", "her") }.count
            }
            entities[subject].pronounMentions[index] = pronouns
        }
        self.entities = entities.sorted { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }
        var byName: [String: Int] = [:]
        var bySurname: [String: Int] = [:]
        for (index, entity) in self.entities.enumerated() {
            for name in entity.names {
                let key = NameLexicon.fold(name)
                if byName[key] == nil { byName[key] = index }
                if entity.type == .person, let last = key.split(separator: " ").last, bySurname[String(last)] == nil {
                    bySurname[String(last)] = index
                }
            }
        }
        self.byName = byName
        self.bySurname = bySurname
    }

    /// The entity a name refers to: any of its spellings, case and diacritics aside, a
    /// title in front ("Comrade Trotsky") ignored, or a person's surname alone.
    public func entity(named name: String) -> Entity? {
        var words = NameLexicon.fold(name).split(separator: " ").map(String.init)
        while words.count > 1, NameLexicon.personTitles.contains(words[0]) || words[0] == "the" { words.removeFirst() }
        let key = words.joined(separator: " ")
        if let index = byName[key] { return entities[index] }
        if let last = words.last, let index = bySurname[last] { return entities[index] }
        return nil
    }

    /// Names of well-known entities nearest in spelling, to suggest after a miss.
    public func suggestion(for name: String) -> String? {
        let key = Array(NameLexicon.fold(name))
        let scored = byName.keys.map { ($0, EditDistance.between(key, Array($0))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(2, key.count / 4) else { return nil }
        return entities[byName[best.0]!].name
    }

    /// A capitalised word that only ever opens sentences is an ordinary word, unless
    /// something else says it is a name.
    private static func droppingSentenceCapitals(_ mentions: [EntityMention]) -> [EntityMention] {
        let inside = Set(mentions.filter { !$0.opensSentence }.map(\.folded))
        return mentions.filter { mention in
            !mention.opensSentence || mention.cue != nil || inside.contains(mention.folded)
                || mention.surface.contains(" ") || NameLexicon.places.contains(mention.folded)
        }
    }
}
