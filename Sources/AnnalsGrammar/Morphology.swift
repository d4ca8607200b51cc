/// Lemmas, learned from the treebanks: a word takes the lemma its ending and tag call for
/// ("-ies" with NNS → "-y"; the commonest change among training words of that tag and
/// ending), unless training saw it with another (an exception kept in a table: "went"
/// VBD → "go"). Proper nouns, numbers and symbols are their own lemmas.
public struct Morphology: Sendable {
    /// "form XPOS" → lemma, only where the rules would give another.
    var lemmas: [String: String]
    /// "XPOS ending" → how to turn a word with that ending into its lemma.
    var lemmaRules: [String: LemmaRule]

    /// Cut this many letters from the end of the lower-cased word, add these.
    struct LemmaRule: Hashable, Sendable {
        var cut: Int
        var add: String

        init(cut: Int, add: String) {
            self.cut = cut
            self.add = add
        }

        /// The rule that turns `form` into `lemma`, both lower-cased.
        init(from form: String, to lemma: String) {
            let f = Array(form), l = Array(lemma)
            var common = 0
            while common < min(f.count, l.count), f[common] == l[common] { common += 1 }
            cut = f.count - common
            add = String(l[common...])
        }

        func apply(to form: String) -> String {
            guard cut <= form.count else { return form }
            return String(form.dropLast(cut)) + add
        }
    }

    static let longestEnding = 5

    /// The lemma of a word with these tags: what training saw, else (for a verb's past form)
    /// the base of an irregular verb, else what the endings give.
    public func lemma(form: String, upos: String, xpos: String) -> String {
        if let known = lemmas[form + " " + xpos] { return known }
        if let known = lemmas[form.lowercased() + " " + xpos] { return upos == "PROPN" ? form : known }
        if ["VBD", "VBN"].contains(xpos), let base = Self.irregularVerbs[form.lowercased()] { return base }
        return ruleLemma(form: form, upos: upos, xpos: xpos)
    }

    /// The past forms of English irregular verbs, each with its base ("fled" → "flee"), from
    /// `irregular-verbs.txt`. A form of two verbs ("lay", "found", "ground", "wound", "born")
    /// keeps the base its line lists first.
    static let irregularVerbs: [String: String] = {
        var bases: [String: String] = [:]
        for line in WordListFile.load("irregular-verbs")["irregular verbs"] ?? [] {
            guard let base = line.first else { continue }
            for form in line.dropFirst() where bases[form] == nil { bases[form] = base }
        }
        return bases
    }()

    /// What the rules give: the form for names, numbers and symbols; else the change the
    /// longest known ending of the lower-cased form calls for.
    func ruleLemma(form: String, upos: String, xpos: String) -> String {
        if upos == "PROPN" || upos == "PUNCT" || upos == "SYM" || upos == "NUM" { return form }
        let lower = form.lowercased()
        let characters = Array(lower)
        for length in stride(from: min(Self.longestEnding, characters.count), through: 1, by: -1) {
            if let rule = lemmaRules[xpos + " " + String(characters.suffix(length))] { return rule.apply(to: lower) }
        }
        return lower
    }

    /// Rules and exceptions from treebank sentences: the commonest choice wins, ties to the smaller.
    public static func learn(_ sentences: [ParsedSentence]) -> Morphology {
        var lemmaCounts: [String: [String: Int]] = [:]
        var ruleCounts: [String: [LemmaRule: Int]] = [:]
        for word in sentences.lazy.flatMap(\.words) where word.lemma != "_" {
            let lower = word.form.lowercased()
            lemmaCounts[word.form + " " + word.xpos + " " + word.upos, default: [:]][word.lemma, default: 0] += 1
            let rule = LemmaRule(from: lower, to: word.lemma.lowercased())
            let characters = Array(lower)
            for length in 1...min(longestEnding, max(characters.count, 1)) where characters.count >= length {
                ruleCounts[word.xpos + " " + String(characters.suffix(length)), default: [:]][rule, default: 0] += 1
            }
        }
        let rules = ruleCounts.filter { $0.value.values.reduce(0, +) >= 2 }.mapValues { counts in
            counts.max { ($0.value, $1.key.cut, $1.key.add) < ($1.value, $0.key.cut, $0.key.add) }!.key
        }
        var morphology = Morphology(lemmas: [:], lemmaRules: rules)
        // One exception per form and Penn tag: where two universal tags want different ones
        // ("United" as a name and as a verb), the more frequent wins, then the first by key,
        // so that the same treebanks give the same table in every process.
        var best: [String: (total: Int, lemma: String, isException: Bool)] = [:]
        for key in lemmaCounts.keys.sorted() {
            let counts = lemmaCounts[key]!
            let parts = key.split(separator: " ")
            let (form, xpos, upos) = (parts.dropLast(2).joined(separator: " "), String(parts[parts.count - 2]), String(parts[parts.count - 1]))
            let lemma = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let entry = form + " " + xpos, total = counts.values.reduce(0, +)
            guard total > best[entry]?.total ?? 0 else { continue }
            best[entry] = (total, lemma, morphology.ruleLemma(form: form, upos: upos, xpos: xpos) != lemma)
        }
        for (entry, reading) in best where reading.isException { morphology.lemmas[entry] = reading.lemma }
        return morphology
    }
}

/// Subject–verb agreement, as the English treebanks annotate it: a finite verb in the
/// past or the non-third-person present carries the person and number of its subject
/// ("forces killed": Number=Plur|Person=3; "I know": Number=Sing|Person=1). The subject
/// is the verb's `nsubj` (or that of the verb an auxiliary or copula serves, or of the
/// first verb of a co-ordination); "you" counts as singular, a co-ordinated subject as plural.
public enum SubjectAgreement {
    static let agreeing: Set<String> = ["VBD", "VBP"]

    /// Features without the person and number a verb takes from its subject.
    static func withoutAgreement(_ feats: String, xpos: String) -> String {
        guard agreeing.contains(xpos), feats != "_" else { return feats }
        let kept = feats.split(separator: "|").filter { !$0.hasPrefix("Number=") && !$0.hasPrefix("Person=") }
        return kept.isEmpty ? "_" : kept.joined(separator: "|")
    }

    /// Adds Number and Person to every agreeing finite verb of a parsed sentence.
    public static func apply(to words: inout [Word]) {
        var children = [[Int]](repeating: [], count: words.count + 1)
        for (k, word) in words.enumerated() { if let head = word.head, head <= words.count { children[head].append(k + 1) } }
        for k in words.indices where agreeing.contains(words[k].xpos) && words[k].feats.contains("VerbForm=Fin") {
            guard let (number, person) = subject(of: k + 1, words, children) else { continue }
            var parts = words[k].feats.split(separator: "|").map(String.init)
            parts += ["Number=\(number)", "Person=\(person)"]
            words[k].feats = parts.sorted { $0.lowercased() < $1.lowercased() }.joined(separator: "|")
        }
    }

    /// The number and person of the subject of word `w` (1-based).
    static func subject(of w: Int, _ words: [Word], _ children: [[Int]]) -> (String, String)? {
        var verb = w
        for _ in 0..<4 {
            if let s = children[verb].first(where: { ["nsubj", "nsubj:pass", "nsubj:outer", "expl"].contains(words[$0 - 1].deprel) }) {
                return agreement(of: s, words, children)
            }
            if children[verb].contains(where: { words[$0 - 1].deprel.hasPrefix("csubj") }) { return ("Sing", "3") }
            let word = words[verb - 1]
            guard let head = word.head, head > 0, ["aux", "aux:pass", "cop", "conj"].contains(word.deprel) else { return nil }
            verb = head
        }
        return nil
    }

    static func agreement(of s: Int, _ words: [Word], _ children: [[Int]]) -> (String, String) {
        let subject = words[s - 1]
        if children[s].contains(where: { words[$0 - 1].deprel == "conj" }) { return ("Plur", "3") }
        let feats = subject.feats.split(separator: "|")
        let number = feats.first { $0.hasPrefix("Number=") }.map { String($0.dropFirst(7)) } ?? "Sing"
        let person = feats.first { $0.hasPrefix("Person=") }.map { String($0.dropFirst(7)) } ?? "3"
        return (number, person)
    }
}
