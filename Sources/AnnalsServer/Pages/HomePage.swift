import AnnalsCore
import AnnalsRecord

/// The home page: what the record holds, a search box, an ask box, the documents and the
/// people mentioned most.
enum HomePage {
    static func render(_ summary: RecordService.Summary) -> HTML {
        Layout.page(title: "The record", current: "/") {
            HTML.tag("h1") { HTML.text("The record") }
            HTML.tag("ul", .class("summary"), HTML.Attribute("aria-label", "What the record holds")) {
                item(summary.sources, "sources", "/documents")
                item(summary.sentences, "sentences", nil)
                for type in EntityType.allCases {
                    item(summary.entitiesByType[type] ?? 0, plural(type), "/entities?type=\(type.rawValue)")
                }
            }
            Layout.section("ask-heading", "Ask the record") {
                AskPage.form(question: "")
            }
            Layout.section("documents-heading", "Documents") {
                HTML.tag("ul") {
                    for document in summary.documents {
                        HTML.tag("li") {
                            HTML.tag("a", .href(Paths.reader(document.source))) { HTML.text(document.title) }
                            HTML.tag("span", .class("muted")) { HTML.text(" — \(document.source), \(document.sentences) sentences") }
                        }
                    }
                }
            }
            Layout.section("people-heading", "People mentioned most") {
                HTML.tag("ul") {
                    for person in summary.mostMentioned {
                        HTML.tag("li") {
                            HTML.tag("a", .href(Paths.entity(person.id))) { HTML.text(person.name) }
                            HTML.tag("span", .class("muted")) { HTML.text(" — \(person.mentions) mentions") }
                        }
                    }
                }
            }
        }
    }

    private static func item(_ count: Int, _ label: String, _ link: String?) -> HTML {
        HTML.tag("li") {
            HTML.tag("strong") { HTML.text("\(count)") }
            if let link {
                HTML.tag("a", .href(link)) { HTML.text(label) }
            } else {
                HTML.text(label)
            }
        }
    }

    static func plural(_ type: EntityType) -> String {
        switch type {
        case .person: "people"
        case .group: "groups"
        case .place: "places"
        case .org: "organisations"
        case .work: "works"
        case .event: "events"
        }
    }
}
