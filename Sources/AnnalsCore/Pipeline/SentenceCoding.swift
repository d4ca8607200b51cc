/// A compact byte form of an ``AnalyzedSentence``, as stored with its document: about
/// ten bytes a word. Integers are unsigned LEB128 varints; each string (tag, relation,
/// features, a lemma or form that the text does not give back) is written once per
/// document in a ``Vocabulary`` and named by its index. A word's form that is exactly
/// its span of the text, and a lemma equal to the form or to its lower case, take no
/// string at all. Offsets are kept relative to the previous word's end.
///
/// Layout: words (count, first start, then per word: gap, length, form, lemma, upos,
/// xpos, feats, head + 1 (0 for the root), relation); multiword tokens (count, then
/// first word, word count − 1, start gap, length).
public enum SentenceCoding {
    public struct DecodingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Codes for a form or lemma that needs no string.
    private static let asInText = 0, asForm = 0, lowercasedForm = 1

    /// The strings a document's sentences name, each once, in the order first met.
    public struct Vocabulary: Sendable, Equatable {
        public private(set) var strings: [String] = []
        private var index: [String: Int] = [:]

        public init() {}

        public init(decoding bytes: [UInt8]) throws(DecodingError) {
            var reader = ByteFormReader(bytes: bytes, what: "sentence")
            while !reader.isAtEnd { strings.append(try reader.string()) }
        }

        /// Each string's length, then its UTF-8.
        public var encoded: [UInt8] {
            var bytes: [UInt8] = []
            for value in strings { ByteFormReader.string(value, into: &bytes) }
            return bytes
        }

        mutating func code(_ value: String) -> Int {
            if let known = index[value] { return known }
            index[value] = strings.count
            strings.append(value)
            return strings.count - 1
        }

        public static func == (a: Vocabulary, b: Vocabulary) -> Bool { a.strings == b.strings }
    }

    public static func encode(_ sentence: AnalyzedSentence, text: ScalarText, vocabulary: inout Vocabulary) -> [UInt8] {
        func string(_ value: String) -> Int { vocabulary.code(value) }
        var body: [UInt8] = []
        var previousEnd = sentence.words.first?.range.start ?? 0
        varint(sentence.words.count, into: &body)
        varint(previousEnd, into: &body)
        for word in sentence.words {
            varint(word.range.start - previousEnd, into: &body)
            varint(word.range.length, into: &body)
            previousEnd = word.range.end
            varint(word.form == text.string(in: word.range) ? asInText : string(word.form) + 1, into: &body)
            let lemmaCode = word.lemma == word.form ? asForm : word.lemma == word.form.lowercased() ? lowercasedForm : string(word.lemma) + 2
            varint(lemmaCode, into: &body)
            for value in [word.upos, word.xpos, word.feats] { varint(string(value), into: &body) }
            varint(word.head.map { $0 + 1 } ?? 0, into: &body)
            varint(string(word.relation), into: &body)
        }
        varint(sentence.multiwordTokens.count, into: &body)
        for token in sentence.multiwordTokens {
            for value in [token.first, token.last - token.first, token.range.start - sentence.words[token.first].range.start, token.range.length] {
                varint(value, into: &body)
            }
        }
        return body
    }

    public static func decode(_ bytes: [UInt8], text: ScalarText, vocabulary: Vocabulary) throws(DecodingError) -> AnalyzedSentence {
        var reader = ByteFormReader(bytes: bytes, what: "sentence")
        let table = vocabulary.strings
        func string(_ code: Int) throws(DecodingError) -> String {
            guard code >= 0, code < table.count else { throw DecodingError(description: "a string index (\(code)) past the document's vocabulary") }
            return table[code]
        }
        var words: [AnalyzedWord] = []
        let wordCount = try reader.count()
        var previousEnd = try reader.count()
        for _ in 0..<wordCount {
            let start = previousEnd + (try reader.count())
            let range = TextRange(start: start, end: start + (try reader.count()))
            guard range.end <= text.count else { throw DecodingError(description: "a word's span (\(range.start)–\(range.end)) past the text") }
            previousEnd = range.end
            let formCode = try reader.count()
            let form = formCode == asInText ? text.string(in: range) : try string(formCode - 1)
            let lemmaCode = try reader.count()
            let lemma = lemmaCode == asForm ? form : lemmaCode == lowercasedForm ? form.lowercased() : try string(lemmaCode - 2)
            let (upos, xpos, feats) = (try string(try reader.count()), try string(try reader.count()), try string(try reader.count()))
            let head = try reader.count()
            guard head <= wordCount else { throw DecodingError(description: "a head (\(head)) past the sentence's \(wordCount) words") }
            words.append(AnalyzedWord(range: range, form: form, lemma: lemma, upos: upos, xpos: xpos, feats: feats,
                                      head: head == 0 ? nil : head - 1, relation: try string(try reader.count())))
        }
        var tokens: [AnalyzedSentence.MultiwordToken] = []
        for _ in 0..<(try reader.count()) {
            let first = try reader.count(), last = first + (try reader.count())
            guard last < words.count else { throw DecodingError(description: "a multiword token past the sentence's words") }
            let start = words[first].range.start + (try reader.count())
            tokens.append(.init(range: TextRange(start: start, end: start + (try reader.count())), first: first, last: last))
        }
        guard reader.isAtEnd else { throw DecodingError(description: "\(bytes.count - reader.position) bytes after the sentence") }
        return AnalyzedSentence(words: words, multiwordTokens: tokens)
    }

    static func varint(_ value: Int, into bytes: inout [UInt8]) { ByteFormReader.varint(value, into: &bytes) }
}
