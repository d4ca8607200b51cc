/// Makes the stored text of a plain-text or Markdown source: the file itself with
/// CRLF folded to LF and a leading byte-order mark dropped, nothing else changed.
public enum TextNormalizer {
    /// Folds CRLF to LF and drops a leading U+FEFF.
    public static func storedText(from raw: String) -> String {
        // CR and the BOM's bytes are unambiguous in UTF-8, so the bytes can be filtered directly.
        var bytes = Array(raw.utf8)
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard hasBOM || bytes.contains(0x0D) else { return raw }
        if hasBOM { bytes.removeFirst(3) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
