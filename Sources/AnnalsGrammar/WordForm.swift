/// What the tagger and parser read of a word's spelling, worked out once per word: its
/// lower-cased form, its shape ("Xxxx", "dd", "X.X."), its first and last letters.
public struct WordForm: Sendable {
    public var form: UInt64
    public var lower: UInt64
    public var shape: UInt64
    public var prefixes: (UInt64, UInt64, UInt64)
    public var suffixes: (UInt64, UInt64, UInt64, UInt64)
    public var hasDigit: Bool
    public var hasHyphen: Bool
    public var isCapitalized: Bool
    /// A hyphenated word's last part, lower-cased ("well-known" → "known"); its whole form otherwise.
    public var lastPart: UInt64

    public init(_ text: String) {
        let lowered = text.lowercased()
        form = FeatureHash.of(text)
        lower = FeatureHash.of(lowered)
        shape = FeatureHash.of(Self.shape(of: text))
        let characters = Array(lowered)
        func prefix(_ n: Int) -> UInt64 { FeatureHash.mix(UInt64(n), FeatureHash.of(String(characters.prefix(n)))) }
        func suffix(_ n: Int) -> UInt64 { FeatureHash.mix(UInt64(10 + n), FeatureHash.of(String(characters.suffix(n)))) }
        prefixes = (prefix(1), prefix(2), prefix(3))
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        hasDigit = text.contains(where: \.isNumber)
        hasHyphen = text.contains("-")
        isCapitalized = text.first?.isUppercase == true
        lastPart = hasHyphen ? FeatureHash.mix(99, FeatureHash.of(lowered.split(separator: "-").last ?? "")) : lower
    }

    /// The word's shape, runs of one kind of character cut at two: "Trotsky" → "Xxx",
    /// "1917" → "dddd" cut to "dd", "U.S." → "X.X.", "e-mail" → "x-x".
    static func shape(of text: String) -> String {
        var shape = ""
        var last: Character = " ", run = 0
        for character in text.prefix(24) {
            let kind: Character = character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
            if kind == last { run += 1 } else { run = 1; last = kind }
            if run <= 2 { shape.append(kind) }
        }
        return shape
    }
}

/// Word forms already worked out, by spelling: a document writes its commonest words
/// hundreds of times, and a reader of a whole document works each one out once.
public struct WordForms: Sendable {
    private var known: [String: WordForm] = [:]

    public init() {}

    public mutating func of(_ text: String) -> WordForm {
        if let form = known[text] { return form }
        let form = WordForm(text)
        known[text] = form
        return form
    }
}
