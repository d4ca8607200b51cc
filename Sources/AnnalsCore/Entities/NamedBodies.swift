/// The bodies and things a document has named lately, for "the Union", "the Committee",
/// "the Courts", "the Cathedral" that refer back to the last one named with that head
/// noun: a definite description, read as English readers read it, within a few sentences
/// of the name. A body that names itself in one word ("the Comintern") refers to itself.
struct NamedBodies {
    /// How many sentences back a head noun alone may refer.
    static let reach = 5
    /// How far back a common noun in capitals may refer ("the Revolution", "the Party" keep
    /// meaning the one named last for longer than a body's head noun does).
    static let nounReach = 30
    /// What a head noun alone refers back to: the name's text and kind.
    struct Referent: Equatable {
        var surface: String
        var kind: EntityType?
    }
    private var bodies: [String: (referent: Referent, sentence: Int)] = [:]
    private var named: [String: (referent: Referent, sentence: Int)] = [:]
    /// The singulars of one-word plural names of bodies and groups ("narodnik" for "the Narodniks").
    private var members: Set<String> = []

    /// The head noun of a body's name in the singular: the word before its first "of", else its last.
    static func head(_ words: [String]) -> String? {
        let head = nounHead(words)
        guard NameLexicon.isOrgHead(head) else { return nil }
        return NameLexicon.orgHeads.contains(head) ? head : String(head.dropLast())
    }

    /// The word before a name's first "of", else its last.
    static func nounHead(_ words: [String]) -> String {
        words.firstIndex(of: "of").map { $0 > 0 ? words[$0 - 1] : "" } ?? words.last ?? ""
    }

    /// Remembers a name of two words or more, by its head noun, and a body's or group's
    /// one-word plural name by its singular (``EntityResolver/stem(_:)``).
    mutating func note(_ words: [String], surface: String, kind: EntityType?, sentence: Int) {
        if words.count == 1, kind == .org || kind == .group, let key = words.first?.lowercased(), let stem = EntityResolver.stem(key), stem != key {
            members.insert(stem)
        }
        guard words.count >= 2 else { return }
        let referent = Referent(surface: surface, kind: kind)
        if let head = Self.head(words) { bodies[head] = (referent, sentence) }
        named[Self.nounHead(words)] = (referent, sentence)
    }

    /// Whether one capitalised word is the singular of a party or group the document has
    /// named in the plural ("a senior Narodnik" after "the Narodniks"): one of its members,
    /// a name whatever a model reads it as.
    func namesAMember(_ words: [String]) -> Bool {
        words.count == 1 && members.contains(words[0].lowercased())
    }

    /// The body a head noun alone refers to, if one was named with it within reach.
    func referent(of words: [String], sentence: Int) -> Referent? {
        guard words.count == 1, !NameLexicon.bodyNames.contains(words[0]), let head = Self.head(words),
              let body = bodies[head], sentence - body.sentence <= Self.reach else { return nil }
        return body.referent
    }

    /// What a common noun in capitals refers to ("the Cathedral" after "Saint Isaac's
    /// Cathedral"), if something was named with it as its head within reach.
    func referent(ofNoun word: String, sentence: Int) -> Referent? {
        guard let thing = named[word], sentence - thing.sentence <= Self.nounReach else { return nil }
        return thing.referent
    }
}
