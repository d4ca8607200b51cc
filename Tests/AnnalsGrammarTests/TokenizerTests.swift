import Testing
@testable import AnnalsGrammar

/// The tokenizer, row by row: a sentence and its words as the English treebanks split them.
struct TokenizerTests {
    static func words(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokens(scalars, in: 0..<scalars.count).flatMap { $0.words.map(\.form) }
    }

    @Test(arguments: [
        ("Lenin, who was arrested in 1895, left.", ["Lenin", ",", "who", "was", "arrested", "in", "1895", ",", "left", "."]),
        ("I don't know why Trotsky's book sold.", ["I", "do", "n't", "know", "why", "Trotsky", "'s", "book", "sold", "."]),
        ("He can't go; she won't.", ["He", "ca", "n't", "go", ";", "she", "wo", "n't", "."]),
        ("Dr. Smith met Mr. Orlov in the U.S. on 5 Dec. 1917.", ["Dr.", "Smith", "met", "Mr.", "Orlov", "in", "the", "U.S.", "on", "5", "Dec.", "1917", "."]),
        ("Al-Zaman reported an anti-war e-mail.", ["Al", "-", "Zaman", "reported", "an", "anti-war", "e-mail", "."]),
        ("It cost 3.5 roubles (1,000 in all)...", ["It", "cost", "3.5", "roubles", "(", "1,000", "in", "all", ")", "..."]),
        ("\"Go,\" she said.", ["\"", "Go", ",", "\"", "she", "said", "."]),
        ("born 7 November [O.S. 25 October] 1879", ["born", "7", "November", "[", "O.S.", "25", "October", "]", "1879"]),
        ("James P. Cannon wrote at 6:30 p.m.", ["James", "P.", "Cannon", "wrote", "at", "6:30", "p.m."]),
        ("50% of the students' votes", ["50", "%", "of", "the", "students", "'", "votes"]),
        ("Keate ruled, unaided—for the masters were few—by force.", ["Keate", "ruled", ",", "unaided", "—", "for", "the", "masters", "were", "few", "—", "by", "force", "."]),
        ("the 1917–1921 war (Moscow—Kiev)", ["the", "1917", "–", "1921", "war", "(", "Moscow", "—", "Kiev", ")"]),
        // A note mark written against a word or its period is cut off it.
        ("were killed.[43] Czolgosz[12][b] ran", ["were", "killed", ".", "[", "43", "]", "Czolgosz", "[", "12", "]", "[", "b", "]", "ran"]),
        // A page reference written against a period or a comma: colon and number cut off it.
        ("a diary.:33 He read books,:12 and", ["a", "diary", ".", ":", "33", "He", "read", "books", ",", ":", "12", "and"]),
    ])
    func rows(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test func offsetsGiveBackEveryWordAndSpacesAreNoted() {
        let text = "Ramón's café, “closed” in 1923…"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        for token in tokens {
            for word in token.words { #expect(String(String.UnicodeScalarView(scalars[word.start..<word.end])) == word.form) }
        }
        #expect(tokens.map(\.spaceAfter) == [true, false, true, false, false, true, true, false, false])
    }
}
