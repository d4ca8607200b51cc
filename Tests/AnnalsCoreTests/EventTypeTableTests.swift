import Testing
@testable import AnnalsCore

/// The event types as data: the table's grammar, and the shipped table read the way the
/// readers and the reconciler ask it (phrase, traits, the words that name a type).
struct EventTypeTableTests {
    @Test func aSectionGivesThePhraseTraitsAndWordsOfItsType() {
        var text = EventType.allCases.map { "[\($0.rawValue)]\nphrase: x" }.joined(separator: "\n")
        text += "\n[exile]\nphrase: sent away\ntraits: motion, patient\nverbs: exiled, banished\nbases: exile\n"
        let table = EventTypeTable(text: text)
        #expect(table.entries[.exile]?.phrase == "sent away")
        #expect(table.types(with: .motion) == [.exile] && table.types(with: .once).isEmpty)
        #expect(table.words(\.verbs) == ["exiled": .exile, "banished": .exile])
        #expect(table.words(\.bases) == ["exile": .exile] && table.words(\.nouns).isEmpty)
    }

    @Test(arguments: [
        (EventType.birth, [EventTrait.once, .patient, .ownDate]),
        (.death, [.once, .endOfLife, .ownDate]),
        (.funeral, [.once]),
        (.assassination, [.endOfLife, .killing, .patient]),
        (.execution, [.endOfLife, .killing, .patient]),
        (.attack, [.killing]),
        (.deportation, [.motion, .patient]),
        (.visit, [.motion]),
        (.election, [.patient, .position]),
        (.resignation, [.position]),
        (.marriage, []),
    ])
    func eachTypeHasTheTraitsOfItsKind(type: EventType, traits: [EventTrait]) {
        #expect(type.traits == Set(traits))
    }

    @Test func everyTypeIsWordedAndEveryWordNamesOneType() {
        for type in EventType.allCases { #expect(!type.phrase.isEmpty, "\(type) has no phrase") }
        #expect(EventType.death.phrase == "died" && EventType.nameChange.phrase == "took a new name")
        #expect(EventType.named(by: "banished") == .exile && EventType.named(by: "co-founded") == .founding)
        #expect(EventType.named(by: "die") == .death && EventType.named(by: "chair") == nil)
        #expect(EventLexicon.baseForms["sign"] == .treaty && EventLexicon.nouns["strokes"] == .illness)
        let verbs = EventLexicon.verbs, nouns = EventLexicon.nouns
        #expect(Set(verbs.keys).isDisjoint(with: nouns.keys.filter { nouns[$0] != verbs[$0] }))
    }
}
