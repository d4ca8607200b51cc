/// What English grammar rules out before any weight is read, as a linguist would state it:
/// - a personal pronoun agrees with what it means in gender: "he" never means an entity
///   the text shows to be a woman (by her name, a title, a kinship noun or "she" before),
///   "she" never a man;
/// - a personal pronoun that is not reflexive does not mean another argument of its own
///   predicate ("Lenin met him": "him" is not Lenin; "Lenin saw himself" is how English
///   says that).
enum CorefRules {
    /// Whether mention `a` may refer to entity `e` (numbered `number`), where `coarguments`
    /// are the entities of `a`'s predicate's earlier arguments.
    static func mayRefer(_ a: CorefMention, to e: CorefEntity, number: Int, coarguments: Set<Int>) -> Bool {
        guard a.kind == .pronoun else { return true }
        let gender = e.gender
        if (a.form == "he" && gender == "f") || (a.form == "she" && gender == "m") { return false }
        if !a.isReflexive, ["he", "she", "it", "they"].contains(a.form), coarguments.contains(number) { return false }
        return true
    }
}
