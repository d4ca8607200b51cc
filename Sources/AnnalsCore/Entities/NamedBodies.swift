/// The bodies a document has named lately, for "the Union", "the Committee", "the Courts"
/// that refer back to the last one named with that head noun: a definite description,
/// read as English readers read it, within a few sentences of the name. A body that names
/// itself in one word ("the Comintern") refers to itself.
struct NamedBodies {
    /// How many sentences back a head noun alone may refer.
    static let reach = 5
    private var last: [String: (surface: String, sentence: Int)] = [:]

    /// The head noun of a body's name in the singular: the word before its first "of", else its last.
    static func head(_ words: [String]) -> String? {
        let head = words.firstIndex(of: "of").map { $0 > 0 ? words[$0 - 1] : "" } ?? words.last ?? ""
        guard NameLexicon.isOrgHead(head) else { return nil }
        return NameLexicon.orgHeads.contains(head) ? head : String(head.dropLast())
    }

    /// Remembers a body's name of two words or more.
    mutating func note(_ words: [String], surface: String, sentence: Int) {
        guard words.count >= 2, let head = Self.head(words) else { return }
        last[head] = (surface, sentence)
    }

    /// The body a head noun alone refers to, if one was named with it within reach.
    func referent(of words: [String], sentence: Int) -> String? {
        guard words.count == 1, !NameLexicon.bodyNames.contains(words[0]), let head = Self.head(words),
              let named = last[head], sentence - named.sentence <= Self.reach else { return nil }
        return named.surface
    }
}
