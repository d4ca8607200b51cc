import Foundation

/// Titles written in a passage that the entity layer may not have typed: a run of
/// capitalised words (short lower-case words allowed inside) announced by a kind of
/// writing or by writing it ("his book The Narrow Gate", "an article, Salt and Iron",
/// "wrote Harbours: Results and Prospects"), set beside a phrase headed by a kind of
/// writing ("a book about her travels, Letters from the Steppe"), set in
/// quotation marks, or followed by its year in brackets ("Not Guilty (1938)").
enum TitleFinder {
    /// Each title as written, with its scalar offset in the document.
    static func titles(in passage: Passage, announcedBy announcers: Set<String> = announcers) -> [(text: String, offset: Int)] {
        let pieces = AnswerFinder.spacedWords(of: passage)
        let allowsConnectors = announcers != nameAnnouncers
        var found: [(String, Int)] = []
        var i = 0
        while i < pieces.count {
            let opensQuote = pieces[i].text.first.map { quotes.contains($0) } ?? false
            let word = bare(pieces[i].text)
            guard word.first?.isUppercase == true || word.first?.isNumber == true && opensQuote else { i += 1; continue }
            // The run: capitalised words and short connectors, up to closing punctuation.
            var end = i
            var words: [Substring] = []
            var closedByQuote = false
            while end < pieces.count {
                let piece = pieces[end].text
                let core = bare(piece)
                let capital = core.first?.isUppercase == true || core.first?.isNumber == true && opensQuote
                // A bracket closes the title ("Northern Light (1893)"); a name takes no "of the".
                guard !piece.hasPrefix("("), capital || (end > i && allowsConnectors && connectors.contains(core.lowercased())) else { break }
                words.append(piece)
                end += 1
                if let last = piece.last, quotes.contains(last) || last == "," && opensQuote { closedByQuote = opensQuote; break }
                if let last = piece.last, ".,;)(".contains(last), !(last == "." && core.count == 1) { break }
                if piece.hasSuffix(":"), end < pieces.count, bare(pieces[end].text).first?.isUppercase == true { continue }
                if piece.hasSuffix(":") { break }
            }
            while let last = words.last, connectors.contains(bare(last).lowercased()) { words.removeLast() }
            defer { i = max(end, i + 1) }
            guard !words.isEmpty, words.count <= 10 else { continue }
            let before = i > 0 ? bare(pieces[i - 1].text).lowercased() : ""
            let announced = announcers.contains(before) || allowsConnectors && Self.inApposition(before: i, in: pieces)
            let dated = announcers != nameAnnouncers && end < pieces.count && isBracketedYear(pieces[end].text)
            let quoted = opensQuote && closedByQuote
            guard announced || dated || quoted else { continue }
            // A lone capitalised word after "wrote" is too often a name ("wrote Lenin").
            if !quoted, words.count == 1, before == "wrote" || before == "published" { continue }
            let text = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()\"“”‘’'«» "))
            guard !text.isEmpty else { continue }
            found.append((text, pieces[i].offset + (opensQuote ? 1 : 0)))
        }
        return found
    }

    /// Whether the words before piece `i` are a noun phrase headed by a kind of writing and
    /// closed by a comma, to which the title stands in apposition: "a book about her travels,
    /// Letters from the Steppe". The phrase opens with a determiner or a possessive, within
    /// six words, with no other punctuation inside.
    static func inApposition(before i: Int, in pieces: [(text: Substring, offset: Int)]) -> Bool {
        guard i > 0, pieces[i - 1].text.hasSuffix(",") else { return false }
        for j in stride(from: i - 1, through: max(1, i - 6), by: -1) {
            if j < i - 1, let last = pieces[j].text.last, ".,;:)(".contains(last) { return false }
            let word = bare(pieces[j].text).lowercased()
            if writingNouns.contains(word) { return openers.contains(bare(pieces[j - 1].text).lowercased()) }
        }
        return false
    }

    /// Nouns of a kind of writing (the announcers that are no verbs of writing or naming).
    static let writingNouns = announcers.subtracting(["titled", "entitled", "called", "named", "wrote", "published"])
    /// Words that open the noun phrase a title is set beside: "a book", "her memoir".
    static let openers: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "one", "another", "this", "that"]

    private static func bare(_ piece: Substring) -> String {
        piece.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()\"“”‘’'«»"))
    }

    private static func isBracketedYear(_ piece: Substring) -> Bool {
        let core = piece.trimmingCharacters(in: CharacterSet(charactersIn: "(),.;"))
        return piece.hasPrefix("(") && core.count == 4 && Int(core).map { (1000...2100).contains($0) } == true
    }

    /// Words that announce a name someone went by.
    static let nameAnnouncers: Set<String> = ["penname", "pseudonym", "pseudonyms", "alias", "nickname", "name", "names", "pen-name", "dubbed"]

    static let quotes: Set<Character> = ["\"", "“", "”", "«", "»"]
    static let connectors: Set<String> = ["of", "and", "the", "in", "our", "a", "an", "on", "for", "to", "at", "with", "from", "by", "its", "his", "is", "as", "or", "&", "—", "-"]
    /// Words that announce a title right after them.
    static let announcers: Set<String> = [
        "book", "books", "essay", "article", "articles", "pamphlet", "titled", "entitled", "called", "named", "novel", "poem", "play",
        "memoir", "memoirs", "autobiography", "biography", "journal", "newspaper", "paper", "study", "history", "treatise", "work",
        "wrote", "published", "volume", "report", "speech", "letter", "manifesto", "magazine", "review", "story", "film", "opera",
        "symphony", "painting", "song", "collection",
    ]
}
