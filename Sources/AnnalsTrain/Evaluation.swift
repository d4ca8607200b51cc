import Foundation
import AnnalsGrammar

/// Accuracy of a model on gold sentences.
enum Evaluation {
    /// `timed`: with the words per second (never in the model's manifest, which must come
    /// out the same from the same data).
    static func parsing(_ parser: any DependencyParser, tagger: Tagger, on sentences: [ParsedSentence], timed: Bool = true) -> String {
        let started = Date()
        let forms = sentences.map { $0.words.map { WordForm($0.form) } }
        let (uas, las, _, total, byRelation) = attachments(parser, sentences: sentences, forms: forms, tags: forms.map { tagger.tag($0) })
        let seconds = Date().timeIntervalSince(started)
        if Options.current.errors {
            let worst = byRelation.sorted { ($0.value.total - $0.value.attached) > ($1.value.total - $1.value.attached) }.prefix(15)
            log(worst.map { "\($0.key) \($0.value.total - $0.value.attached)/\($0.value.total)" }.joined(separator: ", "))
        }
        let speed = timed ? String(format: ", %.0f words/s tagging and parsing", Double(total) / seconds) : ""
        return String(format: "UAS %.2f%%, LAS %.2f%% (%d words", 100 * Double(uas) / Double(total), 100 * Double(las) / Double(total), total) + speed + ")"
    }

    /// Words attached to their gold head, and with its universal relation too, of `total`;
    /// words whose class (as the parser gives it back) has their gold universal tag;
    /// per relation, how many there are and how many are attached. One pass of the parser.
    static func attachments(_ parser: any DependencyParser, sentences: [ParsedSentence], forms: [[WordForm]], tags: [[Int]], classes: [String] = [])
        -> (uas: Int, las: Int, upos: Int, total: Int, byRelation: [String: (total: Int, attached: Int)]) {
        var uas = 0, las = 0, upos = 0, total = 0
        var byRelation: [String: (total: Int, attached: Int)] = [:]
        for (k, sentence) in sentences.enumerated() {
            let analysis = parser.analyse(forms[k], tags: tags[k])
            for (i, word) in sentence.words.enumerated() {
                total += 1
                if !classes.isEmpty, classes[analysis.tags[i]].hasPrefix(word.upos + " ") { upos += 1 }
                let relation = String(word.deprel.split(separator: ":").first ?? "")
                byRelation[relation, default: (0, 0)].total += 1
                guard analysis.heads[i] == word.head else { continue }
                byRelation[relation, default: (0, 0)].attached += 1
                uas += 1
                if parser.labels[analysis.labels[i]].split(separator: ":").first == word.deprel.split(separator: ":").first { las += 1 }
            }
        }
        return (uas, las, upos, total, byRelation)
    }

    /// Tag, lemma and feature accuracy of the whole analysis (tags, the parser's tagging again, morphology).
    static func morphology(_ grammar: ReadingGrammar, on sentences: [ParsedSentence]) -> String {
        var upos = 0, xpos = 0, feats = 0, lemmas = 0, total = 0
        for sentence in sentences {
            for (gold, predicted) in zip(sentence.words, grammar.annotate(sentence.words.map(\.form))) {
                if gold.upos == predicted.upos { upos += 1 }
                if gold.xpos == predicted.xpos { xpos += 1 }
                if gold.feats == predicted.feats { feats += 1 }
                if gold.lemma == predicted.lemma { lemmas += 1 }
                total += 1
            }
        }
        let percent = [upos, xpos, feats, lemmas].map { 100 * Double($0) / Double(max(total, 1)) }
        return String(format: "whole analysis UPOS %.2f%%, XPOS %.2f%%, UFeats %.2f%%, Lemmas %.2f%%", percent[0], percent[1], percent[2], percent[3])
    }

    static func tagging(_ tagger: Tagger, on sentences: [ParsedSentence], timed: Bool = true) -> String {
        var upos = 0, xpos = 0, total = 0
        var confusions: [String: Int] = [:]
        let started = Date()
        for sentence in sentences {
            let predicted = tagger.tag(sentence.words.map { WordForm($0.form) })
            for (word, tag) in zip(sentence.words, predicted) {
                let parts = tagger.classes[tag].split(separator: " ")
                if parts[0] == word.upos { upos += 1 } else { confusions["\(word.upos)→\(parts[0])", default: 0] += 1 }
                if parts.count > 1, parts[1] == word.xpos { xpos += 1 }
                total += 1
            }
        }
        let seconds = Date().timeIntervalSince(started)
        if Options.current.confusions {
            print(confusions.sorted { $0.value > $1.value }.prefix(20).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        let speed = timed ? String(format: ", %.0f words/s", Double(total) / seconds) : ""
        return String(format: "UPOS %.2f%%, XPOS %.2f%% (%d words", 100 * Double(upos) / Double(total), 100 * Double(xpos) / Double(total), total)
            + speed + ")"
    }
}

