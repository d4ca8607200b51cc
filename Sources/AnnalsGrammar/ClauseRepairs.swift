import Foundation

/// Repairs of a parse that breaks a rule of English grammar which the treebanks, with few
/// sentences of the kind, did not teach the parser firmly enough. Each repair is named,
/// states its rule, and changes only a tree that breaks it.
///
/// - ``subordinateOpening(_:)``: a sentence that opens with a subordinator and a clause
///   ("After the 1905 revolution ousted the governor, he moved to London") is an adverbial
///   clause of the clause after its comma, not the sentence's main clause with the
///   subordinator taken for a preposition of its subject.
public enum ClauseRepairs {
    /// The sentence's words (heads 1-based, 0 for the root) with every repair made.
    public static func apply(_ words: [Word]) -> [Word] {
        var words = words
        subordinateOpening(&words)
        return words
    }

    static let lists = WordListFile.load("clause-words")
    static let subordinators = WordListFile.set("subordinators", of: lists)

    /// The opening subordinator parsed as the case of the root's subject, with a clause
    /// that has a subject of its own after a comma below the root: that clause becomes the
    /// root, the first its adverbial clause, the subordinator its mark.
    static func subordinateOpening(_ words: inout [Word]) {
        guard let first = words.firstIndex(where: { $0.upos != "PUNCT" }), subordinators.contains(words[first].form.lowercased()),
              words[first].deprel == "case", let noun = index(of: words[first].head), let root = index(of: words[noun].head),
              words[root].head == 0, words[noun].deprel.hasPrefix("nsubj"), noun < root else { return }
        let main = words.indices.first { k in
            k > root && words[k].head == root + 1 && ["parataxis", "ccomp"].contains(words[k].deprel) && words[k].upos == "VERB"
                && words.contains { $0.head == k + 1 && $0.deprel.hasPrefix("nsubj") }
        }
        guard let main, let start = subtree(of: main, in: words).first(where: { words[$0].upos != "PUNCT" }), start > root, words[start - 1].form == "," else { return }
        words[main].head = 0
        words[main].deprel = "root"
        words[root].head = main + 1
        words[root].deprel = "advcl"
        words[first].head = root + 1
        words[first].deprel = "mark"
        words[first].upos = "SCONJ"
        words[start - 1].head = root + 1
    }

    private static func index(of head: Int?) -> Int? {
        guard let head, head > 0 else { return nil }
        return head - 1
    }

    /// Word `w` and every word below it.
    static func subtree(of w: Int, in words: [Word]) -> [Int] {
        var inside: Set<Int> = [w]
        var grew = true
        while grew {
            grew = false
            for k in words.indices where !inside.contains(k) {
                if let h = index(of: words[k].head), inside.contains(h) { inside.insert(k); grew = true }
            }
        }
        return inside.sorted()
    }
}
