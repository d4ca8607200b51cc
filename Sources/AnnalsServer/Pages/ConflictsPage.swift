import AnnalsCore
import AnnalsRecord

/// Every disagreement between the sources, side by side: each value with the quotes
/// that give it, and the explanation of the difference.
enum ConflictsPage {
    static func render(_ conflicts: [ConflictJSON]) -> HTML {
        Layout.page(title: "Conflicts", current: "/conflicts") {
            HTML.tag("h1") { HTML.text("Where the sources disagree") }
            HTML.tag("p", .class("muted")) { HTML.text(conflicts.isEmpty ? "The sources do not disagree anywhere the record can tell." : conflicts.count == 1 ? "1 disagreement." : Wording.counted(conflicts.count, "disagreement") + ", the most important first.") }
            for (n, conflict) in conflicts.enumerated() {
                HTML.tag("section", .class("conflict-card"), HTML.Attribute("aria-labelledby", "conflict-\(n)")) {
                    HTML.tag("h2", .id("conflict-\(n)")) {
                        HTML.text("\(conflict.subject) — \(conflict.property)")
                        HTML.tag("span", .class("kind")) { HTML.text(" \(conflict.reason)") }
                    }
                    HTML.tag("div", .class("sides")) {
                        for value in conflict.values {
                            HTML.tag("div", .class("side")) {
                                HTML.tag("p", .class("answer")) {
                                    HTML.tag("strong") { HTML.text(value.text) }
                                    HTML.tag("span", .class("kind")) { HTML.text(" \(value.value)") }
                                }
                                HTML.tag("p", .class("muted")) { HTML.text("According to " + value.witnesses.joined(separator: ", ")) }
                                for citation in value.citations.prefix(3) {
                                    Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: citation.quote)
                                }
                            }
                        }
                    }
                    HTML.tag("p", .class("explanation")) { HTML.text("→ " + conflict.explanation) }
                }
            }
        }
    }
}
