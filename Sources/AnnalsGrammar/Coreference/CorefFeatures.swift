/// What the document has said so far about one entity: the mentions linked to it and
/// what they tell of its gender, its names and its nouns.
struct CorefEntity {
    var mentions: [Int] = []
    var genders: [String: Int] = [:]
    var hasProper = false
    /// The keys (`CorefKeys`) of its mentions' words, head nouns, names' last words and pronouns.
    var cores: Set<UInt64> = [], heads: Set<UInt64> = [], lastWords: Set<UInt64> = [], pronouns: Set<UInt64> = []
    /// The kinds of the names among its mentions ("person", "place", …).
    var kinds: Set<String> = []
    /// The classes of its common nouns ("person", "place", …).
    var classes: Set<String> = []
    /// Whether the document's first sentence (its title, in a titled document) mentions it:
    /// who the document is about.
    var inTitle = false
    /// The kinds and the classes, sorted and joined ("organization+place"), hashed as features read them.
    private(set) var kindsKey = FeatureHash.of(""), classesKey = FeatureHash.of("")

    mutating func add(_ mention: CorefMention, number: Int) { add(mention, keys: CorefKeys(mention), number: number) }

    mutating func add(_ mention: CorefMention, keys: CorefKeys, number: Int) {
        mentions.append(number)
        if mention.nameKind != "-", kinds.insert(mention.nameKind).inserted { kindsKey = FeatureHash.of(kinds.sorted().joined(separator: "+")) }
        if mention.nounClass != "-", classes.insert(mention.nounClass).inserted { classesKey = FeatureHash.of(classes.sorted().joined(separator: "+")) }
        if mention.sentence == 0 { inTitle = true }
        if mention.gender != "u" {
            genders[mention.gender, default: 0] += 1
            gender = genders.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "u"
            genderKey = FeatureHash.of(gender)
        }
        switch mention.kind {
        case .pronoun:
            pronouns.insert(keys.form)
        case .proper:
            hasProper = true
            cores.insert(keys.core)
            lastWords.insert(keys.lastWord)
            heads.insert(keys.headLemma)
        case .nominal:
            cores.insert(keys.core)
            heads.insert(keys.headLemma)
        }
    }

    /// The gender most of its mentions show ("u" when none shows one), kept as they join, and its key.
    private(set) var gender = "u"
    private(set) var genderKey = FeatureHash.of("u")
}

/// The features of linking a mention to an earlier one (and so to its entity), and of
/// starting a new entity with it. Each is conjoined with the mention's class (the
/// pronoun's, or "PROPN", "NOUN") so that "she" and "the Tsar" weigh the same cue apart.
enum CorefFeatures {
    typealias T = CorefText

    /// `rank`: how many other entities, among the nearer candidates, agree with the mention
    /// as well as this one does (0: it is the nearest that fits).
    static func link(_ a: CorefMention, _ ak: CorefKeys, _ c: CorefMention, _ ck: CorefKeys, mentionDistance: Int,
                     entity e: CorefEntity, isSalient: Bool, rank: Int) -> [UInt64] {
        let A = ak.form
        let sentences = a.sentence - c.sentence
        let nested = a.sentence == c.sentence && (c.words.contains(a.head) || a.words.contains(c.head))
        let match: T.Match = a.kind == .pronoun ? .pronoun
            : e.cores.contains(ak.core) ? .core : e.heads.contains(ak.headLemma) ? .head
            : (a.kind == .proper && e.lastWords.contains(ak.lastWord)) ? .last : .none
        let agreement = T.agreements[agreement(a, e).rawValue], matched = T.matches[match.rawValue]
        let coargument = a.sentence == c.sentence && a.predicate == c.predicate && a.predicate >= 0
        let distance = T.bucket(sentences, T.sentenceLimits), near = T.bucket(sentences, T.nearLimits)
        let title = e.inTitle ? T.title : T.dash, salient = isSalient ? T.salient : T.other
        func f(_ template: UInt64, _ x: UInt64, _ y: UInt64 = T.empty) -> UInt64 { FeatureHash.feature(template, A, x, y) }
        return [
            f(1, T.link),
            f(2, distance),
            f(3, T.bucket(mentionDistance, T.distanceLimits)),
            f(4, ck.form, sentences == 0 ? T.same : T.before),
            f(5, ck.relation, sentences == 0 ? T.same : sentences == 1 ? T.previous : T.earlier),
            f(6, ak.relation, ck.relation),
            f(7, e.genderKey, ak.gender),
            f(8, agreement, matched),
            f(9, ck.number, ak.number),
            f(10, T.bucket(e.mentions.count, T.sizeLimits)),
            f(11, salient, e.hasProper ? T.named : T.unnamed),
            f(12, matched, ak.determiner),
            f(13, matched, ck.kind),
            f(14, ak.nominalHead, e.hasProper ? T.named : T.unnamed),
            f(15, nested ? T.nested : T.apart),
            f(16, ck.gender, near),
            f(17, ck.relation, ck.governor),
            f(18, e.pronouns.contains(ak.form) ? T.samePronoun : T.no, near),
            f(19, ak.governor, ck.governor),
            f(20, salient, distance),
            f(21, ck.nameKind, ak.nameKind),
            f(25, agreement, T.bucket(rank, T.nearLimits)),
            f(29, title, distance),
            f(30, title, ck.relation),
            f(27, coargument ? T.coargument : T.apart, ak.reflexive),
            f(28, ck.firstWordEnding, ck.nameKind),
            f(26, agreement, T.bucket(rank, T.nearLimits, subject: c.relation == "nsubj")),
            f(23, ck.nounClass, ak.genderOrClass),
            f(24, e.classesKey, ak.genderOrClass),
            f(22, e.kindsKey, ak.genderOrKind),
        ]
    }

    /// Whether the entity's gender (from its pronouns, nouns and titles) fits the mention's.
    static func agreement(_ a: CorefMention, _ e: CorefEntity) -> T.Agreement {
        let gender = e.gender
        return a.gender == "u" || gender == "u" ? .unknown : a.gender == gender ? .agree : .clash
    }

    /// `seen`: whether an earlier mention has the same words or the same head noun.
    static func new(_ a: CorefMention, _ ak: CorefKeys, seen: (core: Bool, head: Bool)) -> [UInt64] {
        func f(_ template: UInt64, _ x: UInt64, _ y: UInt64 = T.empty) -> UInt64 { FeatureHash.feature(template, ak.form, x, y) }
        return [
            f(40, T.new),
            f(41, ak.relation),
            f(42, ak.determiner),
            f(43, seen.core ? T.coreSeen : T.coreUnseen, seen.head ? T.headSeen : T.headUnseen),
            f(44, ak.head),
            f(45, ak.firstSentence),
            f(46, ak.governor, ak.number),
            f(47, ak.nameKind, ak.determiner),
            f(48, ak.nounClass, ak.determiner),
        ]
    }
}
