import Foundation

/// What a page's `<meta>` tags say about it; for now, when it was published
/// (`<meta name="date" content="1927-05-03">`, `property="article:published_time"`, …).
enum HTMLMetadata {
    /// The `name` or `property` values of meta tags that give a page's date, most specific first.
    static let dateNames = ["article:published_time", "og:published_time", "citation_publication_date", "dc.date.issued",
                            "dcterms.created", "dcterms.date", "dc.date", "publication_date", "pubdate", "date"]

    /// The content of the first meta tag naming a publication date, in the order of `dateNames`.
    static func publishedDate(in html: String) -> String? {
        var found: [String: String] = [:]
        var rest = html[...]
        while let open = rest.range(of: "<meta", options: .caseInsensitive) {
            let tail = rest[open.upperBound...]
            guard let close = tail.firstIndex(of: ">") else { break }
            let attributes = Self.attributes(of: tail[..<close])
            if let key = (attributes["name"] ?? attributes["property"] ?? attributes["itemprop"])?.lowercased(),
               let content = attributes["content"], found[key] == nil {
                found[key] = content
            }
            rest = tail[close...]
        }
        return dateNames.lazy.compactMap { found[$0] }.first
    }

    /// `name="value"` pairs of a tag's text (names lower-cased; quotes single, double or none).
    static func attributes(of tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var i = tag.startIndex
        func skipSpaces() { while i < tag.endIndex, tag[i].isWhitespace || tag[i] == "/" { i = tag.index(after: i) } }
        while true {
            skipSpaces()
            guard i < tag.endIndex else { break }
            let nameStart = i
            while i < tag.endIndex, !tag[i].isWhitespace, tag[i] != "=", tag[i] != "/" { i = tag.index(after: i) }
            let name = tag[nameStart..<i].lowercased()
            skipSpaces()
            guard i < tag.endIndex, tag[i] == "=" else { result[name] = ""; continue }
            i = tag.index(after: i)
            skipSpaces()
            guard i < tag.endIndex else { break }
            let value: Substring
            if tag[i] == "\"" || tag[i] == "'" {
                let quote = tag[i]
                let start = tag.index(after: i)
                let end = tag[start...].firstIndex(of: quote) ?? tag.endIndex
                value = tag[start..<end]
                i = end < tag.endIndex ? tag.index(after: end) : end
            } else {
                let start = i
                while i < tag.endIndex, !tag[i].isWhitespace { i = tag.index(after: i) }
                value = tag[start..<i]
            }
            result[name] = String(value)
        }
        return result
    }
}
