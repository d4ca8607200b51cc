/// A phrase that may refer to someone or something, as the coreference model sees it: a
/// personal or demonstrative pronoun, a proper name, or a common noun heading its phrase,
/// with what its words say about gender and number.
public struct CorefMention: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case pronoun, proper, nominal }

    /// The sentence (in the document) and the head word's index in it.
    public var sentence: Int
    public var head: Int
    /// The phrase's first and last word: the head's subtree, without edge punctuation.
    public var first: Int
    public var last: Int
    public var kind: Kind
    /// The pronoun's class ("he" for "his", "him"), else "PROPN" or "NOUN".
    public internal(set) var form: String
    /// "m", "f", "n" (neither), "p" (plural) or "u" (not known).
    var gender: String
    var isPlural: Bool
    /// The head's relation, without its subtype ("nsubj" for "nsubj:pass").
    var relation: String
    var headLemma: String
    /// The name or the noun and what modifies it before, lower case, articles left out:
    /// "leon trotsky", "young revolutionary".
    var core: String
    var lastWord: String
    /// "the", "a", "poss" (a possessive before it: "his father"), "dem" ("this city") or "none".
    var determiner: String
    /// The relation of the head of the head (what the phrase is an argument of): "root", "ccomp", …
    var governor: String
    /// The kind of the recognized name the head is part of ("person", "place", …), or "-".
    var nameKind = "-"
    /// What a common noun names in its first sense ("person", "group", "place", "time"), or "-".
    var nounClass = "-"
    /// The word the head depends on (its predicate; -1 for the root).
    var predicate = -1
    /// "himself", "themselves": a pronoun that must mean a co-argument.
    var isReflexive = false
    /// The first word of the name or noun phrase, lower case.
    var firstWord = ""

    /// The words of the mention, as a span of the sentence.
    public var words: ClosedRange<Int> { first...last }
}

/// Finds the mentions of a document's sentences in the reading grammar's analysis.
public struct MentionFinder: Sendable {
    let words: CorefWords

    public init(words: CorefWords) {
        self.words = words
    }

    /// Relations whose dependent is part of its head's name or noun rather than a phrase of its own.
    static let insideRelations: Set<String> = ["compound", "flat", "fixed", "goeswith"]

    /// `names`: the entity recognizer's names in each sentence (none: no kinds).
    public func mentions(_ sentences: [[Word]], names: [[NamedSpan]]? = nil) -> [CorefMention] {
        sentences.enumerated().flatMap { number, sentence in
            var found = mentions(in: sentence, sentence: number)
            if let names = names?[number] {
                for k in found.indices { found[k].nameKind = names.first { $0.words.contains(found[k].head) }?.kind ?? "-" }
            }
            return found
        }
    }

    func mentions(in sentence: [Word], sentence number: Int) -> [CorefMention] {
        var children = [[Int]](repeating: [], count: sentence.count)
        for (k, word) in sentence.enumerated() { if let head = word.head, head > 0, head <= sentence.count { children[head - 1].append(k) } }
        var found: [CorefMention] = []
        for (k, word) in sentence.enumerated() {
            let relation = String(word.deprel.split(separator: ":").first ?? "")
            guard let kind = kind(of: word, relation: relation) else { continue }
            let span = extent(of: k, children: children, sentence: sentence)
            let own = children[k].filter { Self.insideRelations.contains(base(sentence[$0].deprel)) } + [k]
            let named = own.min()!...own.max()!
            let lower = word.form.lowercased()
            let before = children[k].filter { $0 < k }
            let determiner = determiner(before: before, sentence: sentence)
            let coreIndices = kind == .proper ? Array(named)
                : (span.lowerBound...k).filter { $0 == k || (before.contains($0) && ["amod", "compound"].contains(base(sentence[$0].deprel))) }
            let core = coreIndices.map { sentence[$0].form.lowercased() }
            let coreWords = Set(core)
            var gender = kind == .pronoun ? words.gender(of: lower) : (coreWords.lazy.compactMap { words.nounGender[$0] }.first ?? "u")
            if kind == .proper, gender == "u", let given = core.first.flatMap({ words.givenGender[$0] }) { gender = given }
            let plural = word.feats.contains("Number=Plur") || word.xpos.hasSuffix("S") && word.upos != "PRON" || gender == "p"
            if kind != .pronoun, plural, gender == "u" { gender = "p" }
            let governor = word.head.flatMap { $0 > 0 && $0 <= sentence.count ? base(sentence[$0 - 1].deprel) : nil } ?? "none"
            found.append(CorefMention(sentence: number, head: k, first: span.lowerBound, last: span.upperBound, kind: kind,
                                      form: kind == .pronoun ? words.pronounClass[lower] ?? lower : word.upos,
                                      gender: gender, isPlural: plural, relation: relation,
                                      headLemma: word.lemma.lowercased(), core: core.joined(separator: " "), lastWord: core.last ?? lower,
                                      determiner: determiner, governor: governor,
                                      nounClass: kind == .nominal ? words.nounClass[word.lemma.lowercased()] ?? "-" : "-",
                                      predicate: (word.head ?? 0) - 1, isReflexive: kind == .pronoun && (lower.hasSuffix("self") || lower.hasSuffix("selves")),
                                      firstWord: core.first ?? lower))
        }
        return found
    }

    func kind(of word: Word, relation: String) -> CorefMention.Kind? {
        switch word.upos {
        case "PRON":
            guard relation != "expl", !word.feats.contains("PronType=Rel"), !word.feats.contains("PronType=Int"),
                  words.pronounClass[word.form.lowercased()] != nil else { return nil }
            return .pronoun
        case "PROPN":
            return Self.insideRelations.contains(relation) ? nil : .proper
        case "NOUN":
            return Self.insideRelations.contains(relation) ? nil : .nominal
        default:
            return nil
        }
    }

    /// The head's subtree, without punctuation at its edges.
    func extent(of head: Int, children: [[Int]], sentence: [Word]) -> ClosedRange<Int> {
        var first = head, last = head, stack = [head]
        while let k = stack.popLast() {
            first = min(first, k)
            last = max(last, k)
            stack.append(contentsOf: children[k])
        }
        while first < head, sentence[first].upos == "PUNCT" { first += 1 }
        while last > head, sentence[last].upos == "PUNCT" { last -= 1 }
        return first...last
    }

    func determiner(before: [Int], sentence: [Word]) -> String {
        for j in before {
            let relation = sentence[j].deprel, form = sentence[j].form.lowercased()
            if relation == "nmod:poss" { return "poss" }
            guard relation == "det" else { continue }
            if form == "the" { return "the" }
            if form == "a" || form == "an" { return "a" }
            if ["this", "that", "these", "those"].contains(form) { return "dem" }
            return "other"
        }
        return "none"
    }

    func base(_ relation: String) -> String { String(relation.split(separator: ":").first ?? "") }
}
