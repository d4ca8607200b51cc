import Foundation

/// What a dictionary says of an English word form: the parts of speech it can be (a
/// noun or its plural, a verb's base, third person, past or -ing form, an adjective or
/// its degree, an adverb) and which of them has the most senses. The tagger reads it for
/// words its treebanks never showed it ("cleric", "caters", "oolong"). Built from
/// WordNet at training time and kept in the grammar file: sorted keys of the lower-cased
/// forms, two bytes each.
public struct Lexicon: Sendable, Equatable {
    public struct Part: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let noun = Part(rawValue: 1 << 0)
        public static let plural = Part(rawValue: 1 << 1)
        public static let verb = Part(rawValue: 1 << 2)
        public static let thirdPerson = Part(rawValue: 1 << 3)
        public static let past = Part(rawValue: 1 << 4)
        public static let gerund = Part(rawValue: 1 << 5)
        public static let adjective = Part(rawValue: 1 << 6)
        public static let graded = Part(rawValue: 1 << 7)
        public static let adverb = Part(rawValue: 1 << 8)
        /// The base forms in the order of `WordNet.parts`.
        public static let base: [Part] = [.noun, .verb, .adjective, .adverb]
    }

    /// One form's parts, and how many senses its lemma has as each base part.
    public struct Entry: Sendable, Equatable {
        public var parts: Part = []
        public var senses = [0, 0, 0, 0]
        public init() {}

        /// The parts, and above them (bits 9 and 10) the base part with the most senses.
        var packed: UInt16 {
            let most = senses.indices.max { senses[$0] < senses[$1] } ?? 0
            return parts.rawValue | UInt16(most) << 9
        }
    }

    /// The forms' keys in order and their packed entries, as the file keeps them.
    let keys: [UInt64]
    let values: [UInt16]
    /// The same as an open-addressed table, built at load: one probe or two a word.
    private let slots: [UInt64], slotValues: [UInt16], mask: Int

    public static let empty = Lexicon(keys: [], values: [])

    init(keys: [UInt64], values: [UInt16]) {
        self.keys = keys
        self.values = values
        var size = 1
        while size < 2 * keys.count { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size), slotValues = [UInt16](repeating: 0, count: size)
        for (key, value) in zip(keys, values) {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while slotValues[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
            slotValues[slot] = value
        }
        (self.slots, self.slotValues, mask) = (slots, slotValues, size - 1)
    }

    public init(_ entries: [String: Entry]) {
        let rows = entries.map { (FeatureHash.of($0.key), $0.value.packed) }.sorted { $0.0 < $1.0 }
        self.init(keys: rows.map(\.0), values: rows.map(\.1))
    }

    public static func == (a: Lexicon, b: Lexicon) -> Bool { a.keys == b.keys && a.values == b.values }

    public var count: Int { keys.count }

    /// The packed entry of a lower-cased form's key (never 0: every entry has a part), nil when the dictionary lacks it.
    @inline(__always)
    func packed(_ key: UInt64) -> UInt16? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slotValues[slot] != 0 {
            if slots[slot] == key { return slotValues[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The parts of speech of a word as written (any case).
    public func parts(of word: String) -> Part? {
        packed(FeatureHash.of(word.lowercased())).map { Part(rawValue: $0 & 0x1ff) }
    }

    /// What the tagger reads: 0 when the lexicon is empty, 1 for a word it lacks, else the entry.
    func feature(_ form: WordForm) -> UInt64 {
        guard !keys.isEmpty else { return 0 }
        return packed(form.lower).map { UInt64($0) + 2 } ?? 1
    }

    // MARK: - In the grammar file

    /// Each key (8 bytes) and value (2 bytes), little-endian, in key order.
    func encoded() -> Data {
        var out = Data()
        out.reserveCapacity(keys.count * 10)
        for (key, value) in zip(keys, values) {
            out.appendLittleEndian(key)
            out.appendLittleEndian(value)
        }
        return out
    }

    init(decoding data: Data) throws(ReadingGrammar.LoadError) {
        guard data.count % 10 == 0 else { throw ReadingGrammar.LoadError(description: "the grammar file's lexicon is damaged") }
        let count = data.count / 10
        var keys = [UInt64](repeating: 0, count: count), values = [UInt16](repeating: 0, count: count)
        data.withUnsafeBytes { raw in
            for k in 0..<count {
                keys[k] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 10 * k, as: UInt64.self))
                values[k] = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 10 * k + 8, as: UInt16.self))
            }
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ReadingGrammar.LoadError(description: "the grammar file's lexicon is out of order")
        }
        self.init(keys: keys, values: values)
    }
}
