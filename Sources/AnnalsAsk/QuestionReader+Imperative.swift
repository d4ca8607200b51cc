import AnnalsCore
import Foundation

/// A request for an answer written as a command: "Name a river of the duchy." asks
/// "What is a river of the duchy?", "List two rivers that …" asks "What are two rivers
/// that …?" (`[asking commands]`, `[plural quantifiers]` in `answer-words.txt`).
extension QuestionReader {
    /// The question a command asks, as a "what" question; any other text as it is.
    public static func interrogative(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let pieces = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        let words = AnswerWords.shipped
        guard pieces.count == 3, words.askingCommands.contains(pieces[0].lowercased()), let next = pieces.dropFirst().first?.lowercased() else { return text }
        // (What follows the command is a noun phrase: it opens with a determiner, a number or a quantifier.)
        let count = NumberWords.value(of: next)
        guard words.determiners.contains(next) || count != nil || words.pluralQuantifiers.contains(next) else { return text }
        let plural = words.pluralQuantifiers.contains(next) || count.map { $0 != 1 } == true
        var rest = pieces.dropFirst().joined(separator: " ")
        while let last = rest.last, last == "." || last == "?" || last == "!" { rest.removeLast() }
        return "What \(plural ? "are" : "is") \(rest)?"
    }
}
