import Testing
import AnnalsCore

/// HTML becomes text with its blocks kept and everything that is not text dropped.
struct HTMLTextExtractorTests {
    @Test func keepsBlocksAndStripsInlineTags() {
        let page = HTMLTextExtractor.extract("<html><body><p>One <b>bold</b>\n   word.</p><p>Two<br>lines</p></body></html>")
        #expect(page.text == "One bold word.\n\nTwo\nlines")
    }

    @Test func decodesCharacterReferences() {
        let page = HTMLTextExtractor.extract("<p>Ram&oacute;n &amp; Caf&#233; &#x41C; &ldquo;q&rdquo; &nbsp;x &bogus; &#0; AT&T</p>")
        #expect(page.text == "Ramón & Café М “q”  x &bogus; \u{FFFD} AT&T")
    }

    @Test func dropsScriptsStylesAndComments() {
        let page = HTMLTextExtractor.extract("""
            <head><title>T</title><style>p { color: red }</style><script>alert("<p>x</p>")</script></head>
            <body><!-- hidden <p>no</p> --><p>Shown.</p><noscript>no</noscript><SCRIPT>bad()</SCRIPT></body>
            """)
        #expect(page.text == "Shown.")
        #expect(page.title == "T")
    }

    @Test func cdataInHTMLIsABogusCommentAsBrowsersReadIt() {
        // In HTML (not XML) "<![CDATA[" opens a bogus comment that the first ">" closes.
        let page = HTMLTextExtractor.extract("<p>Before.</p><![CDATA[hidden]]><p>After.</p><![CDATA[x > y]]>")
        #expect(page.text == "Before.\n\nAfter.\n\ny]]>")
    }

    @Test func reportsHeadingsWithLevelsAndExactRanges() {
        let page = HTMLTextExtractor.extract("<h1>Life of <i>Mara</i></h1><p>Text.</p><h3> Exile </h3><p>More.</p>")
        #expect(page.text == "Life of Mara\n\nText.\n\nExile\n\nMore.")
        let scalars = ScalarText(page.text)
        #expect(page.headings.map(\.level) == [1, 3])
        #expect(page.headings.map { scalars.string(in: $0.range) } == ["Life of Mara", "Exile"])
    }

    @Test func listsAndTablesBecomeLines() {
        let page = HTMLTextExtractor.extract("<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
        #expect(page.text == "• one\n• two\n\n1. first\n\na | b\nc")
    }

    @Test(arguments: [
        "<p>open comment <!-- never closed <p>hidden",
        "<p>kept</p><script>while(1){} no end",
        "<p>a < b and c > d</p>",
        "<p title=\"x > y\">attribute with bracket</p>",
        "<div><div><div><p>deep</p>",
        "<p>unterminated tag <b",
        "<<<>>>&&&;;;",
        "<![CDATA[raw <text>]]>",
    ])
    func hostileMarkupNeverLeaksTagsOrCrashes(html: String) {
        let page = HTMLTextExtractor.extract(html)
        #expect(!page.text.contains("<p"))
        #expect(!page.text.contains("<script"))
        #expect(!page.text.contains("hidden"))
        #expect(!page.text.contains("while(1)"))
    }

    @Test func deepNestingIsLinear() {
        let html = String(repeating: "<div><span>", count: 50_000) + "core" + String(repeating: "</span></div>", count: 50_000)
        #expect(HTMLTextExtractor.extract(html).text == "core")
    }

    @Test func aHeadingCutShortByALineOrABlockLosesNoText() {
        let document = DocumentPreparer.prepare(text: "<h2>Exile<br>in Kursk</h2><p>Body.</p><h3>Open heading<p>A paragraph.</p>",
                                                sourceName: "a.html", format: .html)
        let scalars = ScalarText(document.text)
        #expect(document.structure.sections.map { scalars.string(in: $0.heading) } == ["Exile", "Open heading"])
        #expect(document.structure.sentences.filter { !$0.isHeading }.map { scalars.string(in: $0.range) }
                == ["in Kursk", "Body.", "A paragraph."])
    }

    @Test func htmlDocumentsKeepHeadingsAsSections() {
        let document = DocumentPreparer.prepare(
            text: "<title>Account</title><h1>Mara</h1><p>Born 1861. Died 1924.</p><h2>Exile</h2><p>Arrested in 1880.</p>",
            sourceName: "a.html", format: .html)
        let scalars = ScalarText(document.text)
        #expect(document.title == "Account")
        #expect(document.structure.sections.map { scalars.string(in: $0.heading) } == ["Mara", "Exile"])
        #expect(document.structure.sections.map(\.level) == [1, 2])
        #expect(document.structure.sentences.filter { !$0.isHeading }.count == 3)
    }
}
