import Foundation

/// Translates what a person types into an FTS5 MATCH expression that cannot be a
/// syntax error: every word is quoted (so "Trotsky's" and "ice-axe" work), quoted
/// phrases stay phrases, a trailing `*` makes a prefix query, and `OR`, `NOT`, `AND`
/// written in capitals combine terms.
///
/// ```swift
/// try FullTextQuery.translate(#"ice axe"#)      // "ice" "axe"
/// try FullTextQuery.translate(#""ice axe""#)    // "ice axe"
/// try FullTextQuery.translate("Bolshev* OR Menshevik") // "Bolshev"* OR "Menshevik"
/// ```
enum FullTextQuery {
    enum Failure: Error, Equatable {
        case noWords
        case prefixTooShort(String)
        case tooManyTerms(Int)
    }

    /// The most words and phrases one search may combine: each is a pass over the index,
    /// and "a OR a OR …" two thousand times long would keep the database busy for seconds.
    static let maximumTerms = 32

    static func translate(_ input: String) throws(Failure) -> String {
        var parts: [String] = []
        var lastWasOperator = true
        for token in tokens(of: input) {
            switch token {
            case .operator(let op):
                guard !lastWasOperator else { continue }
                parts.append(op)
                lastWasOperator = true
            case .term(let words, let isPrefix):
                let cleaned = words.replacingOccurrences(of: "\"", with: " ")
                let wordCharacters = cleaned.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                guard !wordCharacters.isEmpty else { continue }
                // "a*" would rank nearly every sentence in the database.
                if isPrefix, wordCharacters.count < 2 { throw .prefixTooShort(words + "*") }
                parts.append("\"\(cleaned)\"" + (isPrefix ? "*" : ""))
                lastWasOperator = false
            }
        }
        while parts.last.map({ ["OR", "AND", "NOT"].contains($0) }) == true { parts.removeLast() }
        guard !parts.isEmpty else { throw .noWords }
        let terms = parts.filter { !["OR", "AND", "NOT"].contains($0) }.count
        guard terms <= maximumTerms else { throw .tooManyTerms(terms) }
        return parts.joined(separator: " ")
    }

    private enum Token {
        case term(String, isPrefix: Bool)
        case `operator`(String)
    }

    private static func tokens(of input: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(input)
        while let first = rest.first {
            if first.isWhitespace { rest = rest.dropFirst(); continue }
            if first == "\"" || first == "“" || first == "”" {
                let body = rest.dropFirst()
                let close = body.firstIndex(where: { $0 == "\"" || $0 == "”" || $0 == "“" }) ?? body.endIndex
                var phrase = String(body[..<close])
                rest = close < body.endIndex ? body[body.index(after: close)...] : body[body.endIndex...]
                var isPrefix = false
                if rest.first == "*" { isPrefix = true; rest = rest.dropFirst() }
                if phrase.hasSuffix("*") { isPrefix = true; phrase.removeLast() }
                tokens.append(.term(phrase, isPrefix: isPrefix))
                continue
            }
            let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "\"" }) ?? rest.endIndex
            var word = String(rest[..<end])
            rest = rest[end...]
            if ["OR", "AND", "NOT"].contains(word) {
                tokens.append(.operator(word))
                continue
            }
            var isPrefix = false
            while word.hasSuffix("*") { isPrefix = true; word.removeLast() }
            tokens.append(.term(word, isPrefix: isPrefix))
        }
        return tokens
    }
}
