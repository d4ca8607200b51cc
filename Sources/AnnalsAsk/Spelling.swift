import Foundation

/// Reads a misspelt word of a question as the word it is meant for ("Petrvoa" for "Petrova",
/// "seperately" for "separately"). A word is taken for misspelt only when neither the
/// documents nor English know it; it is read as the nearest word the documents write (one
/// letter added, dropped, changed or two swapped; two such slips in a word of eight letters or
/// more) with the same first letter, or the nearest English word one slip away, and only
/// when that reading is the one nearest (of words as near, the one keeping most of its letters
/// in their order): where two words are as near ("Dorvil": "Dorvik", "Dorval"), the word is left
/// as written.
public enum Spelling {
    /// What `word` is read as, lower-cased; nil when it stands as written.
    /// - Parameters:
    ///   - terms: the words the documents write that begin with the word's first letter,
    ///     lower-cased without diacritics (with how many sentences write each).
    ///   - isEnglish: whether a word is English (a word form of the dictionary).
    public static func correction(of word: String, terms: [String: Int], isEnglish: (String) -> Bool) -> String? {
        let written = fold(word)
        guard written.count >= 5, written.allSatisfy(\.isLetter), terms[written] == nil, !Self.isEnglish(written, knows: isEnglish) else { return nil }
        let letters = Array(written), limit = letters.count >= 8 ? 2 : 1
        var nearest: Set<String> = [], best = limit + 1
        for term in terms.keys where term.first == letters.first && abs(term.count - letters.count) <= limit {
            let distance = Self.distance(letters, Array(term), limit: limit)
            if distance < best { (best, nearest) = (distance, []) }
            if distance == best { nearest.insert(term) }
        }
        // An English word one slip away that the documents do not write.
        let english = edits(of: written).filter { terms[$0] == nil && isEnglish($0) }
        if best > 1, !english.isEmpty { return english.count == 1 ? english.first : nil }
        if best == 1, !english.isEmpty { return nil }
        // (Of words as near, the one keeping most of the written letters in their order: "distrubtor" is
        // "distributor", not "distractor".)
        guard best <= limit else { return nil }
        let kept = nearest.map { ($0, keptLetters(letters, Array($0))) }
        let most = kept.map(\.1).max()
        let keeping = kept.filter { $0.1 == most }
        return keeping.count == 1 ? keeping[0].0 : nil
    }

    /// How many letters of `a` another word `b` keeps in their order (the longest common subsequence).
    static func keptLetters(_ a: [Character], _ b: [Character]) -> Int {
        var previous = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var row = [0]
            for (j, y) in b.enumerated() { row.append(x == y ? previous[j] + 1 : max(previous[j + 1], row[j])) }
            previous = row
        }
        return previous[b.count]
    }

    /// Whether a word is English by what a dictionary `knows`, or made from known words: a known
    /// word with a suffix ("survivable": "survive"; a dropped "e" comes back only before a
    /// suffix that opens with a vowel, so "ultimatly" is no word), or two known words of three
    /// letters or more ("churchmen").
    public static func isEnglish(_ word: String, knows: (String) -> Bool) -> Bool {
        if knows(word) { return true }
        for suffix in suffixes where word.count - suffix.count >= 3 && word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if knows(stem) || "aeiouy".contains(suffix.first!) && knows(stem + "e") { return true }
        }
        let letters = Array(word)
        guard letters.count >= 6 else { return false }
        return (3...(letters.count - 3)).contains { k in knows(String(letters[..<k])) && knows(String(letters[k...])) }
    }

    /// Suffixes English builds words with.
    static let suffixes = ["s", "es", "ed", "ing", "able", "ible", "er", "ers", "ly", "ness", "ment", "ments", "ship", "ships", "ist", "ists", "ism"]

    /// The word lower-cased without diacritics, as the search index keeps it.
    public static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The slips between two words (letters added, dropped, changed, or two neighbours swapped),
    /// up to `limit` + 1.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        var before = [Int](), previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var row = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { row[j] = min(row[j], before[j - 2] + 1) }
            }
            (before, previous) = (previous, row)
            if row.min()! > limit { return limit + 1 }
        }
        return min(previous[b.count], limit + 1)
    }

    /// Whether two words are one slip apart or the same: one letter changed, added, dropped or two
    /// neighbours swapped ("Dorvick" and "Dorvik"; "Petrvoa" and "Petrova"; not "Dorvik" and "Dorval").
    /// ``distance(_:_:limit:)`` with a limit of one, without its table, for a check run on many words.
    public static func oneSlipApart(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1, x != y else { return x == y }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            if x[(i + 1)...] == y[(i + 1)...] { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && x[(i + 2)...] == y[(i + 2)...]
        }
        return x.count > y.count ? x[(i + 1)...] == y[i...] : x[i...] == y[(i + 1)...]
    }

    /// Every word one slip from `word` (lower-case letters a–z).
    static func edits(of word: String) -> Set<String> {
        let letters = Array(word), alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var found = Set<String>()
        for k in 0...letters.count {
            for letter in alphabet { found.insert(String(letters[..<k] + [letter] + letters[k...])) }
            guard k < letters.count else { continue }
            found.insert(String(letters[..<k] + letters[(k + 1)...]))
            for letter in alphabet where letter != letters[k] { found.insert(String(letters[..<k] + [letter] + letters[(k + 1)...])) }
            if k + 1 < letters.count { found.insert(String(letters[..<k] + [letters[k + 1], letters[k]] + letters[(k + 2)...])) }
        }
        found.remove(word)
        return found
    }
}
