/// Asides in brackets: "Lev Bronshtein (he took the name Trotsky in 1902) was born in
/// Yanovka", "born on 7 November [O.S. 26 October] 1879". In English, and in the
/// treebanks (nine asides in ten), what a pair of brackets holds is one phrase: a single
/// word of it depends on a word outside, and nothing outside depends on a word inside.
/// A parser trained on few such sentences may lose the sentence's thread at the
/// bracket; when its tree breaks that rule, the sentence without its asides and each
/// aside are parsed again on their own, and each aside's head is hung where the whole
/// sentence's parse put it (or, if that was inside, on the word before the bracket).
enum Asides {
    /// The outermost bracketed spans (indices of the opening and closing marks) holding at
    /// least two words, in a sentence that has words outside them too.
    static func spans(_ forms: [String]) -> [ClosedRange<Int>] {
        var spans: [ClosedRange<Int>] = []
        var open: [(index: Int, mark: String)] = []
        for (k, form) in forms.enumerated() {
            if form == "(" || form == "[" {
                open.append((k, form))
            } else if let last = open.last, (form == ")" && last.mark == "(") || (form == "]" && last.mark == "[") {
                open.removeLast()
                if open.isEmpty, k - last.index > 2 { spans.append(last.index...k) }
            }
        }
        let inside = spans.reduce(0) { $0 + $1.count }
        return forms.count - inside >= 2 ? spans : []
    }

    /// Whether the tree keeps every span a phrase: one word inside hangs outside, none outside hangs inside.
    static func keepsPhrases(_ heads: [Int], _ spans: [ClosedRange<Int>]) -> Bool {
        spans.allSatisfy { span in
            let outward = span.filter { heads[$0] == 0 || !span.contains(heads[$0] - 1) }.count
            let inward = heads.indices.contains { !span.contains($0) && heads[$0] > 0 && span.contains(heads[$0] - 1) }
            return outward == 1 && !inward
        }
    }

    /// The tree with each aside parsed apart, given the whole sentence's first parse
    /// (heads 1-based, 0 for the root); the first parse itself when it already keeps them.
    static func reparse(_ forms: [String], _ wordForms: [WordForm], tags: [Int], parser: any DependencyParser,
                        first: (heads: [Int], labels: [Int])) -> (heads: [Int], labels: [Int]) {
        let spans = spans(forms)
        guard !spans.isEmpty, !keepsPhrases(first.heads, spans) else { return first }
        var heads = first.heads, labels = first.labels
        let main = wordForms.indices.filter { k in !spans.contains { $0.contains(k) } }
        let outside = Set(main)
        place(parser.parse(main.map { wordForms[$0] }, tags: main.map { tags[$0] }), at: main, heads: &heads, labels: &labels)
        for span in spans {
            let words = Array(span)
            place(parser.parse(words.map { wordForms[$0] }, tags: words.map { tags[$0] }), at: words, heads: &heads, labels: &labels)
            guard let root = words.first(where: { heads[$0] == 0 }) else { continue }
            let before = first.heads[root]
            if before > 0, outside.contains(before - 1) {
                heads[root] = before
                labels[root] = first.labels[root]
            } else {
                heads[root] = span.lowerBound > 0 ? span.lowerBound : span.upperBound + 2
                labels[root] = parser.labels.firstIndex(of: "parataxis") ?? first.labels[root]
            }
        }
        return (heads, labels)
    }

    /// Writes a part's parse (heads 1-based within the part) into the sentence's.
    private static func place(_ parse: (heads: [Int], labels: [Int]), at indices: [Int], heads: inout [Int], labels: inout [Int]) {
        for (k, index) in indices.enumerated() {
            heads[index] = parse.heads[k] == 0 ? 0 : indices[parse.heads[k] - 1] + 1
            labels[index] = parse.labels[k]
        }
    }
}
