/// The names in a treebank sentence, read from GUM's entity layer (the MISC column's
/// `Entity=` annotations: `(id-kind-…` opens a mention, `id)` closes it, and a mention's
/// last field may be its Wikipedia identity). A mention is a name when its head word is a
/// proper noun, or capitalised with an identity; the name is the run of capitalised words
/// around the head (with "of", "de", "and" … between two of them), without a leading
/// article: "the Battle of Poltava" gives "Battle of Poltava". Where names overlap the
/// longer is kept, as a flat tagger can only give one.
public enum TreebankNames {
    struct Mention: Equatable {
        var first: Int
        var last: Int
        var kind: String
        var identity: String?
        /// The entity's number in its document: mentions sharing it corefer.
        var id = ""
    }

    /// Lower-case words that join two capitalised words inside one name.
    static let joiners: Set<String> = ["of", "de", "von", "van", "der", "den", "da", "di", "du", "la", "le", "del", "the", "and", "&", "for", "on", "-", "y", "bin", "ibn", "al"]

    public static func names(_ sentence: ParsedSentence) -> [NamedSpan] {
        let words = sentence.words
        let found = mentions(sentence).compactMap { mention -> (name: NamedSpan, mention: Int)? in
            guard let head = head(of: mention, in: words) else { return nil }
            let isName = words[head].upos == "PROPN"
                || (mention.identity != nil && hasCapital(words[head].form) && !["PRON", "DET", "NUM"].contains(words[head].upos))
            guard isName else { return nil }
            let run = nameRun(around: head, within: mention.first...mention.last, words: words)
            return (NamedSpan(first: run.lowerBound, last: run.upperBound, kind: mention.kind), mention.last - mention.first)
        }
        // The longest name first; of two alike, the one from the longer mention, then by kind.
        var kept: [NamedSpan] = []
        for (span, _) in found.sorted(by: { a, b in
            (a.name.last - a.name.first, b.name.first, a.mention, b.name.kind) > (b.name.last - b.name.first, a.name.first, b.mention, a.name.kind)
        }) where !kept.contains(where: { $0.first <= span.last && span.first <= $0.last }) {
            kept.append(span)
        }
        return kept.sorted { $0.first < $1.first }
    }

    /// Every entity mention of the sentence, in the order they open.
    static func mentions(_ sentence: ParsedSentence) -> [Mention] {
        var open: [(id: Substring, mention: Mention)] = []
        var found: [Mention] = []
        for (k, word) in sentence.words.enumerated() {
            guard let value = word.misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") })?.dropFirst(7) else { continue }
            let characters = Array(value)
            var i = 0
            while i < characters.count {
                if characters[i] == "(" {
                    var j = i + 1
                    while j < characters.count, characters[j] != "(", characters[j] != ")" { j += 1 }
                    let fields = String(characters[(i + 1)..<j]).split(separator: "-", omittingEmptySubsequences: false)
                    if fields.count >= 2 {
                        let identity = fields.count > 7 ? fields[7...].joined(separator: "-") : nil
                        let mention = Mention(first: k, last: k, kind: String(fields[1]), identity: identity, id: String(fields[0]))
                        if j < characters.count, characters[j] == ")" { found.append(mention); j += 1 } else { open.append((fields[0], mention)) }
                    }
                    i = j
                } else {
                    var j = i
                    while j < characters.count, characters[j] != ")", characters[j] != "(" { j += 1 }
                    let id = Substring(String(characters[i..<j]))
                    if let index = open.lastIndex(where: { $0.id == id }) {
                        var mention = open.remove(at: index).mention
                        mention.last = k
                        found.append(mention)
                    }
                    i = j < characters.count && characters[j] == ")" ? j + 1 : j
                }
            }
        }
        return found.sorted { ($0.first, $1.last) < ($1.first, $0.last) }
    }

    /// The mention's head: its first word whose head lies outside it.
    static func head(of mention: Mention, in words: [Word]) -> Int? {
        (mention.first...mention.last).first { k in
            guard let head = words[k].head, head > 0 else { return true }
            return !(mention.first...mention.last).contains(head - 1)
        }
    }

    /// The capitalised run around `head` inside `bounds`, one or two joiners allowed between
    /// capitals ("of the"), digits after a capital, a leading article left out.
    static func nameRun(around head: Int, within bounds: ClosedRange<Int>, words: [Word]) -> ClosedRange<Int> {
        guard hasCapital(words[head].form) else { return head...head }
        func named(_ k: Int) -> Bool { bounds.contains(k) && hasCapital(words[k].form) }
        func joiner(_ k: Int) -> Bool { bounds.contains(k) && joiners.contains(words[k].form.lowercased()) }
        /// How many joiners (one or two) lead from a capital at `from` to another, going `step`.
        func joined(from: Int, step: Int) -> Int? {
            if joiner(from + step), named(from + 2 * step) { return 2 }
            if joiner(from + step), joiner(from + 2 * step), named(from + 3 * step) { return 3 }
            return nil
        }
        var first = head, last = head
        while true {
            if named(first - 1) { first -= 1 } else if let gap = joined(from: first, step: -1) { first -= gap } else { break }
        }
        while true {
            if named(last + 1) || (bounds.contains(last + 1) && words[last + 1].form.allSatisfy(\.isNumber)) { last += 1 }
            else if let gap = joined(from: last, step: 1) { last += gap } else { break }
        }
        while first < head, words[first].upos == "DET" { first += 1 }
        return first...last
    }

    static func hasCapital(_ form: String) -> Bool { form.contains(where: \.isUppercase) }
}
