import AnnalsCore
import AnnalsStore
import AnnalsRecord
import Hummingbird
import Foundation

/// The JSON API, mirroring the CLI's --json output: documents, search, entities, entity,
/// its timeline and facts, quotes, conflicts, ask.
/// Lists are paginated with `limit` and `offset`.
struct APIRoutes {
    let record: RecordService

    func add(to router: Router<ReadingRoomContext>) {
        router.get("/healthz") { _, _ in
            try JSONResponse.response(["status": "ok"])
        }
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: try OpenAPIDescription.data())))
        }
        let api = router.group("api")
        api.get("documents") { request, _ in
            let paging = try Paging(request)
            let revisions = try await record.revisions().map(RevisionJSON.init)
            return try JSONResponse.response(Page(revisions, limit: paging.limit, offset: paging.offset))
        }
        api.get("search") { request, _ in
            let paging = try Paging(request)
            let query = try request.requiredText("q", InputBounds.searchLength)
            do {
                var found = try record.search(query, limit: paging.offset + paging.limit)
                found.hits = Array(found.hits.dropFirst(paging.offset))
                return try JSONResponse.response(found)
            } catch let error as StoreError {
                throw APIError(.badRequest, error.description)
            }
        }
        api.get("entities") { request, _ in
            let paging = try Paging(request)
            let type = try request.uri.queryParameters.get("type").map { raw in
                guard let type = EntityType(rawValue: String(raw)) else {
                    throw APIError(.badRequest, "type must be person, group, place, org, work or event, not \"\(raw)\"")
                }
                return type
            }
            return try JSONResponse.response(Page(try await record.entitySummaries(type: type), limit: paging.limit, offset: paging.offset))
        }
        api.get("entities/{name}") { _, context in
            JSONResponse.response(body: try await record.entityBody(named: try context.decoded("name")))
        }
        api.get("entities/{name}/timeline") { request, context in
            let undated = request.uri.queryParameters.get("undated") == "true", name = try context.decoded("name")
            // A page when asked for one (a long life's timeline runs to megabytes), else the whole, as the CLI gives it.
            guard request.uri.queryParameters.get("limit") != nil || request.uri.queryParameters.get("offset") != nil else {
                return JSONResponse.response(body: try await record.timelineBody(of: name, undated: undated))
            }
            let paging = try Paging(request)
            return try JSONResponse.response(try await record.timeline(of: name, undated: undated).page(limit: paging.limit, offset: paging.offset))
        }
        api.get("entities/{name}/facts") { _, context in
            try JSONResponse.response(try await record.facts(of: try context.decoded("name")))
        }
        api.get("quotes") { request, _ in
            let paging = try Paging(request)
            return try JSONResponse.response(Page(try await record.quotes(by: request.uri.queryParameters.get("by")), limit: paging.limit, offset: paging.offset))
        }
        api.get("conflicts") { request, _ in
            let paging = try Paging(request)
            let conflicts = try await record.conflicts(involving: request.uri.queryParameters.get("entity"))
            return try JSONResponse.response(Page(conflicts, limit: paging.limit, offset: paging.offset))
        }
        api.get("ask") { request, _ in
            try JSONResponse.response(try await record.ask(try request.requiredText("q", InputBounds.questionLength)))
        }
    }
}

/// `limit` (1–500, default 50) and `offset` (0–100,000, default 0) of a list request.
struct Paging {
    var limit = 50
    var offset = 0

    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        if let raw = parameters.get("limit") { limit = try request.bounded("limit", raw, InputBounds.pageLimit) }
        if let raw = parameters.get("offset") { offset = try request.bounded("offset", raw, InputBounds.pageOffset) }
    }
}

extension Request {
    /// A query parameter the route cannot do without, not blank.
    func required(_ name: String) throws -> String {
        guard let value = uri.queryParameters.get(name), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError(.badRequest, "the \"\(name)\" parameter is required")
        }
        return value
    }

    /// A required text parameter (a question, a search) within its length bounds.
    func requiredText(_ name: String, _ bounds: ClosedRange<Int>) throws -> String {
        do {
            return try InputBounds.text(try required(name), in: bounds, name: "the \"\(name)\" parameter")
        } catch let error as InputError {
            throw APIError(.badRequest, error.message)
        }
    }

    /// A whole-number parameter within its bounds, or a 400 that says which.
    func bounded(_ name: String, _ raw: some StringProtocol, _ range: ClosedRange<Int>) throws -> Int {
        do {
            return try InputBounds.integer(String(raw), in: range, name: name)
        } catch {
            throw APIError(.badRequest, error.message)
        }
    }

    /// An optional whole-number parameter within its bounds.
    func bounded(_ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        try uri.queryParameters.get(name).map { try bounded(name, $0, range) }
    }
}
