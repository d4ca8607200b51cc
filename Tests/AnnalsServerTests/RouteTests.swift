import Testing
import Foundation
import AnnalsIngest
import AnnalsServer
import AnnalsStore
import AnnalsTesting
import Hummingbird

/// Every route of the reading room, in process: status, JSON shape, paging, errors,
/// and text from a hostile document coming back as data, never as markup.
struct RouteTests {
    let folder = TemporaryDirectory("serve")

    /// A reading room over the samples plus a document that carries a script.
    private func room() throws -> ReadingRoom {
        let store = try SQLiteDocumentStore(path: folder.file("serve.sqlite"), createIfMissing: true)
        let hostile = try folder.write("hostile.html", """
            <html><head><title>Mara &lt;b&gt; Velinskaya</title></head><body><h1>A hostile page</h1>
            <p>Mara Velinskaya wrote <script>alert("x")</script> about <b>Dorvik</b> in 1890. She wrote "<img src=x onerror=alert(1)>" too.</p>
            </body></html>
            """)
        let plain = try folder.write("hostile.txt", "Graffiti\n\nMara Velinskaya once wrote <script>alert('x')</script> on a wall in Dorvik.\n")
        let samples = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.samples).sorted().map { IngestSource.file(path: ProjectPaths.samples + "/" + $0) }
        let results = Ingestor(store: store).ingest(samples + [.file(path: hostile), .file(path: plain)])
        let failed = results.filter { (try? $0.outcome.get()) == nil }.map(\.source.displayName)
        #expect(failed.isEmpty, "\(failed)")
        return ReadingRoom(store: store)
    }

    private func json(_ response: RoomResponse) throws -> [String: Any] {
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        return try #require(JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8)) as? [String: Any])
    }

    @Test func healthAndDocuments() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["status"] as? String == "ok")
            }
            try await client.execute(uri: "/api/documents?limit=2&offset=1", method: .get) { response in
                let body = try json(response)
                let items = body["items"] as? [[String: Any]] ?? []
                #expect(response.status == .ok && items.count == 2 && body["offset"] as? Int == 1 && body["limit"] as? Int == 2)
                #expect((body["total"] as? Int ?? 0) >= 4)
                #expect(items.allSatisfy { $0["source"] is String && $0["document"] is String && $0["sentences"] is Int })
            }
        }
    }

    @Test func searchEntitiesAndAsk() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/search?q=Geneva&limit=1", method: .get) { response in
                let hits = try json(response)["hits"] as? [[String: Any]] ?? []
                #expect(hits.count == 1)
                let citation = hits.first?["citation"] as? [String: Any]
                #expect((citation?["quote"] as? String)?.contains("Geneva") == true)
            }
            // A misspelt search finds nothing, and the page offers the search as meant.
            try await client.execute(uri: "/search?q=Velinskayya", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("No sentence matches.") && page.contains("Did you mean <a href=\"/search?q=Velinskaya\">Velinskaya</a>?"), "\(page)")
            }
            try await client.execute(uri: "/ask?q=Where%20did%20Mara%20Velinskayya%20die%3F", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Read &quot;Velinskayya&quot; as &quot;Velinskaya&quot;.") && page.contains("Geneva"), "\(page)")
            }
            try await client.execute(uri: "/api/entities?type=person&limit=5", method: .get) { response in
                let items = try json(response)["items"] as? [[String: Any]] ?? []
                #expect(!items.isEmpty && items.allSatisfy { $0["type"] as? String == "person" })
            }
            // Any spelling the documents use finds the entity.
            try await client.execute(uri: "/api/entities/Welinskaja", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["name"] as? String == "Mara Velinskaya")
            }
            try await client.execute(uri: "/api/ask?q=Where%20did%20Mara%20Velinskaya%20die%3F", method: .get) { response in
                let body = try json(response)
                #expect(body["status"] as? String == "answered")
                #expect((body["answers"] as? [[String: Any]])?.first?["value"] as? String == "Geneva")
            }
        }
    }

    @Test func everyEntityTheListLinksToHasItsPage() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            var links: [String] = []
            try await client.execute(uri: "/entities", method: .get) { response in
                let html = String(buffer: response.body)
                links = html.components(separatedBy: "href=\"/entities/").dropFirst().compactMap { $0.split(separator: "\"").first.map { "/entities/" + $0 } }
                    .filter { !$0.contains("?") }
            }
            // People, places and organisations alike, by their ids ("place%3Adorvik").
            #expect(links.contains { $0.contains("place%3A") } && links.contains { $0.contains("person%3A") })
            for link in Set(links) {
                try await client.execute(uri: link, method: .get) { response in #expect(response.status == .ok, "\(link)") }
            }
            // An id names its entity or nothing, never the one whose name ends alike.
            try await client.execute(uri: "/entities/place%3Agulf-of-dorvik", method: .get) { response in #expect(response.status == .notFound) }
        }
    }

    @Test func errorsAreJSONWithTheirStatus() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            for (uri, status) in [("/api/entities/Nobody%20At%20All", HTTPResponse.Status.notFound), ("/api/ask", .badRequest),
                                  ("/api/search?q=", .badRequest), ("/api/entities?limit=0", .badRequest), ("/api/entities?type=planet", .badRequest),
                                  ("/api/no-such-route", .notFound), ("/api/search?q=a%2A", .badRequest)] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    let error = try json(response)["error"] as? [String: Any]
                    #expect(error?["status"] as? Int == Int(status.code) && (error?["message"] as? String)?.isEmpty == false, "\(uri)")
                }
            }
        }
    }

    @Test func hostileTextComesBackAsDataToTheLetter() async throws {
        let room = try room()
        let app = RoomApp(router: room.router())
        try await app.test(.router) { client in
            // The HTML page's script was dropped when it was read; nothing of it is served.
            try await client.execute(uri: "/api/search?q=alert&limit=50", method: .get) { response in
                let hits = try json(response)["hits"] as? [[String: Any]] ?? []
                let quotes = hits.compactMap { ($0["citation"] as? [String: Any])?["quote"] as? String }
                #expect(!quotes.contains { $0.contains("alert(\"x\")") })
                // The plain text's markup is the document's text: quoted to the letter, as JSON data.
                #expect(quotes.contains { $0.contains("<script>alert('x')</script>") }, "\(quotes)")
            }
        }
    }

    @Test func everyPageRendersWithAStrictPolicy() async throws {
        let app = RoomApp(router: try room().router())
        let pages = ["/", "/search?q=Geneva", "/ask?q=Where%20did%20Mara%20Velinskaya%20die%3F", "/documents", "/documents/hostile.txt",
                     "/entities", "/entities?type=place", "/entities/Welinskaja", "/search", "/ask", "/timeline", "/timeline?entity=Velinskaya&from=1860&to=1900", "/timeline?people=Velinskaya,Saburov",
                     "/network", "/places", "/places?person=Velinskaya", "/conflicts"]
        try await app.test(.router) { client in
            for page in pages {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == .ok, "\(page)")
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(page)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(page)")
                    let html = String(buffer: response.body)
                    #expect(html.hasPrefix("<!doctype html>") && html.contains("<main id=\"main\"") && html.contains("</html>"), "\(page)")
                }
            }
            try await client.execute(uri: "/ask?q=Where%20did%20Mara%20Velinskaya%20die%3F", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Geneva") && html.contains("/documents/velinskaya-encyclopedia.txt#c="))
            }
            // The conflicts page shows both years of the atlas, each with its quote; the timeline draws them joined.
            try await client.execute(uri: "/conflicts", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("1889") && html.contains("1891") && html.contains("class=\"sides\""))
            }
            // The reader links a sentence's facts to the dossier; the dossier draws its own timeline.
            try await client.execute(uri: "/documents/velinskaya-encyclopedia.txt", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("class=\"claim-link\"") && html.contains("#facts") && html.contains("class=\"mention person\""))
            }
            try await client.execute(uri: "/entities/Velinskaya", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("id=\"own-timeline\"") && html.contains("<svg") && html.contains("id=\"facts\""))
            }
            try await client.execute(uri: "/timeline?entity=Velinskaya", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<svg") && html.contains("class=\"event ") && html.contains("/documents/"))
            }
            for (page, status) in [("/documents/nothing.txt", HTTPResponse.Status.notFound), ("/entities/Zzyzx", .notFound),
                                   ("/timeline?entity=Zzyzx", .notFound), ("/timeline?people=Velinskaya,Zzyzx", .notFound), ("/places?person=Zzyzx", .notFound)] {
                try await client.execute(uri: page, method: .get) { response in
                    #expect(response.status == status && String(buffer: response.body).contains("Not found"), "\(page)")
                }
            }
            for asset in ["/assets/annals.css", "/assets/annals.js"] {
                try await client.execute(uri: asset, method: .get) { response in
                    #expect(response.status == .ok && response.body.readableBytes > 100, "\(asset)")
                }
            }
        }
    }

    @Test func documentTextAndQueriesAreEscapedInPages() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            // The reader shows the document's markup as text.
            try await client.execute(uri: "/documents/hostile.txt", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert"))
                // The only script is the server's own file.
                #expect(html.components(separatedBy: "<script").count == 2 && html.contains("<script src=\"/assets/annals.js\" defer=\"\">"))
            }
            // A query typed into the search box comes back as text too.
            try await client.execute(uri: "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(!html.contains("<script>alert(1)"))
                #expect(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\""))
            }
        }
    }

    @Test func timelineFactsQuotesAndConflicts() async throws {
        let app = RoomApp(router: try room().router())
        try await app.test(.router) { client in
            var whole: [String] = []
            try await client.execute(uri: "/api/entities/Velinskaya/timeline?undated=true", method: .get) { response in
                let body = try json(response)
                let events = body["events"] as? [[String: Any]] ?? []
                let days = events.compactMap { ($0["date"] as? [String: Any])?["earliest"] as? String }
                #expect(events.count > 3 && days == days.sorted(), "in chronological order")
                #expect(body["total"] == nil, "the whole timeline is no page")
                whole = events.map { "\($0["type"] ?? "")|\(($0["citations"] as? [[String: Any]])?.first?["start"] ?? "")" }
            }
            // A page is that part of the whole, saying how long the whole is.
            try await client.execute(uri: "/api/entities/Velinskaya/timeline?undated=true&limit=2&offset=1", method: .get) { response in
                let body = try json(response)
                let events = body["events"] as? [[String: Any]] ?? []
                #expect(events.map { "\($0["type"] ?? "")|\(($0["citations"] as? [[String: Any]])?.first?["start"] ?? "")" } == Array(whole.dropFirst().prefix(2)))
                #expect(body["total"] as? Int == whole.count && body["limit"] as? Int == 2 && body["offset"] as? Int == 1)
            }
            try await client.execute(uri: "/api/entities/Velinskaya/facts", method: .get) { response in
                let body = try json(response)
                #expect((body["entity"] as? [String: Any])?["name"] as? String == "Mara Velinskaya")
            }
            // The samples disagree on the atlas's year: each side cited.
            try await client.execute(uri: "/api/conflicts?limit=500", method: .get) { response in
                let conflicts = try json(response)["items"] as? [[String: Any]] ?? []
                let atlas = conflicts.first { ($0["values"] as? [[String: Any]] ?? []).map { $0["value"] as? String } == ["1889", "1891"]
                    || ($0["values"] as? [[String: Any]] ?? []).map { $0["value"] as? String } == ["1891", "1889"] }
                #expect(atlas != nil, "\(conflicts.map { $0["property"] ?? "" })")
                #expect((atlas?["values"] as? [[String: Any]])?.allSatisfy { !(($0["citations"] as? [Any]) ?? []).isEmpty } == true)
            }
        }
    }
}
