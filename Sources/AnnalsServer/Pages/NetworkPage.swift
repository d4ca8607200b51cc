import AnnalsCore
import Foundation

/// People and organisations as a network: the layout computed here, node size by
/// mentions, lines by the sentences naming both, kinship written on its line. Each node
/// links to its dossier; the same links are listed below for keyboards and screen readers.
enum NetworkPage {
    static func render(_ network: RecordService.Network) -> HTML {
        let layout = NetworkLayout(nodes: network.nodes.count, edges: network.edges.map { ($0.a, $0.b, Double($0.sentences) / 3 + ($0.relations.isEmpty ? 0 : 2)) })
        let most = Double(network.nodes.map(\.mentions).max() ?? 1)
        let fmt = TimelinePage.fmt
        return Layout.page(title: "Network", current: "/network") {
            HTML.tag("h1") { HTML.text("People and organisations") }
            HTML.tag("p", .class("muted")) {
                HTML.text("The \(network.nodes.count) most mentioned, linked when two or more sentences name both or when a document states their kinship.")
            }
            HTML.tag("figure") {
                HTML.tag("svg", attributes: [HTML.Attribute("viewBox", "0 0 \(Int(layout.width)) \(Int(layout.height))"), HTML.Attribute("role", "img"),
                                             HTML.Attribute("aria-label", "Network of people and organisations"), .class("network")]) {
                    for edge in network.edges {
                        let a = layout.positions[edge.a], b = layout.positions[edge.b]
                        HTML.tag("line", attributes: [HTML.Attribute("x1", fmt(a.x)), HTML.Attribute("y1", fmt(a.y)), HTML.Attribute("x2", fmt(b.x)), HTML.Attribute("y2", fmt(b.y)),
                                                      .class(edge.relations.isEmpty ? "edge" : "edge kin"),
                                                      HTML.Attribute("stroke-width", fmt(min(1 + Double(edge.sentences) / 3, 6)))]) {
                            HTML.tag("title") {
                                HTML.text((edge.statements + ["\(edge.sentences) sentences name \(network.nodes[edge.a].name) and \(network.nodes[edge.b].name)"]).joined(separator: "; "))
                            }
                        }
                        if !edge.relations.isEmpty {
                            HTML.tag("text", attributes: [HTML.Attribute("x", fmt((a.x + b.x) / 2)), HTML.Attribute("y", fmt((a.y + b.y) / 2 - 3)), .class("edge-label")]) {
                                HTML.text(edge.relations.joined(separator: ", "))
                            }
                        }
                    }
                    for (n, node) in network.nodes.enumerated() {
                        let p = layout.positions[n]
                        HTML.tag("a", attributes: [.href(Paths.entity(node.id))]) {
                            HTML.tag("circle", attributes: [HTML.Attribute("cx", fmt(p.x)), HTML.Attribute("cy", fmt(p.y)),
                                                            HTML.Attribute("r", fmt(4 + 14 * sqrt(Double(node.mentions) / most))), .class("node \(node.type.rawValue)")]) {
                                HTML.tag("title") { HTML.text("\(node.name) — \(node.mentions) mentions") }
                            }
                            HTML.tag("text", attributes: [HTML.Attribute("x", fmt(p.x)), HTML.Attribute("y", fmt(p.y + 4 + 14 * sqrt(Double(node.mentions) / most) + 11)), .class("node-label")]) {
                                HTML.text(node.name)
                            }
                        }
                    }
                }
                HTML.tag("figcaption", .class("muted")) { HTML.text("Circles: people (blue) and organisations (purple), sized by mentions. Thicker lines: more sentences naming both.") }
            }
            HTML.tag("h2") { HTML.text("Links") }
            HTML.tag("ul") {
                for edge in network.edges.sorted(by: { ($0.sentences, $0.a) > ($1.sentences, $1.a) }) {
                    HTML.tag("li") {
                        HTML.tag("a", .href(Paths.entity(network.nodes[edge.a].id))) { HTML.text(network.nodes[edge.a].name) }
                        HTML.text(" — ")
                        HTML.tag("a", .href(Paths.entity(network.nodes[edge.b].id))) { HTML.text(network.nodes[edge.b].name) }
                        HTML.text(": \(edge.sentences) sentences" + (edge.statements.isEmpty ? "" : "; " + edge.statements.joined(separator: "; ")))
                    }
                }
            }
        }
    }
}
