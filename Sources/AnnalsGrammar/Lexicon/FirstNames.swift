import Foundation

/// Given names for telling people from other names, from `Resources/given-names.txt`: the first words of the people's full
/// names WordNet 3.0 lists ("Trygve Lie", "Hippolyte Taine"), leaving out words it also
/// lists as common words ("mark", "will", "great"), as places ("Georgia", "Florence") or
/// as names of kinds ("English", "Saint"). Derived at training time (`AnnalsTrain
/// --given-names`), one name a line, lower-case.
public enum FirstNames {
    /// The shipped list, lower-case (empty when the file is missing).
    public static let shipped: Set<String> = {
        guard let url = Bundle.module.url(forResource: "given-names", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }()

    /// The list from the text of WordNet's data files (`dataNoun` and the other parts'
    /// `others`): sorted, lower-case.
    public static func deriving(dataNoun: String, others: [String]) -> [String] {
        var firstWords: Set<String> = []
        var excluded: Set<String> = []
        for (k, text) in ([dataNoun] + others).enumerated() {
            for synset in WordNet.synsets(in: text) {
                let isNoun = k == 0, instance = isNoun && synset.isInstance
                for lemma in synset.lemmas {
                    let words = lemma.split(separator: "_").map(String.init)
                    guard let first = words.first else { continue }
                    if words.count == 1 {
                        // A common word, a place, or the name of a kind is no given name.
                        if first.first?.isUppercase != true || !instance || synset.file == 15 { excluded.insert(first.lowercased()) }
                    } else if instance, synset.file == 18, isNameLike(first) {
                        firstWords.insert(first.lowercased())
                    }
                }
            }
        }
        return firstWords.subtracting(excluded).sorted()
    }

    /// A capitalised word of three letters or more, letters and inner hyphens only.
    static func isNameLike(_ word: String) -> Bool {
        word.count >= 3 && word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" } && word.last != "-"
    }

    /// The list as the shipped file holds it.
    public static func file(_ names: [String]) -> String {
        "# Given names: first words of people's full names in WordNet 3.0 (see FirstNames.swift); derived, not edited\n"
            + names.joined(separator: "\n") + "\n"
    }
}
