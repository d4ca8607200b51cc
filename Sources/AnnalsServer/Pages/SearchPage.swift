import Foundation
import AnnalsRecord
import AnnalsStore

/// Full-text search results, the matched words marked, each hit a link to its sentence.
enum SearchPage {
    /// `suggestion`: the search read as meant, when a word of it is misspelt and nothing matched.
    static func render(query: String, results: SearchJSON?, error: String?, suggestion: String? = nil) -> HTML {
        Layout.page(title: query.isEmpty ? "Search" : "Search: \(query)") {
            HTML.tag("h1") { HTML.text("Search the sentences") }
            HTML.tag("form", HTML.Attribute("action", "/search"), HTML.Attribute("method", "get")) {
                HTML.tag("label", HTML.Attribute("for", "search-q")) { HTML.text("Words, \"a phrase\", prefix*, OR, NOT") }
                HTML.tag("input", .id("search-q"), HTML.Attribute("name", "q"), HTML.Attribute("type", "search"), HTML.Attribute("value", query))
                HTML.tag("button", HTML.Attribute("type", "submit")) { HTML.text("Search") }
            }
            if let error {
                HTML.tag("p", HTML.Attribute("role", "alert")) { HTML.text(error) }
            }
            if let results {
                HTML.tag("p", .class("muted")) { HTML.text(results.hits.isEmpty ? "No sentence matches." : Wording.counted(results.hits.count, "sentence") + ", best first.") }
                if let suggestion {
                    HTML.tag("p") {
                        HTML.text("Did you mean ")
                        HTML.tag("a", .href(Paths.search(suggestion))) { HTML.text(suggestion) }
                        HTML.text("?")
                    }
                }
                HTML.tag("ol") {
                    for hit in results.hits {
                        HTML.tag("li") {
                            HTML.tag("p") { marked(hit.snippet) }
                            HTML.tag("p", .class("muted")) {
                                HTML.tag("a", .href(Paths.reader(hit.source, start: hit.start, end: hit.end))) { HTML.text("\(hit.source) [\(hit.start)–\(hit.end))") }
                                if let section = hit.section { HTML.text(" · § \(section)") }
                            }
                        }
                    }
                }
            }
        }
    }

    /// "**word**" marks from the snippet become `<mark>`; everything else stays text.
    static func marked(_ snippet: String) -> [HTML] {
        snippet.components(separatedBy: "**").enumerated().map { index, piece in
            index % 2 == 1 ? HTML.tag("mark") { HTML.text(piece) } : HTML.text(piece)
        }
    }
}
