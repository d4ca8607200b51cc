/// Births, deaths and children read from names with years in brackets ("David Bronstein
/// (1847–1922)"), and works with the year they appeared ("Capital (1867)").
extension EventExtractor {
    // MARK: - Lifespans and works with years

    static let termMarkers = EventWords.set("term-markers")
    /// A bracketed span of fewer years than this after a name is read as a term of office.
    static let shortestLife = 15

    static func isShortSpan(_ date: HistoricalDate) -> Bool {
        guard let start = date.start, let end = date.end else { return false }
        return end.year - start.year < shortestLife
    }

    /// "David Bronstein (1847–1922)" gives a birth and a death; "Sergei Sedov (b. 1908)"
    /// a birth, and when the sentence speaks of children, a child for the sentence's subject.
    func lifespans(in reading: SentenceReading, focus: Focus) -> [Claim] {
        var claims: [Claim] = []
        let words = Set(reading.words(0..<reading.tokens.count))
        let aboutChildren = !words.isDisjoint(with: ["children", "child", "son", "sons", "daughter", "daughters"])
        for referent in reading.referents where referent.participant.type == .person && !referent.isPronoun {
            guard referent.end < reading.tokens.count, reading.tokens[referent.end].isMark("(") else { continue }
            var close = referent.end + 1
            while close < reading.tokens.count, !reading.tokens[close].isMark(")") { close += 1 }
            guard let dated = reading.dates.first(where: { $0.first > referent.end && $0.first < close }), let date = dated.mention.date else { continue }
            let inside = reading.words((referent.end + 1)..<dated.first)
            let marker = inside.last
            var found: [(EventType, HistoricalDate)] = []
            // "Nikon (1652–66)", "Philaret (r. 1619–1633)": a short span or a reign is a term of office, not a life.
            if date.isInterval, marker.map(Self.termMarkers.contains) == true || Self.isShortSpan(date) { continue }
            if date.isInterval, marker == nil || !["b", "born", "d", "died"].contains(marker!) {
                if let start = date.start { found.append((.birth, HistoricalDate(start, calendar: date.calendar))) }
                if let end = date.end { found.append((.death, HistoricalDate(end, calendar: date.calendar))) }
            } else if marker == "b" || marker == "born" {
                found.append((.birth, date))
            } else if marker == "d" || marker == "died" {
                found.append((.death, date))
            } else if !date.isInterval, let end = openEnd(of: dated, from: referent.end + 1, to: close, in: reading) {
                found.append((end, date))
            }
            for (type, value) in found {
                claims.append(Claim(kind: .event, predicate: type.rawValue, subject: referent.participant, date: value, dateSpan: dated.mention.range,
                                    evidence: reading.range, trigger: dated.mention.range, extractor: Extractor(.lifespan), confidence: 0.85))
                if type == .birth, aboutChildren, !Set(reading.words(0..<referent.first)).isDisjoint(with: EventWords.parenthoodVerbs),
                   let parent = clauseSubject(in: reading, clause: 0..<referent.first, excluding: nil), parent.participant.name != referent.participant.name {
                    claims.append(Claim(kind: .event, predicate: EventType.child.rawValue, subject: parent.participant, object: referent.participant, others: parent.group,
                                        date: value, dateSpan: dated.mention.range, evidence: reading.range, trigger: dated.mention.range,
                                        extractor: Extractor(.child), confidence: 0.7))
                }
            }
        }
        return claims
    }

    /// "( – 15 March 1938)": a span with one end left blank, the other end unknown to the writer.
    /// A dash before the only date is a death whose birth is not known; a dash after it, a birth.
    private func openEnd(of dated: SentenceReading.Dated, from open: Int, to close: Int, in reading: SentenceReading) -> EventType? {
        func onlyDash(_ range: Range<Int>) -> Bool {
            range.count == 1 && reading.tokens[range.lowerBound].isMark("–", "—", "-")
        }
        if onlyDash(open..<dated.first), dated.end == close { return .death }
        if open == dated.first, onlyDash(dated.end..<close) { return .birth }
        return nil
    }

    /// "published My Life (1930), History of the Russian Revolution (1932)": a
    /// publication for each title with its year, by the sentence's subject.
    func works(in reading: SentenceReading, focus: Focus) -> [Claim] {
        var claims: [Claim] = []
        let words = Set(reading.words(0..<reading.tokens.count))
        let writing: Set<String> = ["published", "wrote", "penned", "argued", "works", "books", "book", "writings", "including", "authored", "written", "recalled", "explained", "wrote", "pointed"]
        guard !words.isDisjoint(with: writing) else { return [] }
        for dated in reading.dates where dated.isAttachedToName {
            guard let date = dated.mention.date, date.precision == .year, !date.isInterval, dated.first >= 2,
                  reading.tokens[dated.first - 1].isMark("("), let title = titleBefore(dated.first - 1, in: reading) else { continue }
            // "Roy Medvedev in The Unknown Stalin (2006)": the one named just before "in" the work wrote it.
            let cited = title.first >= 2 && reading.tokens[title.first - 1].isWord("in")
                ? reading.referents.first { $0.end == title.first - 1 && $0.participant.type == .person && !$0.isPronoun }?.participant : nil
            let author = cited ?? clauseSubject(in: reading, clause: 0..<title.first, excluding: nil)?.participant ?? focus.carried
            guard author.type == .person else { continue }
            claims.append(Claim(kind: .event, predicate: EventType.publication.rawValue, subject: author, object: title.participant,
                                date: date, dateSpan: dated.mention.range, evidence: reading.range, trigger: dated.mention.range,
                                extractor: Extractor(.workYear), confidence: 0.75))
        }
        return claims
    }

    /// The capitalised title ending just before token `end`: "My Life: An Attempt at an Autobiography".
    private func titleBefore(_ end: Int, in reading: SentenceReading) -> (first: Int, participant: Participant)? {
        let tokens = reading.tokens
        let connectors: Set<String> = ["of", "the", "a", "an", "and", "at", "in", "on", "for", "to", "from", "with"]
        var k = end - 1
        // "Zhores and Roy Medvedev in The Unknown Stalin (2006)": a title does not reach back over a preposition to a person's name.
        let afterPerson = { (k: Int) in reading.referents.contains { $0.end == k && $0.participant.type == .person && !$0.isPronoun } }
        while k >= 0, (tokens[k].kind == .word && (tokens[k].isCapitalized || connectors.contains(tokens[k].text) && !afterPerson(k)) && !tokens[k].isWord("his", "her"))
                || (tokens[k].isMark(":") && k > 0 && tokens[k - 1].isCapitalized) {
            k -= 1
        }
        var first = k + 1
        // The title opens with a capital: "argued in My Life" starts at "My".
        while first < end, !(tokens[first].kind == .word && tokens[first].isCapitalized) { first += 1 }
        guard first < end else { return nil }
        // A person's name is not a title.
        if let named = reading.referents.first(where: { $0.first == first && $0.end == end }), named.participant.type == .person { return nil }
        let range = TextRange(start: tokens[first].range.start, end: tokens[end - 1].range.end)
        return (first, Participant(name: text.string(in: range), range: range, type: .work))
    }
}
