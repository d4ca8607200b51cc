import Testing
import Foundation
import AnnalsIngest
import AnnalsServer
import AnnalsStore
import AnnalsTesting
import Hummingbird

/// The OpenAPI file kept in the repository describes what the server really answers:
/// every path it lists is served, and every live response fits the schema given for it.
struct OpenAPITests {
    let folder = TemporaryDirectory("openapi")

    /// A schema check enough for this API: $ref, type, required, properties, items, enum, const.
    struct Validator {
        let document: [String: Any]

        func resolve(_ schema: [String: Any]) -> [String: Any] {
            guard let ref = schema["$ref"] as? String else { return schema }
            var node: Any = document
            for key in ref.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(key)] ?? [:] }
            return resolve(node as? [String: Any] ?? [:])
        }

        /// The places where `value` breaks `schema`, as JSON paths.
        func problems(_ value: Any, _ schema: [String: Any], at path: String = "$") -> [String] {
            let schema = resolve(schema)
            var found: [String] = []
            if let type = schema["type"] as? String {
                let fits: Bool
                switch type {
                case "object": fits = value is [String: Any]
                case "array": fits = value is [Any]
                case "string": fits = value is String
                case "integer": fits = (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } ?? false
                case "number": fits = value is NSNumber
                case "boolean": fits = value is Bool
                default: fits = true
                }
                if !fits { return ["\(path): not \(type)"] }
            }
            if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) { found.append("\(path): \(text) not in \(allowed)") }
            if let constant = schema["const"] as? String, value as? String != constant { found.append("\(path): not \(constant)") }
            if let object = value as? [String: Any] {
                for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path).\(key): missing") }
                let properties = schema["properties"] as? [String: Any] ?? [:]
                for (key, child) in object {
                    if let childSchema = properties[key] as? [String: Any] { found += problems(child, childSchema, at: "\(path).\(key)") }
                    else if let extra = schema["additionalProperties"] as? [String: Any] { found += problems(child, extra, at: "\(path).\(key)") }
                }
            }
            if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
                for (index, child) in array.enumerated() { found += problems(child, items, at: "\(path)[\(index)]") }
            }
            return found
        }
    }

    @Test func liveResponsesFitTheDescription() async throws {
        let store = try SQLiteDocumentStore(path: folder.file("o.sqlite"), createIfMissing: true)
        let samples = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.samples).sorted().map { IngestSource.file(path: ProjectPaths.samples + "/" + $0) }
        _ = Ingestor(store: store).ingest(samples)
        let token = "a-token-of-sixteen-or-more"
        let app = RoomApp(router: ReadingRoom(store: store, ingestToken: token).router())
        let description = try #require(try JSONSerialization.jsonObject(with: OpenAPIDescription.data()) as? [String: Any])
        #expect(description["openapi"] as? String == "3.1.0")
        let validator = Validator(document: description)
        let paths = try #require(description["paths"] as? [String: Any])
        // One live request per path and status the description promises.
        let requests: [(path: String, uri: String, status: Int, method: HTTPRequest.Method, body: String?)] = [
            ("/api/documents", "/api/documents?name=note.txt", 201, .post, "A Note\n\nMara Velinskaya wrote a note in 1890.\n"),
            ("/api/documents", "/api/documents?name=note.txt", 200, .post, "A Note\n\nMara Velinskaya wrote a note in 1890.\n"),
            ("/api/documents", "/api/documents?name=..%2Fx", 400, .post, "x"),
        ]
        let gets: [(path: String, uri: String, status: Int)] = [
            ("/healthz", "/healthz", 200),
            ("/openapi.json", "/openapi.json", 200),
            ("/api/documents", "/api/documents?limit=3", 200),
            ("/api/documents", "/api/documents?offset=-1", 400),
            ("/api/search", "/api/search?q=Geneva", 200),
            ("/api/search", "/api/search", 400),
            ("/api/entities", "/api/entities?type=place", 200),
            ("/api/entities", "/api/entities?type=river", 400),
            ("/api/entities/{name}", "/api/entities/Velinskaya", 200),
            ("/api/entities/{name}", "/api/entities/Zzyzx", 404),
            ("/api/entities/{name}/timeline", "/api/entities/Velinskaya/timeline?undated=true", 200),
            ("/api/entities/{name}/timeline", "/api/entities/Velinskaya/timeline?limit=2&offset=1", 200),
            ("/api/entities/{name}/timeline", "/api/entities/Velinskaya/timeline?limit=0", 400),
            ("/api/entities/{name}/timeline", "/api/entities/Zzyzx/timeline", 404),
            ("/api/entities/{name}/facts", "/api/entities/Velinskaya/facts", 200),
            ("/api/entities/{name}/facts", "/api/entities/Zzyzx/facts", 404),
            ("/api/quotes", "/api/quotes?limit=5", 200),
            ("/api/quotes", "/api/quotes?by=Zzyzx", 404),
            ("/api/quotes", "/api/quotes?limit=x", 400),
            ("/api/conflicts", "/api/conflicts", 200),
            ("/api/conflicts", "/api/conflicts?entity=Zzyzx", 404),
            ("/api/conflicts", "/api/conflicts?offset=x", 400),
            ("/api/ask", "/api/ask?q=When%20was%20Mara%20Velinskaya%20born%3F", 200),
            ("/api/ask", "/api/ask?q=%20", 400),
        ]
        let sent = requests + gets.map { ($0.path, $0.uri, $0.status, .get, nil) }
        #expect(Set(sent.map(\.path)) == Set(paths.keys), "every described path is exercised, and only those")
        // Answered first, checked after: the responses are plain values that can leave the test client.
        let answered = try await app.test(.router) { client in
            var answered: [(status: Int, body: String)] = []
            for request in sent {
                try await client.execute(uri: request.uri, method: request.method,
                                         headers: request.body == nil ? [:] : [.authorization: "Bearer \(token)"],
                                         body: request.body.map { ByteBuffer(string: $0) }) { response in
                    answered.append((Int(response.status.code), String(buffer: response.body)))
                }
            }
            return answered
        }
        for (request, response) in zip(sent, answered) {
            #expect(response.status == request.status, "\(request.uri)")
            let operation = (paths[request.path] as? [String: Any])?[request.method == .post ? "post" : "get"] as? [String: Any]
            let described = validator.resolve((operation?["responses"] as? [String: Any])?[String(request.status)] as? [String: Any] ?? [:])
            let schema = ((described["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
            #expect(schema != nil, "\(request.uri): no schema for \(request.status)")
            let body = try JSONSerialization.jsonObject(with: Data(response.body.utf8))
            let problems = schema.map { validator.problems(body, $0) } ?? []
            #expect(problems.isEmpty, "\(request.uri): \(problems)")
        }
    }
}
