/// A word, number or mark of a text, with its span, as the date extractor reads it.
struct DateToken {
    enum Kind {
        case word, number, mark
    }

    var kind: Kind
    var range: TextRange
    /// The token's text, lower-cased for words.
    var text: String
    /// For a number: its value; "7th" gives 7.
    var number: Int?
    /// For a number: how many digits it has ("07" has 2).
    var digits = 0
    /// For a number written "7th", "1st", "22nd".
    var isOrdinal = false
    /// Whether a capital letter begins the word.
    var isCapitalized = false
    /// Whether every letter of a word of two or more letters is a capital ("RSDLP").
    var isAllCapitals = false

    /// Splits a span of text into tokens: runs of letters (with inner apostrophes and
    /// hyphens between letters), runs of digits (with an ordinal suffix), single marks.
    static func tokenize(_ text: ScalarText, in range: TextRange) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = range.start
        while i < range.end {
            let scalar = text[i]
            if scalar.isAnnalsWhitespace { i += 1; continue }
            if scalar.isDigit {
                var j = i
                var value = 0
                while j < range.end, text[j].isDigit, j - i < 9 {
                    value = value * 10 + Int(text[j].value - 0x30)
                    j += 1
                }
                var token = DateToken(kind: .number, range: TextRange(start: i, end: j), text: text.string(in: TextRange(start: i, end: j)),
                                      number: value, digits: j - i)
                if j + 1 < range.end, text[j].isLetter, text[j + 1].isLetter,
                   ["st", "nd", "rd", "th"].contains(text.string(in: TextRange(start: j, end: j + 2)).lowercased()),
                   j + 2 >= range.end || !text[j + 2].isLetter {
                    token.isOrdinal = true
                    token.range = TextRange(start: i, end: j + 2)
                    j += 2
                }
                tokens.append(token)
                i = j
            } else if scalar.isLetter {
                var j = i
                while j < range.end {
                    // Letters, and combining marks on them (the stress mark in "Вели́кий").
                    if text[j].isLetter || (j > i && text[j].properties.generalCategory == .nonspacingMark) { j += 1; continue }
                    if (text[j] == "'" || text[j] == "’" || text[j] == "-"), j + 1 < range.end, text[j + 1].isLetter, j > i { j += 1; continue }
                    break
                }
                let word = text.string(in: TextRange(start: i, end: j))
                let lowered = word.lowercased()
                tokens.append(DateToken(kind: .word, range: TextRange(start: i, end: j), text: lowered,
                                        isCapitalized: scalar.isUppercaseLetter,
                                        isAllCapitals: j - i >= 2 && lowered != word && word.uppercased() == word))
                i = j
            } else {
                tokens.append(DateToken(kind: .mark, range: TextRange(start: i, end: i + 1), text: String(Character(scalar))))
                i += 1
            }
        }
        return tokens
    }
}

extension DateToken {
    /// The month a word names ("Nov", "November"), if any.
    var month: Int? { kind == .word ? DateVocabulary.months[text] : nil }

    /// A plausible day of the month.
    var dayOfMonth: Int? {
        guard kind == .number, digits <= 2, let number, (1...31).contains(number) else { return nil }
        return number
    }

    /// A four-digit year between 1000 and 2199 (or any year, for the extractor to judge).
    var fourDigitYear: Int? {
        guard kind == .number, digits == 4, !isOrdinal, let number, (1000...2199).contains(number) else { return nil }
        return number
    }

    func isWord(_ words: String...) -> Bool { kind == .word && words.contains(text) }
    func isMark(_ marks: String...) -> Bool { kind == .mark && marks.contains(text) }
    var isDash: Bool { kind == .mark && (text == "-" || text == "–" || text == "—" || text == "‒") }
}
