import AnnalsCore
import Foundation

/// The candidates of the expected kind a passage holds: dates, names, numbers.
extension AnswerFinder {
    /// The candidates of the expected kind in a passage: shown text, value, offset.
    func extract(_ question: Question, from passage: Passage, excluding entities: Set<String>, nameWords: Set<String>) -> [(String, String, Int)] {
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
            let periodical = QuestionReader.askedNoun(QuestionReader.words(question.text).map { $0.lowercased() })
                .map { ["newspaper", "paper", "journal", "magazine", "periodical", "review"].contains($0) } ?? false
            // "Who defeated the rebels?" may be answered by a body or a people: "the League", "the Avars".
            let bodies: Set<EntityType> = wanted == .person && !question.asksForRelative ? [.org, .group] : []
            for named in passage.names where named.type == wanted || (periodical && named.type == .org) || bodies.contains(named.type)
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
            let words = Set(QuestionReader.words(passage.text).map { $0.lowercased() })
            let negated = !words.isDisjoint(with: ["not", "never", "no", "refused", "denied", "neither", "nor", "without", "failed"])
            return [(negated ? "no" : "yes", negated ? "no" : "yes", passage.range.start)]
        case .text:
            return [(passage.text, passage.text, passage.range.start)]
        }
    }

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

    func numbers(in passage: Passage, question: Question) -> [(String, String, Int)] {
        var found: [(String, String, Int)] = []
        // "how many years": the number written before "years" comes first.
        let lower = QuestionReader.words(question.text).map { $0.lowercased() }
        let unit = Self.countedUnit(question), measure = Self.asksMeasure(question)
        let asked = Set(lower)
        let pieces = Self.spacedWords(of: passage)
        let cleaned = pieces.map { $0.text.lowercased().trimmingCharacters(in: Self.edgePunctuation) }
        // "Which child was he?": "the fifth child" — a place in order, not a count.
        let asksPlace = asked.contains("which") || asked.contains("order")
        for (k, word) in cleaned.enumerated() {
            let previous = k > 0 ? pieces[k - 1].text.lowercased() : ""
            // The day of a date ("7th November, 1879") is no count.
            // (An age or a shift, "at the age of eighteen", "six years later", holds one.)
            if passage.dates.contains(where: { !$0.isDerived && $0.range.contains(pieces[k].offset) }) { continue }
            if asksPlace, let place = NumberWords.ordinalValue(of: word), !asked.contains(word) {
                found.append((word, String(place), pieces[k].offset))
                continue
            }
            // ("$314,000", "47%": the sign of a currency or a share is no part of the number.)
            guard let number = NumberWords.value(of: Self.bareNumber(word)), !asked.contains(word) else { continue }
            // Years are dates, not counts; "one" of many is rarely the count asked for.
            if (1000...2100).contains(number), word.count == 4 { continue }
            // "the one", "a hundred reasons"; but "the twelve trustees" counts the unit asked.
            let unitFollows = unit.map { unit in cleaned[(k + 1)..<min(cleaned.count, k + 3)].contains { Self.stem($0) == unit } } ?? false
            if (previous == "the" || previous == "a") && !unitFollows || ["few", "several", "a few"].contains(word) { continue }
            found.append((Self.quantity(at: k, pieces: pieces, cleaned: cleaned, measure: measure, in: passage), String(number), pieces[k].offset))
        }
        if found.isEmpty { found = Self.wordedQuantities(pieces: pieces, cleaned: cleaned, measure: measure, asked: asked, in: passage) }
        // An age is placed by the bonus for "old" and "age of" (see `answer`); a count by its unit here.
        // "How far…": a number with a unit of measure after it says a measure, one without counts something.
        if measure {
            let units = AnswerWords.shipped.measureUnits
            let measured = found.filter { candidate in QuestionReader.words(candidate.0).last.map { units.contains($0.lowercased()) } ?? false }
            if !measured.isEmpty { return measured }
        }
        if let unit, unit != Self.stem("old") {
            // "4,127 were wounded" counts the people asked of as well as "527 people were killed" does:
            // the counts whose unit or participle after them says most that they count what is asked.
            let keywordStems = Set(question.keywords.map(Self.stem))
            let said = found.map { Self.countScore(at: $0.2, unit: unit, pieces: pieces, keywordStems: keywordStems) }
            if let best = said.max(), best > 0 { return found.indices.filter { said[$0] == best }.map { found[$0] } }
        }
        return found
    }

    /// Where a sentence writes no number, the quantities it says in words: "a million" (a scale
    /// after "a"), "about half", "a third", "several", "thousands" (`[quantity words]`); each
    /// its own value, as written.
    static func wordedQuantities(pieces: [(text: Substring, offset: Int)], cleaned: [String], measure: Bool, asked: Set<String>,
                                 in passage: Passage) -> [(String, String, Int)] {
        let words = AnswerWords.shipped
        return cleaned.indices.compactMap { k in
            let word = cleaned[k], next = k + 1 < cleaned.count ? cleaned[k + 1] : "", previous = k > 0 ? cleaned[k - 1] : ""
            let scaled = word == "a" && words.scaleWords.contains(next) && next != "percent"
            let counted = previous == "a" || NumberWords.value(of: previous) != nil
            let share = words.shareWords.contains(word) && (counted || next == "of")
            guard scaled || share || words.quantityWords.contains(word), !asked.contains(word), !asked.contains(next) else { return nil }
            // ("a third", "two fifths": the count before a share is its own.)
            let start = share && counted ? k - 1 : k
            let quantity = quantity(at: k, from: start, pieces: pieces, cleaned: cleaned, measure: measure, in: passage)
            return (quantity, quantity, pieces[start].offset)
        }
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

    /// A number as written without the currency sign before it, the share sign after it and
    /// the commas between its thousands.
    static func bareNumber(_ word: String) -> String {
        var bare = word.replacingOccurrences(of: ",", with: "")
        while let first = bare.unicodeScalars.first, first.properties.generalCategory == .currencySymbol { bare.removeFirst() }
        if bare.hasSuffix("%") { bare.removeLast() }
        return bare
    }

    /// The quantity the number at word `k` tells, as the text writes it: with the word that
    /// bounds it before it ("over", "about", "more than"), the number before it that makes a
    /// range ("10 to 15 million", "30 or 40"), and after it its scale ("12 million"), "per
    /// cent", a currency, and for a `measure` asked ("how long", "how far") its unit ("two
    /// weeks", "25,700 km"). The noun a count counts is the question's and is left out:
    /// "How many men…" is answered "30,000", not "30,000 men".
    /// `start` is where the number's own words begin when they come before `k` ("a third").
    static func quantity(at k: Int, from start: Int? = nil, pieces: [(text: Substring, offset: Int)], cleaned: [String], measure: Bool, in passage: Passage) -> String {
        let words = AnswerWords.shipped
        var first = start ?? k, last = k
        // (A piece that ends a clause, "15,", ends the quantity too.)
        func open(_ j: Int) -> Bool { !pieces[j].text.hasSuffix(",") && !pieces[j].text.hasSuffix(".") && !pieces[j].text.hasSuffix(";") }
        // (A year is no end of a range of counts: "in 1918 to 20,000".)
        func isNumber(_ j: Int) -> Bool { NumberWords.value(of: bareNumber(cleaned[j])).map { !(1000...2100).contains($0) || cleaned[j].count != 4 } ?? false }
        if first >= 2, ["to", "or"].contains(cleaned[first - 1]), isNumber(first - 2), open(first - 2) { first -= 2 }
        else if last + 2 < cleaned.count, ["to", "or"].contains(cleaned[last + 1]), open(last), isNumber(last + 2) { last += 2 }
        if first >= 2, words.boundingWords.contains(cleaned[first - 2] + " " + cleaned[first - 1]) { first -= 2 }
        else if first >= 1, words.boundingWords.contains(cleaned[first - 1]) { first -= 1 }
        while last + 1 < cleaned.count, open(last), words.scaleWords.contains(cleaned[last + 1]) { last += 1 }
        if last + 1 < cleaned.count, open(last), words.currencyWords.contains(cleaned[last + 1]) || measure && words.measureUnits.contains(cleaned[last + 1]) { last += 1 }
        // "6 feet 2 inches", "2 hours 40 minutes": a measure in two units.
        if measure, words.measureUnits.contains(cleaned[last]), last + 2 < cleaned.count, open(last), open(last + 1), isNumber(last + 1),
           pieces[last + 1].text.first?.isNumber == true,
           words.measureUnits.contains(cleaned[last + 2]) { last += 2 }
        let end = pieces[last].offset + pieces[last].text.unicodeScalars.count
        return text(of: TextRange(start: pieces[first].offset, end: end), in: passage).trimmingCharacters(in: edgePunctuation)
    }

    /// Whether the question asks for a measure, "how" and an adjective of size or length:
    /// "How long…", "How far…", "How tall…" (`[measure adjectives]`).
    static func asksMeasure(_ question: Question) -> Bool {
        let lower = QuestionReader.words(question.text).map { $0.lowercased() }
        return zip(lower, lower.dropFirst()).contains { $0 == "how" && AnswerWords.shipped.measureAdjectives.contains($1) }
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
