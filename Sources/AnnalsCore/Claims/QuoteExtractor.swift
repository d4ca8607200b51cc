/// Quotations in the narrative with their speakers: "He later recalled: "…"",
/// "“…,” Lenin wrote", "According to Stalin, "…"". The span cited is the quoted
/// words themselves.
struct QuoteExtractor {
    let text: ScalarText

    static let reportingVerbs: Set<String> = [
        "said", "says", "wrote", "writes", "recalled", "recalls", "argued", "argues", "declared", "stated", "told", "added", "remarked",
        "explained", "commented", "observed", "noted", "claimed", "insisted", "replied", "asked", "announced", "complained", "warned",
        "exclaimed", "admitted", "confessed", "concluded", "described", "responded", "answered", "proclaimed", "testified", "put", "according",
    ]

    /// Quoted spans of at least `minimumWords` words, paired within paragraphs.
    func quotes(in readings: [SentenceReading], structure: DocumentStructure, sources: [PrimarySource], minimumWords: Int = 6) -> [Claim] {
        var claims: [Claim] = []
        let bodies = sources.map(\.body).sorted { $0.start < $1.start }
        for paragraph in structure.paragraphs where !Self.isInside(paragraph.range.start, bodies) {
            for span in quotedSpans(in: paragraph.range) where wordCount(span) >= minimumWords {
                guard let reading = Self.firstReading(endingAfter: span.start, in: readings) else { continue }
                guard let speaker = speaker(of: span, reading: reading, readings: readings) else { continue }
                claims.append(Claim(kind: .quote, predicate: "said", subject: speaker, value: nil, evidence: span,
                                    extractor: Extractor(.narrativeQuote), confidence: 0.7))
            }
        }
        return claims
    }

    /// Spans inside “…” or "…" (the marks excluded, outer spaces trimmed).
    func quotedSpans(in range: TextRange) -> [TextRange] {
        var spans: [TextRange] = []
        var open: Int?
        var i = range.start
        while i < range.end {
            let scalar = text[i]
            if scalar == "\u{201C}" {
                open = i + 1
            } else if scalar == "\u{201D}", let start = open {
                spans.append(text.trimmed(TextRange(start: start, end: i)))
                open = nil
            } else if scalar == "\"" {
                if let start = open {
                    spans.append(text.trimmed(TextRange(start: start, end: i)))
                    open = nil
                } else {
                    open = i + 1
                }
            }
            i += 1
        }
        return spans.filter { !$0.isEmpty }
    }

    private func wordCount(_ range: TextRange) -> Int {
        var count = 0
        var inWord = false
        for i in range.start..<range.end {
            let letter = text[i].isLetter
            if letter, !inWord { count += 1 }
            inWord = letter
        }
        return count
    }

    /// Who speaks: a name (or resolved pronoun) with a reporting verb before the quotation
    /// in its sentence, else after it ("…,” Lenin wrote).
    private func speaker(of span: TextRange, reading: SentenceReading, readings: [SentenceReading]) -> Participant? {
        let tokens = reading.tokens
        let open = tokens.firstIndex { $0.range.start >= span.start } ?? tokens.count
        // The tree first: the subject of the verb of saying before the quotation ("Biographer Louis Fischer wrote").
        if let speaker = Self.treeSpeaker(in: reading, among: 0..<open, last: true) { return speaker }
        if let verb = tokens[..<open].lastIndex(where: { $0.kind == .word && Self.reportingVerbs.contains($0.text) }) {
            if tokens[verb].isWord("according") {
                return reading.referents.first { $0.first > verb && $0.first < open }?.participant
            }
            if let speaker = reading.referents.last(where: { $0.end <= verb && !$0.isPossessive && !reading.isPrepositional($0.first) && $0.participant.type != .place }) {
                return speaker.participant
            }
            if let speaker = reading.referents.first(where: { $0.first > verb && $0.first < open && $0.participant.type == .person }) {
                return speaker.participant
            }
        }
        // After the quotation, in the sentence where it closes: "…," Lenin wrote.
        guard let closing = Self.firstReading(endingAfter: span.end, in: readings), closing.range.contains(span.end) else { return nil }
        let after = closing.tokens.firstIndex { $0.range.start > span.end } ?? closing.tokens.count
        let window = after..<min(closing.tokens.count, after + 5)
        if let speaker = Self.treeSpeaker(in: closing, among: window, last: false) { return speaker }
        guard closing.words(window).contains(where: Self.reportingVerbs.contains) else { return nil }
        return closing.referents.first { window.contains($0.first) && !$0.isPossessive }?.participant
    }

    /// The one who says: the subject the dependency tree gives the verb of saying among
    /// `tokens` (the last such verb, or the first), when it is a person or a body the text
    /// names; never a work, a place or a descriptor ("Biographer Louis Fischer" is Louis Fischer).
    static func treeSpeaker(in reading: SentenceReading, among tokens: Range<Int>, last: Bool) -> Participant? {
        guard let tree = reading.tree else { return nil }
        let verbs = tree.words.indices.filter { w in
            tokens.contains(tree.tokenOfWord[w]) && tree.words[w].upos == "VERB"
                && (EventWords.reportingVerbs.contains(tree.lemma(w)) || EventWords.quotingVerbs.contains(tree.lemma(w)))
        }
        guard let verb = last ? verbs.last : verbs.first else { return nil }
        let roles = TreeRoles(reading: reading, tree: tree)
        guard let subject = roles.subjectWord(of: verb).flatMap(roles.referent(at:)), !roles.isPassive(verb), !reading.isQuoted[subject.first],
              [.person, .org, .group].contains(subject.participant.type) else { return nil }
        return subject.participant
    }

    /// The first of `readings` (in document order) that ends after `offset`: the sentence
    /// holding it, or the next one. Found by binary search.
    static func firstReading(endingAfter offset: Int, in readings: [SentenceReading]) -> SentenceReading? {
        var low = 0, high = readings.count
        while low < high {
            let mid = (low + high) / 2
            if readings[mid].range.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < readings.count ? readings[low] : nil
    }

    /// Whether `offset` lies inside one of `ranges` (sorted by start, not overlapping).
    static func isInside(_ offset: Int, _ ranges: [TextRange]) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 && ranges[low - 1].contains(offset)
    }
}
