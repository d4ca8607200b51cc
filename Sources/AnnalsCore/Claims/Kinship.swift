/// Kinship both ways: what a relative is to the person whose relative they are, read from
/// `name-words.txt` ([kinship-inverses], [male-kinship], [female-kinship]). "Lenin's wife
/// Krupskaya" makes Lenin Krupskaya's husband; "Lenin's sister Olga" makes Lenin Olga's
/// brother; "spouse" and "wife" of the same two people are one marriage.
public enum Kinship {
    public enum Sex: Sendable { case male, female }

    private static let inverses: [String: [String]] = NameWords.pairs("kinship-inverses").mapValues { $0.split(separator: "|").map(String.init) }
    private static let male = Set(NameWords.lines("male-kinship").joined())
    private static let female = Set(NameWords.lines("female-kinship").joined())
    /// Words for the two of a marriage.
    private static let partners: Set<String> = ["wife", "husband", "spouse", "widow", "widower"]

    /// Every kinship word, in the singular.
    public static var words: Set<String> { Set(NameLexicon.kinshipSingular.values) }

    /// If X is Y's `term`, what Y is to X, given Y's sex when known: ("wife", .male) → "husband".
    public static func inverse(of term: String, for sex: Sex?) -> String {
        guard let forms = inverses[term], forms.count == 3 else { return term + " of" }
        switch sex {
        case .male: return forms[0]
        case .female: return forms[1]
        case nil: return forms[2]
        }
    }

    /// The sex a kinship word gives the one it names ("wife": female), if it gives one.
    public static func sex(of term: String) -> Sex? {
        male.contains(term) ? .male : female.contains(term) ? .female : nil
    }

    /// The sex a name suggests (a woman's title or given name), if it suggests one.
    public static func sex(ofName name: String) -> Sex? {
        DocumentReferents.looksFemale(name) ? .female : nil
    }

    /// The class two terms for the same tie share: "wife", "husband" and "spouse" are one marriage.
    public static func tie(_ term: String) -> String { partners.contains(term) ? "spouse" : term }

    /// Of two terms for one tie, the one that says more: a gendered one over "spouse".
    public static func preferred(_ a: String, _ b: String) -> String { a == "spouse" ? b : a }
}
