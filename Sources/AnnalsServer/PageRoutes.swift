import AnnalsCore
import AnnalsRecord
import AnnalsStore
import Foundation
import Hummingbird

/// The HTML pages of the reading room, rendered on the server, and the two assets they use.
struct PageRoutes {
    let record: RecordService

    func add(to router: Router<ReadingRoomContext>) {
        router.get("/") { _, _ in
            Layout.response(HomePage.render(try await record.summary()))
        }
        router.get("/search") { request, _ in
            let query = request.uri.queryParameters.get("q") ?? ""
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { return Layout.response(SearchPage.render(query: "", results: nil, error: nil)) }
            do {
                return Layout.response(SearchPage.render(query: query, results: try record.search(query, limit: 50), error: nil))
            } catch let error as StoreError {
                return Layout.response(SearchPage.render(query: query, results: nil, error: error.description), status: .badRequest)
            }
        }
        router.get("/ask") { request, _ in
            let question = request.uri.queryParameters.get("q") ?? ""
            guard !question.trimmingCharacters(in: .whitespaces).isEmpty else { return Layout.response(AskPage.render(question: "", result: nil)) }
            return Layout.response(AskPage.render(question: question, result: try await record.ask(question)))
        }
        router.get("/documents") { _, _ in
            Layout.response(DocumentsPage.render(try await record.revisions().map(RevisionJSON.init)))
        }
        router.get("/documents/{source}") { _, context in
            let source = try context.decoded("source")
            guard let document = try await record.document(source: source) else { return notFound("No document is called “\(source)”.") }
            return Layout.response(ReaderPage.render(document))
        }
        router.get("/entities") { request, _ in
            let type = request.uri.queryParameters.get("type").flatMap(EntityType.init(rawValue:))
            return Layout.response(EntitiesPage.render(try await record.entitySummaries(type: type), type: type))
        }
        router.get("/entities/{name}") { _, context in
            let name = try context.decoded("name")
            let found = try await record.entity(named: name)
            guard let entity = found.entity else {
                return notFound("No entity goes by “\(name)”." + (found.suggestion.map { " Did you mean “\($0)”?" } ?? ""))
            }
            let facts = try await record.facts(of: entity.id).facts
            let timeline = try await record.timeline(of: entity.id).timeline
            return Layout.response(DossierPage.render(entity, facts: facts, quotes: try await record.quotes(by: entity.id) ?? [], timeline: timeline))
        }
        router.get("/timeline") { request, _ in
            let parameters = request.uri.queryParameters
            let from = parameters.get("from").flatMap { Int($0) }, to = parameters.get("to").flatMap { Int($0) }
            // Several people, one lane each.
            let people = (parameters.get("people") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !people.isEmpty {
                var timelines: [TimelineJSON] = []
                for person in people.prefix(8) {
                    let found = try await record.timeline(of: person)
                    guard let timeline = found.timeline else {
                        return notFound("No entity goes by “\(person)”." + (found.suggestion.map { " Did you mean “\($0)”?" } ?? ""))
                    }
                    timelines.append(timeline)
                }
                return Layout.response(TimelinePage.render(timelines[0], people: timelines, conflicts: [], from: from, to: to))
            }
            let name: String
            if let asked = parameters.get("entity"), !asked.trimmingCharacters(in: .whitespaces).isEmpty {
                name = asked
            } else if let first = try await record.summary().mostMentioned.first {
                name = first.name
            } else {
                return notFound("The record has no one to draw a timeline for yet.")
            }
            let found = try await record.timeline(of: name)
            guard let timeline = found.timeline else {
                return notFound("No entity goes by “\(name)”." + (found.suggestion.map { " Did you mean “\($0)”?" } ?? ""))
            }
            let conflicts = (try await record.conflicts(involving: name) ?? []).filter { $0.kind == "date" }
            return Layout.response(TimelinePage.render(timeline, conflicts: conflicts, from: from, to: to))
        }
        router.get("/places") { request, _ in
            let asked = request.uri.queryParameters.get("person").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            var name = asked
            if name == nil { name = try await record.summary().mostMentioned.first?.name }
            guard let name else {
                return Layout.response(PlacesPage.render(places: try await record.entitySummaries(type: .place), journey: nil))
            }
            let found = try await record.timeline(of: name)
            guard let journey = found.timeline else {
                return notFound("No entity goes by “\(name)”." + (found.suggestion.map { " Did you mean “\($0)”?" } ?? ""))
            }
            return Layout.response(PlacesPage.render(places: try await record.entitySummaries(type: .place), journey: journey))
        }
        router.get("/network") { _, _ in
            Layout.response(NetworkPage.render(try await record.network()))
        }
        router.get("/conflicts") { _, _ in
            Layout.response(ConflictsPage.render(try await record.conflicts(involving: nil) ?? []))
        }
        router.get("/assets/annals.css") { _, _ in try Self.asset("annals", "css", type: "text/css; charset=utf-8") }
        router.get("/assets/annals.js") { _, _ in try Self.asset("annals", "js", type: "text/javascript; charset=utf-8") }
    }

    private func notFound(_ message: String) -> Response {
        Layout.response(Layout.page(title: "Not found") {
            HTML.tag("h1") { HTML.text("Not found") }
            HTML.tag("p") { HTML.text(message) }
        }, status: .notFound)
    }

    static func asset(_ name: String, _ ext: String, type: String) throws -> Response {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else { throw APIError(.notFound, "no asset \(name).\(ext)") }
        var response = Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: url))))
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }
}
