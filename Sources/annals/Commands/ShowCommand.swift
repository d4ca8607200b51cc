import Foundation
import ArgumentParser
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals show DOC`: a document's outline, or everything about it as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a document's outline: sections with their paragraph and sentence counts.",
        discussion: """
            DOC is a source name (NAME@N for revision N), a document id or its first digits, or a title. \
            --json includes the stored text and every section, paragraph and sentence with offsets \
            (Unicode code points into the stored text).
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The document: source name, NAME@N, id prefix or title.", valueName: "doc"))
    var document: String

    @Flag(help: "List every sentence with its offsets under its section.")
    var sentences = false

    func run() throws {
        let store = try store.open()
        let revision = try store.resolve(document)
        let stored = try store.document(for: revision)
        let count = try store.revisions().filter { $0.source == revision.source }.count
        if output.json {
            try JSONOutput.print(DocumentJSON(stored))
            return
        }
        printHeader(stored, revisionCount: count)
        printOutline(stored)
    }

    private func printHeader(_ stored: StoredDocument, revisionCount: Int) {
        let revision = stored.revision
        let summary = revision.summary
        Terminal.writeLine(Terminal.bold(summary.title))
        Terminal.writeLine("  source     \(revision.source), revision \(revision.number) of \(revisionCount)\(revision.isLatest ? " (latest)" : "")")
        Terminal.writeLine("  document   \(revision.document.hex)")
        if let previous = revision.previous { Terminal.writeLine("  previous   \(previous.hex)") }
        Terminal.writeLine("  format     \(summary.format.displayName), \(Numbers.grouped(summary.characterCount)) characters")
        Terminal.writeLine("  ingested   \(Dates.short(revision.ingestedAt)) UTC")
        let bodySentences = stored.structure.sentences.filter { !$0.isHeading }.count
        Terminal.writeLine("  structure  " + Numbers.counted(summary.sectionCount, "section") + " · " + Numbers.counted(summary.paragraphCount, "paragraph") + " · " + Numbers.counted(bodySentences, "sentence") + " (+" + Numbers.counted(summary.sentenceCount - bodySentences, "heading") + ")")
        Terminal.writeLine()
    }

    private func printOutline(_ stored: StoredDocument) {
        let structure = stored.structure
        let text = ScalarText(stored.text)
        var paragraphs = Array(repeating: 0, count: structure.sections.count)
        var sentenceCounts = Array(repeating: 0, count: structure.sections.count)
        var unsectioned = (paragraphs: 0, sentences: 0)
        for paragraph in structure.paragraphs {
            if let section = paragraph.section { paragraphs[section] += 1 } else { unsectioned.paragraphs += 1 }
        }
        for sentence in structure.sentences where !sentence.isHeading {
            if let section = sentence.section { sentenceCounts[section] += 1 } else { unsectioned.sentences += 1 }
        }
        let minimumLevel = structure.sections.map(\.level).min() ?? 1
        if unsectioned.paragraphs > 0 {
            Terminal.writeLine(outlineLine("(before the first heading)", indent: 0, paragraphs: unsectioned.paragraphs,
                                           sentences: unsectioned.sentences, range: nil))
            printSentences(in: nil, structure: structure, text: text, indent: 1)
        }
        for (index, section) in structure.sections.enumerated() {
            let indent = section.level - minimumLevel
            Terminal.writeLine(outlineLine(text.string(in: section.heading), indent: indent, paragraphs: paragraphs[index],
                                           sentences: sentenceCounts[index], range: section.range))
            printSentences(in: index, structure: structure, text: text, indent: indent + 1)
        }
    }

    private func outlineLine(_ heading: String, indent: Int, paragraphs: Int, sentences: Int, range: TextRange?) -> String {
        let pad = String(repeating: "  ", count: indent)
        let title = pad + (heading.count > 60 ? String(heading.prefix(59)) + "…" : heading)
        let counts = Numbers.padLeft("\(paragraphs) ¶", 6) + Numbers.padLeft("\(sentences)", 6) + " sentences"
        let where_ = range.map { "  " + Terminal.dim($0.description) } ?? ""
        return Numbers.padRight(title, 64) + counts + where_
    }

    private func printSentences(in section: Int?, structure: DocumentStructure, text: ScalarText, indent: Int) {
        guard sentences else { return }
        let pad = String(repeating: "  ", count: indent)
        for sentence in structure.sentences where sentence.section == section && !sentence.isHeading {
            let quote = text.string(in: sentence.range).replacingOccurrences(of: "\n", with: " ⏎ ")
            Terminal.writeLine(pad + Terminal.dim(sentence.range.description) + " " + quote)
        }
    }
}

/// A document in JSON: metadata, stored text, sections, paragraphs and sentences.
struct DocumentJSON: Encodable {
    struct SectionJSON: Encodable {
        var level: Int
        var heading: String
        var headingStart: Int
        var headingEnd: Int
        var start: Int
        var end: Int
        var parent: Int?
    }

    struct ParagraphJSON: Encodable {
        var start: Int
        var end: Int
        var section: Int?
    }

    struct SentenceJSON: Encodable {
        var start: Int
        var end: Int
        var paragraph: Int?
        var section: Int?
        var isHeading: Bool
        var text: String
    }

    var source: String
    var revision: Int
    var latest: Bool
    var document: String
    var previousDocument: String?
    var title: String
    var format: String
    var ingestedAt: String
    var text: String
    var sections: [SectionJSON]
    var paragraphs: [ParagraphJSON]
    var sentences: [SentenceJSON]

    init(_ stored: StoredDocument) {
        let revision = stored.revision
        let scalars = ScalarText(stored.text)
        source = revision.source
        self.revision = revision.number
        latest = revision.isLatest
        document = revision.document.hex
        previousDocument = revision.previous?.hex
        title = revision.summary.title
        format = revision.summary.format.rawValue
        ingestedAt = revision.ingestedAt.formatted(.iso8601)
        text = stored.text
        sections = stored.structure.sections.map {
            SectionJSON(level: $0.level, heading: scalars.string(in: $0.heading), headingStart: $0.heading.start,
                        headingEnd: $0.heading.end, start: $0.range.start, end: $0.range.end, parent: $0.parent)
        }
        paragraphs = stored.structure.paragraphs.map { ParagraphJSON(start: $0.range.start, end: $0.range.end, section: $0.section) }
        sentences = stored.structure.sentences.map {
            SentenceJSON(start: $0.range.start, end: $0.range.end, paragraph: $0.paragraph, section: $0.section,
                         isHeading: $0.isHeading, text: scalars.string(in: $0.range))
        }
    }
}
