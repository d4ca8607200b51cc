import Foundation
import AnnalsCore
import AnnalsRecord

/// The people, places, organisations, works and events, by type.
enum EntitiesPage {
    static func render(_ entities: [EntitySummaryJSON], type: EntityType?) -> HTML {
        Layout.page(title: type.map { HomePage.plural($0).capitalized } ?? "People & places", current: "/entities") {
            HTML.tag("h1") { HTML.text(type.map { HomePage.plural($0).capitalized } ?? "People, places, organisations, works and events") }
            HTML.tag("nav", HTML.Attribute("aria-label", "Types")) {
                HTML.tag("ul", .class("inline")) {
                    HTML.tag("li") { HTML.tag("a", attributes: [.href("/entities"), HTML.Attribute("aria-current", type == nil ? "page" : nil)]) { HTML.text("All") } }
                    for kind in EntityType.allCases {
                        HTML.tag("li") {
                            HTML.tag("a", attributes: [.href("/entities?type=\(kind.rawValue)"), HTML.Attribute("aria-current", type == kind ? "page" : nil)]) {
                                HTML.text(HomePage.plural(kind))
                            }
                        }
                    }
                }
            }
            HTML.tag("table") {
                Layout.tableHead(["Name", "Type", "Mentions", "By source"])
                HTML.tag("tbody") {
                    for entity in entities {
                        HTML.tag("tr") {
                            HTML.tag("td") { HTML.tag("a", .href(Paths.entity(entity.id))) { HTML.text(entity.name) } }
                            HTML.tag("td") { HTML.text(entity.type) }
                            HTML.tag("td") { HTML.text("\(entity.mentions)") }
                            HTML.tag("td") { HTML.text(entity.mentionsBySource.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) }
                        }
                    }
                }
            }
        }
    }
}

/// One entity's dossier: its names and why they are one, where it is mentioned, who and
/// what it is named with, and the sentences that name it.
enum DossierPage {
    static func render(_ entity: EntityJSON, facts: FactsJSON?, quotes: [QuoteJSON], timeline: TimelineJSON? = nil) -> HTML {
        Layout.page(title: entity.name, current: "/entities") {
            HTML.tag("h1") { HTML.text(entity.name) }
            HTML.tag("p", .class("kind")) { HTML.text("\(entity.type) · \(entity.mentions) mentions" + (entity.pronounMentions > 0 ? " (+\(entity.pronounMentions) by pronoun)" : "")) }
            HTML.tag("p", .class("noprint")) {
                HTML.tag("a", .href("/timeline?entity=" + Paths.encode(entity.name))) { HTML.text("Timeline") }
                HTML.text(" · ")
                HTML.tag("a", .href("/places?person=" + Paths.encode(entity.name))) { HTML.text("Journey") }
                HTML.text(" · ")
                HTML.tag("a", .href("/api/entities/" + Paths.encode(entity.id) + "/facts")) { HTML.text("Facts as JSON") }
            }
            if let facts { factSections(facts) }
            if let timeline, timeline.events.contains(where: { TimelineLayout.year(of: $0.date) != nil }) {
                Layout.section("own-timeline", "Timeline") {
                    HTML.tag("figure") {
                        TimelinePage.compact(timeline)
                        HTML.tag("figcaption", .class("muted")) {
                            HTML.text("Each dot links to its sentence. ")
                            HTML.tag("a", .href("/timeline?entity=" + Paths.encode(entity.name))) { HTML.text("The full timeline, with disputed dates and the events listed") }
                        }
                    }
                }
            }
            if !quotes.isEmpty {
                Layout.section("quotes", "In their own words") {
                    for quote in quotes.prefix(12) {
                        if let citation = quote.citations.first {
                            Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: quote.text)
                        }
                    }
                }
            }
            Layout.section("names", "Names") {
                if entity.aliases.isEmpty {
                    HTML.tag("p", .class("muted")) { HTML.text("Only this name.") }
                } else {
                    HTML.tag("ul") { for alias in entity.aliases { HTML.tag("li") { HTML.text(alias) } } }
                }
                for evidence in entity.aliasEvidence {
                    HTML.tag("p") { HTML.text("“\(evidence.alias)”, as the text says:") }
                    Layout.quote(source: evidence.citation.source, start: evidence.citation.start, end: evidence.citation.end, text: evidence.citation.quote)
                }
                if !entity.merges.isEmpty {
                    HTML.tag("p") { HTML.text("Joined by rule:") }
                    HTML.tag("ul") { for merge in entity.merges { HTML.tag("li") { HTML.text(merge.names.joined(separator: " + ") + ": " + merge.rule) } } }
                }
            }
            Layout.section("sources", "Mentioned in") {
                HTML.tag("ul") {
                    for (source, count) in entity.mentionsBySource.sorted(by: { $0.key < $1.key }) {
                        HTML.tag("li") { HTML.tag("a", .href(Paths.reader(source))) { HTML.text(source) }; HTML.text(" — \(count)") }
                    }
                }
            }
            if !entity.related.isEmpty {
                Layout.section("related", "Named in the same sentences") {
                    HTML.tag("ul") {
                        for other in entity.related {
                            HTML.tag("li") {
                                HTML.tag("a", .href(Paths.entity(other.id))) { HTML.text(other.name) }
                                HTML.tag("span", .class("muted")) { HTML.text(" — \(other.type), \(other.sentences) sentences") }
                            }
                        }
                    }
                }
            }
            Layout.section("sentences", "Where the documents name it") {
                for citation in entity.citations {
                    Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: citation.quote)
                }
            }
        }
    }

    /// What the documents say it is: events with how many witnesses vouch for each, kin, offices, bodies, works.
    @HTMLBuilder
    static func factSections(_ facts: FactsJSON) -> [HTML] {
        if !facts.events.isEmpty {
            Layout.section("facts", "Facts") {
                HTML.tag("table") {
                    Layout.tableHead(["What", "When", "Where", "Witnesses", "Sources"])
                    HTML.tag("tbody") {
                        for event in facts.events {
                            HTML.tag("tr", attributes: [.class(event.disputed ? "disputed" : "")]) {
                                HTML.tag("td") { HTML.text(event.property + (event.disputed ? " (disputed)" : "")) }
                                HTML.tag("td") { HTML.text(event.date?.text ?? "") }
                                HTML.tag("td") { HTML.text(event.place ?? "") }
                                HTML.tag("td") { HTML.text("\(event.corroboration): " + event.witnesses.joined(separator: ", ")) }
                                HTML.tag("td") { citationLinks(event.citations) }
                            }
                        }
                    }
                }
            }
        }
        if !facts.relatives.isEmpty {
            Layout.section("kin", "Relatives and ties") {
                HTML.tag("ul") {
                    for relative in facts.relatives {
                        HTML.tag("li") {
                            HTML.text(relative.relation + ": ")
                            if let id = relative.other.id {
                                HTML.tag("a", .href(Paths.entity(id))) { HTML.text(relative.other.name) }
                            } else {
                                HTML.text(relative.other.name)
                            }
                            HTML.text(" ")
                            citationLinks(relative.citations)
                        }
                    }
                }
            }
        }
        if !facts.positions.isEmpty {
            Layout.section("positions", "Positions held") {
                HTML.tag("ul") {
                    for position in facts.positions {
                        HTML.tag("li") {
                            HTML.text(position.title + [position.start?.text, position.end?.text].compactMap { $0 }.map { " · \($0)" }.joined() + " ")
                            citationLinks(position.citations)
                        }
                    }
                }
            }
        }
        if !facts.memberships.isEmpty || !facts.works.isEmpty {
            Layout.section("bodies", "Memberships and works") {
                HTML.tag("ul") {
                    for membership in facts.memberships {
                        HTML.tag("li") {
                            HTML.text(membership.organization.name + ": " + membership.events.map { ($0.date?.text).map { d in "\(d) " } ?? "" }.joined(separator: ", "))
                            for event in membership.events { citationLinks(event.citations) }
                        }
                    }
                    for work in facts.works {
                        HTML.tag("li") {
                            HTML.tag("cite") { HTML.text(work.title) }
                            HTML.text(work.date.map { " (\($0.text))" } ?? "")
                            HTML.text(" ")
                            citationLinks(work.citations)
                        }
                    }
                }
            }
        }
    }

    /// Each citation as a short link to its sentence in the reader, the quote as its title.
    static func citationLinks(_ citations: [Citation]) -> [HTML] {
        citations.prefix(4).enumerated().map { n, citation in
            HTML.tag("a", .href(Paths.reader(citation.source, start: citation.start, end: citation.end)), HTML.Attribute("title", citation.quote)) {
                HTML.text("[\(n + 1)]")
            }
        }
    }
}
