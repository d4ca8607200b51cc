/// What kind of thing a common noun names in its most frequent sense, from WordNet's
/// lexicographer files: a person ("revolutionary", "widow"), a group
/// ("party", "army"), a place ("city"), a time ("year"); nouns of other kinds are left
/// out. A pronoun's antecedent must fit it: "he" is no "village", "it" rarely a "teacher".
/// Built at training time from WordNet's index.noun and data.noun and kept in the model.
public enum NounClasses {
    /// Lexicographer file numbers and the class each stands for.
    static let kept: [Int: String] = [18: "person", 14: "group", 15: "place", 28: "time"]

    /// Lines "noun<TAB>class" for every one-word, lower-case noun whose first sense is of a kept kind.
    public static func reading(indexNoun: String, dataNoun: String) -> String {
        var fileOf: [Substring: Int] = [:]
        for line in dataNoun.split(separator: "\n") where !line.hasPrefix(" ") {
            let fields = line.split(separator: " ", maxSplits: 2)
            if fields.count >= 2, let file = Int(fields[1]) { fileOf[fields[0]] = file }
        }
        var lines: [String] = []
        for line in indexNoun.split(separator: "\n") where !line.hasPrefix(" ") {
            let fields = line.split(separator: " ")
            guard fields.count > 4, let senses = Int(fields[2]), senses > 0, fields.count >= senses,
                  !fields[0].contains("_"), fields[0].allSatisfy({ $0.isLowercase || $0 == "-" }) else { continue }
            let first = fields[fields.count - senses]
            if let file = fileOf[first], let kind = kept[file] { lines.append("\(fields[0])\t\(kind)") }
        }
        return lines.sorted().joined(separator: "\n")
    }

    /// The table from those lines.
    static func table(_ text: String) -> [String: String] {
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let columns = line.split(separator: "\t")
            if columns.count == 2 { table[String(columns[0])] = String(columns[1]) }
        }
        return table
    }
}

/// Given names and the gender WordNet's people show them with: for each person WordNet
/// knows by name ("Catherine the Great", "Peter Paul Rubens"), the gender its gloss speaks
/// of ("empress of Russia", "his paintings"), counted for the first word of the name; a
/// given name is kept when one gender has more than twice the other's count. Built at
/// training time and kept in the model.
public enum GivenNames {
    static let female: Set<String> = ["she", "her", "hers", "herself", "woman", "women", "actress", "queen", "empress", "wife", "daughter",
                                      "mother", "sister", "princess", "duchess", "countess", "widow", "heroine", "goddess", "nun", "girl", "lady"]
    static let male: Set<String> = ["he", "his", "him", "himself", "man", "men", "actor", "king", "emperor", "husband", "son", "father",
                                    "brother", "prince", "duke", "count", "widower", "hero", "god", "monk", "boy", "lord", "czar", "tsar", "pope"]

    /// Lines "name<TAB>m" or "name<TAB>f", the name in lower case.
    public static func reading(dataNoun: String) -> String {
        var votes: [String: (female: Int, male: Int)] = [:]
        for synset in WordNet.synsets(in: dataNoun) where synset.isInstance && synset.file == 18 {
            let gloss = synset.gloss.split(separator: ";").first ?? ""
            let words = gloss.lowercased().split { !$0.isLetter }.map(String.init)
            let (f, m) = (words.filter(female.contains).count, words.filter(male.contains).count)
            guard f != m else { continue }
            for lemma in synset.lemmas {
                let parts = lemma.split(separator: "_")
                guard parts.count >= 2, parts[0].first?.isUppercase == true else { continue }
                let name = parts[0].lowercased()
                if f > m { votes[name, default: (0, 0)].female += 1 } else { votes[name, default: (0, 0)].male += 1 }
            }
        }
        return votes.compactMap { name, v in
            v.female > 2 * v.male ? "\(name)\tf" : v.male > 2 * v.female ? "\(name)\tm" : nil
        }.sorted().joined(separator: "\n")
    }
}
