/// Splits a sentence into tokens and syntactic words the way the English Universal
/// Dependencies treebanks do, keeping every span as code-point offsets: punctuation off
/// words ("Lenin," → "Lenin" ","), hyphens between parts of a compound ("Al-Zaman" →
/// "Al" "-" "Zaman", but "e-mail", "co-workers" whole), and clitics off their host as
/// words of one token ("don't" → "do" "n't", "Trotsky's" → "Trotsky" "'s").
/// Abbreviations keep their period ("Dr.", "U.S.", "etc."), numbers their inner marks
/// ("3.5", "1,000", "6:30"), and ellipses stay whole.
public enum Tokenizer {
    /// A token as written, and its syntactic words (one, or more for a contraction).
    public struct Token: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var words: [TokenWord]
        /// Whether white space follows it.
        public var spaceAfter: Bool
    }

    public struct TokenWord: Sendable, Equatable {
        public var form: String
        public var start: Int
        public var end: Int
    }

    /// The tokens of `scalars[range]`, offsets into `scalars`.
    public static func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i].properties.isWhitespace { i += 1; continue }
            var end = i
            while end < range.upperBound, !scalars[end].properties.isWhitespace { end += 1 }
            let pieces = split(scalars, i..<end)
            for (k, piece) in pieces.enumerated() {
                let isLast = k == pieces.count - 1
                let form = String(String.UnicodeScalarView(scalars[piece]))
                tokens.append(Token(start: piece.lowerBound, end: piece.upperBound, words: words(of: form, at: piece.lowerBound),
                                    spaceAfter: isLast && end < range.upperBound))
            }
            i = end
        }
        return tokens
    }

    /// A run of non-space characters cut into tokens. A dash is a token of its own even
    /// with no space around it ("unaided—for the masters"), as it is in the treebanks.
    static func split(_ s: [Unicode.Scalar], _ run: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var segment = run.lowerBound
        for k in run where Lexicon.dashes.contains(s[k]) {
            if k > segment { pieces += cut(s, segment..<k) }
            pieces.append(k..<k + 1)
            segment = k + 1
        }
        if segment < run.upperBound { pieces += cut(s, segment..<run.upperBound) }
        return pieces
    }

    /// A run without dashes cut into tokens: marks off its ends, then at its hyphens.
    static func cut(_ s: [Unicode.Scalar], _ run: Range<Int>) -> [Range<Int>] {
        var start = run.lowerBound, end = run.upperBound
        var leading: [Range<Int>] = [], trailing: [Range<Int>] = []
        // Opening marks off the front.
        while start < end, Lexicon.opening.contains(s[start]) {
            leading.append(start..<start + 1)
            start += 1
        }
        // Closing marks off the back, an ellipsis as one token; a period only when the word is no abbreviation.
        while start < end {
            let last = s[end - 1]
            // A note mark written against the word or its period ("killed.[43]", "Lenin[12][13]"): bracket, mark, bracket.
            if last == "]", let open = (start..<end - 1).last(where: { s[$0] == "[" }), open > start, open + 1 < end - 1,
               (open + 1..<end - 1).allSatisfy({ isWordScalar(s[$0]) }) {
                trailing.insert(contentsOf: [open..<open + 1, open + 1..<end - 1, end - 1..<end], at: 0); end = open; continue
            }
            // A page reference written against the word's period or comma ("memory.:33", "books,:12"): colon, number.
            if ("0"..."9").contains(last), let colon = (start..<end).last(where: { s[$0] == ":" }), colon > start + 1,
               [".", ","].contains(s[colon - 1]), (colon + 1..<end).allSatisfy({ ("0"..."9").contains(s[$0]) }) {
                trailing.insert(contentsOf: [colon..<colon + 1, colon + 1..<end], at: 0); end = colon; continue
            }
            if last == "." || last == "…" {
                var dots = end
                while dots > start, s[dots - 1] == "." || s[dots - 1] == "…" { dots -= 1 }
                if end - dots >= 2 || last == "…" {
                    trailing.insert(dots..<end, at: 0); end = dots; continue
                }
                let word = String(String.UnicodeScalarView(s[start..<end - 1]))
                if dots > start, !isAbbreviation(word) { trailing.insert(end - 1..<end, at: 0); end -= 1; continue }
                break
            }
            if Lexicon.closing.contains(last) { trailing.insert(end - 1..<end, at: 0); end -= 1; continue }
            break
        }
        var middle: [Range<Int>] = []
        if start < end { middle = hyphenated(s, start..<end) }
        return leading + middle + trailing
    }

    /// A word cut at its hyphens ("Al-Zaman" → "Al", "-", "Zaman"), unless its first part
    /// is a prefix that stays joined ("e-mail", "co-workers", "non-commercial"), or it is a
    /// number range written with a hyphen left for the date reader ("1917-1921" is cut too).
    static func hyphenated(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            if s[k] == "-", k > start, k + 1 < range.upperBound, isWordScalar(s[k - 1]), isWordScalar(s[k + 1]) {
                let first = String(String.UnicodeScalarView(s[start..<k])).lowercased()
                if !(pieces.isEmpty && Lexicon.joinedPrefixes.contains(first)) {
                    pieces.append(start..<k)
                    pieces.append(k..<k + 1)
                    start = k + 1
                }
            }
            k += 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }

    static func isAbbreviation(_ word: String) -> Bool {
        if word.count == 1, word.first?.isLetter == true { return true }       // an initial: "P."
        if word.contains("."), word.contains(where: \.isLetter) { return true } // "U.S", "e.g", "p.m"
        return Lexicon.abbreviations.contains(word.lowercased())
    }

    /// A token's syntactic words: a clitic at its end is a word of its own.
    static func words(of form: String, at start: Int) -> [TokenWord] {
        let lower = form.lowercased()
        for clitic in Lexicon.clitics where lower.count > clitic.count && lower.hasSuffix(clitic) {
            let scalars = Array(form.unicodeScalars), cliticLength = clitic.unicodeScalars.count
            let hostLength = scalars.count - cliticLength
            let host = String(String.UnicodeScalarView(scalars[..<hostLength]))
            // "can't" is "ca" "n't", "won't" "wo" "n't": the host is what is left.
            guard host.last?.isLetter == true else { continue }
            return [TokenWord(form: host, start: start, end: start + hostLength),
                    TokenWord(form: String(String.UnicodeScalarView(scalars[hostLength...])), start: start + hostLength, end: start + scalars.count)]
        }
        return [TokenWord(form: form, start: start, end: start + form.unicodeScalars.count)]
    }

    /// Word lists the tokenizer keeps: English facts, not rules for one text.
    enum Lexicon {
        static let opening: Set<Unicode.Scalar> = ["(", "[", "{", "\"", "'", "“", "‘", "«", "„", "¿", "¡", "*", "<"]
        static let closing: Set<Unicode.Scalar> = [
            ")", "]", "}", "\"", "'", "”", "’", "»", ",", ";", ":", "!", "?", "*", ">", "%",
        ]
        /// Em dash, en dash, horizontal bar, figure dash.
        static let dashes: Set<Unicode.Scalar> = ["\u{2014}", "\u{2013}", "\u{2015}", "\u{2012}"]
        static let clitics = ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"]
        static let joinedPrefixes: Set<String> = [
            "e", "co", "pre", "post", "non", "re", "semi", "anti", "multi", "ex", "sub", "inter", "mid", "self", "pro", "counter", "neo", "quasi",
        ]
        static let abbreviations: Set<String> = [
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "capt", "sgt", "adm", "gov", "sen", "rep", "rev", "hon",
            "no", "nos", "vol", "vols", "pp", "p", "ca", "cf", "etc", "vs", "inc", "ltd", "co", "corp", "bros", "mt", "ft", "ave", "blvd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "tr", "lit",
        ]
    }
}
