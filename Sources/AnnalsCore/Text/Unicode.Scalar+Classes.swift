extension Unicode.Scalar {
    /// Space, tab, line breaks, no-break and other Unicode spaces.
    public var isAnnalsWhitespace: Bool {
        properties.isWhitespace
    }

    /// A line break: LF, or a CR that stands alone.
    var isLineBreak: Bool { self == "\n" || self == "\r" || self == "\u{2028}" || self == "\u{2029}" }

    /// A letter of any script.
    var isLetter: Bool { properties.isAlphabetic }

    /// An upper-case (or title-case) letter.
    var isUppercaseLetter: Bool { properties.isUppercase || properties.generalCategory == .titlecaseLetter }

    /// A lower-case letter.
    var isLowercaseLetter: Bool { properties.isLowercase }

    /// A decimal digit of any script.
    var isDigit: Bool { properties.numericType == .decimal }

    /// A letter or a digit.
    var isWordCharacter: Bool { isLetter || isDigit }

    /// Punctuation that can end a sentence.
    var isSentenceTerminator: Bool { self == "." || self == "!" || self == "?" || self == "…" }

    /// Punctuation that may follow a sentence's final mark and still belong to it:
    /// closing quotes and brackets.
    var isClosingPunctuation: Bool {
        switch self {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "}", "」", "』": true
        default: false
        }
    }

    /// Punctuation that may open a sentence before its first word.
    var isOpeningPunctuation: Bool {
        switch self {
        case "\"", "'", "“", "‘", "«", "‹", "(", "[", "{", "„", "「", "『", "¡", "¿", "*", "_": true
        default: false
        }
    }
}
