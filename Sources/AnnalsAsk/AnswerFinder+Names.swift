import AnnalsCore
import Foundation

/// A question that names someone or something asks of them.
extension AnswerFinder {
    /// One of the question's `names` when a passage writes none of them — neither in its
    /// sentence, nor in the sentence before it, nor among the names its mentions resolve to —
    /// nor is any the subject of the passage's article (`subject`, who may be just "he" there);
    /// nil when a name is met. "Who married Vaclav the Bold?" is less surely answered by a
    /// sentence on some other marriage. (A sentence meeting one of several names may carry the
    /// others from further back: "Orlov's funeral" two sentences on.)
    /// A name is met by any of its words of four letters or more, by its first four letters
    /// ("Dorvikan" meets "Dorvik") or one slip apart ("Dorvick"): "Ivan Orlov" by "Orlov". A name ends
    /// at a possessive (`possessives`); a capitalised word opening the question is no name of
    /// it ("Crew members were…").
    static func unmetName(_ names: [String], opening: String?, possessives: Set<String> = [], in passage: Passage, words: [String]? = nil,
                          subject: String?) -> String? {
        unmetName(askedNames(names, opening: opening, possessives: possessives), in: passage, words: words, subject: subject)
    }

    /// The words of the question's names that a passage must meet (``unmetName(_:opening:possessives:in:words:subject:)``),
    /// read once for a question.
    static func askedNames(_ names: [String], opening: String?, possessives: Set<String>) -> [[String]] {
        names.flatMap { split(QuestionReader.words($0), after: possessives) }.filter { $0.first != opening }
            .map { $0.filter { $0.count >= 4 && $0.first?.isUppercase == true } }.filter { !$0.isEmpty }
    }

    /// The first of the question's names that neither the passage's paragraph, its names nor the
    /// article's subject write: a question asks of everything it names, and a sentence whose
    /// paragraph never names one of them does not say what the question asks.
    /// `met`: the question's names known to stand for someone the passage names ("Nyura" in
    /// Anna Petrova's article); `people`: the question's names of people, which a personal pronoun of
    /// the passage may stand for.
    /// `words`: the passage's own words, lower-cased (the paragraph's are read only when they are needed).
    static func nameNowhereNear(_ asked: [[String]], in passage: Passage, words: [String], subject: String?, met known: Set<String> = [],
                                people: Set<String> = []) -> String? {
        let knownWords = Set(known.flatMap { QuestionReader.words($0) }), peopleWords = Set(people.flatMap { QuestionReader.words($0) })
        let asked = asked.filter { !Set($0).isSubset(of: knownWords) && !Set($0).isSubset(of: peopleWords) }
        guard !asked.isEmpty else { return nil }
        var written = words
        for named in passage.names + passage.previousNames { written += QuestionReader.words(named.name).map { $0.lowercased() } }
        if let subject { written += QuestionReader.words(subject).map { $0.lowercased() } }
        func unmet() -> [String]? {
            let prefixes = Set(written.map { String($0.prefix(4)) })
            return asked.first { !$0.contains { isWritten($0, prefixes: prefixes, in: written) } }
        }
        guard unmet() != nil else { return nil }
        written += QuestionReader.words(passage.paragraphText).map { $0.lowercased() }
        return unmet()?.joined(separator: " ")
    }

    /// Whether a word of a name is written among `written` (lower-cased words; `prefixes` their
    /// first four letters): by its first four letters, one slip apart, or as a plural of a short
    /// one ("DSMs" for "DSM").
    static func isWritten(_ word: String, prefixes: Set<String>, in written: [String]) -> Bool {
        let word = word.lowercased()
        if prefixes.contains(String(word.prefix(4))) { return true }
        if word.count <= 5, word.hasSuffix("s"), written.contains(String(word.dropLast())) { return true }
        return word.count >= 5 && written.contains { Spelling.oneSlipApart(word, $0) }
    }

    /// The words the question writes inside brackets.
    static func bracketedWords(in text: String) -> [String] {
        var words: [String] = [], depth = 0, current = ""
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            else if depth > 0 { current.append(character) }
            if character == ")" { words += QuestionReader.words(current); current = "" }
        }
        return words
    }

    static func unmetName(_ asked: [[String]], in passage: Passage, words: [String]?, subject: String?) -> String? {
        guard !asked.isEmpty else { return nil }
        func lower(_ text: String) -> [String] { QuestionReader.words(text).map { $0.lowercased() } }
        // (The sentence's own words first; the sentence before it and the names only when they are needed.)
        var written = words ?? lower(passage.text)
        func unmet() -> [[String]] {
            let prefixes = Set(written.map { String($0.prefix(4)) })
            return asked.filter { !$0.contains { isWritten($0, prefixes: prefixes, in: written) } }
        }
        guard unmet().count == asked.count else { return nil }
        written += lower(passage.previousText)
        for named in passage.names + passage.previousNames { written += lower(named.name) }
        if let subject { written += lower(subject) }
        let left = unmet()
        return left.count == asked.count ? left.first?.joined(separator: " ") : nil
    }

    /// A name's words cut after each word the question writes with "'s": "Trotsky's Vienna
    /// Pravda" names Trotsky and Vienna Pravda.
    static func split(_ words: [String], after possessives: Set<String>) -> [[String]] {
        var parts: [[String]] = [[]]
        for word in words {
            parts[parts.count - 1].append(word)
            if possessives.contains(word) { parts.append([]) }
        }
        return parts.filter { !$0.isEmpty }
    }

    /// The words a question writes with "'s" or "’s" ("Trotsky's"): where one name ends.
    static func possessives(in text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " }).compactMap { piece -> String? in
            for mark in ["'s", "’s"] where piece.hasSuffix(mark) { return String(piece.dropLast(2)).trimmingCharacters(in: .punctuationCharacters) }
            return nil
        })
    }
}

/// Relatives: the name a kin word gives, and names that may be kin of the one asked of.
extension AnswerFinder {
    /// Whether the name at `at` is the relative a kin word names: written within 50 scalars after
    /// it ("his father, David", "his father Pavel"), not after "of" ("the father of Orlov"
    /// names Orlov's father, not Orlov).
    static func namesKin(_ at: Int, after kin: TextRange, in passage: Passage) -> Bool {
        guard (0..<50).contains(at - kin.end) else { return false }
        return !QuestionReader.words(text(of: TextRange(start: kin.end, end: at), in: passage)).contains { $0.lowercased() == "of" }
    }

    /// Whether a name sharing a word with the question's may be a relative the question asks
    /// for, not a variant of the name asked of: relatives share a surname, so a name of two
    /// words or more ("Pavel Orlov" for Orlov's father) is another person.
    static func mayBeKin(_ name: String, _ question: Question) -> Bool {
        question.asksForRelative && QuestionReader.words(name).count >= 2
    }
}
