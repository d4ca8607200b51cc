/// Makes the stored text of a plain-text or Markdown source: the file itself with
/// CRLF folded to LF and a leading byte-order mark dropped, nothing else changed.
public enum TextNormalizer {
    /// Folds CRLF to LF and drops a leading U+FEFF.
    public static func storedText(from raw: String) -> String {
        var scalars = raw.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var previousWasCR = false
        for scalar in scalars {
            if previousWasCR {
                if scalar != "\n" { out.append("\r") }
                previousWasCR = false
            }
            if scalar == "\r" { previousWasCR = true; continue }
            out.append(scalar)
        }
        if previousWasCR { out.append("\r") }
        return String(out)
    }
}
