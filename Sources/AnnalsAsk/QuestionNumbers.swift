import Foundation
import AnnalsCore

/// A number a question writes: "in 1712", "the 10th century", "for 40 years", "Vega 2".
/// A question that writes a number asks about what holds of it; a sentence that neither
/// writes that number (nor the sentence before it) nor, for a date, is dated within it,
/// tells of something else.
public struct QuestionNumber: Sendable, Equatable {
    /// Its digits as a sentence may write them: without an ordinal's ending, a decade's "s"
    /// or a possessive ("10th" → "10", "1100s" → "1100", "Vega 2's" → "2").
    public var digits: String
    /// For a number inside a date the question gives, the years that date spans ("the 10th
    /// century": 900...999).
    public var years: ClosedRange<Int>?
    /// Whether the number bounds the question's time ("after 1917", "by 1897") rather than
    /// placing it: sentences on its far side may answer too.
    public var isBound: Bool

    public init(digits: String, years: ClosedRange<Int>? = nil, isBound: Bool = false) {
        self.digits = digits
        self.years = years
        self.isBound = isBound
    }

    /// `word`'s digits as ``digits`` keeps them, or nil for a word without a digit; with
    /// `spelled`, a number written in words too ("eight", "eighth": "8").
    public static func digits(of word: String, spelled: Bool = false) -> String? {
        guard word.contains(where: \.isNumber) else {
            // ("several" and "a few" are counts of no number.)
            guard spelled, !["several", "few"].contains(word.lowercased()) else { return nil }
            return (NumberWords.value(of: word) ?? NumberWords.ordinalValue(of: word)).map(String.init)
        }
        var word = word.lowercased().replacingOccurrences(of: "–", with: "-")
        for ending in ["'s", "’s", "s", "st", "nd", "rd", "th"] where word.hasSuffix(ending) && word.dropLast(ending.count).last?.isNumber == true {
            word.removeLast(ending.count)
            break
        }
        return word
    }
}

extension QuestionReader {
    /// The numbers `text` writes, each with the years of the date it belongs to, read by the
    /// same date grammar as documents.
    static func numbers(in text: String) -> [QuestionNumber] {
        let scalars = ScalarText(text)
        let structure = StructureAnalyzer(text: scalars, format: .plainText).analyze()
        let mentions = DateExtractor().extract(from: scalars, structure: structure).filter { $0.kind.isCalendar && $0.date != nil }
        var numbers: [QuestionNumber] = []
        var previous = ""
        for (word, start, end) in scannedWords(scalars.scalars) {
            defer { previous = word.lowercased() }
            guard let digits = QuestionNumber.digits(of: word) else { continue }
            let date = mentions.first { $0.range.start <= start && end <= $0.range.end }?.date
            let years = date.flatMap { date in date.earliest.flatMap { low in date.latest.map { high in low.year...max(low.year, high.year) } } }
            numbers.append(QuestionNumber(digits: digits, years: years, isBound: AnswerWords.shipped.timeBounds.contains(previous)))
        }
        return numbers
    }

    /// The words of `scalars` with their offsets: runs of letters, digits and the marks inside
    /// words ("1,000", "AS-206", "1950's").
    static func scannedWords(_ scalars: [Unicode.Scalar]) -> [(String, Int, Int)] {
        func inWord(_ k: Int) -> Bool {
            let scalar = scalars[k]
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
            // A mark between two word characters stays in the word.
            guard [",", ".", "-", "–", "'", "’"].contains(scalar), k > 0, k + 1 < scalars.count else { return false }
            let (before, after) = (scalars[k - 1], scalars[k + 1])
            return (before.properties.isAlphabetic || before.properties.numericType != nil) && (after.properties.isAlphabetic || after.properties.numericType != nil)
        }
        var words: [(String, Int, Int)] = []
        var k = 0
        while k < scalars.count {
            guard inWord(k) else { k += 1; continue }
            let start = k
            while k < scalars.count, inWord(k) { k += 1 }
            words.append((String(String.UnicodeScalarView(scalars[start..<k])), start, k))
        }
        return words
    }
}

extension AnswerFinder {
    /// The first number of the question (its digits) that `passage` does not meet: neither it
    /// nor the sentence before it writes the number, and, for a date, the dates that set the
    /// passage's time (``Passage/timeSetting``) fall outside the date's years. A bound
    /// ("after 1917") is met, and so is a date where the passage's time is not known.
    static func unmetNumber(of question: Question, in passage: Passage) -> String? {
        guard !question.numbers.isEmpty else { return nil }
        let written = Set((QuestionReader.scannedWords(Array(passage.text.unicodeScalars)) + QuestionReader.scannedWords(Array(passage.previousText.unicodeScalars)))
            .compactMap { QuestionNumber.digits(of: $0.0, spelled: true) })
        let dates = passage.timeSetting
        return question.numbers.first { number in
            guard !number.isBound, !written.contains(number.digits) else { return false }
            guard let years = number.years else { return true }
            return !dates.isEmpty && !dates.contains { date in
                guard let low = date.earliest?.year, let high = date.latest?.year else { return true }
                return low <= years.upperBound && years.lowerBound <= high
            }
        }?.digits
    }
}
