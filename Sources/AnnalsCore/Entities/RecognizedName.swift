public import AnnalsGrammar

/// A name the trained entity recognizer found (``EntityRecognizer``): where it is and
/// what kind of thing it names, in GUM's kinds ("person", "place", "organization",
/// "event", "abstract", …).
public struct RecognizedName: Hashable, Sendable {
    public var range: TextRange
    public var kind: String
    /// Whether the name ends in a plural noun ("the Bolsheviks", "Jews"): of "person" kind,
    /// a group of people, not one.
    public var isPlural: Bool

    public init(range: TextRange, kind: String, isPlural: Bool = false) {
        self.range = range
        self.kind = kind
        self.isPlural = isPlural
    }

    /// The record's type for the recognizer's kind (a person's kind named in the plural is
    /// a group); nil for kinds the record does not keep as entities (ideas, objects, times,
    /// substances, animals, plants).
    public var type: EntityType? {
        switch kind {
        case "person": isPlural ? .group : .person
        case "place": .place
        case "organization": .org
        case "event": .event
        default: nil
        }
    }

    /// The names in a document's sentences, read in order by `recognizer`.
    public static func find(in sentences: [AnalyzedSentence], recognizer: EntityRecognizer) -> [RecognizedName] {
        located(recognizer.names(inDocument: sentences.map(\.treebankWords)), in: sentences)
    }

    /// The recognizer's names (word spans, sentence by sentence) at their places in the text.
    static func located(_ names: [[NamedSpan]], in sentences: [AnalyzedSentence]) -> [RecognizedName] {
        zip(sentences, names).flatMap { sentence, names in
            names.map { name in
                RecognizedName(range: TextRange(start: sentence.words[name.first].range.start, end: sentence.words[name.last].range.end), kind: name.kind,
                               isPlural: ["NNPS", "NNS"].contains(sentence.words[name.last].xpos))
            }
        }
    }
}

extension AnalyzedSentence {
    /// The sentence's words as the trained models read them (heads counted from 1, 0 the root).
    var treebankWords: [Word] {
        words.map { word in
            Word(form: word.form, lemma: word.lemma, upos: word.upos, xpos: word.xpos, feats: word.feats,
                 head: word.head.map { $0 + 1 } ?? 0, deprel: word.relation)
        }
    }
}
