import Testing
import Foundation
@testable import AnnalsCore
import AnnalsTesting

/// Folding names for matching: the fast scalar version gives exactly what the plain
/// string replacements gave, on every word of the corpora.
struct NameFoldingTests {
    /// The rules as first written, with Foundation's replacements: the reference.
    private static func reference(_ word: String) -> String {
        var w = word.replacingOccurrences(of: "([\\p{L}--[aeiouy]])yo", with: "$1e", options: .regularExpression)
        for (from, to) in [("shtein", "stein"), ("tz", "ts"), ("ph", "f"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"), ("kh", "h"), ("ck", "k")] {
            w = w.replacingOccurrences(of: from, with: to)
        }
        for (suffix, replacement) in [("skiy", "ski"), ("skii", "ski"), ("skij", "ski"), ("sky", "ski"), ("iy", "i"), ("ii", "i"), ("ij", "i")] where w.hasSuffix(suffix) && w.count >= suffix.count + 2 {
            w = String(w.dropLast(suffix.count)) + replacement
            break
        }
        if w.hasPrefix("ye"), w.count > 4 { w = "e" + w.dropFirst(2) }
        return w
    }

    @Test(arguments: [
        ("trotskiy", "trotski"), ("trotsky", "trotski"), ("yevgeny", "evgeny"), ("pyatakov", "piatakov"),
        ("bronshtein", "bronstein"), ("khrushchev", "hrushchev"), ("kotzebue", "kotsebue"), ("sophia", "sofia"),
        ("yes", "yes"), ("ye", "ye"), ("tzzt", "tszt"), ("yaya", "iaia"), ("", ""),
        // Russian "ё" after a consonant: "yo" in one transliteration, "e" in another; not at a word's start.
        ("pyotr", "petr"), ("khrustalyov", "hrustalev"), ("khrustalev", "hrustalev"), ("fyodor", "fedor"), ("yosif", "iosif"),
        ("mayor", "maior"),
        // A Roman numeral is no Russian ending: "II" stays itself.
        ("ii", "ii"), ("dmitrii", "dmitri"),
    ])
    func rows(word: String, folded: String) {
        #expect(NameLexicon.foldWord(word) == folded)
        #expect(NameLexicon.foldWord(word) == Self.reference(word))
    }

    /// A dash between words parts them as a space does: "Orlov—Keeper of Dorvik" and "Orlov,
    /// Keeper of Dorvik" are one title.
    @Test(arguments: ["Ivan Orlov—Keeper of Dorvik", "Ivan Orlov–Keeper of Dorvik", "Ivan Orlov, Keeper of Dorvik", "Ivan Orlov - Keeper of Dorvik"])
    func dashesPartWords(name: String) {
        #expect(NameLexicon.fold(name) == "ivan orlov keeper of dorvik")
    }

    /// Any Latin letter with a mark folds to its letter, not only the common ones: a reader
    /// types "Cacak" for "Čačak", "Hainan" for "Hǎinán".
    @Test(arguments: [("Čačak", "cacak"), ("Hǎinán", "hainan"), ("Erdoğan", "erdogan"), ("Łódź", "lodz"), ("Orlov", "orlov")])
    func everyMarkedLatinLetterFoldsToItsLetter(name: String, folded: String) {
        #expect(NameLexicon.fold(name) == folded)
    }

    @Test func everyCorpusWordFoldsAsTheReferenceDoes() throws {
        var words = Set<String>()
        let folders = [ProjectPaths.samples] + [ProjectPaths.sharedCorpus, ProjectPaths.unseenCorpus].compactMap { $0 }
        let files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
        }
        for text in files.compactMap({ try? String(contentsOfFile: $0, encoding: .utf8) }) {
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
        }
        #expect(words.count > 300)
        for word in words { #expect(NameLexicon.foldWord(word) == Self.reference(word), "\(word)") }
    }
}
