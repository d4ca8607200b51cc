/// One fact several witnesses state: the claims that align, and who vouches for them.
public struct Fact: Sendable {
    /// Who or what the fact is about, as shown.
    public var subject: String
    /// What is stated: "death", "publication", "meeting".
    public var property: String
    /// Indices of the aligned claims in the reconciler's input.
    public var members: [Int]
    /// The distinct witnesses among the members.
    public var witnesses: [Witness]

    /// How many independent witnesses state it (a source's own reckoning is not another witness).
    public var corroboration: Int { Set(witnesses.map(\.independent)).count }
}

/// Two or more witnesses giving different values for the same property of the same fact.
public struct Conflict: Sendable {
    /// What differs.
    public enum Kind: String, Sendable, CaseIterable {
        case date, age, place, number, title, cause
        /// A primary source dated before the events it describes.
        case anachronism
    }

    /// Why the values differ, where the texts let Annals say.
    public enum Reason: String, Sendable {
        /// The sources simply disagree.
        case disagreement
        /// One date is the other read on the Julian calendar.
        case calendar
        /// One source dates the fatal attack, the other the death that followed.
        case differentMoments = "different moments"
        /// One side is only reported ("Stalin alleged…"), the other stated as fact.
        case dispute
        /// A source disagrees with itself.
        case inconsistency
    }

    /// A span of a document that gives a value without being a claim (a date in a text).
    public struct Evidence: Sendable {
        public var source: String
        public var range: TextRange
    }

    /// One of the values given, with the claims and witnesses giving it.
    public struct Value: Sendable {
        /// Machine-readable: an EDTF date, a place name, a title, a number.
        public var value: String
        /// As a reader would say it.
        public var words: String
        public var members: [Int]
        public var witnesses: [Witness]
        /// Spans that give the value besides the member claims.
        public var evidence: [Evidence] = []
    }

    public var kind: Kind
    public var reason: Reason
    /// Who or what the disagreement is about.
    public var subject: String
    /// "date of death", "year of publication", "age at education".
    public var property: String
    public var values: [Value]
    /// One or two sentences a reader can act on.
    public var explanation: String
    /// Larger is more important: life events of well-attested people first.
    public var importance: Double
}
