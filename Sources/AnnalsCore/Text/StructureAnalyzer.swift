/// Finds the sections, paragraphs and sentences of a stored text.
///
/// A paragraph is a run of non-blank lines (an HTML block becomes one when the
/// text is extracted). Headings come from markup where there is markup (HTML
/// `h1`–`h6`, Markdown `#` and underlines) and from shape in plain text: a short,
/// capitalised line standing alone, with no closing punctuation
/// ("Childhood and family (1879-1896)"), or a numbered source header.
/// A paragraph of short lines (an infobox, a list, a table) is split line by line.
public struct StructureAnalyzer {
    let text: ScalarText
    let format: DocumentFormat
    let headingHints: [HeadingHint]
    var classifier = HeadingClassifier()

    public init(text: ScalarText, format: DocumentFormat, headingHints: [HeadingHint] = []) {
        self.text = text
        self.format = format
        self.headingHints = headingHints
    }

    /// A block of consecutive non-blank lines, or a single heading line.
    struct Block {
        var lines: [TextLine]
        var heading: (level: Int, words: TextRange)?
        var headingKind: HeadingClassifier.Kind?

        var range: TextRange { TextRange(start: lines.first!.content.start, end: lines.last!.content.end) }
    }

    public func analyze() -> DocumentStructure {
        var blocks = self.blocks()
        assignHeadings(&blocks)
        return assemble(blocks)
    }

    // MARK: - Blocks

    func blocks() -> [Block] {
        var blocks: [Block] = []
        var current: [TextLine] = []
        var inFence = false
        func flush() {
            if !current.isEmpty { blocks.append(Block(lines: current)) }
            current = []
        }
        let hintsByStart = Dictionary(headingHints.map { ($0.range.start, $0) }, uniquingKeysWith: { first, _ in first })
        for line in TextLine.lines(of: text) {
            if format == .html, let hint = hintsByStart[line.content.start] {
                // A heading is a block of its own, even when a <br> left text on the next line.
                flush()
                let words = TextRange(start: hint.range.start, end: min(hint.range.end, line.content.end))
                blocks.append(Block(lines: [line], heading: (hint.level, words)))
                continue
            }
            if format == .markdown {
                if MarkdownSyntax.isFence(text, line: line) { inFence.toggle() }
                if !inFence, let heading = MarkdownSyntax.atxHeading(text, line: line) {
                    flush()
                    blocks.append(Block(lines: [line], heading: heading))
                    continue
                }
                if !inFence, current.count == 1, !current[0].isBlank,
                   let level = MarkdownSyntax.setextUnderlineLevel(text, line: line),
                   !LineMarkers.startsWithListMarker(text, line: current[0]) {
                    current.append(line)
                    blocks.append(Block(lines: current, heading: (level, current[0].content)))
                    current = []
                    continue
                }
            }
            if line.isBlank && !inFence { flush() } else if !line.isBlank { current.append(line) }
        }
        flush()
        return blocks
    }

    // MARK: - Headings

    func assignHeadings(_ blocks: inout [Block]) {
        switch format {
        case .html:
            break   // headings came from the markup when the blocks were made
        case .markdown:
            if !blocks.contains(where: { $0.heading != nil }) { assignHeadingsByShape(&blocks) }
        case .plainText:
            assignHeadingsByShape(&blocks)
        }
    }

    /// Plain-text headings: the title line is level 1; a heading directly followed by
    /// another heading opens a part (level 2) and the ordinary headings after it sit
    /// one level deeper; numbered source headers sit below the heading before them.
    func assignHeadingsByShape(_ blocks: inout [Block]) {
        var kinds: [HeadingClassifier.Kind?] = blocks.indices.map { index in
            let block = blocks[index]
            guard block.lines.count == 1, index + 1 < blocks.count else { return nil }
            return classifier.classify(text.string(in: block.range))
        }
        // A line that repeats the document's first line is a caption or running head.
        let hasTitle = kinds.first.map { $0 == .titled } ?? false
        if hasTitle {
            let title = text.string(in: blocks[0].range)
            for index in blocks.indices.dropFirst() where kinds[index] == .titled
                && text.string(in: blocks[index].range) == title {
                kinds[index] = nil
            }
        }
        let base = hasTitle ? 2 : 1
        var sawPart = false
        var lastTitledLevel = base - 1
        for index in blocks.indices {
            guard let kind = kinds[index] else { continue }
            let level: Int
            if index == 0 && hasTitle {
                level = 1
            } else if kind == .numberedSource {
                level = lastTitledLevel + 1
            } else if index + 1 < blocks.count, kinds[index + 1] == .titled {
                level = base
                sawPart = true
            } else {
                level = sawPart ? base + 1 : base
            }
            if kind == .titled { lastTitledLevel = level }
            blocks[index].heading = (level, blocks[index].range)
            blocks[index].headingKind = kind
        }
    }

    // MARK: - Assembly

    func assemble(_ blocks: [Block]) -> DocumentStructure {
        var structure = DocumentStructure()
        var openSections: [Int] = []   // indices of sections still open, outermost first
        for block in blocks {
            if let heading = block.heading {
                while let last = openSections.last, structure.sections[last].level >= heading.level {
                    openSections.removeLast()
                }
                let index = structure.sections.count
                structure.sections.append(Section(level: heading.level, heading: heading.words,
                                                  range: TextRange(start: block.range.start, end: block.range.end),
                                                  parent: openSections.last))
                for open in openSections { structure.sections[open].range.end = block.range.end }
                openSections.append(index)
                for sentence in SentenceSegmenter.split(text, in: heading.words) {
                    structure.sentences.append(Sentence(range: sentence, paragraph: nil, section: index, isHeading: true))
                }
                continue
            }
            let section = openSections.last
            for open in openSections { structure.sections[open].range.end = block.range.end }
            let paragraphIndex = structure.paragraphs.count
            structure.paragraphs.append(Paragraph(range: block.range, section: section))
            for unit in units(of: block) {
                for sentence in SentenceSegmenter.split(text, in: unit) {
                    structure.sentences.append(Sentence(range: sentence, paragraph: paragraphIndex, section: section))
                }
            }
        }
        return structure
    }

    /// The runs of a paragraph to split into sentences: the whole paragraph for
    /// prose, each line for lists, tables and infoboxes.
    func units(of block: Block) -> [TextRange] {
        let lines = block.lines
        let listLines = lines.filter { LineMarkers.startsWithListMarker(text, line: $0) }.count
        let averageLength = lines.reduce(0) { $0 + $1.content.length } / max(lines.count, 1)
        let lineByLine = lines.count >= 2 && (averageLength <= 60 || listLines * 2 >= lines.count)
        let quoteMarks = format == .markdown
        var units: [TextRange] = []
        for (index, line) in lines.enumerated() {
            let start = LineMarkers.contentStart(text, line: line, allowQuoteMarks: quoteMarks)
            let opensUnit = index == 0 || lineByLine || LineMarkers.startsWithListMarker(text, line: line)
            if opensUnit || units.isEmpty {
                units.append(TextRange(start: min(start, line.content.end), end: line.content.end))
            } else {
                units[units.count - 1].end = line.content.end
            }
        }
        return units
    }
}
