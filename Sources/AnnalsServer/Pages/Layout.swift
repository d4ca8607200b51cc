import Hummingbird
import Foundation

/// The frame of every page: landmarks, a skip link, the main navigation with the
/// current page marked, the search box, and the page's own content in `<main>`.
enum Layout {
    static let sections: [(path: String, label: String)] = [
        ("/", "Home"), ("/ask", "Ask"), ("/documents", "Documents"), ("/entities", "People & places"), ("/timeline", "Timeline"), ("/network", "Network"), ("/places", "Places"),
        ("/conflicts", "Conflicts"),
    ]

    static func page(title: String, current: String? = nil, @HTMLBuilder main: () -> [HTML]) -> HTML {
        HTML.group {
            HTML.tag("html", HTML.Attribute("lang", "en")) {
                HTML.tag("head") {
                    HTML.tag("meta", HTML.Attribute("charset", "utf-8"))
                    HTML.tag("meta", HTML.Attribute("name", "viewport"), HTML.Attribute("content", "width=device-width, initial-scale=1"))
                    HTML.tag("title") { HTML.text(title + " · Annals") }
                    HTML.tag("link", HTML.Attribute("rel", "stylesheet"), .href("/assets/annals.css"))
                    HTML.tag("script", HTML.Attribute("src", "/assets/annals.js"), HTML.Attribute("defer", ""))
                }
                HTML.tag("body") {
                    HTML.tag("a", .class("skip"), .href("#main")) { HTML.text("Skip to the content") }
                    HTML.tag("header", .class("site")) {
                        HTML.tag("nav", HTML.Attribute("aria-label", "Main")) {
                            HTML.tag("ul") {
                                for section in sections {
                                    HTML.tag("li") {
                                        HTML.tag("a", attributes: [.href(section.path), HTML.Attribute("aria-current", section.path == current ? "page" : nil)]) {
                                            HTML.text(section.label)
                                        }
                                    }
                                }
                            }
                        }
                        HTML.tag("form", HTML.Attribute("role", "search"), HTML.Attribute("action", "/search"), HTML.Attribute("method", "get")) {
                            HTML.tag("label", HTML.Attribute("for", "site-search")) { HTML.text("Search the sentences") }
                            HTML.tag("input", .id("site-search"), HTML.Attribute("name", "q"), HTML.Attribute("type", "search"))
                            HTML.tag("button", HTML.Attribute("type", "submit")) { HTML.text("Search") }
                        }
                    }
                    HTML.tag("main", .id("main"), HTML.Attribute("tabindex", "-1")) { main() }
                    HTML.tag("footer", .class("site")) {
                        HTML.text("Annals · every claim cites the sentence it comes from · ")
                        HTML.tag("a", .href("/openapi.json")) { HTML.text("JSON API") }
                    }
                }
            }
        }
    }

    /// A page as a response: HTML5 doctype, UTF-8.
    static func response(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        response(rendered: page.render(), status: status)
    }

    /// A page already rendered (as a kept dossier is).
    static func response(rendered page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: "<!doctype html>\n" + page)))
    }

    /// A table's header row, each heading a column header.
    static func tableHead(_ headings: [String]) -> HTML {
        HTML.tag("thead") { HTML.tag("tr") { for heading in headings { HTML.tag("th", HTML.Attribute("scope", "col")) { HTML.text(heading) } } } }
    }

    /// A section of a page, labelled by its heading (`id` names the heading, for links such as #facts).
    static func section(_ id: String, _ title: String, @HTMLBuilder content: () -> [HTML]) -> HTML {
        HTML.tag("section", HTML.Attribute("aria-labelledby", id)) {
            HTML.tag("h2", .id(id)) { HTML.text(title) }
            content()
        }
    }

    /// A citation as a link to the sentence in the reader, with the quote.
    static func quote(source: String, start: Int, end: Int, text: String) -> HTML {
        HTML.tag("blockquote", .class("cite")) {
            HTML.tag("p") { HTML.text(text) }
            HTML.tag("footer") {
                HTML.tag("a", .href(Paths.reader(source, start: start, end: end))) { HTML.text("\(source) [\(start)–\(end))") }
            }
        }
    }
}

/// Where things live, with every piece of a path percent-encoded.
enum Paths {
    static func encode(_ piece: String) -> String {
        piece.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }

    static func entity(_ id: String) -> String { "/entities/" + encode(id) }
    static func reader(_ source: String, start: Int? = nil, end: Int? = nil) -> String {
        "/documents/" + encode(source) + (start.map { "#c=\($0)-\(end ?? $0)" } ?? "")
    }
    static func search(_ query: String) -> String { "/search?q=" + encode(query) }
}
