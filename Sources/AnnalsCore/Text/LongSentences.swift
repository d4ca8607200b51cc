/// A "sentence" no English writer would write, thousands of characters without a full
/// stop (a list pasted as one line, a transcript without punctuation, an OCR run), is
/// read in pieces, so that every later stage costs what a sentence of normal length
/// costs and the whole document stays linear in its length.
///
/// The rule: a sentence longer than ``maximumLength`` code points is broken before that
/// length at the last clause mark (`;`, `:`), else the last comma or dash, else the
/// last space, looking back no further than half the limit; a run without any of
/// them (one enormous word) is cut at the limit. Real prose never meets the limit:
/// the longest sentences in the corpus, the unseen biographies, the SQuAD articles and
/// the WikiWars histories are under 850 code points.
public enum LongSentences {
    /// The longest sentence read whole, in code points.
    public static let maximumLength = 2_000

    /// `sentence` itself when it is short enough, else its pieces in order, each trimmed.
    public static func pieces(of sentence: TextRange, in text: ScalarText, maximumLength: Int = maximumLength) -> [TextRange] {
        guard sentence.end - sentence.start > maximumLength else { return [sentence] }
        var pieces: [TextRange] = []
        var start = sentence.start
        while sentence.end - start > maximumLength {
            let cut = breakPoint(in: text, from: start, limit: start + maximumLength, floor: start + maximumLength / 2)
            let piece = text.trimmed(TextRange(start: start, end: cut))
            if !piece.isEmpty { pieces.append(piece) }
            start = cut
            while start < sentence.end, text[start].isAnnalsWhitespace { start += 1 }
        }
        let last = text.trimmed(TextRange(start: start, end: sentence.end))
        if !last.isEmpty { pieces.append(last) }
        return pieces
    }

    /// Where to end a piece that starts at `start`: just after the best break before `limit`.
    private static func breakPoint(in text: ScalarText, from start: Int, limit: Int, floor: Int) -> Int {
        for marks in [Self.clauseMarks, Self.phraseMarks] {
            var k = limit - 1
            while k > floor {
                if marks.contains(text[k]), text[k + 1].isAnnalsWhitespace { return k + 1 }
                k -= 1
            }
        }
        var k = limit - 1
        while k > floor {
            if text[k].isAnnalsWhitespace { return k }
            k -= 1
        }
        return limit
    }

    private static let clauseMarks: Set<Unicode.Scalar> = [";", ":"]
    private static let phraseMarks: Set<Unicode.Scalar> = [",", "—", "–"]
}
