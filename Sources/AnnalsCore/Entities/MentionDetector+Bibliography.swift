/// Lists of writings, read as bibliographers write them: an item "1933: Title" names one
/// work by its year, and an item "Title. Place: Publisher, Year." names the work, the
/// place of publication and the publisher. The title is the item's text, words and all,
/// not the names inside it ("Red Emma Speaks", not a person "Emma Speaks").
extension MentionDetector {
    /// What a list item's sentence names, as mentions of `document`; nil when the sentence
    /// is no item of a list of writings.
    static func bibliographyMentions(_ text: ScalarText, structure: DocumentStructure, tokens: SentenceTokens, index: Int,
                                     document: Int) -> [EntityMention]? {
        let sentence = structure.sentences[index], words = tokens[index]
        func mention(_ first: Int, _ end: Int, _ kind: EntityType) -> EntityMention {
            let range = TextRange(start: words[first].range.start, end: words[end - 1].range.end)
            return EntityMention(document: document, range: range, surface: text.string(in: range), cue: kind, isStrongCue: true, opensSentence: first == 0)
        }
        var end = words.count
        while end > 0, words[end - 1].kind == .mark, !words[end - 1].isMark(")", "”", "\"") { end -= 1 }
        // "1933: Marx's Teaching and Its Historical Importance", "1937–1938: How It All Began, a novel".
        if isListItem(text, at: sentence.range.start), let title = yearItemTitle(words), title < end {
            // A description after a comma is not the title's.
            if let comma = words[title..<end].firstIndex(where: { $0.isMark(",") }), comma + 1 < end, words[comma + 1].isWord("a", "an", "the") { end = comma }
            // "1921: The ABC of Communism with Evgenii Preobrazhensky": a co-author after "with".
            if let with = words[(title + 1)..<end].lastIndex(where: { $0.isWord("with") }), with + 1 < end, NameLexicon.isGivenName(words[with + 1].text) {
                return [mention(title, with, .work), mention(with + 1, end, .person)]
            }
            return [mention(title, end, .work)]
        }
        // "New York: Random House, 1972.": the imprint after a title.
        if let colon = imprintColon(words) {
            var found: [EntityMention] = []
            var start = 0
            for k in 0...colon where k == colon || words[k].isMark(",") {
                if k > start { found.append(mention(start, k, .place)) }
                start = k + 1
            }
            if let comma = words.lastIndex(where: { $0.isMark(",") }), comma > colon + 1 { found.append(mention(colon + 1, comma, .org)) }
            return found
        }
        // "Anarchism and Other Essays." before its imprint, in a list item.
        if index + 1 < structure.sentences.count, isListItem(text, at: sentence.range.start),
           imprintColon(tokens[index + 1]) != nil, end > 0, words[0].kind == .word, words[0].isCapitalized {
            return [mention(0, end, .work)]
        }
        return nil
    }

    /// Where the title of an item "1933: Title" or "1937–1938: Title" begins; nil for other sentences.
    static func yearItemTitle(_ words: [ReaderToken]) -> Int? {
        guard words.count > 3, words[0].kind == .number, words[0].digits == 4 else { return nil }
        let colon = words[1].isMark(":") ? 1 : words.count > 4 && words[1].isDash && words[2].kind == .number && words[2].digits == 4 && words[3].isMark(":") ? 3 : nil
        guard let colon, words[colon + 1].kind == .word, words[colon + 1].isCapitalized else { return nil }
        return colon + 1
    }

    /// Where the colon of an imprint stands ("Garden City, New York: Doubleday, 1923."):
    /// capitalised words and commas, a colon, capitalised words, a comma and a year.
    static func imprintColon(_ words: [ReaderToken]) -> Int? {
        guard let colon = words.firstIndex(where: { $0.isMark(":") }), colon > 0,
              words[..<colon].allSatisfy({ ($0.kind == .word && ($0.isCapitalized || $0.text == "and")) || $0.isMark(",", ".") }),
              words[0].kind == .word, words[0].isCapitalized,
              let year = words.lastIndex(where: { $0.kind == .number && $0.digits == 4 }), year > colon + 2, words[year - 1].isMark(","),
              colon + 1 < words.count, words[colon + 1].kind == .word, words[colon + 1].isCapitalized else { return nil }
        return colon
    }

    /// Whether a list's marker ("- ", "• ", "* ") opens the line at `offset`.
    static func isListItem(_ text: ScalarText, at offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, text.scalars[k] == " " || text.scalars[k] == "\t" { k -= 1 }
        guard k >= 0, ["-", "•", "*", "–"].contains(text.scalars[k]) else { return false }
        return k == 0 || text.scalars[k - 1] == "\n"
    }
}
