import Foundation
import AnnalsGrammar

/// The name stage's word lists, read once from `name-words.txt` in the package's resources:
/// "[list]" starts a list, entries are separated by commas, "#" starts a comment. The
/// lists are data, so that a linguist adds a title, a head noun or a given name there and
/// not in code; `NameLexicon` says what each is for.
enum NameWords {
    /// Each list's lines, each line's entries (lower case, trimmed).
    static let lists: [String: [[String]]] = load("name-words")

    /// The lists of a word-list file in AnnalsCore's resources.
    static func load(_ resource: String) -> [String: [[String]]] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("\(resource).txt is missing from AnnalsCore's resources")
        }
        return parse(text)
    }

    /// The lists of a file's text (``WordListFile/parse(_:)``).
    static func parse(_ text: String) -> [String: [[String]]] { WordListFile.parse(text) }

    /// Every entry of a list.
    static func set(_ name: String) -> Set<String> { Set(lines(name).joined()) }

    /// A list's lines, each with its entries.
    static func lines(_ name: String) -> [[String]] {
        guard let lines = lists[name] else { preconditionFailure("name-words.txt has no list [\(name)]") }
        return lines
    }

    /// A list of "key = value" entries.
    static func pairs(_ name: String) -> [String: String] {
        var table: [String: String] = [:]
        for entry in lines(name).joined() {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { table[parts[0]] = parts[1] }
        }
        return table
    }
}
