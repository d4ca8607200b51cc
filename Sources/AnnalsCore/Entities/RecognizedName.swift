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
    /// Whether the name is one word the dictionary lists ("Christianity", "Advent",
    /// "Hospital"), and not as one particular person or place ("Isaiah", "Thucydides"):
    /// of a kind the record does not keep, a word in capitals, not a name.
    public var isDictionaryWord: Bool { isOneWord && opensWithCommonWord }
    public var isOneWord: Bool
    /// Whether its first capitalised word is one the dictionary lists, not as a name of
    /// one particular thing ("Finance Capital", not "Emil Jannings" or "Russia").
    public var opensWithCommonWord: Bool

    public init(range: TextRange, kind: String, isPlural: Bool = false, isOneWord: Bool = false, opensWithCommonWord: Bool = false) {
        self.range = range
        self.kind = kind
        self.isPlural = isPlural
        self.isOneWord = isOneWord
        self.opensWithCommonWord = opensWithCommonWord
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

    /// Whether the record keeps names of this kind (``type`` is not nil).
    public var isKept: Bool { type != nil }

    /// The names in a document's sentences, read in order by `recognizer`; `dictionary`
    /// tells which one-word names are words it lists.
    public static func find(in sentences: [AnalyzedSentence], recognizer: EntityRecognizer, dictionary: Lexicon = .empty) -> [RecognizedName] {
        located(recognizer.names(inDocument: sentences.map(\.treebankWords)), in: sentences, dictionary: dictionary, gazetteer: recognizer.gazetteer)
    }

    /// The recognizer's names (word spans, sentence by sentence) at their places in the text.
    static func located(_ names: [[NamedSpan]], in sentences: [AnalyzedSentence], dictionary: Lexicon = .empty,
                        gazetteer: Gazetteer = .empty) -> [RecognizedName] {
        zip(sentences, names).flatMap { sentence, names in
            names.map { name in
                RecognizedName(range: TextRange(start: sentence.words[name.first].range.start, end: sentence.words[name.last].range.end), kind: name.kind,
                               isPlural: ["NNPS", "NNS"].contains(sentence.words[name.last].xpos),
                               isOneWord: name.first == name.last,
                               opensWithCommonWord: sentence.words[name.first...name.last].first { $0.form.first?.isUppercase == true }
                                .map { isCommonWord($0.form, dictionary, gazetteer) } ?? false)
            }
        }
    }
}

extension RecognizedName {
    /// A word the dictionary lists, and not as the name of one particular thing.
    static func isCommonWord(_ form: String, _ dictionary: Lexicon, _ gazetteer: Gazetteer) -> Bool {
        dictionary.parts(of: form) != nil && gazetteer.mark(of: [form]) & Gazetteer.instanceBit == 0
    }

    /// Whether the dictionary has the word in capitals, as it is or in the singular ("Bolsheviks");
    /// GeoNames' towns do not count ("University", Mississippi, leaves "university" a common noun).
    static func isCapitalised(_ form: String, _ gazetteer: Gazetteer) -> Bool {
        var forms = [form]
        if form.hasSuffix("s") { forms.append(String(form.dropLast())) }
        if form.hasSuffix("es") { forms.append(String(form.dropLast(2))) }
        return forms.contains { gazetteer.mark(of: [$0]) & ~Gazetteer.geoNamesBit != 0 }
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
