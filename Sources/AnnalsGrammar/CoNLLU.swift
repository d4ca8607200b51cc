/// One syntactic word of a sentence, as a CoNLL-U line holds it: form, lemma, universal
/// and language-specific tags, features, head (0 for the root, nil when not known) and
/// relation, and the MISC column.
public struct Word: Sendable, Hashable {
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    public var head: Int?
    public var deprel: String
    public var misc: String

    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
                head: Int? = nil, deprel: String = "_", misc: String = "_") {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.misc = misc
    }
}

/// A sentence of syntactic words, with the comment lines and multiword tokens ("don't"
/// over "do" and "n't") CoNLL-U keeps beside them.
public struct ParsedSentence: Sendable, Hashable {
    public struct MultiwordToken: Sendable, Hashable {
        /// The first and last word it covers, 1-based.
        public var first: Int
        public var last: Int
        public var form: String
        public var misc: String

        public init(first: Int, last: Int, form: String, misc: String) {
            self.first = first
            self.last = last
            self.form = form
            self.misc = misc
        }
    }

    public var comments: [String] = []
    public var words: [Word]
    public var multiwordTokens: [MultiwordToken] = []

    public init(words: [Word], comments: [String] = [], multiwordTokens: [MultiwordToken] = []) {
        self.words = words
        self.comments = comments
        self.multiwordTokens = multiwordTokens
    }
}

/// Reading and writing CoNLL-U, the Universal Dependencies format: one word a line, ten
/// tab-separated columns, sentences separated by blank lines, `#` comments above them.
public enum CoNLLU {
    public struct Failure: Error, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "CoNLL-U line \(line): \(reason)" }
    }

    /// The sentences of a CoNLL-U text. Empty nodes (`5.1`) are skipped.
    public static func read(_ text: String) throws(Failure) -> [ParsedSentence] {
        var sentences: [ParsedSentence] = []
        var current = ParsedSentence(words: [])
        var number = 0
        func close() {
            if !current.words.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = ParsedSentence(words: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { close(); continue }
            if line.hasPrefix("#") { current.comments.append(String(line)); continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else { throw Failure(line: number, reason: "expected 10 tab-separated columns, found \(columns.count)") }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                    throw Failure(line: number, reason: "bad multiword token id \(id)")
                }
                current.multiwordTokens.append(.init(first: first, last: last, form: String(columns[1]), misc: String(columns[9])))
                continue
            }
            guard Int(id) == current.words.count + 1 else { throw Failure(line: number, reason: "word id \(id) out of order") }
            current.words.append(Word(form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
                                      feats: String(columns[5]), head: Int(columns[6]), deprel: String(columns[7]), misc: String(columns[9])))
        }
        close()
        return sentences
    }

    /// A sentence as CoNLL-U lines (no trailing blank line).
    public static func write(_ sentence: ParsedSentence) -> String {
        var lines = sentence.comments
        var multiword = sentence.multiwordTokens.sorted { $0.first < $1.first }[...]
        for (index, word) in sentence.words.enumerated() {
            let id = index + 1
            while let token = multiword.first, token.first <= id {
                if token.first == id { lines.append("\(token.first)-\(token.last)\t\(token.form)\t_\t_\t_\t_\t_\t_\t_\t\(token.misc)") }
                multiword = multiword.dropFirst()
            }
            let columns = [String(id), word.form, word.lemma, word.upos, word.xpos, word.feats,
                           word.head.map(String.init) ?? "_", word.deprel, "_", word.misc]
            lines.append(columns.map(clean).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }

    /// Many sentences, each followed by a blank line, as CoNLL-U files end.
    public static func write(_ sentences: [ParsedSentence]) -> String {
        sentences.map { write($0) + "\n\n" }.joined()
    }

    /// A column value that cannot break the format: no tabs or line breaks, never empty.
    static func clean(_ value: String) -> String {
        guard !value.isEmpty else { return "_" }
        guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return value }
        return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
