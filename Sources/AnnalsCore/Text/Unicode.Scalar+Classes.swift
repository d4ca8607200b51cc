extension Unicode.Scalar {
    /// Space, tab, line breaks, no-break and other Unicode spaces.
    public var isAnnalsWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// A line break: LF, or a CR that stands alone.
    var isLineBreak: Bool { self == "\n" || self == "\r" || self == "\u{2028}" || self == "\u{2029}" }

    /// A letter of any script.
    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return properties.isAlphabetic
    }

    /// An upper-case (or title-case) letter.
    var isUppercaseLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) }
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    /// A lower-case letter.
    var isLowercaseLetter: Bool {
        if value < 0x80 { return (0x61...0x7A).contains(value) }
        return properties.isLowercase
    }

    /// A decimal digit of any script.
    var isDigit: Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return properties.numericType == .decimal
    }

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
