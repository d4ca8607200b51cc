/// Part-of-speech tagging: each word gets one class, a universal tag and a Penn
/// Treebank tag together ("ADP IN", "SCONJ IN"), chosen left to right by an averaged
/// perceptron reading the word, its neighbours, their spellings and the two tags before.
public struct Tagger: Sendable {
    /// The first pass, reading the tags already chosen on the left.
    public let first: LinearModel
    /// The second pass, reading also what the first chose on the right (nil: one pass).
    public let second: LinearModel?
    /// Each class's universal and Penn tag, "UPOS XPOS".
    public let classes: [String]
    /// For words seen often in training, the key of the set of classes they took there.
    public let ambiguity: [UInt64: UInt64]
    /// The parts of speech a dictionary gives each word (empty: none read).
    public let lexicon: Lexicon

    public init(first: LinearModel, second: LinearModel?, classes: [String], ambiguity: [UInt64: UInt64], lexicon: Lexicon = .empty) {
        self.first = first
        self.second = second
        self.classes = classes
        self.ambiguity = ambiguity
        self.lexicon = lexicon
    }

    /// Whether `word` (any case) is an English word the tagger knows: one its training text
    /// used often, or a form of the dictionary's.
    public func knows(_ word: String) -> Bool {
        ambiguity[FeatureHash.of(word.lowercased())] != nil || lexicon.parts(of: word) != nil
    }

    /// What the tagger knows of each word besides its spelling.
    func ambiguities(_ forms: [WordForm]) -> [WordClasses] {
        Self.ambiguities(forms, ambiguity, lexicon)
    }

    /// Each word's class sets: by its lower-cased form, and by its form as written (for a
    /// capitalised word, paired with the set its lower-cased spelling takes as written);
    /// and its parts of speech in the lexicon.
    static func ambiguities(_ forms: [WordForm], _ ambiguity: [UInt64: UInt64], _ lexicon: Lexicon) -> [WordClasses] {
        forms.map { form in
            let written = ambiguity[FeatureHash.mix(form.form, 7)] ?? 0
            let lexical = lexicon.feature(form)
            guard form.isCapitalized else { return WordClasses(lower: ambiguity[form.lower] ?? 0, written: written, lexical: lexical) }
            return WordClasses(lower: ambiguity[form.lower] ?? 0, written: FeatureHash.mix(written, ambiguity[FeatureHash.mix(form.lower, 7)] ?? 0),
                               lexical: lexical)
        }
    }

    /// The class of each word.
    public func tag(_ forms: [WordForm]) -> [Int] {
        let sets = ambiguities(forms)
        let guide = Self.run(first, forms, sets, guide: nil)
        guard let second else { return guide }
        return Self.run(second, forms, sets, guide: guide)
    }

    static func run(_ model: LinearModel, _ forms: [WordForm], _ sets: [WordClasses], guide: [Int]?) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(forms.count)
        var scores = [Float](repeating: 0, count: model.classCount)
        var features: [UInt64] = []
        for i in forms.indices {
            Self.features(forms, sets, i, tags, guide: guide, into: &features)
            model.score(features, into: &scores)
            tags.append(best(scores))
        }
        return tags
    }

    @inline(__always)
    static func best(_ scores: [Float]) -> Int {
        var best = 0
        for k in scores.indices where scores[k] > scores[best] { best = k }
        return best
    }

    static let start: UInt64 = 0x5354_4152_54   // the tag before the first word
    static let end: UInt64 = 0x454e_44           // the word after the last

    /// The features of word `i`, given the tags chosen for the words before it.
    static func features(_ forms: [WordForm], _ classSets: [WordClasses], _ i: Int, _ tags: [Int], guide: [Int]?,
                         into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let w = forms[i]
        func lower(_ k: Int) -> UInt64 { k < 0 || k >= forms.count ? (k < 0 ? start : end) : forms[k].lower }
        func tag(_ k: Int) -> UInt64 { k < 0 ? start : UInt64(tags[k]) &+ 1 }
        let (t1, t2) = (tag(i - 1), tag(i - 2))
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) { features.append(FeatureHash.feature(template, a, b, c)) }
        add(1, 1)
        add(2, w.lower)
        add(3, w.form)
        add(4, w.suffixes.0); add(5, w.suffixes.1); add(6, w.suffixes.2); add(7, w.suffixes.3)
        add(8, w.prefixes.0); add(9, w.prefixes.1); add(10, w.prefixes.2)
        add(11, w.shape)
        add(12, t1)
        add(13, t2, t1)
        add(14, t1, w.lower)
        add(15, lower(i - 1))
        add(16, lower(i - 2))
        add(17, lower(i + 1))
        add(18, lower(i + 2))
        add(19, lower(i - 1), w.lower)
        add(20, w.lower, lower(i + 1))
        add(21, i + 1 < forms.count ? forms[i + 1].suffixes.2 : end)
        add(22, i > 0 ? forms[i - 1].suffixes.2 : start)
        add(23, i + 1 < forms.count ? forms[i + 1].shape : end)
        add(24, i == 0 ? 1 : 0, w.shape)
        add(25, t1, w.suffixes.2)
        add(26, w.hasDigit ? 1 : 0, w.hasHyphen ? 2 : 0, w.isCapitalized ? 3 : 0)
        add(27, t1, lower(i + 1))
        func classSet(_ k: Int) -> UInt64 { k < 0 ? start : k >= forms.count ? end : classSets[k].lower }
        add(33, classSets[i].written)
        add(34, classSets[i].written, t1)
        add(28, classSet(i))
        add(29, classSet(i), classSet(i + 1))
        add(30, t1, classSet(i))
        add(31, classSet(i), w.suffixes.1)
        add(32, classSet(i + 1))
        add(35, i > 0 && w.isCapitalized ? 1 : 0, w.shape)
        add(36, lower(i - 1), w.shape)
        add(37, w.shape, i + 1 < forms.count ? forms[i + 1].shape : end)
        add(38, w.lastPart)
        if classSets[i].lexical != 0 {
            func lexical(_ k: Int) -> UInt64 { k < 0 ? start : k >= forms.count ? end : classSets[k].lexical }
            let here = lexical(i)
            add(50, here)
            add(51, here, w.isCapitalized ? 1 : 0, i == 0 ? 1 : 0)
            add(52, here, t1)
            add(53, lexical(i - 1), here)
            add(54, here, lexical(i + 1))
            add(55, here, w.suffixes.1)
        }
        guard let guide else { return }
        func guided(_ k: Int) -> UInt64 { k < 0 ? start : k >= forms.count ? end : UInt64(guide[k]) &+ 1 }
        let (g0, r1, r2) = (guided(i), guided(i + 1), guided(i + 2))
        add(40, g0)
        add(41, r1)
        add(42, r1, r2)
        add(43, t1, r1)
        add(44, g0, w.lower)
        add(45, r1, w.lower)
        add(46, t1, g0, r1)
        add(47, r1, w.suffixes.2)
        add(48, g0, classSet(i))
    }
}

/// What the tagger knows of a word beyond its spelling: the key of the set of classes it
/// took in training, by its lower-cased form and as written (0: seen too rarely), and its
/// lexicon entry (0: no lexicon; 1: not in it).
struct WordClasses {
    var lower: UInt64
    var written: UInt64
    var lexical: UInt64
}
