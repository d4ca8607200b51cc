import AnnalsCore
import AnnalsRecord
import Foundation

/// Where each event of a timeline is drawn: one lane per source (or per person), time
/// running left to right over the period shown. Pure arithmetic, so it can be tested.
struct TimelineLayout {
    struct Mark: Equatable {
        var lane: Int
        var x: Double
        var index: Int
    }

    static let width = 1000.0, laneHeight = 56.0, left = 170.0, right = 20.0, top = 34.0

    var from: Double
    var to: Double
    var lanes: [String]
    var marks: [Mark] = []

    /// `events` by lane, each with its year as a fraction ("1879-11-07" ≈ 1879.85); the
    /// period is theirs unless `from`/`to` narrow it.
    init(lanes: [(String, [Double])], from: Double? = nil, to: Double? = nil) {
        self.lanes = lanes.map(\.0)
        let years = lanes.flatMap(\.1)
        var low = from ?? (years.min() ?? 0).rounded(.down)
        var high = to ?? ((years.max() ?? 1) + 1).rounded(.down)
        if let from, let to, from > to { (low, high) = (to, from) }
        self.from = low
        self.to = max(high, low + 1)
        var index = 0
        for (lane, (_, times)) in lanes.enumerated() {
            for time in times {
                if time >= self.from && time <= self.to { marks.append(Mark(lane: lane, x: x(for: time), index: index)) }
                index += 1
            }
        }
    }

    func x(for year: Double) -> Double {
        Self.left + (year - from) / (to - from) * (Self.width - Self.left - Self.right)
    }

    func y(lane: Int) -> Double { Self.top + Double(lane) * Self.laneHeight + Self.laneHeight / 2 }
    var height: Double { Self.top + Double(lanes.count) * Self.laneHeight + 10 }

    /// Year ticks at a round step (1, 2, 2.5 or 5 times a power of ten), at most about
    /// ten across whatever the span, so the drawing costs its pixels, not its years.
    var ticks: [Int] {
        let span = max(to - from, 1)
        var power = 1
        while Double(power) * 10 * 8 < span, power < 1_000_000_000 { power *= 10 }
        let step = [1, 2, 5, 10].map { $0 * power }.first { Double($0) * 8 >= span } ?? power * 10
        let first = Int((from / Double(step)).rounded(.up)) * step
        return Array(stride(from: first, through: Int(to.rounded(.down)), by: step).prefix(20))
    }

    /// A date's place in time as a fractional year, from its earliest day.
    static func year(of date: DateJSON?) -> Double? {
        (date?.earliest ?? date?.value).flatMap(year(ofISO:))
    }

    /// "1879-11-07", "1889", "1917-11-07/1917-11-08" (its start) as a fractional year.
    static func year(ofISO value: String) -> Double? {
        let iso = value.split(separator: "/").first.map(String.init) ?? value
        guard iso.first?.isNumber == true else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first, InputBounds.year.contains(year) else { return nil }
        let month = parts.count > 1 ? parts[1] : 1, day = parts.count > 2 ? parts[2] : 1
        return Double(year) + (Double(month - 1) * 30.4 + Double(day - 1)) / 365.25
    }
}

/// The timeline of one entity, one lane per source, as SVG with its events listed in
/// order below it; dates the sources disagree on drawn as linked alternatives.
enum TimelinePage {
    /// One lane of the drawing: a source's or a person's events.
    struct Lane {
        var label: String
        var events: [EventJSON]
    }

    /// `timeline` with one lane per source, or, when `people` are given, one lane per person.
    static func render(_ timeline: TimelineJSON, people: [TimelineJSON] = [], conflicts: [ConflictJSON], from: Int?, to: Int?) -> HTML {
        let perPerson = !people.isEmpty
        // Only events the drawing can place: marks index into them lane by lane.
        func drawable(_ event: EventJSON) -> Bool { TimelineLayout.year(of: event.date) != nil }
        let lanes: [Lane] = perPerson
            ? people.map { Lane(label: $0.entity.name, events: $0.events.filter(drawable)) }
            : Array(Set(timeline.events.filter(drawable).map(\.source))).sorted().map { source in
                Lane(label: source, events: timeline.events.filter { drawable($0) && $0.source == source })
            }
        let events = lanes.flatMap(\.events)
        let layout = TimelineLayout(lanes: lanes.map { ($0.label, $0.events.map { TimelineLayout.year(of: $0.date)! }) },
                                    from: from.map(Double.init), to: to.map(Double.init))
        let names = perPerson ? people.map(\.entity.name).joined(separator: ",") : timeline.entity.name
        let base = "/timeline?" + (perPerson ? "people=" : "entity=") + Paths.encode(names)
        let title = perPerson ? "Timelines of " + people.map(\.entity.name).joined(separator: ", ") : "Timeline of \(timeline.entity.name)"
        return Layout.page(title: title, current: "/timeline") {
            HTML.tag("h1") { HTML.text(title) }
            HTML.tag("form", HTML.Attribute("action", "/timeline"), HTML.Attribute("method", "get")) {
                HTML.tag("label", HTML.Attribute("for", "tl-entity")) { HTML.text("Whose timeline") }
                HTML.tag("input", .id("tl-entity"), HTML.Attribute("name", "entity"), HTML.Attribute("type", "text"), HTML.Attribute("value", perPerson ? "" : timeline.entity.name))
                HTML.tag("label", HTML.Attribute("for", "tl-people")) { HTML.text("or several, one lane each (commas)") }
                HTML.tag("input", .id("tl-people"), HTML.Attribute("name", "people"), HTML.Attribute("type", "text"), HTML.Attribute("value", perPerson ? names : ""))
                HTML.tag("label", HTML.Attribute("for", "tl-from")) { HTML.text("from") }
                HTML.tag("input", .id("tl-from"), HTML.Attribute("name", "from"), HTML.Attribute("type", "text"), HTML.Attribute("inputmode", "numeric"),
                         HTML.Attribute("size", "5"), HTML.Attribute("value", from.map(String.init) ?? ""))
                HTML.tag("label", HTML.Attribute("for", "tl-to")) { HTML.text("to") }
                HTML.tag("input", .id("tl-to"), HTML.Attribute("name", "to"), HTML.Attribute("type", "text"), HTML.Attribute("inputmode", "numeric"),
                         HTML.Attribute("size", "5"), HTML.Attribute("value", to.map(String.init) ?? ""))
                HTML.tag("button", HTML.Attribute("type", "submit")) { HTML.text("Show") }
            }
            HTML.tag("nav", HTML.Attribute("aria-label", "Periods")) {
                HTML.tag("ul", .class("inline")) {
                    HTML.tag("li") { HTML.tag("a", .href(base)) { HTML.text("Whole span") } }
                    for decade in decades(of: events.compactMap { TimelineLayout.year(of: $0.date) }) {
                        HTML.tag("li") { HTML.tag("a", .href(base + "&from=\(decade)&to=\(decade + 10)")) { HTML.text("\(decade)s") } }
                    }
                }
            }
            HTML.tag("figure") {
                svg(layout, events: events, conflicts: perPerson ? [] : conflicts, label: title + (perPerson ? ", one lane per person" : ", one lane per source"))
                HTML.tag("figcaption", .class("muted")) {
                    HTML.text(Wording.counted(events.count, "dated event") + " in " + Wording.counted(lanes.count, "lane") + ", \(layout.marks.count) in \(Int(layout.from))–\(Int(layout.to)).")
                    if !perPerson { HTML.text(" Dashed lines join dates the sources disagree on.") }
                }
            }
            HTML.tag("h2") { HTML.text("Events in order") }
            HTML.tag("ol", .class("events")) {
                for event in events.sorted(by: { (TimelineLayout.year(of: $0.date) ?? 0) < (TimelineLayout.year(of: $1.date) ?? 0) }) {
                    if let year = TimelineLayout.year(of: event.date), year >= layout.from, year <= layout.to {
                        HTML.tag("li") {
                            HTML.tag("strong") { HTML.text(event.date?.text ?? "") }
                            HTML.text(" — \(event.type)" + (event.place.map { " at \($0)" } ?? "") + " (\(event.source))")
                            if let citation = event.citations.first {
                                Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: citation.quote)
                            }
                        }
                    }
                }
            }
        }
    }

    private static func decades(of years: [Double]) -> [Int] {
        guard let low = years.min(), let high = years.max() else { return [] }
        return Array(stride(from: Int(low) / 10 * 10, through: Int(high) / 10 * 10, by: 10)).suffix(12)
    }

    static func svg(_ layout: TimelineLayout, events: [EventJSON], conflicts: [ConflictJSON], label: String) -> HTML {
        HTML.tag("svg", attributes: [HTML.Attribute("viewBox", "0 0 \(Int(TimelineLayout.width)) \(Int(layout.height))"),
                                            HTML.Attribute("role", "img"), HTML.Attribute("aria-label", label), .class("timeline")]) {
            for tick in layout.ticks {
                let x = fmt(layout.x(for: Double(tick)))
                HTML.tag("line", attributes: [HTML.Attribute("x1", x), HTML.Attribute("x2", x), HTML.Attribute("y1", "20"),
                                              HTML.Attribute("y2", fmt(layout.height - 10)), .class("tick")])
                HTML.tag("text", attributes: [HTML.Attribute("x", x), HTML.Attribute("y", "14"), .class("tick-label")]) { HTML.text(String(tick)) }
            }
            for (lane, name) in layout.lanes.enumerated() {
                let y = fmt(layout.y(lane: lane))
                HTML.tag("line", attributes: [HTML.Attribute("x1", fmt(TimelineLayout.left)), HTML.Attribute("x2", fmt(TimelineLayout.width - TimelineLayout.right)),
                                              HTML.Attribute("y1", y), HTML.Attribute("y2", y), .class("lane")])
                HTML.tag("text", attributes: [HTML.Attribute("x", "4"), HTML.Attribute("y", y), .class("lane-label")]) { HTML.text(String(name.prefix(24))) }
            }
            // Alternatives: the dates of one disputed fact, joined across lanes.
            for conflict in conflicts {
                let points = conflict.values.compactMap { value -> (Double, Double)? in
                    guard let year = TimelineLayout.year(ofISO: value.value), let source = value.citations.first?.source,
                          let lane = layout.lanes.firstIndex(of: source), year >= layout.from, year <= layout.to else { return nil }
                    return (layout.x(for: year), layout.y(lane: lane))
                }
                if points.count >= 2 {
                    HTML.tag("polyline", attributes: [HTML.Attribute("points", points.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ")), .class("alternatives")]) {
                        HTML.tag("title") { HTML.text("\(conflict.subject) — \(conflict.property): " + conflict.values.map(\.text).joined(separator: " or ")) }
                    }
                }
            }
            for mark in layout.marks {
                let event = events[mark.index]
                let citation = event.citations.first
                HTML.tag("a", attributes: [.href(citation.map { Paths.reader($0.source, start: $0.start, end: $0.end) } ?? "#")]) {
                    HTML.tag("circle", attributes: [HTML.Attribute("cx", fmt(mark.x)), HTML.Attribute("cy", fmt(layout.y(lane: mark.lane))), HTML.Attribute("r", "6"),
                                                    .class("event \(event.dateInferred ? "inferred" : "written")")]) {
                        HTML.tag("title") { HTML.text("\(event.date?.text ?? ""): \(event.type)" + (event.place.map { " at \($0)" } ?? "")) }
                    }
                }
            }
        }
    }

    static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A small drawing of one entity's timeline, one lane per source, for its dossier.
    static func compact(_ timeline: TimelineJSON) -> HTML {
        let drawable = timeline.events.filter { TimelineLayout.year(of: $0.date) != nil }
        let sources = Array(Set(drawable.map(\.source))).sorted()
        let lanes = sources.map { source in (source, drawable.filter { $0.source == source }) }
        let layout = TimelineLayout(lanes: lanes.map { ($0.0, $0.1.map { TimelineLayout.year(of: $0.date)! }) })
        return svg(layout, events: lanes.flatMap(\.1), conflicts: [], label: "Timeline of \(timeline.entity.name), one lane per source")
    }
}
