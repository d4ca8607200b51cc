import Foundation

/// The format of the project's word-list files: "[list]" starts a list, entries are
/// separated by commas, "#" starts a comment. Lists are data, so that a linguist adds a
/// word there and not in code.
public enum WordListFile {
    /// The lists of a file in AnnalsGrammar's resources (`NAME.txt`).
    static func load(_ resource: String) -> [String: [[String]]] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("\(resource).txt is missing from AnnalsGrammar's resources")
        }
        return parse(text)
    }

    /// Every entry of a list of a file's lists.
    static func set(_ name: String, of lists: [String: [[String]]]) -> Set<String> {
        guard let lines = lists[name] else { preconditionFailure("no word list [\(name)]") }
        return Set(lines.joined())
    }

    /// The lists of a file's text, each list's lines with their entries, trimmed.
    public static func parse(_ text: String) -> [String: [[String]]] {
        var lists: [String: [[String]]] = [:]
        var current: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                current = String(trimmed.dropFirst().dropLast())
                lists[current!, default: []] = lists[current!] ?? []
                continue
            }
            guard let current, !trimmed.isEmpty else { continue }
            let entries = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !entries.isEmpty { lists[current, default: []].append(entries) }
        }
        return lists
    }
}
