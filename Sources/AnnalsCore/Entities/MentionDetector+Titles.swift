extension MentionDetector {
    /// Words English title case leaves in lower case inside a title ("Crime and Punishment",
    /// "What Is to Be Done", "Two Tactics of Social Democracy in the Democratic Revolution").
    static let titleFunctionWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "on", "in", "at", "to", "by", "from", "with", "as", "into",
        "upon", "over", "against", "without", "under", "about", "after", "before", "through", "between",
    ]

    /// Function words that join a title's words rather than begin a phrase of their own.
    static let titleJoiningWords: Set<String> = ["a", "an", "the", "and", "or", "nor", "but", "of"]

    /// Where the title of a writing that starts at `start` ends, when the text marks one: a
    /// word for a kind of writing stands right before it ("the pamphlet To the Village Poor",
    /// "the novel Crime and Punishment"), or a verb of writing does ("wrote Permanent
    /// Revolution: Results and Prospects", a subtitle after the colon too; not "wrote Lenin a
    /// letter"), or its words run on through lower-case function words to a year in brackets
    /// after a lower-case word ("published as My Disillusionment in Russia (1923)"; not after
    /// a colon, where a subtitle goes on a title). Nil when no title is marked.
    static func titleEnd(_ tokens: [ReaderToken], start: Int, end: Int) -> Int? {
        let through = titleRun(tokens, from: end)
        let cue = start > 0 && tokens[start - 1].kind == .word && !tokens[start - 1].isCapitalized ? tokens[start - 1].text : nil
        // "the radio plays Peter the Great: The Gamblers and …": a subtitle after the colon too.
        if let cue, NameLexicon.workCues.contains(cue) { return withSecondHalf(tokens, withSubtitle(tokens, through), cue: cue) }
        // "… The Gamblers and Peter the Great: The Queen of Spades": a later title of the list,
        // across no "and" (which would begin the next).
        if listedAfterWritings(tokens, start: start, end: end) {
            return withSubtitle(tokens, titleRun(tokens, from: end, across: ["a", "an", "the", "of"]))
        }
        // "an article, Marxism and the National Question": after a comma, only a title that runs
        // across words other than "and" ("Lenin's testament, Preobrazhensky and Serebriakov" is a list).
        if start > 1, tokens[start - 1].isMark(","), tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
           NameLexicon.workCues.contains(tokens[start - 2].text),
           tokens[start..<through].contains(where: { $0.kind == .word && !$0.isCapitalized && $0.text != "and" }) { return through }
        // After a verb, a preposition may begin the verb's own phrase ("published Velmar Review
        // in Dorvik"): the title crosses only words that join a title's words.
        if let cue, NameLexicon.writingVerbs.contains(cue), case let run = titleRun(tokens, from: end, across: titleJoiningWords),
           run > start, !tokens[run - 1].isPossessive, run == tokens.count || !tokens[run].isWord("a", "an", "the", "that", "to", "him", "her") {
            return withSubtitle(tokens, run)
        }
        guard tokens[start..<through].contains(where: { $0.kind == .word && !$0.isCapitalized }), through + 2 < tokens.count, tokens[through].isMark("("), tokens[through + 1].kind == .number,
              tokens[through + 1].digits == 4, tokens[through + 2].isMark(")"),
              start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized, !tokens[start - 1].isWord("the"),
              !tokens[start..<through].contains(where: { isHeadNoun($0.text) }) else { return nil }
        return through
    }

    /// Where a title after a singular word for a writing ends when a comma cuts it in two
    /// ("the tract One Step Forward, Two Steps Back."): capitalised words after the comma that
    /// run to the sentence's end or a year in brackets are the title's second half (after a
    /// plural, "the poems Mother, Velno", they are the next title).
    static func withSecondHalf(_ tokens: [ReaderToken], _ through: Int, cue: String) -> Int {
        guard !cue.hasSuffix("s"), through + 1 < tokens.count, tokens[through].isMark(","), tokens[through + 1].kind == .word,
              tokens[through + 1].isCapitalized, !tokens[through + 1].isWord("the", "a", "an") else { return through }
        let end = titleRun(tokens, from: through + 1, across: titleJoiningWords)
        let last = tokens.count - 1
        let closes = end == tokens.count || end == last && tokens[end].isMark(".", "!", "?")
            || end + 2 < tokens.count && tokens[end].isMark("(") && tokens[end + 1].kind == .number
        return closes && !tokens[(through + 1)..<end].contains(where: { $0.isWord("and") }) ? end : through
    }

    /// Where a title ending at `through` ends with its subtitle: a colon and a capitalised
    /// word go on into it ("Permanent Revolution: Results and Prospects").
    static func withSubtitle(_ tokens: [ReaderToken], _ through: Int) -> Int {
        guard through + 1 < tokens.count, tokens[through].isMark(":"), tokens[through + 1].kind == .word, tokens[through + 1].isCapitalized else { return through }
        let end = titleRun(tokens, from: through + 1)
        // "The Gamblers and Peter the Great: The Queen of Spades": a colon after the run means
        // its last "and" began the next title.
        if end < tokens.count, tokens[end].isMark(":"), let and = tokens[(through + 1)..<end].lastIndex(where: { $0.isWord("and") }) { return and }
        return end
    }

    /// Where a title's words end, from `k` on: English title case capitalises a title's
    /// words but its short function words, so the title runs from capital to capital across
    /// them and ends before a lower-case word of any other kind, a mark or the sentence's end.
    static func titleRun(_ tokens: [ReaderToken], from k: Int, across: Set<String> = titleFunctionWords) -> Int {
        var k = k
        // "What the “Friends of the People” Are and How They Fight …": quotation marks between
        // a title's words are the title's own.
        func innerQuote(_ k: Int) -> Bool {
            k > 0 && k + 1 < tokens.count && tokens[k].isMark("\"", "“", "”") && tokens[k - 1].kind == .word && tokens[k + 1].kind == .word
        }
        func capital(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].isCapitalized || innerQuote(k) }
        // "The Lost Tsar": a title word inside a title does not end it.
        while k < tokens.count, capital(k) { k += 1 }
        var through = k
        while k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, across.contains(tokens[k].text) {
            k += 1
            guard k < tokens.count, tokens[k].kind == .word || innerQuote(k) else { break }
            if capital(k) {
                // "… Medvedev in The Unknown Stalin": an article in capitals after a function word begins another title.
                if tokens[k].isWord("the", "a", "an") { break }
                while k < tokens.count, capital(k) { k += 1 }
                through = k
            }
        }
        return through
    }
}

extension MentionDetector {
    /// How far a title in quotation marks reaches when a word for a kind of writing stands
    /// right before the opening mark ("Radek's article “Leon Trotsky—Organizer of Victory,”
    /// appeared"): everything up to the closing mark is the title, dashes, commas and names
    /// inside it too; a comma or full stop before the closing mark is the sentence's
    /// (American usage puts it inside). Nil without a closing mark within `longest` tokens.
    static func quotedTitleEnd(_ tokens: [ReaderToken], start: Int, longest: Int = 30) -> Int? {
        guard start >= 2, tokens[start - 1].isMark("\"", "“"), tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
              NameLexicon.workCues.contains(tokens[start - 2].text) else { return nil }
        var k = start
        while k < min(tokens.count, start + longest), !tokens[k].isMark("\"", "”") { k += 1 }
        guard k < tokens.count, tokens[k].isMark("\"", "”") else { return nil }
        while k > start + 1, tokens[k - 1].isMark(",", ".") { k -= 1 }
        return k
    }

    /// Where a name ends that quotation marks give as what something is called ("the
    /// so-called “Bloc of Velmarists and Orskites”", "known as “The Orsk Expedition of Peter
    /// the Great”"): at the closing mark, when only capitalised words and the small words of
    /// names stand inside. Nil elsewhere.
    static func calledNameEnd(_ tokens: [ReaderToken], start: Int, longest: Int = 12) -> Int? {
        guard isCalledName(tokens, article: start) else { return nil }
        var k = start
        while k < min(tokens.count, start + longest), !tokens[k].isMark("\"", "”") {
            let token = tokens[k]
            guard token.kind == .word && (token.isCapitalized || titleJoiningWords.contains(token.text) || NameLexicon.connectors.contains(token.text))
                    || token.isMark("-", "–") else { return nil }
            k += 1
        }
        guard k < tokens.count, tokens[k].isMark("\"", "”"), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized else { return nil }
        return k
    }
}
