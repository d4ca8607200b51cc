/// A primary source quoted in a document under a numbered header such as
/// "(17) Anna Petrova, letter to her brother (3rd May, 1899)": who wrote it, what it
/// is, to whom, when, and the span of its text.
struct PrimarySource {
    var header: TextRange
    var number: Int?
    var author: Participant
    var description: String
    var recipient: Participant?
    var date: DateMention?
    /// The source's own words: the section under the header.
    var body: TextRange
    var type: EventType

    /// Every numbered source header in a document, with the body under it.
    static func find(in readings: [SentenceReading], structure: DocumentStructure, text: ScalarText) -> [PrimarySource] {
        var sources: [PrimarySource] = []
        for reading in readings where reading.sentence.isHeading {
            let tokens = reading.tokens
            guard tokens.count >= 6, reading.sentence.isHeading, MentionDetector.isNumberedHeader(tokens),
                  let comma = tokens.indices.first(where: { $0 > 3 && tokens[$0].isMark(",") }),
                  let author = Self.author(reading, before: comma, text: text) else { continue }
            // The date in the last brackets, if any.
            // The date may sit in a later sentence of the same header.
            let heading = structure.sections.first { $0.heading.contains(reading.range) }?.heading ?? reading.range
            let later = readings.filter { $0.sentence.isHeading && $0.range.start > reading.range.start && heading.contains($0.range) }
            let dated = reading.dates.last { $0.mention.date != nil && $0.first > 3 }
            let laterDate = later.lazy.compactMap { $0.dates.last { $0.mention.date != nil } }.first
            var descriptionEnd = tokens.count
            if let dated, reading.bracketDepth[dated.first] > 0, let open = tokens[..<dated.first].lastIndex(where: { $0.isMark("(") }) { descriptionEnd = open }
            guard descriptionEnd > comma + 1 else { continue }
            let descriptionRange = TextRange(start: tokens[comma + 1].range.start, end: tokens[descriptionEnd - 1].range.end)
            let words = reading.words((comma + 1)..<descriptionEnd)
            let recipient = reading.referents.first { referent in
                referent.first > comma && referent.first < descriptionEnd && referent.first > 0 && !referent.isPossessive
                    && (reading.tokens[referent.first - 1].isWord("to") || reading.tokens[referent.first - 1].isPossessive
                        || reading.isWord(referent.first - 1, ["his", "her", "their"])) && referent.participant.type != .place
            }?.participant
            let section = structure.sections.first { $0.heading.start == reading.range.start || $0.heading.contains(reading.range) }
            var body = TextRange(start: reading.range.end, end: section?.range.end ?? reading.range.end)
            body = text.trimmed(body)
            sources.append(PrimarySource(header: reading.range, number: tokens[1].number, author: author,
                                         description: text.string(in: descriptionRange), recipient: recipient,
                                         date: dated?.mention ?? laterDate?.mention, body: body, type: Self.type(of: words)))
        }
        return sources
    }

    /// The author: the name opening the header, as the entity layer found it, else the
    /// capitalised words before the first comma ("Adolph Joffe").
    private static func author(_ reading: SentenceReading, before comma: Int, text: ScalarText) -> Participant? {
        if let named = reading.referents.first(where: { $0.first == 3 && !$0.isPronoun && $0.participant.type != .place }), named.end <= comma {
            return named.participant
        }
        let words = reading.tokens[3..<comma]
        guard !words.isEmpty, words.count <= 5, words.allSatisfy({ ($0.kind == .word && $0.isCapitalized) || $0.isMark(".") }),
              !NameLexicon.notNames.contains(words.first!.text) else { return nil }
        let range = TextRange(start: words.first!.range.start, end: words.last!.range.end)
        return Participant(name: text.string(in: range), range: range, type: .person)
    }

    static func type(of words: [String]) -> EventType {
        let set = Set(words)
        if !set.isDisjoint(with: ["letter", "letters", "telegram", "note", "message"]) { return .letter }
        if !set.isDisjoint(with: ["speech", "address", "lecture", "sermon", "oration"]) { return .speech }
        if !set.isDisjoint(with: ["interview", "interviewed"]) { return .interview }
        if !set.isDisjoint(with: ["statement", "declaration", "proclamation", "manifesto", "decree", "order", "resolution", "testimony", "report"]) { return .statement }
        return .publication
    }

    /// The source as claims: the event of its writing, and its text as the author's words.
    func claims() -> [Claim] {
        var event = Claim(kind: .event, predicate: type.rawValue, subject: author, object: recipient, value: description,
                          date: date?.date, dateSpan: date?.range, evidence: header, trigger: header, extractor: Extractor(.sourceHeader), confidence: 0.85)
        event.attribution = author
        var claims = [event]
        if !body.isEmpty {
            claims.append(Claim(kind: .quote, predicate: "wrote", subject: author, object: recipient, value: description,
                                date: date?.date, dateSpan: date?.range, evidence: body, trigger: header, extractor: Extractor(.sourceBody), confidence: 0.85))
        }
        return claims
    }
}
