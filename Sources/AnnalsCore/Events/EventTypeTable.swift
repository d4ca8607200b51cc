import Foundation

/// What kind of thing an event type is; the traits the readers and the reconciler ask about.
public enum EventTrait: String, Hashable, Sendable, CaseIterable {
    /// Happens at most once in a life: two dates for it disagree.
    case once
    /// Ends a life: its date is the date of death.
    case endOfLife = "end-of-life"
    /// A person is killed or attacked: a cause of death.
    case killing
    /// Has a place it goes from or to, not only one it happens in.
    case motion
    /// Told of the one it happens to: in "Stalin exiled Trotsky" the exile is Trotsky's.
    case patient
    /// Starts or ends an office.
    case position
    /// Never takes a date from the surrounding narrative.
    case ownDate = "own-date"
    /// A state one spends time in ("spent two years in prison", "while in exile").
    case stay
    /// Told by where it ends: two on different dates are one journey only with a place in common.
    case destination
    /// May be told of a work, a document or a periodical ("Iskra, founded in 1900", "the treaty was signed");
    /// nothing else befalls a work ("the song "Emma Goldman" was released" is no release).
    case ofWorks = "of-works"
    /// A document one issues: "issued a decree", "passed a decree" tell this event, not a publication.
    case issued
    /// Told by the object of a verb of making: "issued a decree", "wrote a letter", "organized a
    /// congress" tell this event, not a publication or a founding.
    case toldByObject = "told-by-object"
}

/// The event types as `event-types.txt` describes them: phrase, traits and the words
/// that name each, read once. One section per type; a word names one type only.
struct EventTypeTable: Sendable {
    struct Entry: Sendable {
        var phrase = ""
        var traits: Set<EventTrait> = []
        var verbs: [String] = []
        var nouns: [String] = []
        var bases: [String] = []
        var asks: [String] = []
    }

    let entries: [EventType: Entry]

    static let shared = EventTypeTable(text: EventTypeTable.resource())

    private static func resource() -> String {
        guard let url = Bundle.module.url(forResource: "event-types", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("event-types.txt is missing from AnnalsCore's resources")
        }
        return text
    }

    /// Reads the table's text; a section naming no type, an unknown field or trait, a
    /// type without a section or a word claimed by two types is a defect in the data.
    init(text: String) {
        var entries: [EventType: Entry] = [:]
        for (name, lines) in NameWords.parse(text) {
            guard let type = EventType(rawValue: name) else { preconditionFailure("event-types.txt: [\(name)] is no event type") }
            var entry = Entry()
            for line in lines {
                guard let colon = line[0].firstIndex(of: ":") else { preconditionFailure("event-types.txt: [\(name)] line without a field: \(line)") }
                let field = String(line[0][..<colon])
                let values = ([String(line[0][line[0].index(after: colon)...])] + line.dropFirst())
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                switch field {
                case "phrase": entry.phrase = values.joined(separator: ", ")
                case "traits": entry.traits.formUnion(values.map { value in
                    guard let trait = EventTrait(rawValue: value) else { preconditionFailure("event-types.txt: [\(name)] unknown trait \(value)") }
                    return trait
                })
                case "verbs": entry.verbs += values
                case "nouns": entry.nouns += values
                case "bases": entry.bases += values
                case "asks": entry.asks += values
                default: preconditionFailure("event-types.txt: [\(name)] unknown field \(field)")
                }
            }
            entries[type] = entry
        }
        for type in EventType.allCases where entries[type] == nil { preconditionFailure("event-types.txt has no section [\(type.rawValue)]") }
        self.entries = entries
        for field in [\Entry.verbs, \Entry.nouns, \Entry.bases, \Entry.asks] { _ = words(field) }
    }

    /// One field's words, each with the type it names.
    func words(_ field: KeyPath<Entry, [String]>) -> [String: EventType] {
        var table: [String: EventType] = [:]
        for (type, entry) in entries {
            for word in entry[keyPath: field] {
                if let other = table[word], other != type { preconditionFailure("event-types.txt: \(word) names both \(other.rawValue) and \(type.rawValue)") }
                table[word] = type
            }
        }
        return table
    }

    /// The types that have a trait.
    func types(with trait: EventTrait) -> Set<EventType> {
        Set(entries.filter { $0.value.traits.contains(trait) }.map(\.key))
    }
}

extension EventType {
    /// How the timeline words it, after the subject's name: "was arrested", "died".
    public var phrase: String { EventTypeTable.shared.entries[self]!.phrase }

    /// What kind of thing it is (from `event-types.txt`).
    public var traits: Set<EventTrait> { EventTypeTable.shared.entries[self]!.traits }

    public func has(_ trait: EventTrait) -> Bool { traits.contains(trait) }
}
