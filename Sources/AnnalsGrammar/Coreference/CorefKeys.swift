/// A mention's values as the features read them, hashed once per mention rather than once
/// for every candidate it is weighed against (a document's mentions meet up to fifty
/// candidates each). Each key is `FeatureHash.of` the value's text, so the features are
/// the same numbers the texts would give.
struct CorefKeys {
    let form, relation, gender, governor, determiner, nameKind, nounClass: UInt64
    /// "plural" or "single".
    let number: UInt64
    /// "proper", "pronoun" or "nominal".
    let kind: UInt64
    /// The head lemma of a common noun, else "-" (what a description says it is).
    let nominalHead: UInt64
    /// The head lemma of a name or noun, "-" for a pronoun.
    let head: UInt64
    /// A pronoun's gender, else the noun's class or the name's kind.
    let genderOrClass, genderOrKind: UInt64
    /// For a name: whether its first word ends in "a" (a cue to a woman's name in many languages).
    let firstWordEnding: UInt64
    let reflexive: UInt64
    let firstSentence: UInt64
    /// The words, the head noun and the last word of the name, as sets and the latest-mention table key them.
    let core, headLemma, lastWord: UInt64

    init(_ a: CorefMention) {
        func of(_ text: String) -> UInt64 { FeatureHash.of(text) }
        form = of(a.form)
        relation = of(a.relation)
        gender = of(a.gender)
        governor = of(a.governor)
        determiner = of(a.determiner)
        nameKind = of(a.nameKind)
        nounClass = of(a.nounClass)
        number = a.isPlural ? Self.plural : Self.single
        kind = of(a.kind == .proper ? "proper" : a.kind == .pronoun ? "pronoun" : "nominal")
        nominalHead = of(a.kind == .nominal ? a.headLemma : "-")
        head = of(a.kind == .pronoun ? "-" : a.headLemma)
        genderOrClass = of(a.kind == .pronoun ? a.gender : a.nounClass)
        genderOrKind = of(a.kind == .pronoun ? a.gender : a.nameKind)
        firstWordEnding = of(a.kind == .proper ? (a.firstWord.hasSuffix("a") ? "ends in a" : "other") : "-")
        reflexive = of(a.isReflexive ? "reflexive" : "plain")
        firstSentence = of(a.sentence == 0 ? "first sentence" : "later")
        core = of(a.core)
        headLemma = of(a.headLemma)
        lastWord = of(a.lastWord)
    }

    static let plural = FeatureHash.of("plural"), single = FeatureHash.of("single")

    /// The keys of the latest-mention table: its words, its head noun and, for a name, its last word.
    var latestKeys: [UInt64] {
        [FeatureHash.mix(1, core), FeatureHash.mix(2, headLemma)] + (kind == Self.properKind ? [FeatureHash.mix(3, lastWord)] : [])
    }

    static let properKind = FeatureHash.of("proper")
}

/// The texts the features conjoin, hashed once.
enum CorefText {
    static let empty = FeatureHash.of(""), dash = FeatureHash.of("-")
    static let link = FeatureHash.of("link"), new = FeatureHash.of("new")
    static let same = FeatureHash.of("same"), before = FeatureHash.of("before")
    static let previous = FeatureHash.of("previous"), earlier = FeatureHash.of("earlier")
    static let salient = FeatureHash.of("salient"), other = FeatureHash.of("other")
    static let named = FeatureHash.of("named"), unnamed = FeatureHash.of("unnamed")
    static let nested = FeatureHash.of("nested"), apart = FeatureHash.of("apart")
    static let samePronoun = FeatureHash.of("same pronoun"), no = FeatureHash.of("no")
    static let title = FeatureHash.of("title"), coargument = FeatureHash.of("coargument")
    static let coreSeen = FeatureHash.of("core seen"), coreUnseen = FeatureHash.of("core unseen")
    static let headSeen = FeatureHash.of("head seen"), headUnseen = FeatureHash.of("head unseen")

    /// How a mention's words match its candidate entity's.
    enum Match: Int { case pronoun, core, head, last, none }
    static let matches = ["pron", "core", "head", "last", "none"].map { FeatureHash.of($0) }

    /// Whether the entity's gender fits the mention's.
    enum Agreement: Int { case unknown, agree, clash }
    static let agreements = ["unknown", "agree", "clash"].map { FeatureHash.of($0) }

    /// The buckets numbers fall in ("0", "1", …, "more"), and the same followed by " subject".
    static let numbers = (0...30).map { FeatureHash.of(String($0)) }
    static let subjectNumbers = (0...30).map { FeatureHash.of(String($0) + " subject") }
    static let more = FeatureHash.of("more"), moreSubject = FeatureHash.of("more subject")

    static let sentenceLimits = [0, 1, 2, 3, 6], nearLimits = [0, 1, 2]
    static let distanceLimits = [1, 2, 3, 4, 7, 15, 30], sizeLimits = [1, 2, 3, 5, 10, 20]

    /// The key of the first of `limits` that `value` is at most, or of "more".
    static func bucket(_ value: Int, _ limits: [Int], subject: Bool = false) -> UInt64 {
        for limit in limits where value <= limit { return subject ? subjectNumbers[limit] : numbers[limit] }
        return subject ? moreSubject : more
    }
}
