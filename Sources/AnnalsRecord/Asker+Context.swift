import AnnalsAsk
import AnnalsCore
import AnnalsStore

/// What stands around a passage in its document: the body a bare "the Congress" refers
/// to, the sentence before it, the dates that set its time.
extension Asker {
    /// "At the Tenth Party Congress … The Congress also adopted": "the Congress" alone, with a
    /// capital, refers to the last body or gathering named before it whose name ends in that
    /// word, within its section and the previous few paragraphs.
    static func definiteReferences(in range: TextRange, of document: DocumentCache.Document) throws -> [Passage.Named] {
        let text = document.text
        let sentence = text.string(in: range)
        var found: [Passage.Named] = []
        var offset = range.start
        let pieces = sentence.split(separator: " ", omittingEmptySubsequences: false)
        for (k, piece) in pieces.enumerated() {
            defer { offset += piece.unicodeScalars.count + 1 }
            guard k + 1 < pieces.count, piece == "The" || piece == "the" else { continue }
            let head = pieces[k + 1].prefix { $0.isLetter }
            guard head.first?.isUppercase == true, NameLexicon.isBodyOrEventHead(String(head)) else { continue }
            // Not the start of a longer name: "the Congress of Soviets", "the Party Congress".
            let after = pieces.dropFirst(k + 2).first.map(String.init) ?? ""
            if head.count == pieces[k + 1].count, after.first?.isUppercase == true || after == "of" { continue }
            let start = offset + piece.unicodeScalars.count + 1
            // A longer name there is its own; a bare "Congress" found as a name is this reference.
            guard try !document.named(in: range).contains(where: { $0.range.contains(start) && $0.range.length > head.unicodeScalars.count }) else { continue }
            // Names are far shorter than 100 scalars: those ending within 2,500 start within 2,600.
            let antecedent = try document.named(in: TextRange(start: max(0, range.start - 2600), end: range.start)).last { named in
                named.range.end <= range.start && range.start - named.range.end < 2500 && named.type != .person
                    && named.name.split(separator: " ").last.map { $0.lowercased() == head.lowercased() } == true && named.name.contains(" ")
            }
            guard let antecedent else { continue }
            found.append(Passage.Named(range: TextRange(start: start, end: start + head.unicodeScalars.count),
                                       name: antecedent.name, id: antecedent.id, type: antecedent.type))
        }
        return found
    }

    /// The sentence before the one at `range` in its paragraph, if any.
    /// The paragraph a passage stands in, from its first sentence to its last; of a long
    /// paragraph (a text without breaks), the eight sentences either side.
    static func paragraph(of range: TextRange, in document: DocumentCache.Document) -> TextRange? {
        let sentences = document.stored.structure.sentences
        guard let k = document.stored.structure.sentenceIndex(containing: range.start), let paragraph = sentences[k].paragraph else { return nil }
        var first = k, last = k
        while first > 0, k - first < 8, sentences[first - 1].paragraph == paragraph { first -= 1 }
        while last + 1 < sentences.count, last - k < 8, sentences[last + 1].paragraph == paragraph { last += 1 }
        return TextRange(start: sentences[first].range.start, end: sentences[last].range.end)
    }

    static func previousSentence(of range: TextRange, in document: DocumentCache.Document) -> TextRange? {
        let sentences = document.stored.structure.sentences
        guard let k = document.stored.structure.sentenceIndex(containing: range.start), k > 0,
              sentences[k - 1].paragraph == sentences[k].paragraph, sentences[k].paragraph != nil else { return nil }
        return sentences[k - 1].range
    }

    /// The time a sentence without dates is set in: the dates of the nearest of the three
    /// sentences before it in its paragraph that writes one, else those of its section's heading.
    static func contextDates(before range: TextRange, in document: DocumentCache.Document) throws -> [HistoricalDate] {
        let structure = document.stored.structure
        guard let k = structure.sentenceIndex(containing: range.start) else { return [] }
        let sentence = structure.sentences[k]
        func dates(in span: TextRange) throws -> [HistoricalDate] {
            try document.dates(in: span).filter { span.contains($0.range) && $0.kind != .age && $0.kind != .relative }.compactMap(\.date)
        }
        for j in stride(from: k - 1, through: max(0, k - 3), by: -1) where structure.sentences[j].paragraph == sentence.paragraph {
            let found = try dates(in: structure.sentences[j].range)
            if !found.isEmpty { return found }
        }
        guard let section = sentence.section else { return [] }
        return try dates(in: structure.sections[section].heading)
    }

    /// "The Unknown Stalin (2006)": a year in brackets right after a capitalised word dates a title, not an event.
    /// Unless the question asks about that title (its words are among `asked`).
    static func isHungOnATitle(_ range: TextRange, in text: ScalarText, unless asked: Set<String>) -> Bool {
        guard range.start >= 3, text[range.start - 1] == "(" else { return false }
        var k = range.start - 2
        while k > 0, text[k] == " " { k -= 1 }
        var start = k
        while start > 0, text[start - 1].properties.isAlphabetic { start -= 1 }
        guard start <= k, text[start].properties.isUppercase else { return false }
        let before = QuestionReader.words(text.string(in: TextRange(start: max(0, range.start - 40), end: range.start - 1))).suffix(3).map { $0.lowercased() }
        return asked.isDisjoint(with: before)
    }
}
