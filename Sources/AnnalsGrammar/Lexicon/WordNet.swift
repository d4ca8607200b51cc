/// Reads Princeton WordNet's index and exception files (installed from Debian's
/// `wordnet-base` at training time, never shipped as such) into the lexicon's entries:
/// every single-word lemma with its parts of speech and how many senses each has, and
/// its regular and irregular inflected forms.
public enum WordNet {
    /// The files' names by part of speech, in the order of `Lexicon.Part.base`.
    public static let parts = ["noun", "verb", "adj", "adv"]

    /// `index`: the contents of index.noun, index.verb, index.adj and index.adv;
    /// `exceptions`: of noun.exc, verb.exc, adj.exc and adv.exc.
    public static func entries(index: [String], exceptions: [String]) -> [String: Lexicon.Entry] {
        var entries: [String: Lexicon.Entry] = [:]
        func add(_ form: String, _ part: Lexicon.Part, senses: Int = 0, of kind: Int) {
            entries[form, default: Lexicon.Entry()].parts.insert(part)
            entries[form, default: Lexicon.Entry()].senses[kind] += senses
        }
        for (kind, text) in index.enumerated() {
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                let fields = line.split(separator: " ")
                guard fields.count > 3, !fields[0].contains("_"), let senses = Int(fields[2]) else { continue }
                let lemma = String(fields[0])
                add(lemma, Lexicon.Part.base[kind], senses: senses, of: kind)
                for (form, part) in regularForms(lemma, kind: kind) { add(form, part, of: kind) }
            }
        }
        for (kind, text) in exceptions.enumerated() {
            for line in text.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count > 1, !fields[0].contains("_") else { continue }
                add(String(fields[0]), inflectedPart(String(fields[0]), kind: kind), of: kind)
            }
        }
        return entries
    }

    /// A lemma's regular inflections with the part each is.
    static func regularForms(_ lemma: String, kind: Int) -> [(String, Lexicon.Part)] {
        switch kind {
        case 0: [(Inflection.withS(lemma), .plural)]
        case 1: [(Inflection.withS(lemma), .thirdPerson), (Inflection.past(lemma), .past), (Inflection.gerund(lemma), .gerund)]
        case 2: Inflection.graded(lemma).map { ($0, .graded) }
        default: []
        }
    }

    /// What an irregular form listed under a part of speech is: a verb's "-ing" form or
    /// its past, a noun's plural, an adjective's or adverb's degree.
    static func inflectedPart(_ form: String, kind: Int) -> Lexicon.Part {
        switch kind {
        case 0: .plural
        case 1: form.hasSuffix("ing") ? .gerund : form.hasSuffix("s") && !form.hasSuffix("ss") ? .thirdPerson : .past
        default: .graded
        }
    }
}

extension WordNet {
    /// One synset of a WordNet data file: its lexicographer file (noun.person is 18,
    /// noun.location 15), its lemmas as written ("Leon_Trotsky"), whether it is an instance
    /// of its hypernym (one particular thing, as a name is), and its gloss.
    public struct Synset: Sendable {
        public var file: Int
        public var lemmas: [Substring]
        public var isInstance: Bool
        public var gloss: Substring
    }

    /// The synsets of a data file's text (data.noun, data.verb, …), the licence's lines skipped.
    public static func synsets(in data: String) -> [Synset] {
        data.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix(" ") else { return nil }
            let fields = line.split(separator: " ")
            guard fields.count > 4, let file = Int(fields[1]), let count = Int(fields[3], radix: 16), fields.count > 4 + 2 * count else { return nil }
            let gloss = line.firstIndex(of: "|").map { line[line.index(after: $0)...] } ?? ""
            return Synset(file: file, lemmas: (0..<count).map { fields[4 + 2 * $0] },
                          isInstance: fields.dropFirst(4 + 2 * count).contains("@i"), gloss: gloss)
        }
    }
}
