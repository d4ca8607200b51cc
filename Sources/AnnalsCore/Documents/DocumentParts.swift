/// A long document read in parts, so that reading it costs memory in proportion to a
/// part, not to the whole file, and time in proportion to its length.
///
/// Parts tile the document: each starts where one of its sentences starts (the first
/// at offset 0) and ends where the next part starts. A part closes before it grows past
/// ``maximumLength`` code points, at the last section heading in its second half, else
/// the last paragraph start there, else the sentence that would overflow it. Each part
/// is a small document of its own (its text, its sentences, paragraphs and sections
/// with offsets counted from its start); what is read from it is moved back to the
/// whole document's offsets with ``DocumentPart/base``.
///
/// A document no longer than the limit is one part: itself, read exactly as before.
public enum DocumentParts {
    /// The longest part, in code points: about 500 KB of English.
    public static let maximumLength = 500_000

    /// The parts' sentence ranges, in order; one range covering every sentence when the
    /// document fits in one part.
    public static func sentenceRanges(of text: ScalarText, structure: DocumentStructure, maximumLength: Int = maximumLength) -> [Range<Int>] {
        let sentences = structure.sentences
        guard text.count > maximumLength, !sentences.isEmpty else { return [0..<sentences.count] }
        var ranges: [Range<Int>] = []
        var first = 0
        var partStart = 0
        var lastHeading: Int?, lastParagraph: Int?
        for (i, sentence) in sentences.enumerated() where i > first {
            if sentence.range.end - partStart > maximumLength {
                let half = partStart + maximumLength / 2
                let cut = [lastHeading, lastParagraph].compactMap { $0 }.first { sentences[$0].range.start >= half } ?? i
                ranges.append(first..<cut)
                first = cut
                partStart = sentences[cut].range.start
                lastHeading = nil
                lastParagraph = nil
                if cut < i { rememberBoundary(i) }
                continue
            }
            rememberBoundary(i)
        }
        ranges.append(first..<sentences.count)
        return ranges

        func rememberBoundary(_ i: Int) {
            guard i > first else { return }
            if sentences[i].isHeading, !sentences[i - 1].isHeading { lastHeading = i }
            if sentences[i].paragraph != nil, sentences[i].paragraph != sentences[i - 1].paragraph { lastParagraph = i }
        }
    }

    /// Part `number` of the parts `ranges` (from ``sentenceRanges(of:structure:maximumLength:)``)
    /// as a document of its own; the document itself when it is one part. Parts are made
    /// one at a time, so only one part's copy of the text is held at once.
    public static func part(_ number: Int, of ranges: [Range<Int>], text: ScalarText, structure: DocumentStructure) -> DocumentPart {
        guard ranges.count > 1 else { return DocumentPart(base: 0, text: text, structure: structure) }
        let start = number == 0 ? 0 : structure.sentences[ranges[number].lowerBound].range.start
        let end = number + 1 < ranges.count ? structure.sentences[ranges[number + 1].lowerBound].range.start : text.count
        return DocumentPart(span: TextRange(start: start, end: end), sentences: ranges[number], of: text, structure: structure)
    }
}

/// One part of a document: its own text and structure, and where it starts in the whole.
public struct DocumentPart: Sendable {
    /// The whole document's offset of the part's first code point.
    public let base: Int
    public let text: ScalarText
    public let structure: DocumentStructure

    init(base: Int, text: ScalarText, structure: DocumentStructure) {
        self.base = base
        self.text = text
        self.structure = structure
    }

    /// The part covering `span`, holding `sentences` of `structure`. Sections whose
    /// heading lies before the part are left out (what they frame falls to the nearest
    /// enclosing section the part holds); paragraphs and sections are clipped to the part.
    init(span: TextRange, sentences: Range<Int>, of whole: ScalarText, structure outline: DocumentStructure) {
        base = span.start
        text = ScalarText(scalars: Array(whole.scalars[span.start..<span.end]))
        func local(_ range: TextRange) -> TextRange {
            let start = min(max(range.start, span.start), span.end), end = min(max(range.end, start), span.end)
            return TextRange(start: start - span.start, end: end - span.start)
        }
        var sectionIndex: [Int: Int] = [:]
        var sections: [Section] = []
        for (index, section) in outline.sections.enumerated() where span.contains(section.heading) && section.range.start < span.end {
            sectionIndex[index] = sections.count
            sections.append(Section(level: section.level, heading: local(section.heading), range: local(section.range), parent: nil))
        }
        func kept(_ section: Int?) -> Int? {
            var current = section
            while let index = current {
                if let mapped = sectionIndex[index] { return mapped }
                current = outline.sections[index].parent
            }
            return nil
        }
        for (index, mapped) in sectionIndex { sections[mapped].parent = kept(outline.sections[index].parent) }
        var paragraphIndex: [Int: Int] = [:]
        var paragraphs: [Paragraph] = []
        let chosen = outline.sentences[sentences]
        for paragraph in Set(chosen.compactMap(\.paragraph)).sorted() {
            paragraphIndex[paragraph] = paragraphs.count
            let original = outline.paragraphs[paragraph]
            paragraphs.append(Paragraph(range: local(original.range), section: kept(original.section)))
        }
        let localSentences = chosen.map { sentence in
            Sentence(range: local(sentence.range), paragraph: sentence.paragraph.flatMap { paragraphIndex[$0] },
                     section: kept(sentence.section), isHeading: sentence.isHeading)
        }
        structure = DocumentStructure(sections: sections, paragraphs: paragraphs, sentences: localSentences)
    }
}
