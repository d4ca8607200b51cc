/// A sentence as the entity recognizer reads it, worked out once: each word's spelling,
/// tags, relation, its head's lemma and tag, and the dictionary's names covering it.
struct EntitySentence {
    let forms: [WordForm]
    let upos: [UInt64], xpos: [UInt64], relations: [UInt64]
    let headLemmas: [UInt64], headTags: [UInt64]
    /// Training hides some of these (``EntityTraining``), so the rest of what is read keeps its weight.
    var cover: [(place: Int, mark: UInt32)]
    /// What the document's earlier sentences made of each word (``NameHistory``; 0: nothing).
    var history: [UInt64]
    var count: Int { forms.count }

    static let start: UInt64 = 0x5354_4152_54   // what lies before the first word
    static let end: UInt64 = 0x454e_44           // and after the last
    /// The lexicographer files whose bits are read one by one: act, artifact, communication,
    /// event, group, location, person, time.
    static let namedFiles: [UInt32] = [4, 6, 10, 11, 14, 15, 18, 28]

    init(_ words: [Word], gazetteer: Gazetteer) {
        var forms = WordForms()
        self.init(words, gazetteer: gazetteer, forms: &forms)
    }

    /// With the forms of the document's words worked out so far, added to.
    init(_ words: [Word], gazetteer: Gazetteer, forms known: inout WordForms) {
        forms = words.map { known.of($0.form) }
        upos = words.map { FeatureHash.of($0.upos) }
        xpos = words.map { FeatureHash.of($0.xpos) }
        relations = words.map { FeatureHash.of($0.deprel) }
        func head(_ word: Word) -> Word? {
            guard let head = word.head, head > 0, head <= words.count else { return nil }
            return words[head - 1]
        }
        headLemmas = words.map { head($0).map { FeatureHash.of($0.lemma.lowercased()) } ?? Self.start }
        headTags = words.map { head($0).map { FeatureHash.of($0.upos) } ?? Self.start }
        cover = gazetteer.cover(words.map(\.form))
        history = [UInt64](repeating: 0, count: words.count)
    }

    /// The features of word `i` that do not depend on the labels.
    func features(_ i: Int, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let w = forms[i]
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) { features.append(FeatureHash.feature(template, a, b, c)) }
        func lower(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= count ? Self.end : forms[k].lower }
        func shape(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= count ? Self.end : forms[k].shape }
        func tag(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= count ? Self.end : upos[k] }
        func mark(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= count ? Self.end : UInt64(cover[k].place) << 32 | UInt64(cover[k].mark) }
        add(1, 1)
        add(2, w.lower); add(3, w.form); add(4, w.shape)
        add(5, w.suffixes.2); add(6, w.prefixes.2); add(7, w.suffixes.1)
        add(8, upos[i]); add(9, xpos[i]); add(10, xpos[i], w.shape)
        add(11, lower(i - 1)); add(12, lower(i + 1)); add(13, lower(i - 2)); add(14, lower(i + 2))
        add(15, lower(i - 1), w.lower); add(16, w.lower, lower(i + 1))
        add(17, tag(i - 1), upos[i]); add(18, upos[i], tag(i + 1))
        add(19, shape(i - 1), w.shape); add(20, w.shape, shape(i + 1))
        add(21, relations[i]); add(22, relations[i], headLemmas[i]); add(23, headLemmas[i]); add(24, relations[i], headTags[i])
        add(25, mark(i)); add(26, mark(i - 1)); add(27, mark(i + 1))
        for file in Self.namedFiles where cover[i].mark & (1 << file) != 0 {
            add(28, UInt64(file), UInt64(cover[i].place), cover[i].mark & Gazetteer.instanceBit != 0 ? 1 : 0)
        }
        if cover[i].mark & Gazetteer.geoNamesBit != 0 { add(39, UInt64(cover[i].place), cover[i].mark & ~Gazetteer.geoNamesBit == 0 ? 1 : 0) }
        add(34, i == 0 ? 1 : 0, w.lower)
        if history[i] != 0 { add(36, history[i]); add(37, history[i], w.shape); add(38, history[i], i == 0 ? 1 : 0) }
    }

    /// The features of word `i` that pair its label with the label before (`previous`:
    /// that label's number + 1, 0 at the sentence's start).
    func features(_ i: Int, previous: UInt64, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        for (template, value) in pairValues(i) { features.append(FeatureHash.feature(template, previous, value)) }
    }

    /// What those features read of word `i`, by template: nothing, its form, shape, tag, relation.
    func pairValues(_ i: Int) -> [(template: UInt64, value: UInt64)] {
        [(29, 0), (31, forms[i].lower), (32, forms[i].shape), (33, upos[i]), (35, relations[i])]
    }

    /// The templates among them whose values are few (all but the form): their votes for
    /// every pair of labels can be kept once worked out.
    static func isFewValued(_ template: UInt64) -> Bool { template != 31 }
}

/// The names a document has given so far, by word: each capitalised word's kinds in the
/// names found in earlier sentences, so that a later "Harrow" or a lone surname is read as
/// the same thing again (Ratinov and Roth's prediction history).
struct NameHistory {
    private var kinds: [UInt64: [String: Int]] = [:]

    /// Each word's summary: the kind it was given most (and whether always), or 0.
    func summary(_ words: [Word]) -> [UInt64] {
        words.map { word in
            guard word.form.first?.isUppercase == true, let seen = kinds[FeatureHash.of(word.form)] else { return 0 }
            let top = seen.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            return FeatureHash.mix(FeatureHash.of(top.key), seen.count == 1 ? 1 : 2)
        }
    }

    mutating func add(_ words: [Word], _ names: [NamedSpan]) {
        for name in names {
            for k in name.words where words[k].form.first?.isUppercase == true { kinds[FeatureHash.of(words[k].form), default: [:]][name.kind, default: 0] += 1 }
        }
    }
}
