import AnnalsAsk
public import AnnalsGrammar
public import AnnalsStore

/// Reads a question or a search as meant where a word of it is misspelt.
public enum SpellingReader {
    /// A search read as meant where a word of it is misspelt, when that finds sentences (in
    /// `source` alone, if given); nil otherwise. "Did you mean …?"
    public static func suggestion(for query: String, store: any DocumentStore, source: String? = nil) -> String? {
        let meant = read(query, store: store).text
        guard meant != query, let hits = try? store.search(SearchQuery(text: meant, limit: 1, source: source, highlights: false)), !hits.isEmpty else { return nil }
        return meant
    }

    /// ``read(_:store:tagger:)`` with the shipped grammar's tagger; the text as it is without one.
    public static func read(_ text: String, store: any DocumentStore) -> (text: String, read: [String]) {
        guard let grammar = try? ReadingGrammar.shipped() else { return (text, []) }
        return read(text, store: store, tagger: grammar.tagger)
    }

    /// The text with each misspelt word read as the word it is meant for (`Spelling`): a word of
    /// five letters or more that neither the documents in `store` nor the tagger know (its
    /// training text and its dictionary). Returns the text as read and, for an explanation,
    /// each word read otherwise ("read \"Petrvoa\" as \"Petrova\"").
    public static func read(_ text: String, store: any DocumentStore, tagger: Tagger) -> (text: String, read: [String]) {
        var result = "", read: [String] = [], word = ""
        var terms: [Character: [String: Int]] = [:]
        func flush() {
            defer { word = "" }
            let folded = Spelling.fold(word)
            // (Only a word neither English nor written in the documents reads their words beginning as it does.)
            guard folded.count >= 5, let first = folded.first, !Spelling.isEnglish(folded, knows: tagger.knows),
                  (try? store.hasSearchTerm(folded)) != true else { result += word; return }
            if terms[first] == nil { terms[first] = (try? store.searchTerms(startingWith: String(first))) ?? [:] }
            guard let meant = Spelling.correction(of: word, terms: terms[first] ?? [:], isEnglish: tagger.knows) else {
                result += word
                return
            }
            // ("Petrvoa" is read "Petrova": the word keeps its capital.)
            let written = word.first!.isUppercase ? meant.prefix(1).uppercased() + meant.dropFirst() : meant
            read.append("read \"\(word)\" as \"\(written)\"")
            result += written
        }
        let characters = Array(text)
        for (k, character) in characters.enumerated() {
            if character.isLetter { word.append(character); continue }
            // ("doesn't": a word the apostrophe cuts is no word of its own.)
            if "'’".contains(character), k + 1 < characters.count, characters[k + 1] == "t" { result += word; word = "" } else { flush() }
            result.append(character)
        }
        flush()
        return (result, read)
    }
}
