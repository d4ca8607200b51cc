/// A piece of HTML built from values, never from strings pasted together: element and
/// attribute names are written in the code (`StaticString`), and every text and
/// attribute value is escaped when rendered. Text from documents can only ever be text.
public struct HTML: Sendable {
    enum Node: Sendable {
        case element(name: StaticString, attributes: [Attribute], children: [HTML])
        case text(String)
        case group([HTML])
    }

    let node: Node

    /// One attribute; the name is written in code, the value may come from anywhere.
    public struct Attribute: Sendable {
        let name: StaticString
        let value: String?

        public init(_ name: StaticString, _ value: String?) {
            self.name = name
            self.value = value
        }

        public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
        public static func id(_ value: String) -> Attribute { Attribute("id", value) }
        public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    }

    /// Escaped text.
    public static func text(_ string: String) -> HTML { HTML(node: .text(string)) }

    public static func group(@HTMLBuilder _ children: () -> [HTML]) -> HTML { HTML(node: .group(children())) }

    /// An element with attributes and children.
    public static func tag(_ name: StaticString, _ attributes: Attribute..., @HTMLBuilder children: () -> [HTML] = { [] }) -> HTML {
        HTML(node: .element(name: name, attributes: attributes, children: children()))
    }

    /// An element whose attributes are built at run time (nil values are left out).
    public static func tag(_ name: StaticString, attributes: [Attribute], @HTMLBuilder children: () -> [HTML] = { [] }) -> HTML {
        HTML(node: .element(name: name, attributes: attributes, children: children()))
    }

    static let voidElements: Set<String> = ["meta", "link", "br", "hr", "input", "img"]

    public func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch node {
        case .text(let string):
            out += Self.escape(string)
        case .group(let children):
            for child in children { child.render(into: &out) }
        case .element(let name, let attributes, let children):
            let tag = "\(name)"
            out += "<" + tag
            for attribute in attributes {
                guard let value = attribute.value else { continue }
                out += " \(attribute.name)=\"" + Self.escape(value) + "\""
            }
            out += ">"
            guard !Self.voidElements.contains(tag) else { return }
            for child in children { child.render(into: &out) }
            out += "</" + tag + ">"
        }
    }

    /// Escapes the five characters that can change HTML's meaning, in text and in quoted attributes.
    public static func escape(_ string: String) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for character in string.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// Lets pages list children with `if`, `for` and plain expressions.
@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ expression: HTML) -> [HTML] { [expression] }
    public static func buildExpression(_ expression: [HTML]) -> [HTML] { expression }
    public static func buildBlock(_ parts: [HTML]...) -> [HTML] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [HTML]?) -> [HTML] { part ?? [] }
    public static func buildEither(first: [HTML]) -> [HTML] { first }
    public static func buildEither(second: [HTML]) -> [HTML] { second }
    public static func buildArray(_ parts: [[HTML]]) -> [HTML] { parts.flatMap { $0 } }
}
