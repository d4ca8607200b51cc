/// Who a document's names and pronouns refer to, inside that one document: each name
/// mention mapped to the document's fullest name for its entity, and "he", "she",
/// "they" resolved to the person the narrative is following.
struct DocumentReferents {
    struct Named {
        var name: String
        var type: EntityType?
        var end: Int
    }

    /// The document's subject (its title's entity), the default "he" of a biography.
    let subject: Participant
    /// Name mentions by their first code point.
    private let named: [Int: Named]
    /// Names the entity layer judges female (by given name or title), folded.
    private let female: Set<String>
    /// The starts of the name mentions, in order.
    private let starts: [Int]
    /// Personal pronouns (by first code point) and the first code point of the name the
    /// coreference model links each to.
    private let references: [Int: Int]
    /// Plural pronouns the coreference model links only to a description (``isDescribed(_:)``).
    private let described: Set<Int>

    /// `names`: what the names stage found in the text, else found here.
    init(text: ScalarText, structure: DocumentStructure, title: String, tokens: SentenceTokens, names: DocumentNames? = nil) {
        let index = EntityIndex(names: [names ?? DocumentNames(scanning: text, structure: structure, title: title, tokens: tokens)], titles: [title])
        var named: [Int: Named] = [:]
        var female = Set<String>()
        for entity in index.entities {
            for mention in entity.mentions { named[mention.range.start] = Named(name: entity.name, type: entity.type, end: mention.range.end) }
            if entity.type == .person, entity.names.contains(where: Self.looksFemale)
                || entity.mentions.contains(where: { Self.followsFemaleKin($0.range.start, in: text) }) { female.insert(entity.name) }
        }
        self.named = named
        self.female = female
        starts = named.keys.sorted()
        let links = names?.references ?? []
        references = Dictionary(links.filter { !$0.isDescription }.map { ($0.pronoun.start, $0.antecedent.start) }, uniquingKeysWith: { first, _ in first })
        described = Set(links.filter(\.isDescription).map(\.pronoun.start))
        let subjectEntity = index.entity(named: title)
        subject = Participant(name: subjectEntity?.name ?? title, surface: title, type: subjectEntity?.type ?? .person)
    }

    /// The name mention starting at `offset`, if any.
    func name(at offset: Int) -> Named? { named[offset] }

    /// The name the coreference model gives the pronoun starting at `offset`: the name
    /// mention holding the head word of the pronoun's nearest named antecedent.
    func reference(at offset: Int) -> Named? {
        guard let antecedent = references[offset] else { return nil }
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= antecedent { low = middle + 1 } else { high = middle }
        }
        guard low > 0, let mention = named[starts[low - 1]], mention.end > antecedent else { return nil }
        return mention
    }

    /// Whether the coreference model links the "they" starting at `offset` to people the text
    /// describes and never names ("Plekhanov's supporters … they").
    func isDescribed(_ offset: Int) -> Bool { described.contains(offset) }

    func isFemale(_ name: String) -> Bool { female.contains(name) || Self.looksFemale(name) }

    /// Whether a name stands right after a kinship noun of a woman: "her sister Lena", "his wife, Anna".
    static func followsFemaleKin(_ start: Int, in text: ScalarText) -> Bool {
        let before = text.string(in: TextRange(start: max(0, start - 24), end: start))
        let words = before.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
        guard let last = words.last, before.last == " " || before.last == "," else { return false }
        return EventWords.femaleKin.contains(last.lowercased())
    }

    /// Female given names in Slavic and Western forms, female titles.
    static func looksFemale(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return false }
        if ["mrs", "mrs.", "madame", "queen", "empress", "princess", "lady", "countess", "tsarina", "miss", "ms", "ms."].contains(first) { return true }
        guard words.count >= 2 else { return false }
        if ["nikita", "ilya", "sasha", "misha", "kolya", "volodya", "lyova", "seryozha", "grisha", "yasha", "fedya", "kostya", "dima", "vanya", "petya", "lyosha"].contains(first) { return false }
        if first.hasSuffix("a") || first.hasSuffix("ya") { return true }
        return ["emma", "mary", "elizabeth", "catherine", "anne", "jane", "alice", "rosa", "clara", "frida", "margaret", "ruth", "helen", "edith"].contains(first)
    }
}
