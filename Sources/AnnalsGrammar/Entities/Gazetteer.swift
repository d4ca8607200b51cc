public import Foundation

/// Names a dictionary knows, and what they name: every capitalised noun lemma in WordNet
/// ("Leon Trotsky", "Poltava", "Bolshevik", "Duma") with the lexicographer files of its
/// senses (person, location, group, event, communication, artifact, …) and whether it is
/// an instance (one particular thing, as a name is) rather than a class. Built from
/// WordNet's data.noun at training time and kept in the entity model.
public struct Gazetteer: Sendable {
    /// Bits of a name's mark: bit k for WordNet's lexicographer file k (3 noun.Tops … 28
    /// noun.time), bit 31 for an instance, bit 30 for a place GeoNames names.
    public static let instanceBit: UInt32 = 1 << 31
    public static let geoNamesBit: UInt32 = 1 << 30
    /// How many words a name may have.
    public static let longest = 5

    private let marks: [UInt64: UInt32]

    public static let empty = Gazetteer(marks: [:])

    public init(marks: [UInt64: UInt32]) {
        self.marks = marks
    }

    public var count: Int { marks.count }

    /// The key of a name written as words.
    public static func key(_ words: some Sequence<String>) -> UInt64 {
        FeatureHash.of(words.joined(separator: " "))
    }

    public func mark(of words: some Sequence<String>) -> UInt32 { marks[Self.key(words)] ?? 0 }

    /// For each word, the mark of the longest name covering it and the word's place in
    /// that name (1 begins, 2 inside, 3 ends, 4 alone; 0 in none).
    public func cover(_ forms: [String]) -> [(place: Int, mark: UInt32)] {
        var cover = [(place: Int, mark: UInt32)](repeating: (0, 0), count: forms.count)
        var lengths = [Int](repeating: 0, count: forms.count)
        guard !marks.isEmpty else { return cover }
        for start in forms.indices where forms[start].first?.isUppercase == true {
            for length in stride(from: min(Self.longest, forms.count - start), through: 1, by: -1) {
                let mark = marks[Self.key(forms[start..<(start + length)])] ?? 0
                guard mark != 0 else { continue }
                for k in start..<(start + length) where lengths[k] < length {
                    lengths[k] = length
                    cover[k] = (length == 1 ? 4 : k == start ? 1 : k == start + length - 1 ? 3 : 2, mark)
                }
                break
            }
        }
        return cover
    }

    /// From the text of WordNet's data.noun.
    public static func reading(dataNoun text: String) -> Gazetteer {
        var marks: [UInt64: UInt32] = [:]
        for synset in WordNet.synsets(in: text) where (0..<31).contains(synset.file) {
            for lemma in synset.lemmas where lemma.first?.isUppercase == true {
                let words = lemma.split(separator: "_").map(String.init)
                guard words.count <= longest else { continue }
                marks[key(words), default: 0] |= (1 << UInt32(synset.file)) | (synset.isInstance ? instanceBit : 0)
            }
        }
        return Gazetteer(marks: marks)
    }

    /// The same names and GeoNames' places (each line of `table`: name, region, country
    /// code, country, population, latitude, longitude, as `scripts/geonames-places.py`
    /// writes them): each town's, region's and country's name marked as a place GeoNames
    /// names, in every spelling ``placeSpellings(_:)`` gives.
    public func adding(geoNames table: String) -> Gazetteer {
        var marks = self.marks
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { continue }
            for name in [fields[0], fields[1], fields[3]] {
                for spelling in Self.placeSpellings(String(name)) {
                    let words = spelling.split(separator: " ").map(String.init)
                    guard (1...Self.longest).contains(words.count) else { continue }
                    marks[Self.key(words), default: 0] |= Self.geoNamesBit
                }
            }
        }
        return Gazetteer(marks: marks)
    }

    /// A place's name as English prose writes it: as GeoNames has it, without the
    /// apostrophes that transliterate a soft sign ("Tver'" is "Tver"), and without
    /// diacritics ("Zárate" is "Zarate").
    public static func placeSpellings(_ name: String) -> Set<String> {
        let plain = name.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
            .replacingOccurrences(of: "\u{02BC}", with: "")
        let folded = plain.folding(options: .diacriticInsensitive, locale: nil)
        return Set([name, plain, folded].filter { !$0.isEmpty && $0.first?.isUppercase == true })
    }

    /// Keys and marks, twelve bytes a name, in key order.
    public func encoded() -> Data {
        var out = Data()
        for key in marks.keys.sorted() {
            out.appendLittleEndian(key)
            out.appendLittleEndian(marks[key]!)
        }
        return out
    }

    public init(decoding data: Data) throws(ReadingGrammar.LoadError) {
        guard data.count % 12 == 0 else { throw ReadingGrammar.LoadError(description: "the entity model's gazetteer is damaged") }
        var marks: [UInt64: UInt32] = [:]
        marks.reserveCapacity(data.count / 12)
        data.withUnsafeBytes { raw in
            for k in 0..<(data.count / 12) {
                marks[UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12 * k, as: UInt64.self))] =
                    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12 * k + 8, as: UInt32.self))
            }
        }
        self.marks = marks
    }
}
