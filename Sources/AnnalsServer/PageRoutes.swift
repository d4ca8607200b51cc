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
                let text = try InputBounds.text(query, in: InputBounds.searchLength, name: "The search")
                let results = try record.search(text, limit: 50)
                let suggestion = results.hits.isEmpty ? record.suggestion(for: text) : nil
                return Layout.response(SearchPage.render(query: query, results: results, error: nil, suggestion: suggestion))
            } catch let error as StoreError {
                return Layout.response(SearchPage.render(query: query, results: nil, error: error.description), status: .badRequest)
            } catch let error as InputError {
                return Layout.response(SearchPage.render(query: String(query.prefix(200)), results: nil, error: error.message), status: .badRequest)
            }
        }
        router.get("/ask") { request, _ in
            let question = request.uri.queryParameters.get("q") ?? ""
            guard !question.trimmingCharacters(in: .whitespaces).isEmpty else { return Layout.response(AskPage.render(question: "", result: nil)) }
            do {
                let asked = try InputBounds.text(question, in: InputBounds.questionLength, name: "The question")
                return Layout.response(AskPage.render(question: question, result: try await record.ask(asked)))
            } catch let error as InputError {
                return badRequest(error.message)
            }
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
            try await orNotFound {
                let entity = try await record.entity(named: try context.decoded("name"))
                if let kept = try await record.page("dossier:" + entity.id) { return Layout.response(rendered: kept) }
                let page = DossierPage.render(entity, facts: try await record.facts(of: entity.id), quotes: try await record.quotes(by: entity.id),
                                              timeline: try await record.timeline(of: entity.id)).render()
                await record.keep(page: page, for: "dossier:" + entity.id)
                return Layout.response(rendered: page)
            }
        }
        router.get("/timeline") { request, _ in try await orNotFound {
            let parameters = request.uri.queryParameters
            let from: Int?, to: Int?
            do {
                from = try request.bounded("from", InputBounds.year)
                to = try request.bounded("to", InputBounds.year)
            } catch let error as APIError {
                return badRequest(error.message)
            }
            // Several people, one lane each.
            let people = (parameters.get("people") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !people.isEmpty {
                var timelines: [TimelineJSON] = []
                for person in people.prefix(8) { timelines.append(try await record.timeline(of: person)) }
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
            let timeline = try await record.timeline(of: name)
            let conflicts = try await record.conflicts(involving: name).filter { $0.kind == "date" }
            return Layout.response(TimelinePage.render(timeline, conflicts: conflicts, from: from, to: to))
        } }
        router.get("/places") { request, _ in try await orNotFound {
            let asked = request.uri.queryParameters.get("person").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            var name = asked
            if name == nil { name = try await record.summary().mostMentioned.first?.name }
            guard let name else {
                return Layout.response(PlacesPage.render(places: try await record.entitySummaries(type: .place), journey: nil))
            }
            let journey = try await record.timeline(of: name)
            return Layout.response(PlacesPage.render(places: try await record.entitySummaries(type: .place), journey: journey))
        } }
        router.get("/network") { _, _ in
            Layout.response(NetworkPage.render(try await record.network()))
        }
        router.get("/conflicts") { _, _ in
            Layout.response(ConflictsPage.render(try await record.conflicts(involving: nil)))
        }
        router.get("/assets/annals.css") { _, _ in try Self.asset("annals", "css", type: "text/css; charset=utf-8") }
        router.get("/assets/annals.js") { _, _ in try Self.asset("annals", "js", type: "text/javascript; charset=utf-8") }
    }

    /// A page about an entity, or the not-found page when no entity goes by the name asked.
    private func orNotFound(_ page: () async throws -> Response) async throws -> Response {
        do {
            return try await page()
        } catch let error as RecordError {
            return notFound(error.message.prefix(1).uppercased() + error.message.dropFirst() + ".")
        }
    }

    private func notFound(_ message: String) -> Response {
        Layout.response(Layout.page(title: "Not found") {
            HTML.tag("h1") { HTML.text("Not found") }
            HTML.tag("p") { HTML.text(message) }
        }, status: .notFound)
    }

    private func badRequest(_ message: String) -> Response {
        Layout.response(Layout.page(title: "Cannot show that") {
            HTML.tag("h1") { HTML.text("Cannot show that") }
            HTML.tag("p") { HTML.text(message.prefix(1).uppercased() + message.dropFirst() + ".") }
        }, status: .badRequest)
    }

    static func asset(_ name: String, _ ext: String, type: String) throws -> Response {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else { throw APIError(.notFound, "no asset \(name).\(ext)") }
        var response = Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: try Data(contentsOf: url))))
        response.headers[.cacheControl] = "public, max-age=3600"
        return response
    }
}
