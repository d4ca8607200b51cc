/// Turns HTML into the stored text of a document: tags stripped, block structure
/// kept as line breaks and blank lines, character references decoded, and
/// `<script>`, `<style>` and other non-text elements dropped.
///
/// It reads the markup in one pass without building a tree, so hostile input
/// (unclosed comments, endless nesting, stray `<`) costs linear time and cannot
/// inject anything: whatever is not text is discarded.
///
/// ```swift
/// let page = HTMLTextExtractor.extract("<title>T</title><h1>Exile</h1><p>Caf&eacute;.</p>")
/// page.text     // "Exile\n\nCafé."
/// page.title    // "T"
/// page.headings // [HeadingHint(level: 1, range: [0–5))]
/// ```
public struct HTMLTextExtractor {
    /// The extracted text, with its title and headings.
    public struct Result: Sendable {
        public var text: String
        public var title: String?
        public var headings: [HeadingHint]
    }

    public static func extract(_ html: String) -> Result {
        var extractor = HTMLTextExtractor(html)
        return extractor.run()
    }

    // MARK: - Element classes

    /// Elements whose whole content is dropped.
    static let droppedElements: Set<String> = [
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas",
        "textarea", "select",
    ]
    /// Elements that begin a new paragraph.
    static let paragraphElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote",
        "ul", "ol", "dl", "table", "pre", "hr", "figure", "figcaption", "address", "form",
        "fieldset", "details", "summary", "body", "center", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    /// Elements that begin a new line.
    static let lineElements: Set<String> = ["li", "tr", "dt", "dd", "br", "option"]

    // MARK: - State

    private let input: [Unicode.Scalar]
    private var position = 0
    private var output = TextBuilder()
    private var title: String?
    private var headings: [HeadingHint] = []
    private var openHeading: (level: Int, start: Int?)?
    private var preformattedDepth = 0
    private var lists: [(ordered: Bool, count: Int)] = []
    private var cellsInRow = 0

    private init(_ html: String) {
        input = Array(html.unicodeScalars)
    }

    private mutating func run() -> Result {
        while position < input.count {
            let scalar = input[position]
            if scalar == "<" {
                readMarkup()
            } else if scalar == "&" {
                appendText(readCharacterReference())
            } else {
                appendText(scalar)
                position += 1
            }
        }
        closeHeading()
        return Result(text: output.finish(), title: title, headings: headings)
    }

    // MARK: - Text

    private mutating func appendText(_ scalar: Unicode.Scalar) {
        if preformattedDepth > 0 {
            if scalar == "\n" { output.requestBreak(1) } else { output.append(scalar, heading: &openHeading) }
            return
        }
        if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
            output.requestSpace()
        } else if scalar == "\u{A0}" {
            output.append(" ", heading: &openHeading)
        } else {
            output.append(scalar, heading: &openHeading)
        }
    }

    /// Decodes `&amp;`, `&#233;`, `&#xE9;`; anything else stays a literal `&`.
    private mutating func readCharacterReference() -> Unicode.Scalar {
        var k = position + 1
        if k < input.count, input[k] == "#" {
            k += 1
            var hex = false
            if k < input.count, input[k] == "x" || input[k] == "X" { hex = true; k += 1 }
            var value: UInt32 = 0
            let digitsStart = k
            while k < input.count, k - digitsStart < 8, let digit = Self.digitValue(input[k], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ digit
                k += 1
            }
            guard k > digitsStart else { position += 1; return "&" }
            if k < input.count, input[k] == ";" { k += 1 }
            position = k
            if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        var name = String.UnicodeScalarView()
        while k < input.count, k - position <= 32, input[k].properties.isAlphabetic || Self.digitValue(input[k], hex: false) != nil {
            name.append(input[k])
            k += 1
        }
        if k < input.count, input[k] == ";", let scalar = HTMLEntities.scalar(named: String(name)) {
            position = k + 1
            return scalar
        }
        position += 1
        return "&"
    }

    private static func digitValue(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x61...0x66 where hex: scalar.value - 0x61 + 10
        case 0x41...0x46 where hex: scalar.value - 0x41 + 10
        default: nil
        }
    }

    // MARK: - Markup

    private mutating func readMarkup() {
        let next = position + 1 < input.count ? input[position + 1] : " "
        if starts(with: "<!--") {
            position = index(after: "-->", from: position + 4)
        } else if next == "!" || next == "?" {
            // Declarations, processing instructions and, in HTML (not XML), "<![CDATA[…": a
            // bogus comment up to the first ">", as browsers read it; never text.
            position = index(after: ">", from: position + 2)
        } else if next == "/" {
            let (name, end) = readTag(from: position + 2)
            position = end
            if !name.isEmpty { closeElement(name) }
        } else if next.properties.isAlphabetic && next.isASCII {
            let (name, end) = readTag(from: position + 1)
            position = end
            openElement(name)
        } else {
            appendText("<")
            position += 1
        }
    }

    /// Reads a tag name and skips its attributes (quotes respected); returns the
    /// lower-cased name and the offset after `>`.
    private func readTag(from start: Int) -> (String, Int) {
        var k = start
        var name = ""
        while k < input.count, input[k].isASCII, input[k].properties.isAlphabetic || ("0"..."9").contains(input[k]) || input[k] == "-" || input[k] == ":" {
            name.unicodeScalars.append(input[k])
            k += 1
        }
        var quote: Unicode.Scalar?
        while k < input.count {
            let s = input[k]
            if let q = quote {
                if s == q { quote = nil }
            } else if s == "\"" || s == "'" {
                quote = s
            } else if s == ">" {
                return (name.lowercased(), k + 1)
            }
            k += 1
        }
        return (name.lowercased(), input.count)
    }

    private mutating func openElement(_ name: String) {
        if Self.droppedElements.contains(name) || name == "title" {
            let contentStart = position
            let end = closingTagStart(of: name, from: position) ?? input.count
            if name == "title", title == nil {
                let raw = String(String.UnicodeScalarView(input[contentStart..<end]))
                let collapsed = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                title = collapsed.isEmpty ? nil : HTMLTextExtractor.extract(collapsed).text
            }
            position = end < input.count ? index(after: ">", from: end) : input.count
            return
        }
        if let level = Self.headingLevel(name) {
            closeHeading()
            output.requestBreak(2)
            openHeading = (level, nil)
            return
        }
        switch name {
        case "pre": preformattedDepth += 1
        case "ul": lists.append((false, 0))
        case "ol": lists.append((true, 0))
        case "li":
            output.requestBreak(1)
            if lists.isEmpty { lists.append((false, 0)) }
            lists[lists.count - 1].count += 1
            let list = lists[lists.count - 1]
            output.pendingMarker = list.ordered ? "\(list.count). " : "• "
            return
        case "tr": cellsInRow = 0
        case "td", "th":
            if cellsInRow > 0 { output.pendingSeparator = " | " }
            cellsInRow += 1
        default: break
        }
        if Self.paragraphElements.contains(name) || Self.lineElements.contains(name) {
            // A block inside an unclosed heading ends the heading: headings hold one line of words.
            closeHeading()
            output.requestBreak(Self.paragraphElements.contains(name) ? 2 : 1)
        }
    }

    private mutating func closeElement(_ name: String) {
        if Self.headingLevel(name) != nil {
            closeHeading()
            output.requestBreak(2)
            return
        }
        switch name {
        case "pre": preformattedDepth = max(0, preformattedDepth - 1)
        case "ul", "ol": if !lists.isEmpty { lists.removeLast() }
        default: break
        }
        if Self.paragraphElements.contains(name) { output.requestBreak(2) }
        else if Self.lineElements.contains(name) { output.requestBreak(1) }
    }

    private mutating func closeHeading() {
        guard let heading = openHeading else { return }
        openHeading = nil
        if let start = heading.start, output.count > start {
            headings.append(HeadingHint(level: heading.level, range: TextRange(start: start, end: output.count)))
        }
    }

    private static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.hasPrefix("h"), let digit = Int(name.dropFirst()), (1...6).contains(digit) else { return nil }
        return digit
    }

    // MARK: - Scanning

    private func starts(with literal: String) -> Bool {
        var k = position
        for scalar in literal.unicodeScalars {
            guard k < input.count, input[k] == scalar else { return false }
            k += 1
        }
        return true
    }

    private func index(of literal: String, from start: Int) -> Int? {
        let pattern = Array(literal.unicodeScalars)
        var k = start
        while k + pattern.count <= input.count {
            if input[k] == pattern[0], Array(input[k..<(k + pattern.count)]) == pattern { return k }
            k += 1
        }
        return nil
    }

    private func index(after literal: String, from start: Int) -> Int {
        index(of: literal, from: start).map { $0 + literal.unicodeScalars.count } ?? input.count
    }

    /// Where `</name` begins (case-insensitive), for raw-text elements.
    private func closingTagStart(of name: String, from start: Int) -> Int? {
        let target = Array(name.unicodeScalars)
        var k = start
        while k + 1 + target.count < input.count {
            if input[k] == "<", input[k + 1] == "/" {
                var matches = true
                for (offset, scalar) in target.enumerated() {
                    let candidate = input[k + 2 + offset]
                    if !(candidate == scalar || (candidate.isASCII && Unicode.Scalar(candidate.value | 0x20) == scalar)) {
                        matches = false
                        break
                    }
                }
                if matches { return k }
            }
            k += 1
        }
        return nil
    }
}

/// Accumulates extracted text, collapsing white space and turning requested breaks
/// into single line breaks or blank lines only when text follows them.
struct TextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    private var pendingSpace = false
    private var pendingBreak = 0
    var pendingMarker: String?
    var pendingSeparator: String?

    var count: Int { scalars.count }

    mutating func requestSpace() {
        if !scalars.isEmpty { pendingSpace = true }
    }

    mutating func requestBreak(_ lines: Int) {
        pendingBreak = max(pendingBreak, lines)
        pendingSpace = false
        pendingSeparator = nil
    }

    /// Appends a visible scalar, first writing any pending break, marker or space;
    /// records where an open heading's words begin.
    mutating func append(_ scalar: Unicode.Scalar, heading: inout (level: Int, start: Int?)?) {
        if pendingBreak > 0 {
            if !scalars.isEmpty { scalars.append(contentsOf: Array(repeating: "\n", count: pendingBreak)) }
            pendingBreak = 0
            pendingSpace = false
        }
        if let marker = pendingMarker {
            scalars.append(contentsOf: marker.unicodeScalars)
            pendingMarker = nil
            pendingSpace = false
        }
        if let separator = pendingSeparator {
            scalars.append(contentsOf: separator.unicodeScalars)
            pendingSeparator = nil
            pendingSpace = false
        }
        if pendingSpace, let last = scalars.last, last != "\n" {
            scalars.append(" ")
        }
        pendingSpace = false
        if heading != nil, heading?.start == nil, scalar != " " { heading?.start = scalars.count }
        scalars.append(scalar)
    }

    mutating func finish() -> String {
        while let last = scalars.last, last == " " || last == "\n" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
