/// What the document has said so far about one entity: the mentions linked to it and
/// what they tell of its gender, its names and its nouns.
struct CorefEntity {
    var mentions: [Int] = []
    var genders: [String: Int] = [:]
    var hasProper = false
    var cores: Set<String> = []
    var heads: Set<String> = []
    var lastWords: Set<String> = []
    var pronouns: Set<String> = []
    /// The kinds of the names among its mentions ("person", "place", …).
    var kinds: Set<String> = []
    /// The classes of its common nouns ("person", "place", …).
    var classes: Set<String> = []
    /// Whether the document's first sentence (its title, in a titled document) mentions it:
    /// who the document is about.
    var inTitle = false
    /// The kinds and the classes, sorted and joined ("organization+place"), as features read them.
    var kindsKey = "", classesKey = ""

    mutating func add(_ mention: CorefMention, number: Int) {
        mentions.append(number)
        if mention.nameKind != "-", kinds.insert(mention.nameKind).inserted { kindsKey = kinds.sorted().joined(separator: "+") }
        if mention.nounClass != "-", classes.insert(mention.nounClass).inserted { classesKey = classes.sorted().joined(separator: "+") }
        if mention.sentence == 0 { inTitle = true }
        if mention.gender != "u" {
            genders[mention.gender, default: 0] += 1
            gender = genders.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "u"
        }
        switch mention.kind {
        case .pronoun:
            pronouns.insert(mention.form)
        case .proper:
            hasProper = true
            cores.insert(mention.core)
            lastWords.insert(mention.lastWord)
            heads.insert(mention.headLemma)
        case .nominal:
            cores.insert(mention.core)
            heads.insert(mention.headLemma)
        }
    }

    /// The gender most of its mentions show ("u" when none shows one), kept as they join.
    private(set) var gender = "u"
}

/// The features of linking a mention to an earlier one (and so to its entity), and of
/// starting a new entity with it. Each is conjoined with the mention's class (the
/// pronoun's, or "PROPN", "NOUN") so that "she" and "the Tsar" weigh the same cue apart.
enum CorefFeatures {
    /// `rank`: how many other entities, among the nearer candidates, agree with the mention
    /// as well as this one does (0: it is the nearest that fits).
    static func link(_ a: CorefMention, _ c: CorefMention, mentionDistance: Int, entity e: CorefEntity, isSalient: Bool, rank: Int) -> [UInt64] {
        let A = FeatureHash.of(a.form)
        let sentences = a.sentence - c.sentence
        let nested = a.sentence == c.sentence && (c.words.contains(a.head) || a.words.contains(c.head))
        let match: String = a.kind == .pronoun ? "pron"
            : e.cores.contains(a.core) ? "core" : e.heads.contains(a.headLemma) ? "head"
            : (a.kind == .proper && e.lastWords.contains(a.lastWord)) ? "last" : "none"
        let agreement = agreement(a, e)
        let coargument = a.sentence == c.sentence && a.predicate == c.predicate && a.predicate >= 0
        func f(_ template: UInt64, _ x: String, _ y: String = "") -> UInt64 { FeatureHash.feature(template, A, FeatureHash.of(x), FeatureHash.of(y)) }
        return [
            f(1, "link"),
            f(2, bucket(sentences, [0, 1, 2, 3, 6])),
            f(3, bucket(mentionDistance, [1, 2, 3, 4, 7, 15, 30])),
            f(4, c.form, sentences == 0 ? "same" : "before"),
            f(5, c.relation, sentences == 0 ? "same" : sentences == 1 ? "previous" : "earlier"),
            f(6, a.relation, c.relation),
            f(7, e.gender, a.gender),
            f(8, agreement, match),
            f(9, c.isPlural ? "plural" : "single", a.isPlural ? "plural" : "single"),
            f(10, bucket(e.mentions.count, [1, 2, 3, 5, 10, 20])),
            f(11, isSalient ? "salient" : "other", e.hasProper ? "named" : "unnamed"),
            f(12, match, a.determiner),
            f(13, match, c.kind == .proper ? "proper" : c.kind == .pronoun ? "pronoun" : "nominal"),
            f(14, a.kind == .nominal ? a.headLemma : "-", e.hasProper ? "named" : "unnamed"),
            f(15, nested ? "nested" : "apart"),
            f(16, c.gender, bucket(sentences, [0, 1, 2])),
            f(17, c.relation, c.governor),
            f(18, e.pronouns.contains(a.form) ? "same pronoun" : "no", bucket(sentences, [0, 1, 2])),
            f(19, a.governor, c.governor),
            f(20, isSalient ? "salient" : "other", bucket(sentences, [0, 1, 2, 3, 6])),
            f(21, c.nameKind, a.nameKind),
            f(25, agreement, bucket(rank, [0, 1, 2])),
            f(29, e.inTitle ? "title" : "-", bucket(sentences, [0, 1, 2, 3, 6])),
            f(30, e.inTitle ? "title" : "-", c.relation),
            f(27, coargument ? "coargument" : "apart", a.isReflexive ? "reflexive" : "plain"),
            f(28, c.kind == .proper ? (c.firstWord.hasSuffix("a") ? "ends in a" : "other") : "-", c.nameKind),
            f(26, agreement, bucket(rank, [0, 1, 2]) + (c.relation == "nsubj" ? " subject" : "")),
            f(23, c.nounClass, a.kind == .pronoun ? a.gender : a.nounClass),
            f(24, e.classesKey, a.kind == .pronoun ? a.gender : a.nounClass),
            f(22, e.kindsKey, a.kind == .pronoun ? a.gender : a.nameKind),
        ]
    }

    /// Whether the entity's gender (from its pronouns, nouns and titles) fits the mention's.
    static func agreement(_ a: CorefMention, _ e: CorefEntity) -> String {
        let gender = e.gender
        return a.gender == "u" || gender == "u" ? "unknown" : a.gender == gender ? "agree" : "clash"
    }

    /// `seen`: whether an earlier mention has the same words or the same head noun.
    static func new(_ a: CorefMention, seen: (core: Bool, head: Bool)) -> [UInt64] {
        let A = FeatureHash.of(a.form)
        func f(_ template: UInt64, _ x: String, _ y: String = "") -> UInt64 { FeatureHash.feature(template, A, FeatureHash.of(x), FeatureHash.of(y)) }
        return [
            f(40, "new"),
            f(41, a.relation),
            f(42, a.determiner),
            f(43, seen.core ? "core seen" : "core unseen", seen.head ? "head seen" : "head unseen"),
            f(44, a.kind == .pronoun ? "-" : a.headLemma),
            f(45, a.sentence == 0 ? "first sentence" : "later"),
            f(46, a.governor, a.isPlural ? "plural" : "single"),
            f(47, a.nameKind, a.determiner),
            f(48, a.nounClass, a.determiner),
        ]
    }

    /// The first of `limits` that `value` is at most, or "more".
    static func bucket(_ value: Int, _ limits: [Int]) -> String {
        for limit in limits where value <= limit { return String(limit) }
        return "more"
    }
}
