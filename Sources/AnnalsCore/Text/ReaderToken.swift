/// A word, number or mark as the rule-based readers (dates, names, claims) see a
/// sentence. Readers do not cut text themselves: their tokens are the reading grammar's
/// tokens (``SentenceTokens``), each seen as its letters, digits and marks ("O.S." is
/// "o" "." "s" ".", "7th" a number marked ordinal, "Trotsky's" one word), and a compound
/// the treebank convention cuts at its hyphens ("Brest" "-" "Litovsk") taken whole.
struct ReaderToken: Sendable {
    enum Kind: Sendable {
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
    /// The grammar's word (index in its ``AnalyzedSentence``) the token begins in.
    var word = 0
    /// Whether the grammar reads the word as modifying a noun after it ("the Homestead
    /// strike": a compound or an adjective); false without a parse.
    var modifiesNoun = false
    /// The lemma of the verb whose subject the grammar reads the word as (or as one of its
    /// co-ordinated subjects: "Guizot or Sismondi could comprehend"); nil without a parse.
    var subjectOf: String?

    /// One grammar token's text seen as readers read it: runs of letters (with inner
    /// apostrophes and hyphens between letters), runs of digits (with an ordinal suffix),
    /// single marks.
    static func pieces(of text: ScalarText, in range: TextRange, word: Int) -> [ReaderToken] {
        var tokens: [ReaderToken] = []
        var i = range.start
        while i < range.end {
            let scalar = text[i]
            if scalar.isAnnalsWhitespace { i += 1; continue }
            let token: ReaderToken
            if scalar.isDigit {
                token = number(text, from: i, before: range.end)
            } else if scalar.isLetter {
                token = letters(text, from: i, before: range.end)
            } else {
                token = ReaderToken(kind: .mark, range: TextRange(start: i, end: i + 1), text: String(Character(scalar)))
            }
            tokens.append(token)
            tokens[tokens.count - 1].word = word
            i = token.range.end
        }
        return tokens
    }

    /// Digits, with "st", "nd", "rd" or "th" after them.
    private static func number(_ text: ScalarText, from i: Int, before limit: Int) -> ReaderToken {
        var j = i
        var value = 0
        while j < limit, text[j].isDigit, j - i < 9 {
            value = value * 10 + Int(text[j].value - 0x30)
            j += 1
        }
        var token = ReaderToken(kind: .number, range: TextRange(start: i, end: j), text: text.string(in: TextRange(start: i, end: j)),
                                number: value, digits: j - i)
        if j + 1 < limit, text[j].isLetter, text[j + 1].isLetter,
           ["st", "nd", "rd", "th"].contains(text.string(in: TextRange(start: j, end: j + 2)).lowercased()),
           j + 2 >= limit || !text[j + 2].isLetter {
            token.isOrdinal = true
            token.range = TextRange(start: i, end: j + 2)
        }
        return token
    }

    /// Letters, and combining marks on them (the stress mark in "Вели́кий"), with an
    /// apostrophe or hyphen between letters inside.
    private static func letters(_ text: ScalarText, from i: Int, before limit: Int) -> ReaderToken {
        var j = i
        while j < limit {
            if text[j].isLetter || (j > i && text[j].properties.generalCategory == .nonspacingMark) { j += 1; continue }
            if text[j] == "'" || text[j] == "’" || text[j] == "-", j + 1 < limit, text[j + 1].isLetter, j > i { j += 1; continue }
            break
        }
        return word(text, TextRange(start: i, end: j))
    }

    static func word(_ text: ScalarText, _ range: TextRange) -> ReaderToken {
        let word = text.string(in: range)
        let lowered = word.lowercased()
        return ReaderToken(kind: .word, range: range, text: lowered, isCapitalized: text[range.start].isUppercaseLetter || opensWithArticle(text, range),
                           isAllCapitals: range.length >= 2 && lowered != word && word.uppercased() == word)
    }

    /// The forms of the Arabic article ("al", "el", "ash") written small before a hyphen.
    static let articlePrefixes = NameWords.set("article-prefixes")

    /// "al-Sistani", "el-Sadat": a name opening with the Arabic article, small, and a hyphen
    /// before a capital, is a capitalised word as English names go.
    static func opensWithArticle(_ text: ScalarText, _ range: TextRange) -> Bool {
        var k = range.start
        while k < range.end, k - range.start < 4, text[k].isLetter, !text[k].isUppercaseLetter { k += 1 }
        guard k > range.start, k + 1 < range.end, text[k] == "-", text[k + 1].isUppercaseLetter else { return false }
        return articlePrefixes.contains(text.string(in: TextRange(start: range.start, end: k)))
    }

    /// The pieces of a sentence's grammar tokens, joining a word, a hyphen and a word that
    /// touch ("Brest" "-" "Litovsk" → "brest-litovsk", "twenty" "-" "five").
    static func joined(_ tokens: [[ReaderToken]], in text: ScalarText) -> [ReaderToken] {
        var result: [ReaderToken] = []
        var k = 0
        while k < tokens.count {
            var pieces = tokens[k]
            if let last = result.last, last.kind == .word, pieces.count == 1, pieces[0].isMark("-"), last.range.end == pieces[0].range.start,
               k + 1 < tokens.count, let next = tokens[k + 1].first, next.kind == .word, next.range.start == pieces[0].range.end {
                let word = result.removeLast().word
                result.append(Self.word(text, TextRange(start: last.range.start, end: next.range.end)))
                result[result.count - 1].word = word
                pieces = Array(tokens[k + 1].dropFirst())
                k += 1
            }
            result += pieces
            k += 1
        }
        return result
    }
}

extension ReaderToken {
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
