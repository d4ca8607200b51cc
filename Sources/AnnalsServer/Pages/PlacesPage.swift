import AnnalsCore
import AnnalsRecord

/// Every place with its mentions, and one person's journey: the dated events that put
/// them somewhere, in order, each with its sentence. (No map: drawing one needs tiles or
/// coordinates the record does not have.)
enum PlacesPage {
    static func render(places: [EntitySummaryJSON], journey: TimelineJSON?) -> HTML {
        let stops = journey?.events.filter { $0.place != nil && $0.date != nil } ?? []
        return Layout.page(title: "Places", current: "/places") {
            HTML.tag("h1") { HTML.text("Places") }
            HTML.tag("form", HTML.Attribute("action", "/places"), HTML.Attribute("method", "get")) {
                HTML.tag("label", HTML.Attribute("for", "journey-person")) { HTML.text("Whose journey") }
                HTML.tag("input", .id("journey-person"), HTML.Attribute("name", "person"), HTML.Attribute("type", "text"),
                         HTML.Attribute("value", journey?.entity.name ?? ""))
                HTML.tag("button", HTML.Attribute("type", "submit")) { HTML.text("Show") }
            }
            if let journey {
                Layout.section("journey", "The journey of \(journey.entity.name)") {
                    if stops.isEmpty {
                        HTML.tag("p", .class("muted")) { HTML.text("No dated event places them anywhere.") }
                    }
                    HTML.tag("ol", .class("journey")) {
                        for stop in stops {
                            HTML.tag("li") {
                                HTML.tag("strong") { HTML.text(stop.place ?? "") }
                                HTML.text(" — \(stop.date?.text ?? ""), \(stop.type)")
                                HTML.tag("span", .class("muted")) { HTML.text(" (\(stop.source))") }
                                if let citation = stop.citations.first {
                                    Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: citation.quote)
                                }
                            }
                        }
                    }
                }
            }
            Layout.section("all-places", "Every place, most mentioned first") {
                HTML.tag("ul", .class("columns")) {
                    for place in places {
                        HTML.tag("li") {
                            HTML.tag("a", .href(Paths.entity(place.id))) { HTML.text(place.name) }
                            HTML.tag("span", .class("muted")) { HTML.text(" \(place.mentions)") }
                        }
                    }
                }
            }
        }
    }
}
