/// One sentence as the claim extractors read it: its tokens, which of them are
/// inside brackets or quotation marks, the names and pronouns in it with what they
/// refer to, and the dates written in it.
struct SentenceReading {
    /// A name, pronoun or kinship phrase ("his father") in the sentence.
    struct Referent {
        /// Token span.
        var first: Int
        var end: Int
        var participant: Participant
        /// "Lenin's", "his": a possessor, not a subject.
        var isPossessive: Bool
        var isPronoun: Bool
        /// "him", "her", "them": an object pronoun.
        var isObjectPronoun: Bool
        /// Further people a plural pronoun or a co-ordinated subject stands for.
        var group: [Participant] = []
    }

    /// A date written in the sentence.
    struct Dated {
        var first: Int
        var end: Int
        var mention: DateMention
        /// Inside brackets hung on a name or title: "(1847–1922)", "(b. 1906)", "History … (1930)".
        var isAttachedToName: Bool
    }

    let index: Int
    let sentence: Sentence
    let tokens: [ReaderToken]
    /// Bracket depth at each token.
    let bracketDepth: [Int]
    /// Whether each token is inside quotation marks.
    let isQuoted: [Bool]
    var referents: [Referent]
    let dates: [Dated]
    /// The lengths of time written in it, which date nothing by themselves.
    let lengths: [Dated]
    /// The sentence's dependency tree, when the grammar parsed it.
    let tree: SentenceTree?
    /// The person the narrative follows into this sentence: who an event with no
    /// subject of its own happened to.
    var carriedSubject: Participant?
    /// The people last named together before this sentence: whom "these men" or "the two" stand for.
    var recentGroup: [Participant] = []
    /// Tokens of "they" that stand for people the text does not name (``DocumentReferents/isDescribed(_:)``).
    var unnamedPronouns: Set<Int> = []

    var range: TextRange { sentence.range }

    /// Whether the sentence is read for claims: body text, or a numbered source header
    /// (which may be a whole sentence: "(9) In November, 1917, Lenin sent …").
    let isNarrative: Bool

    init(index: Int, sentence: Sentence, structure: DocumentStructure, tokens sentenceTokens: SentenceTokens, text: ScalarText,
         dates mentions: ArraySlice<DateMention>, names: DocumentReferents, grammar: AnalyzedSentence? = nil) {
        self.index = index
        self.sentence = sentence
        isNarrative = !sentence.isHeading || MentionDetector.isNumberedHeading(sentence, structure: structure, tokens: sentenceTokens)
        let tokens = sentenceTokens[index]
        self.tokens = tokens
        tree = grammar.map { SentenceTree(sentence: $0, tokens: tokens) }
        var depth = 0
        var quoted = false
        var bracketDepth: [Int] = []
        var isQuoted: [Bool] = []
        for (i, token) in tokens.enumerated() {
            if token.isMark("(", "[") { depth += 1 }
            if token.isMark("\u{201C}") { quoted = true }
            if token.isMark("\"") {
                // A straight quote opens when nothing word-like touches it on the left.
                let opens = i == 0 || tokens[i - 1].range.end < token.range.start || tokens[i - 1].isMark("(", "[", "—", ":")
                if opens { quoted = true }
            }
            bracketDepth.append(depth)
            isQuoted.append(quoted)
            // A closing mark with no opening before it in the sentence: the quotation began the sentence
            // (its opening mark was read with the sentence before, "… headmaster. “I have been …,” he wrote").
            let closes = token.isMark("\u{201D}") || (token.isMark("\"") && i > 0 && tokens[i - 1].range.end == token.range.start)
            if closes, !quoted, !isQuoted.contains(true) { for k in 0...i { isQuoted[k] = true } }
            if token.isMark(")", "]") { depth = max(0, depth - 1) }
            if token.isMark("\u{201D}") { quoted = false }
            if token.isMark("\""), quoted, i > 0, tokens[i - 1].range.end == token.range.start { quoted = false }
        }
        self.bracketDepth = bracketDepth
        self.isQuoted = isQuoted

        func tokenIndex(at offset: Int) -> Int? {
            var low = 0, high = tokens.count - 1
            while low <= high {
                let mid = (low + high) / 2
                if tokens[mid].range.end <= offset { low = mid + 1 } else if tokens[mid].range.start > offset { high = mid - 1 } else { return mid }
            }
            return nil
        }
        func tokenEnd(after offset: Int) -> Int {
            var k = tokenIndex(at: max(offset - 1, 0)) ?? 0
            while k < tokens.count, tokens[k].range.start < offset { k += 1 }
            return k
        }

        var referents: [Referent] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if let named = names.name(at: token.range.start) {
                let end = tokenEnd(after: named.end)
                let possessive = tokens[max(i, end - 1)].isPossessive || (end < tokens.count && tokens[end].isMark("'", "’") && tokens[end - 1].text.hasSuffix("s"))
                referents.append(Referent(first: i, end: max(end, i + 1), participant: Participant(name: named.name, surface: text.string(in: TextRange(start: token.range.start, end: named.end)),
                                                                               range: TextRange(start: token.range.start, end: named.end), type: named.type),
                                          isPossessive: possessive, isPronoun: false, isObjectPronoun: false))
                i = max(end, i + 1)
                continue
            }
            if token.kind == .word, let kind = Self.pronouns[token.text] {
                referents.append(Referent(first: i, end: i + 1, participant: Participant(name: token.text, surface: text.string(in: token.range), range: token.range, type: .person),
                                          isPossessive: kind == .possessive, isPronoun: true, isObjectPronoun: kind == .object))
            }
            i += 1
        }
        self.referents = referents

        var dates: [Dated] = []
        // A length, a repetition or a reference dates nothing unless it also gives a date.
        for mention in mentions where mention.kind.isCalendar || mention.date != nil {
            guard let first = tokenIndex(at: mention.range.start) else { continue }
            let end = tokenEnd(after: mention.range.end)
            var attached = false
            // Only years hang on names and titles: "(1847–1922)", "(1930)"; a day in brackets dates an event.
            let isYears = mention.date.map { $0.precision >= .year } ?? true
            if bracketDepth[first] > 0, isYears {
                // Find the bracket that opens the group and look at what it hangs on.
                var open = first
                while open > 0, !(tokens[open].isMark("(", "[") && bracketDepth[open] == bracketDepth[first]) { open -= 1 }
                if open > 0 {
                    let before = tokens[open - 1]
                    attached = (before.kind == .word && (before.isCapitalized || before.isAllCapitals)) || before.isMark("\"", "\u{201D}", ")")
                        || (before.kind == .word && Self.isTitleTail(before.text))
                }
            }
            dates.append(Dated(first: first, end: max(end, first + 1), mention: mention, isAttachedToName: attached))
        }
        self.dates = dates
        // Lengths of time ("the next two years"): what a stay lasts (``Stay``).
        lengths = mentions.filter { $0.kind == .duration && $0.amount != nil }.compactMap { mention in
            tokenIndex(at: mention.range.start).map { Dated(first: $0, end: max(tokenEnd(after: mention.range.end), $0 + 1), mention: mention, isAttachedToName: false) }
        }
    }

    /// Lower-case words that can end a work's title ("An Attempt at an Autobiography").
    private static func isTitleTail(_ word: String) -> Bool { ["betrayed", "revolution", "autobiography"].contains(word) }

    enum PronounKind { case subject, object, possessive }

    static let pronouns: [String: PronounKind] = [
        "he": .subject, "she": .subject, "they": .subject, "him": .object, "her": .possessive, "them": .object,
        "his": .possessive, "their": .possessive, "who": .subject, "i": .subject, "we": .subject, "my": .possessive, "our": .possessive,
    ]

    /// The clause around token `i`: bounded by semicolons, colons and the sentence.
    func clause(around i: Int) -> Range<Int> {
        var start = i, end = i
        while start > 0, !tokens[start - 1].isMark(";", ":") { start -= 1 }
        while end < tokens.count, !tokens[end].isMark(";", ":") { end += 1 }
        return start..<end
    }

    /// The words of the sentence from `a` to `b`, lower-cased.
    func words(_ range: Range<Int>) -> [String] {
        range.clamped(to: 0..<tokens.count).compactMap { tokens[$0].kind == .word ? tokens[$0].text : nil }
    }

    func isWord(_ i: Int, _ words: Set<String>) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && words.contains(tokens[i].text)
    }

    func referent(startingAt i: Int) -> Referent? { referents.first { $0.first == i } }

    /// The tree word at the start of a claim's trigger in this sentence, if the sentence was parsed.
    func triggerWord(of claim: Claim) -> Int? {
        guard let tree, let at = claim.trigger?.start, let token = tokens.firstIndex(where: { $0.range.start >= at }) else { return nil }
        return tree.word(ofToken: token, in: tokens)
    }

    /// Whoever speaks the quotation token `i` sits in: the nearest name before it outside the quotation.
    func quoteSpeaker(before i: Int) -> Participant? {
        guard isQuoted[i] else { return nil }
        return referents.last(where: { $0.first < i && !isQuoted[$0.first] && !$0.isPronoun })?.participant
    }

    /// Whether a preposition governs the word at `i` ("with Lenin", "of the Union").
    func isPrepositional(_ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].isWord("the", "a", "an") || tokens[k].isPossessive || isWord(k, ["his", "her", "their"])
                || (tokens[k].kind == .word && (NameLexicon.isAdjective(tokens[k].text) || Self.looksAdjectival(tokens[k]))) { k -= 1 }
        return isWord(k, Self.prepositions)
    }

    /// A lower-case word with an adjective's ending: "of a respectable Collector".
    private static func looksAdjectival(_ token: ReaderToken) -> Bool {
        !token.isCapitalized && token.text.count > 5
            && ["able", "ible", "ful", "ous", "ent", "ant", "ive", "ical", "less", "ary"].contains { token.text.hasSuffix($0) }
    }

    static let prepositions: Set<String> = [
        "of", "with", "by", "to", "from", "for", "against", "under", "about", "on", "at", "in", "into", "than", "between",
        "among", "toward", "towards", "including", "like", "as", "upon", "behind", "over", "through", "without", "within", "via",
        "after", "before", "during", "until", "near",
    ]
}

