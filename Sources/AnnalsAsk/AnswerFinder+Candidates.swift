import AnnalsCore
import Foundation

/// The candidates of the expected kind a passage holds: dates, names, numbers.
extension AnswerFinder {
    /// The candidates of the expected kind in a passage: shown text, value, offset. `askedNoun`: the noun of
    /// "what/which N" (``QuestionReader/askedNoun(_:)``), read once per question.
    func extract(_ question: Question, from passage: Passage, excluding entities: Set<String>, nameWords: Set<String>, askedNoun: String?) -> [(String, String, Int)] {
        switch question.expected {
        case .date:
            var found: [(String, String, Int)] = []
            // A claim's date written in the sentence is read there, where the question's words may stand nearer another date.
            if let date = passage.fact?.date, !passage.dates.contains(where: { $0.date.value == date.value }) {
                found.append((date.inWords, value(of: date, julian: question.wantsJulian), Self.fromFact))
            }
            for dated in passage.dates {
                if let year = question.year, !(dated.date.earliest.map { $0.year <= year } == true && dated.date.latest.map { $0.year >= year } == true) { continue }
                // The question's own year is a restriction, not an answer, unless nothing finer is written.
                if let year = question.year, dated.date.precision >= .year, dated.date.start?.year == year, passage.dates.count > 1 { continue }
                if question.wantsJulian, dated.date.julian == nil, passage.dates.contains(where: { $0.date.julian != nil }) { continue }
                // "In January 1886, when Lenin was 15": the written date says it better than the worked-out one.
                if dated.isDerived, passage.dates.contains(where: { !$0.isDerived && $0.date.precision < .decade }) { continue }
                let asked = endpoint(of: dated.date, for: question)
                found.append((Self.writtenEnd(of: dated.text, asked: asked, of: dated.date), value(of: asked, julian: question.wantsJulian), dated.range.start))
            }
            if question.wantsExactDay { found.removeAll { $0.1.count < 10 || $0.1.contains("/") } }
            // "At what time…": a clock time written, its value the day and the time.
            if question.asksClockTime, passage.dates.contains(where: { $0.clock != nil }) {
                found = passage.dates.compactMap { dated in dated.clock.map { (dated.text, dated.date.value + "T" + $0, dated.range.start) } }
            }
            return question.asksYearAlone ? found.map { (Self.writtenYear(in: $0.0) ?? $0.0, $0.1, $0.2) } : found
        case .place, .person, .org, .work:
            var found: [(String, String, Int)] = []
            if let place = passage.fact?.place, question.expected == .place { found.append((place.name, place.name, Self.fromFact)) }
            if let other = passage.fact?.other, other.type == question.expected.entityType || (question.expected == .work && other.type == .org),
               !entities.contains(other.id),
               !Self.repeats(other.name, nameWords, sharingAWord: !Self.mayBeKin(other.name, question)), !Self.repeats(other.name, asked: question) {
                found.append((other.name, other.name, Self.fromFact))
            }
            let wanted = question.expected.entityType!
            // A newspaper is a work and a body both: "Which newspaper did he found?" takes either.
            let periodical = askedNoun.map { ["newspaper", "paper", "journal", "magazine", "periodical", "review"].contains($0) } ?? false
            // "What university gave the land?": "Harlow University" says it is one, whatever kind of name it was read as.
            func saysAskedNoun(_ named: Passage.Named) -> Bool { Self.says(askedNoun, in: named.name) }
            // "Who defeated the rebels?" may be answered by a body or a people: "the League", "the Avars".
            let bodies: Set<EntityType> = wanted == .person && !question.asksForRelative ? [.org, .group] : []
            for named in passage.names where named.type == wanted || (periodical && named.type == .org) || bodies.contains(named.type) || saysAskedNoun(named)
                || (wanted == .org && named.type == .event && Self.bodyHeads.contains(named.name.split(separator: " ").last?.lowercased() ?? "")) {
                guard !entities.contains(named.id), !Self.repeats(named.name, nameWords, sharingAWord: named.type == .person && !Self.mayBeKin(named.name, question)),
                      !Self.repeats(named.name, asked: question) else { continue }
                if wanted == .place, let chain = Self.placeChain(from: named, in: passage) {
                    found.append((chain, named.name, named.range.start))
                    continue
                }
                // "The Beginning", "The Revolution Betrayed": a title keeps the article it is written with.
                if wanted == .work, named.range.start >= passage.range.start + 4,
                   Self.text(of: TextRange(start: named.range.start - 4, end: named.range.start), in: passage) == "The " {
                    found.append(("The " + named.name, "The " + named.name, named.range.start - 4))
                    continue
                }
                found.append((Self.writtenName(named, in: passage), named.name, named.range.start))
            }
            // Titles the entity layer did not type; for a pen name, the name after "penname".
            let asksPseudonym = question.asksForPseudonym
            if wanted == .work || asksPseudonym {
                let titles = TitleFinder.titles(in: passage, announcedBy: asksPseudonym ? TitleFinder.nameAnnouncers : TitleFinder.announcers)
                for title in titles where !Self.repeats(title.text, nameWords) && !Self.repeats(title.text, asked: question) && !found.contains(where: { $0.0 == title.text }) {
                    found.append((title.text, title.text, title.offset))
                }
                if asksPseudonym { return found.filter { candidate in titles.contains { $0.text == candidate.0 } } }
            }
            return found
        case .number:
            return numbers(in: passage, question: question)
        case .yesno:
            let offered = question.alternatives
            if !offered.isEmpty { return Self.alternative(of: offered, in: passage) }
            let words = Set(QuestionReader.words(passage.text).map { $0.lowercased() })
            let negated = !words.isDisjoint(with: ["not", "never", "no", "refused", "denied", "neither", "nor", "without", "failed"])
            return [(negated ? "no" : "yes", negated ? "no" : "yes", passage.range.start)]
        case .text:
            return [(passage.text, passage.text, passage.range.start)]
        }
    }

    /// Whether a name says the noun a "what" or "which" question asks for ("Harlow University" for "What university…").
    static func says(_ askedNoun: String?, in name: String) -> Bool {
        askedNoun.map { noun in name.split(separator: " ").contains { $0.lowercased() == NounKinds.singular(noun) } } ?? false
    }

    /// Whether the text calls the name at `offset` by the asked noun just before it: "a monastery,
    /// the Velmont Priory", "the steamer Dorvik", "the city of Varlow" for "Which monastery…",
    /// "What steamer…", "What city…": an apposition names what its noun is.
    static func calledBy(_ askedNoun: String?, at offset: Int, in pieces: [(text: Substring, offset: Int)]) -> Bool {
        guard let noun = askedNoun.map(NounKinds.singular),
              let before = word(before: offset, past: determinersAndOf, in: pieces) else { return false }
        return NounKinds.singular(before) == noun
    }

    /// The words between a noun and the name it calls: "the", "a", "his", "of".
    private static let determinersAndOf = AnswerWords.shipped.determiners.union(["of"])

    /// A person's name as the sentence writes it when that is a shorter form of the full
    /// name ("Luther" for Martin Luther): the answer quotes the sentence, the value names the
    /// person. A pronoun or another form ("the Reformer") gives the full name.
    static func writtenName(_ named: Passage.Named, in passage: Passage) -> String {
        guard named.type == .person else { return named.name }
        let written = text(of: named.range, in: passage)
        let words = QuestionReader.words(written), full = Set(QuestionReader.words(named.name))
        guard let first = written.unicodeScalars.first, first.properties.isUppercase, !words.isEmpty,
              words.allSatisfy(full.contains) else { return named.name }
        return written
    }

    /// "Emperor Pavel III", "Lt Col Ivan Orlov": the titles the sentence writes right before a
    /// person's name, each with a capital, are part of how it names them; not one the question
    /// writes ("Which emperor…" asks which one: "Pavel III").
    static func titled(_ name: String, at start: Int, in passage: Passage, asked: Set<String>) -> String {
        guard start >= passage.range.start else { return name }
        let before = text(of: TextRange(start: max(passage.range.start, start - 40), end: start), in: passage)
        guard before.hasSuffix(" ") else { return name }
        var titles: [Substring] = []
        for word in before.dropLast().split(separator: " ", omittingEmptySubsequences: false).reversed().prefix(3) {
            guard word.first?.isUppercase == true, NameLexicon.isPersonTitle(String(word)), !asked.contains(word.lowercased()) else { break }
            titles.insert(word, at: 0)
        }
        return titles.isEmpty || name.hasPrefix(titles[0]) ? name : (titles + [Substring(name)]).joined(separator: " ")
    }

    /// The text of the end of a span the question asks for: "1894" of "from 1892 to 1894" when
    /// it asks when something stopped; the whole text when the whole span is asked or the
    /// text writes no year of its own for each end.
    static func writtenEnd(of text: String, asked: HistoricalDate, of date: HistoricalDate) -> String {
        guard date.isInterval, asked.value != date.value, let year = asked.start?.year else { return text }
        let years = writtenYears(in: text)
        return years.count == 2 && years.contains(String(year)) ? String(year) : text
    }

    /// "When did he begin…" asks for the start of a span, "when did it end" for its end.
    func endpoint(of date: HistoricalDate, for question: Question) -> HistoricalDate {
        guard date.isInterval else { return date }
        let words = Set(QuestionReader.words(question.text).map { $0.lowercased() })
        let lexicon = AnswerWords.shipped
        if !words.isDisjoint(with: lexicon.spanStartWords), let start = date.start {
            return HistoricalDate(start, calendar: date.calendar)
        }
        if !words.isDisjoint(with: lexicon.spanEndWords), let end = date.end {
            return HistoricalDate(end, calendar: date.calendar)
        }
        return date
    }

    /// The EDTF value; for an Old Style question the Julian day (as written, or converted).
    func value(of date: HistoricalDate, julian: Bool) -> String {
        guard julian, date.precision == .day, !date.isInterval else { return date.value }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String { "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)" }
        if let old = date.julian, old.precision == .day, let day = old.day, let month = old.month { return iso(old.year, month, day) }
        guard let day = date.earliest else { return date.value }
        let old = day.julian
        return iso(old.year, old.month, old.day)
    }

    /// The year a date's text writes ("1943" of "7 January 1943", "1856" of "10 July [O.S. 28 June]
    /// 1856"): its last number of three or four digits; nil when it writes none ("the next spring").
    static func writtenYear(in text: String) -> String? {
        writtenYears(in: text).last
    }

    /// The numbers of three or four digits a date's text writes, in order: its years.
    static func writtenYears(in text: String) -> [String] {
        QuestionReader.words(text).filter { word in (3...4).contains(word.count) && word.allSatisfy(\.isASCII) && word.allSatisfy(\.isNumber) }
    }
}

extension AnswerFinder {
    /// "first" and "last" pick the earliest or latest date among answers close to the best.
    func order(_ ranked: [FoundAnswer], question: Question, passages: [Passage]) -> [FoundAnswer] {
        guard let ordinal = question.ordinal, let best = ranked.first else { return ranked }
        if question.expected != .date {
            // "his first wife, Aleksandra" written out needs no dates to order.
            if let top = best.passages.first, QuestionReader.words(passages[top].text).contains(where: { $0.lowercased() == ordinal.rawValue }) { return ranked }
            // "first wife": among answers read from claims, the earliest dated.
            func when(_ answer: FoundAnswer) -> String? { answer.passages.lazy.compactMap { passages[$0].fact?.date?.earliest?.iso }.first }
            let dated = ranked.filter { when($0) != nil && $0.score >= best.score - 0.6 }
            guard !dated.isEmpty, dated.count > 1 || ordinal == .first else { return ranked }
            let sorted = dated.sorted { ordinal == .first ? when($0)! < when($1)! : when($0)! > when($1)! }
            return sorted + ranked.filter { answer in !sorted.contains { $0.value == answer.value } }
        }
        let close = ranked.filter { $0.score >= best.score - 0.3 }
        guard close.count > 1 else { return ranked }
        let sorted = close.sorted { ordinal == .first ? $0.value < $1.value : $0.value > $1.value }
        return sorted + ranked.filter { answer in !sorted.contains { $0.value == answer.value } }
    }

    func compatible(_ a: FoundAnswer, _ b: FoundAnswer, _ kind: AnswerKind) -> Bool {
        if kind == .date { return a.value.hasPrefix(b.value) || b.value.hasPrefix(a.value) }
        let x = a.value.lowercased(), y = b.value.lowercased()
        return x.contains(y) || y.contains(x)
    }
}
