import Testing
import AnnalsCore
import AnnalsTesting

/// Sections, paragraphs and sentences found in plain text and Markdown.
struct StructureAnalyzerTests {
    private func prepare(_ text: String, format: DocumentFormat = .plainText) -> (ScalarText, DocumentStructure) {
        let document = DocumentPreparer.prepare(text: text, sourceName: "test", format: format)
        return (ScalarText(document.text), document.structure)
    }

    private func headings(_ text: String, format: DocumentFormat = .plainText) -> [String] {
        let (scalars, structure) = prepare(text, format: format)
        return structure.sections.map { scalars.string(in: $0.heading) }
    }

    @Test func findsPlainTextHeadingsByShape() {
        let (scalars, structure) = prepare(SampleTexts.plainAccount)
        #expect(structure.sections.map { scalars.string(in: $0.heading) }
                == ["Mara Velinskaya", "Early years (1861-1879)", "Exile (1880-1884)"])
        #expect(structure.sections.map(\.level) == [1, 2, 2])
        #expect(structure.sections[1].parent == 0)
        #expect(structure.paragraphs.count == 2)
        #expect(structure.sentences.filter { !$0.isHeading }.count == 8)
    }

    @Test func sectionRangesNestAndCoverTheirParagraphs() {
        let (_, structure) = prepare(SampleTexts.plainAccount)
        for paragraph in structure.paragraphs {
            let section = try! #require(paragraph.section)
            #expect(structure.sections[section].range.contains(paragraph.range))
        }
        #expect(structure.sections[0].range.contains(structure.sections[2].range))
    }

    @Test func aHeadingFollowedByHeadingsOpensAPart() {
        let text = "Title\n\nPart one\n\nFirst chapter (1900-1901)\n\nBody text here.\n\nSecond chapter\n\nMore body.\n\nPart two\n\nThird chapter\n\nEnd of it."
        let (_, structure) = prepare(text)
        #expect(structure.sections.map(\.level) == [1, 2, 3, 3, 2, 3])
        #expect(structure.sections[3].parent == 1)
        #expect(structure.sections[5].parent == 4)
    }

    @Test(arguments: [
        "Lev Bronstein, 1897",                          // a caption: comma and year
        "He left the city and never came back to it.",  // a sentence
        "At the meeting he said:",                      // introduces a quotation
        "\"He had nothing to do with it.\"",            // a quoted line
        "© Someone, 1997 - 2013",                       // not capitalised text
        "Trotsky with Lenin and soldiers in Petrograd during the winter of 1921",  // too long for a heading
    ])
    func standaloneLinesThatAreNotHeadings(line: String) {
        #expect(headings("Title\n\nA first paragraph.\n\n\(line)\n\nA last paragraph.") == ["Title"])
    }

    @Test func numberedSourceHeadersSitBelowTheirHeading() {
        let text = "Title\n\nSome narrative.\n\nPrimary Sources\n\n(1) A. Writer, My Life (1930)\n\nHe wrote this.\n\n(2) B. Writer, letter to a friend (2nd March, 1903).\n\nShe wrote that."
        let (scalars, structure) = prepare(text)
        #expect(structure.sections.map { scalars.string(in: $0.heading) }
                == ["Title", "Primary Sources", "(1) A. Writer, My Life (1930)", "(2) B. Writer, letter to a friend (2nd March, 1903)."])
        #expect(structure.sections.map(\.level) == [1, 2, 3, 3])
    }

    @Test func aLineRepeatingTheTitleIsACaption() {
        #expect(headings("Leon Example\n\nFirst part.\n\nLeon Example\n\nSecond part.") == ["Leon Example"])
    }

    @Test func shortLinesAreSentencesOfTheirOwn() {
        let (scalars, structure) = prepare("Title\n\nBorn March 12, 1861\nDorvik, Estland\nDied 1924\n\nProse follows here.")
        let sentences = structure.sentences.filter { !$0.isHeading }.map { scalars.string(in: $0.range) }
        #expect(sentences == ["Born March 12, 1861", "Dorvik, Estland", "Died 1924", "Prose follows here."])
    }

    @Test func wrappedProseIsJoinedAcrossLines() {
        let line1 = "This is a long line of ordinary prose that wraps at seventy characters"
        let line2 = "and goes on to the next line. A second sentence follows it right here."
        let (scalars, structure) = prepare("\(line1)\n\(line2)")
        #expect(structure.sentences.map { scalars.string(in: $0.range) }
                == ["\(line1)\nand goes on to the next line.", "A second sentence follows it right here."])
    }

    @Test func listItemsAreSeparateAndTheirMarkersLeftOut() {
        let (scalars, structure) = prepare("Notes\n\n  1. First note here\n  2. Second note here\n  • A bullet")
        #expect(structure.sentences.filter { !$0.isHeading }.map { scalars.string(in: $0.range) }
                == ["First note here", "Second note here", "A bullet"])
    }

    @Test func markdownHeadingsLevelsAndMarkers() {
        let text = "# Mara Velinskaya\n\nIntro text.\n\n## Early years\n\n> A quoted line.\n\n- item one\n- item two\n\nSetext heading\n--------------\n\nBody."
        let (scalars, structure) = prepare(text, format: .markdown)
        #expect(structure.sections.map { scalars.string(in: $0.heading) } == ["Mara Velinskaya", "Early years", "Setext heading"])
        #expect(structure.sections.map(\.level) == [1, 2, 2])
        let body = structure.sentences.filter { !$0.isHeading }.map { scalars.string(in: $0.range) }
        #expect(body == ["Intro text.", "A quoted line.", "item one", "item two", "Body."])
    }

    @Test func markdownFencesHideHeadings() {
        #expect(headings("# Real\n\n```\n# not a heading\n```\n\nText.", format: .markdown) == ["Real"])
    }

    @Test func titlesComeFromTheFirstLineOrHeading() {
        #expect(DocumentPreparer.prepare(text: "\n\n  First line  \nSecond", sourceName: "a", format: .plainText).title == "First line")
        #expect(DocumentPreparer.prepare(text: "Intro\n\n# Heading", sourceName: "a", format: .markdown).title == "Heading")
        #expect(DocumentPreparer.prepare(text: "<title> Page  T </title><p>x</p>", sourceName: "a", format: .html).title == "Page T")
    }
}
