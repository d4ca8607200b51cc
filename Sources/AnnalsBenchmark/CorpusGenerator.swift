import Foundation

/// Builds a large corpus from a few real texts: each copy gets a new name, a few
/// names swapped for others, and one sentence dropped, so no two are identical.
enum CorpusGenerator {
    struct BaseText {
        var name: String
        var text: String
    }

    /// The project's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of ../shared, if it is there.
    static func sharedFile(_ path: String) -> String? {
        let file = root.deletingLastPathComponent().appendingPathComponent("shared/" + path).path
        return FileManager.default.fileExists(atPath: file) ? file : nil
    }

    static func baseTexts() throws -> [BaseText] {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        let samples = root.appendingPathComponent("Samples/corpus").path
        let folder = FileManager.default.fileExists(atPath: shared) ? shared : samples
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".txt") && !$0.hasPrefix("README") }.sorted()
        return try names.map { BaseText(name: $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    }

    static let swaps = [("Trotsky", "Trotski"), ("Lenin", "Ulyanov"), ("Stalin", "Dzhugashvili"), ("Moscow", "Moskva"),
                        ("Velinskaya", "Welinskaja"), ("Dorvik", "Dorwick"), ("revolution", "upheaval"), ("Party", "League")]

    /// Writes varied copies until `megabytes` is reached; returns what was written.
    static func write(into folder: String, from bases: [BaseText], megabytes: Double) throws -> (documents: Int, bytes: Int) {
        var bytes = 0
        var index = 0
        while Double(bytes) < megabytes * 1_000_000 {
            let base = bases[index % bases.count]
            var text = "Edition \(index) of \(base.name)\n\n" + base.text
            let (from, to) = swaps[index % swaps.count]
            text = text.replacingOccurrences(of: from, with: to + "\(index % 7)")
            let sentences = text.components(separatedBy: ". ")
            if sentences.count > 10 {
                var kept = sentences
                kept.remove(at: (index * 31) % sentences.count)
                text = kept.joined(separator: ". ")
            }
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: folder + "/doc-\(index).txt"))
            bytes += data.count
            index += 1
        }
        return (index, bytes)
    }
}

/// A repeatable mix of searches: common and rare words, two-word queries, phrases
/// and prefixes, drawn from the base texts' own vocabulary.
enum QueryMix {
    /// The kinds of query, in the order the mix cycles through them.
    static let kinds = ["common word", "any word", "two words", "phrase", "prefix"]

    /// `count` queries; query `i` is of kind `kinds[i % kinds.count]`.
    static func make(count: Int, from bases: [CorpusGenerator.BaseText]) -> [String] {
        var frequency: [String: Int] = [:]
        for base in bases {
            for word in base.text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
                frequency[word.lowercased(), default: 0] += 1
            }
        }
        let vocabulary = frequency.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.map(\.key)
        let phrases = bases.flatMap { base in
            base.text.split(separator: "\n").compactMap { line -> String? in
                let words = line.split(separator: " ")
                return words.count > 6 ? words[2..<4].joined(separator: " ") : nil
            }
        }
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        return (0..<count).map { index in
            switch index % 5 {
            case 0: vocabulary[next(min(50, vocabulary.count))]                          // common word
            case 1: vocabulary[next(vocabulary.count)]                                   // any word
            case 2: vocabulary[next(vocabulary.count)] + " " + vocabulary[next(200)]    // two words
            case 3: "\"" + phrases[next(phrases.count)].filter { $0 != "\"" } + "\""     // phrase
            default: String(vocabulary[next(vocabulary.count)].prefix(4)) + "*"          // prefix
            }
        }
    }
}
