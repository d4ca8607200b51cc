/// Numbered notes that cite a source, read as citation styles write them: "Author, Title.
/// site. Retrieved date." — the authors' names before the first comma ("Karl Radek", "Leon
/// Trotsky and Max Shachtman", "V. I. Lenin"), then the title, commas and names inside it
/// too, up to the full stop, the bracket of its imprint or the web address after it ("Karl
/// Radek, Leon Trotsky, Organizer of Victory." cites Radek's article, not a person
/// "Organizer of Victory"). A note is a citation when its line says where the source is
/// found: "Retrieved", an ISBN or a web address.
extension MentionDetector {
    /// What a numbered citation note's first sentence names: its authors and its title; nil
    /// for a sentence that is no such note.
    static func citationMentions(_ text: ScalarText, sentence: Sentence, words: [ReaderToken], document: Int) -> [EntityMention]? {
        guard opensNumberedNote(text, at: sentence.range.start), citesASource(text, from: sentence.range.start),
              let comma = words.firstIndex(where: { $0.isMark(",") }), let authors = authorRuns(words[..<comma]),
              comma + 1 < words.count, words[comma + 1].kind == .word, words[comma + 1].isCapitalized else { return nil }
        var end = comma + 1
        // The title ends at a full stop, its imprint's bracket, a web address or "Retrieved".
        while end < words.count, !words[end].isMark("("), !opensWebAddress(words, at: end), !(words[end].isMark(".") && isSentenceGap(words, end)),
              !words[end].isWord("retrieved", "isbn") || !words[end].isCapitalized && !words[end].isAllCapitals {
            end += 1
        }
        // "Chapter III of My Life": the chapter is cited, the work is what it is of.
        var title = comma + 1
        if title + 3 < end, words[title].isWord("chapter"), words[title + 1].kind == .number || Ordinal.roman(words[title + 1].text) != nil,
           words[title + 2].isWord("of") { title += 3 }
        while end > comma + 1, words[end - 1].kind == .mark, !words[end - 1].isMark(")", "\"", "”") { end -= 1 }
        guard end > title else { return nil }
        func mention(_ first: Int, _ end: Int, _ kind: EntityType) -> EntityMention {
            let range = TextRange(start: words[first].range.start, end: words[end - 1].range.end)
            return EntityMention(document: document, range: range, surface: text.string(in: range), cue: kind, isStrongCue: true, opensSentence: first == 0)
        }
        return authors.map { mention($0.lowerBound, $0.upperBound, .person) } + [mention(title, end, .work)]
    }

    /// The authors' names of a citation, split at "and" and "&": runs of one to four
    /// capitalised words or initials, two words at least in one of them; nil when the words
    /// before the comma are not names.
    static func authorRuns(_ words: ArraySlice<ReaderToken>) -> [Range<Int>]? {
        var runs: [Range<Int>] = [], start = words.startIndex
        for k in words.indices where words[k].isWord("and") || words[k].isMark("&") || k == words.endIndex - 1 {
            let end = k == words.endIndex - 1 && !words[k].isWord("and") ? k + 1 : k
            let names = words[start..<end].filter { $0.kind == .word }
            guard names.count >= 2, names.count <= 4, names.allSatisfy({ $0.isCapitalized }),
                  words[start..<end].allSatisfy({ $0.kind == .word || $0.isMark(".") }) else { return nil }
            runs.append(start..<end)
            start = k + 1
        }
        return runs.isEmpty ? nil : runs
    }

    /// Whether a full stop at `k` ends a sentence inside the note: it is no initial's (a
    /// word of one letter before it).
    static func isSentenceGap(_ words: [ReaderToken], _ k: Int) -> Bool {
        k == 0 || words[k - 1].kind != .word || words[k - 1].text.count > 1
    }

    /// The last words of web addresses ("marxists.org", "www.example.co.uk").
    static let topLevelDomains: Set<String> = ["org", "com", "net", "edu", "gov", "uk", "de", "ru", "fr", "info"]

    /// Whether a web address begins at `k`: a word, a full stop and a top-level domain, with
    /// no space between them.
    static func opensWebAddress(_ words: [ReaderToken], at k: Int) -> Bool {
        var j = k
        while j + 2 < words.count, words[j].kind == .word, words[j + 1].isMark("."), words[j + 2].kind == .word,
              words[j].range.end == words[j + 1].range.start, words[j + 1].range.end == words[j + 2].range.start {
            if topLevelDomains.contains(words[j + 2].text) { return true }
            j += 2
        }
        return false
    }

    /// Whether a list number ("30. ", "7) ") or a note's number in brackets ("[56] ") opens the
    /// line just before `offset`.
    static func opensNumberedNote(_ text: ScalarText, at offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, text[k] == " " || text[k] == "\t" { k -= 1 }
        guard k >= 1, text[k] == "." || text[k] == ")" || text[k] == "]" else { return false }
        let close = text[k]
        k -= 1
        let last = k
        while k >= 0, text[k].properties.numericType != nil { k -= 1 }
        guard k < last, last - k <= 3 else { return false }
        if close == "]" { guard k >= 0, text[k] == "[" else { return false }; k -= 1 }
        while k >= 0, text[k] == " " || text[k] == "\t" { k -= 1 }
        return k < 0 || text[k] == "\n"
    }

    /// Whether the line from `offset` says where a source is found: "Retrieved", "ISBN" or a
    /// web address.
    static func citesASource(_ text: ScalarText, from offset: Int) -> Bool {
        var end = offset
        while end < text.count, text[end] != "\n" { end += 1 }
        let line = text.string(in: TextRange(start: offset, end: end))
        return line.contains("Retrieved") || line.contains("ISBN")
            || line.split(separator: " ").contains { word in [".org", ".com", ".net", ".edu"].contains { word.contains($0) } }
    }
}
