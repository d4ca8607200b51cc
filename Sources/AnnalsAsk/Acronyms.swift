/// "What does NHA stand for?" is answered by the words a document spells the acronym out in:
/// English writes the full form and then the acronym in brackets ("the Northern Harbour
/// Authority (NHA)", "the Salt/Iron Board (SIB)", "the new charter (NC)"), or the acronym and
/// then its full form ("the NHA (Northern Harbour Authority)"). The full form is the shortest run of
/// words beside the brackets whose initials spell the acronym, in order; a word joined by a slash
/// or a hyphen gives each of its parts' initials, and a short word ("of", "the", "and") may give
/// its initial or none ("Ministry of Defence (MoD)", "Department of Energy (DOE)").
public enum Acronyms {
    /// The acronym whose full form a question asks for: a word of two to eight letters, two of
    /// them capitals, the first too ("NHA", "MoD"; not a Roman numeral, "Block II") in a question that asks what it stands for, is short for or
    /// abbreviates.
    public static func asked(in question: String) -> String? {
        let lower = question.lowercased()
        guard ["stand for", "stands for", "stood for", "short for", "abbreviation", "abbreviate"].contains(where: lower.contains) else { return nil }
        let capitals = question.split(whereSeparator: { !$0.isLetter && $0 != "." }).map { String($0.filter { $0 != "." }) }
            .filter { word in (2...8).contains(word.count) && word.first!.isUppercase && word.filter(\.isUppercase).count >= 2 && !word.allSatisfy("IVX".contains) }
        return capitals.count == 1 ? capitals[0] : nil
    }

    /// The full form of `acronym` written beside it in `sentence`, with its offset there in
    /// Unicode scalars; nil when the sentence does not spell it out.
    public static func spelledOut(_ acronym: String, in sentence: String) -> (text: String, offset: Int)? {
        let letters = acronym.lowercased().filter(\.isLetter).map { $0 }
        let words = Self.words(of: sentence)
        for (k, word) in words.enumerated() {
            // "… Authority (NHA)": the words before the bracket, back to the last comma or bracket.
            if word.text.hasPrefix("("), same(bare(word.text), acronym) {
                var start = k
                while start > 0, k - start < letters.count + 4, !words[start - 1].text.contains(where: { ",;:()".contains($0) }) { start -= 1 }
                if let found = spelling(letters, by: Array(words[start..<k]), fromEnd: true) { return found }
            }
            // "the NHA (Northern Harbour Authority)": the words inside the bracket after it.
            if same(bare(word.text), acronym), k + 1 < words.count, words[k + 1].text.hasPrefix("(") {
                var end = k + 1
                while end < words.count, !words[end].text.contains(")") { end += 1 }
                if end < words.count, let found = spelling(letters, by: Array(words[(k + 1)...end]), fromEnd: false),
                   found.text.count > acronym.count { return found }
            }
        }
        return nil
    }

    /// The shortest run of `words` (ending at their end, or starting at their start) whose initials
    /// spell `letters`.
    private static func spelling(_ letters: [Character], by words: [(text: Substring, offset: Int)], fromEnd: Bool) -> (text: String, offset: Int)? {
        let runs = fromEnd ? (0..<words.count).reversed().map { Array(words[$0...]) } : (1...max(1, words.count)).map { Array(words.prefix($0)) }
        for run in runs where !run.isEmpty && spells(letters[...], run.map { bare($0.text) }[...]) {
            let first = run.first!, last = run.last!
            let end = last.offset + last.text.unicodeScalars.count - trailing(last.text)
            let start = first.offset + leading(first.text)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: first.text.base.unicodeScalars.dropFirst(start).prefix(end - start))
            return (String(text), start)
        }
        return nil
    }

    /// Whether the words' initials spell the letters, each word giving the initials of its parts,
    /// a short word giving its initial or none.
    private static func spells(_ letters: ArraySlice<Character>, _ words: ArraySlice<String>) -> Bool {
        guard let word = words.first else { return letters.isEmpty }
        let initials = word.split(whereSeparator: { $0 == "/" || $0 == "-" }).compactMap { $0.first?.lowercased().first }
        let rest = words.dropFirst()
        if minorWords.contains(word.lowercased()), spells(letters, rest) { return true }
        guard !initials.isEmpty, letters.starts(with: initials) else { return false }
        return spells(letters.dropFirst(initials.count), rest)
    }

    /// The short words a full form may leave out of its acronym.
    static let minorWords: Set<String> = ["of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "&"]

    /// The sentence's words split at spaces, each with its offset in scalars.
    private static func words(of sentence: String) -> [(text: Substring, offset: Int)] {
        var found: [(Substring, Int)] = []
        var offset = 0, start: String.Index?, startOffset = 0
        for index in sentence.indices {
            let isSpace = sentence[index].isWhitespace
            if isSpace, let open = start { found.append((sentence[open..<index], startOffset)); start = nil }
            if !isSpace, start == nil { start = index; startOffset = offset }
            offset += sentence[index].unicodeScalars.count
        }
        if let open = start { found.append((sentence[open...], startOffset)) }
        return found
    }

    /// The acronym as written, in any case but with its first letter a capital ("MoD" for "MOD").
    private static func same(_ written: String, _ acronym: String) -> Bool {
        written.first?.isUppercase == true && written.uppercased() == acronym.uppercased()
    }

    private static func bare(_ word: Substring) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: word.unicodeScalars.dropFirst(leading(word)).dropLast(trailing(word)))
        return String(scalars)
    }

    /// How many scalars of punctuation a word opens or closes with.
    private static func leading(_ word: Substring) -> Int { word.unicodeScalars.prefix { edge.contains($0) }.count }
    private static func trailing(_ word: Substring) -> Int { word.unicodeScalars.reversed().prefix { edge.contains($0) }.count }
    private static let edge: Set<Unicode.Scalar> = ["(", ")", ",", ";", ":", ".", "\"", "'", "“", "”", "‘", "’"]
}
