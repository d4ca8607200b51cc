import AnnalsCore
import Foundation

/// The quantities a passage writes, for "how many", "how much" and "how long": numbers in
/// digits or words with their bounds, ranges, scales and units, each with its value.
extension AnswerFinder {
    func numbers(in passage: Passage, question: Question) -> [(String, String, Int)] {
        var found: [(String, String, Int)] = [], coveredEnd = 0
        // "how many years": the number written before "years" comes first.
        let lower = QuestionReader.words(question.text).map { $0.lowercased() }
        let unit = Self.countedUnit(question), measure = Self.asksMeasure(question)
        let asked = Set(lower)
        // The units of measure the question writes ("in km", "in miles").
        let askedUnits = Set(asked.flatMap(Self.units(written:)))
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
            guard let number = Self.amount(word), !asked.contains(word) else { continue }
            // "6 feet 2 inches (1.88 m)": a quantity in brackets right after another restates it in other units.
            // (Unless the question asks for the unit it is in: "How far … in km?")
            if pieces[k].text.hasPrefix("("), k > 0, AnswerWords.shipped.measureUnits.contains(cleaned[k - 1]) || Self.amount(cleaned[k - 1]) != nil,
               !cleaned[(k + 1)..<min(cleaned.count, k + 4)].contains(where: askedUnits.contains) { continue }
            // Years are dates, not counts; "one" of many is rarely the count asked for.
            if (1000...2100).contains(number), number.rounded() == number, word.count == 4 { continue }
            // "the one", "a hundred reasons"; but "the twelve trustees" counts the unit asked.
            let unitFollows = unit.map { unit in cleaned[(k + 1)..<min(cleaned.count, k + 3)].contains { Self.stem($0) == unit } } ?? false
            // ("a 130 million cubic foot building" measures it: a unit of measure follows.)
            let measureFollows = measure && cleaned[(k + 1)..<min(cleaned.count, k + 4)].contains { AnswerWords.shipped.measureUnits.contains($0) }
            if (previous == "the" || previous == "a") && !unitFollows && !measureFollows || ["few", "several", "a few"].contains(word) { continue }
            let scale = k + 1 < cleaned.count ? AnswerWords.shipped.scaleFactors[cleaned[k + 1]] ?? 1 : 1
            // ("6 feet 2 inches": the "2" is part of the measure before it, no quantity of its own.)
            if pieces[k].offset < coveredEnd { continue }
            let read = Self.quantitySpan(at: k, pieces: pieces, cleaned: cleaned, measure: measure, in: passage)
            coveredEnd = read.end
            found.append((read.text, Self.written(number * scale), pieces[k].offset))
        }
        // (A share asked for may be written in words beside other numbers: "Of 200 farms, a third…".)
        if found.isEmpty || Self.asksShare(lower) {
            found += Self.wordedQuantities(pieces: pieces, cleaned: cleaned, measure: measure, asked: asked, in: passage)
        }
        found = Self.shares(found, asked: lower)
        // An age is placed by the bonus for "old" and "age of" (see `answer`); a count by its unit here.
        // "How far…": a number with a unit of measure after it says a measure, one without counts something.
        if measure {
            let units = AnswerWords.shipped.measureUnits
            let measured = found.filter { candidate in QuestionReader.words(candidate.0).last.map { units.contains($0.lowercased()) } ?? false }
            // "How far … in km?": the measure in the unit asked for.
            let inUnit = measured.filter { candidate in QuestionReader.words(candidate.0).last.map { askedUnits.contains($0.lowercased()) } ?? false }
            if !inUnit.isEmpty { return inUnit }
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
            guard scaled || share || words.quantityWords.contains(word), !asked.contains(word), share || !asked.contains(next) else { return nil }
            // ("a third", "two fifths": the count before a share is its own.)
            let start = share && counted ? k - 1 : k
            let quantity = quantity(at: k, from: start, pieces: pieces, cleaned: cleaned, measure: measure, in: passage)
            return (quantity, quantity, pieces[start].offset)
        }
    }

    /// The amount a number writes, whole or with decimals: "20.4" → 20.4, "$1,600" → 1600,
    /// "seven" → 7; nil for a word that is no number.
    static func amount(_ word: String) -> Double? {
        let bare = bareNumber(word)
        // ("9–18", "30–75%": a range written with a dash is a quantity, its value the lower bound;
        // "1962–66" is a span of years.)
        let bounds = bare.split(separator: "–", omittingEmptySubsequences: false)
        if bounds.count == 2, let low = amount(String(bounds[0])), amount(String(bounds[1])) != nil {
            return bounds[0].count == 4 && (1000...2100).contains(low) ? nil : low
        }
        if let whole = NumberWords.value(of: bare) { return Double(whole) }
        guard bare.contains("."), bare.first?.isNumber == true, bare.last?.isNumber == true else { return nil }
        return Double(bare)
    }

    /// An amount as an answer's value: whole amounts without a decimal point.
    static func written(_ amount: Double) -> String {
        amount.rounded() == amount && abs(amount) < 1e15 ? String(Int64(amount)) : String(amount)
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
        quantitySpan(at: k, from: start, pieces: pieces, cleaned: cleaned, measure: measure, in: passage).text
    }

    /// ``quantity(at:from:pieces:cleaned:measure:in:)`` with the offset where its words end.
    static func quantitySpan(at k: Int, from start: Int? = nil, pieces: [(text: Substring, offset: Int)], cleaned: [String], measure: Bool,
                             in passage: Passage) -> (text: String, end: Int) {
        let words = AnswerWords.shipped
        var first = start ?? k, last = k
        // (A piece that ends a clause, "15,", ends the quantity too.)
        func open(_ j: Int) -> Bool { !pieces[j].text.hasSuffix(",") && !pieces[j].text.hasSuffix(".") && !pieces[j].text.hasSuffix(";") }
        // (A year is no end of a range of counts: "in 1918 to 20,000".)
        func isNumber(_ j: Int) -> Bool { amount(cleaned[j]).map { !(1000...2100).contains($0) || cleaned[j].count != 4 } ?? false }
        if first >= 2, ["to", "or"].contains(cleaned[first - 1]), isNumber(first - 2), open(first - 2) { first -= 2 }
        else if last + 2 < cleaned.count, ["to", "or"].contains(cleaned[last + 1]), open(last), isNumber(last + 2) { last += 2 }
        if first >= 2, words.boundingWords.contains(cleaned[first - 2] + " " + cleaned[first - 1]) { first -= 2 }
        else if first >= 1, words.boundingWords.contains(cleaned[first - 1]) { first -= 1 }
        while last + 1 < cleaned.count, open(last), words.scaleWords.contains(cleaned[last + 1]) { last += 1 }
        // ("130 million cubic feet", "265.7 nautical miles": a unit with the word that qualifies it.)
        if measure, last + 2 < cleaned.count, open(last), open(last + 1), words.unitModifiers.contains(cleaned[last + 1]),
           words.measureUnits.contains(cleaned[last + 2]) { last += 2 }
        else if last + 1 < cleaned.count, open(last), words.currencyWords.contains(cleaned[last + 1]) || measure && words.measureUnits.contains(cleaned[last + 1]) { last += 1 }
        // "6 feet 2 inches", "2 hours 40 minutes": a measure in two units.
        if measure, words.measureUnits.contains(cleaned[last]), last + 2 < cleaned.count, open(last), open(last + 1), isNumber(last + 1),
           pieces[last + 1].text.first?.isNumber == true,
           words.measureUnits.contains(cleaned[last + 2]) { last += 2 }
        let end = pieces[last].offset + pieces[last].text.unicodeScalars.count
        return (text(of: TextRange(start: pieces[first].offset, end: end), in: passage).trimmingCharacters(in: edgePunctuation), end)
    }

    /// Whether the question asks for a measure, "how" and an adjective of size or length:
    /// "How long…", "How far…", "How tall…" (`[measure adjectives]`).
    static func asksMeasure(_ question: Question) -> Bool {
        let lower = QuestionReader.words(question.text).map { $0.lowercased() }
        return zip(lower, lower.dropFirst()).contains { $0 == "how" && AnswerWords.shipped.measureAdjectives.contains($1) }
            || QuestionReader.askedQuantity(lower).map(AnswerWords.shipped.measureNouns.contains) == true
            // ("How many kgs…", "how many miles": counting units of measure measures.)
            || zip(lower, lower.dropFirst()).contains { $0 == "many" && !units(written: $1).isEmpty }
    }

    /// The units of measure a word writes: itself, or the unit an added "s" makes plural ("kgs",
    /// "lbs" are written for "kg", "lb").
    static func units(written word: String) -> Set<String> {
        let units = AnswerWords.shipped.measureUnits
        return Set([word, word.hasSuffix("s") ? String(word.dropLast()) : word].filter(units.contains))
    }

    /// Of the quantities found, those of the kind the question's noun of quantity asks for: a share
    /// ("30%", "60 percent", "a third") for "What percentage…" (`[share nouns]`), a sum of money
    /// ("$12", "forty thousand dollars") for "What was the price…" (`[money nouns]`), and no share
    /// for "What was the population…" (`[count nouns]`): "a third" is no population. None when the
    /// passage writes no quantity of that kind: another number does not answer.
    static func shares(_ found: [(String, String, Int)], asked lower: [String]) -> [(String, String, Int)] {
        let words = AnswerWords.shipped
        guard let noun = QuestionReader.askedQuantity(lower) else { return found }
        if words.shareNouns.contains(noun) { return found.filter { isShare($0.0) } }
        if words.moneyNouns.contains(noun) { return found.filter { isMoney($0.0) } }
        if words.countNouns.contains(noun) { return found.filter { !isShare($0.0) } }
        return found
    }

    /// Whether a quantity is written as a share: "30%", "60 percent", "12 per cent", "a third", "half".
    static func isShare(_ quantity: String) -> Bool {
        let written = QuestionReader.words(quantity).map { $0.lowercased() }
        return quantity.contains("%") || written.contains("percent") || zip(written, written.dropFirst()).contains { $0 == "per" && $1 == "cent" }
            || !AnswerWords.shipped.shareWords.isDisjoint(with: written) || written.contains("half")
    }

    /// Whether a quantity is a sum of money: a currency's sign ("$12", "£40") or word ("forty thousand dollars").
    static func isMoney(_ quantity: String) -> Bool {
        quantity.unicodeScalars.contains { $0.properties.generalCategory == .currencySymbol }
            || QuestionReader.words(quantity).contains { AnswerWords.shipped.currencyWords.contains($0.lowercased()) }
    }

    /// Whether the question asks for a share: "What percentage…", "What proportion…" (`[share nouns]`).
    static func asksShare(_ lower: [String]) -> Bool {
        QuestionReader.askedQuantity(lower).map(AnswerWords.shipped.shareNouns.contains) == true
    }
}
