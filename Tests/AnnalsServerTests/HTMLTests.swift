import Testing
import AnnalsServer

/// The HTML builder: text and attribute values are always escaped, so nothing from a
/// document or a query can become markup.
struct HTMLTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & \"Jerry\" 'n'", "Tom &amp; &quot;Jerry&quot; &#39;n&#39;"),
        ("Лев Троцкий — 1879 🙂", "Лев Троцкий — 1879 🙂"),
    ])
    func textIsEscaped(raw: String, escaped: String) {
        #expect(HTML.tag("p") { HTML.text(raw) }.render() == "<p>" + escaped + "</p>")
    }

    @Test func attributeValuesCannotCloseTheirQuotes() {
        let link = HTML.tag("a", .href("/x\" onmouseover=\"alert(1)"), .class("a<b")) { HTML.text("x") }
        #expect(link.render() == "<a href=\"/x&quot; onmouseover=&quot;alert(1)\" class=\"a&lt;b\">x</a>")
    }

    @Test func nilAttributesAreLeftOutAndVoidElementsHaveNoEnd() {
        let input = HTML.tag("input", attributes: [HTML.Attribute("name", "q"), HTML.Attribute("aria-current", nil)])
        #expect(input.render() == "<input name=\"q\">")
        let list = HTML.tag("ul") { for n in 1...2 { HTML.tag("li") { HTML.text("\(n)") } } }
        #expect(list.render() == "<ul><li>1</li><li>2</li></ul>")
    }
}
