import Foundation

/// Names folded for matching: case, diacritics and transliteration variants brought to one
/// spelling, so that every writing of a name finds the same entity.
extension NameLexicon {
    /// A name folded for matching: case and diacritics dropped, transliteration variants
    /// brought together ("Trotskii", "Trotski" → "trotski"; "Piatakov", "Pyatakov" → "piatakov").
    public static func fold(_ name: String) -> String {
        var folded = ""
        for scalar in name.lowercased().unicodeScalars {
            // Letters with marks fold to their letter (``baseLetter(of:)``); these few are letters of their own.
            switch scalar {
            case "ø": folded.append("o")
            case "ł": folded.append("l")
            case "’", "‘": folded.append("'")
            default:
                // A Latin letter with a mark ("é", "ć", "ğ", "ě", "ā") is its base letter.
                if !scalar.isASCII, let base = Self.baseLetter(of: scalar) { folded.unicodeScalars.append(base) }
                else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "'" { folded.unicodeScalars.append(scalar) }
                else if "-.–—‒―".unicodeScalars.contains(scalar) { folded.append(" ") }
            }
        }
        let words = folded.split(separator: " ").map { foldWord(String($0)) }
        return words.joined(separator: " ")
    }

    /// The ASCII letter a Latin letter with diacritics is written on ("ć" → "c", "ě" → "e"):
    /// the first scalar of its canonical decomposition, when the rest are combining marks.
    static func baseLetter(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        guard parts.count > 1, let first = parts.first, first.isASCII, first.properties.isAlphabetic,
              parts.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) else { return nil }
        return first
    }

    /// Transliteration variants of one word brought to one spelling.
    static func foldWord(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        softenedO(&w)
        for (from, to) in spellingVariants { replaceAll(&w, from, with: to) }
        for (suffix, replacement) in spellingSuffixes where w.count >= suffix.count + 2 && w.suffix(suffix.count).elementsEqual(suffix) {
            w = Array(w.dropLast(suffix.count)) + replacement
            break
        }
        if w.count > 4, w[0] == "y", w[1] == "e" { w.removeFirst() }
        var folded = ""
        folded.unicodeScalars.append(contentsOf: w)
        return folded
    }

    /// Russian "ё" after a consonant, written "yo" by one transliteration and "e" by another
    /// ("Pyotr", "Petr"; "Khrustalyov", "Khrustalev"), brought to "e".
    private static func softenedO(_ w: inout [Unicode.Scalar]) {
        var k = 1
        while k + 1 < w.count {
            if w[k] == "y", w[k + 1] == "o", w[k - 1].properties.isAlphabetic, !"aeiouy".unicodeScalars.contains(w[k - 1]) {
                w.replaceSubrange(k...(k + 1), with: ["e"])
            }
            k += 1
        }
    }

    /// Spellings one transliteration writes for another's, replaced in this order.
    private static let spellingVariants: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("shtein", "stein"), ("tz", "ts"), ("ph", "f"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"), ("kh", "h"), ("ck", "k"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Russian adjectival endings brought to one spelling ("Trotskiy", "Trotsky" → "trotski").
    private static let spellingSuffixes: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("skiy", "ski"), ("skii", "ski"), ("skij", "ski"), ("sky", "ski"), ("iy", "i"), ("ii", "i"), ("ij", "i"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Replaces every non-overlapping occurrence of `pattern`, left to right, as
    /// `String.replacingOccurrences` does, without leaving the scalars.
    private static func replaceAll(_ scalars: inout [Unicode.Scalar], _ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar]) {
        guard scalars.count >= pattern.count, let first = pattern.first else { return }
        var result: [Unicode.Scalar] = []
        var i = 0, changed = false
        while i < scalars.count {
            if scalars[i] == first, i + pattern.count <= scalars.count, scalars[i..<(i + pattern.count)].elementsEqual(pattern) {
                if !changed { result.reserveCapacity(scalars.count); result.append(contentsOf: scalars[..<i]); changed = true }
                result.append(contentsOf: replacement)
                i += pattern.count
            } else {
                if changed { result.append(scalars[i]) }
                i += 1
            }
        }
        if changed { scalars = result }
    }
}
