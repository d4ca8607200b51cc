/// Splits a run of text into sentences, with exact code-point spans.
///
/// Knows abbreviations and honorifics ("Gen.", "Dr.", "St. Petersburg", "No. 5"),
/// initials ("James P. Cannon", "V. I. Lenin"), dotted acronyms ("U.S.", "U.S.S.R."),
/// ellipses ("…", "...", "...."), closing quotes and brackets that belong to the
/// sentence they end (`"…on the whole." Of…`), footnote markers ("1940.[3] He"),
/// quotations whose inner sentences end without ending the outer one
/// (`"Why?" he asked.`), and paragraphs glued together without a space
/// ("her children.Both parents").
///
/// ```swift
/// let text = ScalarText("Gen. Smith left St. Petersburg. He never returned.")
/// SentenceSegmenter.split(text, in: TextRange(start: 0, end: text.count)).count // 2
/// ```
public enum SentenceSegmenter {
    /// The sentences of `range`, trimmed of surrounding white space, in order.
    public static func split(_ text: ScalarText, in range: TextRange) -> [TextRange] {
        var sentences: [TextRange] = []
        var sentenceStart = range.start
        var i = range.start
        let end = range.end
        while i < end {
            let scalar = text[i]
            guard scalar.isSentenceTerminator else { i += 1; continue }
            var runEnd = i
            while runEnd < end, text[runEnd].isSentenceTerminator { runEnd += 1 }
            let afterClosers = skipClosers(text, from: runEnd, end: end)
            if afterClosers >= end {
                break
            }
            if text[afterClosers].isAnnalsWhitespace {
                var next = afterClosers
                while next < end, text[next].isAnnalsWhitespace { next += 1 }
                if next < end,
                   endsSentence(text, terminators: i..<runEnd, hasClosers: afterClosers > runEnd, next: next, end: end) {
                    appendTrimmed(text, TextRange(start: sentenceStart, end: afterClosers), to: &sentences)
                    sentenceStart = next
                }
                i = next
            } else if afterClosers == runEnd, isGluedBoundary(text, period: i, runEnd: runEnd, end: end) {
                appendTrimmed(text, TextRange(start: sentenceStart, end: runEnd), to: &sentences)
                sentenceStart = runEnd
                i = runEnd
            } else {
                i = max(afterClosers, i + 1)
            }
        }
        appendTrimmed(text, TextRange(start: sentenceStart, end: end), to: &sentences)
        guard sentences.contains(where: { $0.end - $0.start > LongSentences.maximumLength }) else { return sentences }
        return sentences.flatMap { LongSentences.pieces(of: $0, in: text) }
    }

    /// Adds a sentence; a fragment with no letters (a lone "[…]", ".", or a
    /// footnote marker after a space) joins the sentence before it instead.
    private static func appendTrimmed(_ text: ScalarText, _ range: TextRange, to sentences: inout [TextRange]) {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return }
        let hasWords = (trimmed.start..<trimmed.end).contains { text[$0].isLetter }
        if !hasWords, let last = sentences.last {
            sentences[sentences.count - 1] = TextRange(start: last.start, end: trimmed.end)
        } else {
            sentences.append(trimmed)
        }
    }

    /// Skips closing quotes, brackets and footnote markers such as `[12]` or `[a]`, and page
    /// references glued to the final mark (`memory.:33 He`, `ended.:121–123 The`).
    private static func skipClosers(_ text: ScalarText, from start: Int, end: Int) -> Int {
        var k = start
        while k < end {
            if text[k] == "[", let close = footnoteMarkerEnd(text, from: k, end: end) {
                k = close
            } else if text[k] == ":", k == start, let close = pageReferenceEnd(text, from: k, end: end) {
                k = close
            } else if text[k].isClosingPunctuation {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// The offset past a page reference `:33`, `:121–123`, `:9,12` starting at `start` (its colon),
    /// when white space follows it.
    private static func pageReferenceEnd(_ text: ScalarText, from start: Int, end: Int) -> Int? {
        var k = start + 1
        while k < end, text[k].isDigit || ((text[k] == "–" || text[k] == "-" || text[k] == ",") && k + 1 < end && text[k + 1].isDigit) { k += 1 }
        guard k > start + 1, k - start <= 12, k == end || text[k].isAnnalsWhitespace else { return nil }
        return k
    }

    /// The offset past a footnote marker `[12]`, `[a]`, `[note 3]` starting at `start`.
    private static func footnoteMarkerEnd(_ text: ScalarText, from start: Int, end: Int) -> Int? {
        var k = start + 1
        while k < end, k - start <= 12, text[k] != "]" {
            if text[k].isLineBreak || text[k] == "[" { return nil }
            k += 1
        }
        guard k < end, text[k] == "]", k > start + 1 else { return nil }
        return k + 1
    }

    /// Decides whether the terminator run at `terminators`, followed by white space
    /// and then the text at `next`, ends a sentence.
    private static func endsSentence(_ text: ScalarText, terminators: Range<Int>, hasClosers: Bool,
                                     next: Int, end: Int) -> Bool {
        // A line break after a final mark, followed by a list marker or the like, always ends it.
        var first = next
        while first < end, text[first].isOpeningPunctuation { first += 1 }
        guard first < end else { return true }
        let lead = text[first]
        if lead.isLowercaseLetter { return false }
        let run = terminators.map { text[$0] }
        let isEllipsis = run.contains("…") || run.filter({ $0 == "." }).count >= 2
        if run.contains("!") || run.contains("?") || isEllipsis || hasClosers { return true }

        // A single period: look at the word it closes.
        let word = wordBefore(text, period: terminators.lowerBound)
        let lowered = word.lowercased()
        let nextWord = self.word(text, from: first, end: end).lowercased()
        if lead.isDigit {
            if Abbreviations.beforeNumber.contains(lowered) || Abbreviations.neverFinal.contains(lowered) {
                return false
            }
            // "[O.S. 10 April]", "the U.S. 1st Army": a dotted abbreviation leads into the number.
            if word.contains("."), word.unicodeScalars.contains(where: { $0.isLetter }) { return false }
            return !(word.count == 1 && word.unicodeScalars.first!.isLetter)
        }
        if word.isEmpty { return true }
        if word.count == 1, word.unicodeScalars.first!.isUppercaseLetter {
            // An initial ("P. Cannon"), unless the next word plainly starts a sentence ("War I. The");
            // a second initial ("V. I. Lenin") never does.
            if nextWord.count == 1, first + 1 < end, text[first + 1] == "." { return false }
            if Self.isNumeralClosingName(text, letter: terminators.lowerBound - 1) { return true }
            return Abbreviations.sentenceStarters.contains(nextWord)
        }
        if lowered == "a.k.a" || lowered == "(a.k.a" { return false }
        if word.contains("."), word.unicodeScalars.contains(where: { $0.isLetter }) {
            // Dotted acronyms ("U.S.", "e.g.", "J.V.") end a sentence only before a sentence opener.
            return Abbreviations.sentenceStarters.contains(nextWord)
        }
        if Abbreviations.neverFinal.contains(lowered) { return false }
        if Abbreviations.ambiguous.contains(lowered) { return Abbreviations.sentenceStarters.contains(nextWord) }
        return true
    }

    /// "the Saturn V. Apollo 4 flew", "World War I. Lenin": a Roman numeral (I, V, X) closing a
    /// name whose word before it is no given name numbers the name — a rocket, a war, a king
    /// ("Charles V") — and is no initial ("Robert V. Daniels", "Mary V. Dearborn").
    private static func isNumeralClosingName(_ text: ScalarText, letter: Int) -> Bool {
        guard ["I", "V", "X"].contains(text[letter]), letter >= 2, text[letter - 1].isAnnalsWhitespace else { return false }
        let before = wordBefore(text, period: letter - 1)
        guard let initial = before.unicodeScalars.first, initial.isUppercaseLetter, before.count > 1,
              before.unicodeScalars.allSatisfy(\.isLetter) else { return false }
        return !NameLexicon.isGivenName(before.lowercased())
    }

    /// "children.Both", "Sovnarkom.In", "apparatus.A decree", "in 1894.Lenin": a period between a
    /// word ending in lower-case letters (or a year) and a capitalised word with no space, as left
    /// where two sentences or paragraphs were glued together (a word of letters only: not "U.S.A",
    /// "marxists.org", "St.Petersburg"; the next a word, or "A" or "I" standing alone).
    private static func isGluedBoundary(_ text: ScalarText, period: Int, runEnd: Int, end: Int) -> Bool {
        guard runEnd - period == 1, text[period] == ".", runEnd + 1 < end, text[runEnd].isUppercaseLetter,
              text[runEnd + 1].isLowercaseLetter || (["A", "I"].contains(text[runEnd]) && text[runEnd + 1].isAnnalsWhitespace) else { return false }
        let word = wordBefore(text, period: period)
        let letters = Array(word.unicodeScalars)
        if letters.count == 4, letters.allSatisfy({ $0.properties.numericType == .decimal }) { return true }
        guard letters.count >= 3, letters.allSatisfy({ $0.isLetter }), letters.suffix(2).allSatisfy({ $0.isLowercaseLetter }) else { return false }
        let lowered = word.lowercased()
        return !Abbreviations.neverFinal.contains(lowered) && !Abbreviations.ambiguous.contains(lowered)
    }

    /// The token ending just before the period, without leading opening punctuation,
    /// e.g. "Gen", "U.S", "P", "1905".
    private static func wordBefore(_ text: ScalarText, period: Int) -> String {
        var start = period
        while start > 0, !text[start - 1].isAnnalsWhitespace, !text[start - 1].isOpeningPunctuation,
              text[start - 1] != "—", text[start - 1] != "–", text[start - 1] != "/" {
            start -= 1
            if period - start > 40 { break }
        }
        return text.string(in: TextRange(start: start, end: period))
    }

    /// The letters and digits starting at `start`.
    private static func word(_ text: ScalarText, from start: Int, end: Int) -> String {
        var k = start
        while k < end, text[k].isWordCharacter, k - start < 40 { k += 1 }
        return text.string(in: TextRange(start: start, end: k))
    }
}
