import Testing
import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import AnnalsServer
import AnnalsIngest
import AnnalsRecord
import Logging
import AnnalsStore
import AnnalsTesting
import Hummingbird

/// What an attacker sends: extreme numbers, huge texts, odd methods and hosts. Every
/// one gets a clear answer with the security headers, and none can stop the room.
struct HardeningTests {
    let folder = TemporaryDirectory("harden")

    private func store() throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: folder.file("h.sqlite"), createIfMissing: true)
        let samples = try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.samples).sorted().map { IngestSource.file(path: ProjectPaths.samples + "/" + $0) }
        _ = Ingestor(store: store).ingest(samples)
        return store
    }

    private static let max = "9223372036854775807"

    /// Every list endpoint and every page that takes a number, with values no one should send.
    static let extremes: [String] = {
        var uris: [String] = []
        for list in ["/api/documents", "/api/search?q=Dorvik", "/api/entities", "/api/quotes", "/api/conflicts"] {
            let join = list.contains("?") ? "&" : "?"
            for value in [max, "-1", "-" + max, "1e30", "nan", "99999999999999999999", "abc", "", "500000"] {
                uris.append(list + join + "offset=" + value)
                uris.append(list + join + "limit=" + value)
            }
        }
        for value in [max, "-" + max, "1000000000", "-1000000000", "nan", "inf", "1e30", "10000"] {
            uris.append("/timeline?entity=Velinskaya&to=" + value)
            uris.append("/timeline?entity=Velinskaya&from=" + value)
            uris.append("/timeline?people=Velinskaya&from=-\(value)&to=\(value)")
        }
        return uris
    }()

    @Test func extremeNumbersAreRefusedWithA400() async throws {
        let app = RoomApp(router: ReadingRoom(store: try store()).router())
        try await app.test(.router) { client in
            for uri in Self.extremes {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri): \(response.status)")
                    #expect(response.headers[.contentSecurityPolicy] != nil, "\(uri)")
                    #expect(response.body.readableBytes < 20_000, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/search?q=Dorvik&offset=100000&limit=500", method: .get) { response in
                #expect(response.status == .ok, "the largest page asked for is answered")
            }
        }
    }

    @Test func aTimelineOverTheWidestSpanStaysSmall() async throws {
        let app = RoomApp(router: ReadingRoom(store: try store()).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/timeline?entity=Velinskaya&from=-9999&to=9999", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes < 100_000)
            }
        }
    }

    @Test func questionsAndSearchesAreBounded() async throws {
        let app = RoomApp(router: ReadingRoom(store: try store()).router())
        let long = String(repeating: "why ", count: 400)
        let manyTerms = Array(repeating: "a", count: 2_000).joined(separator: " OR ")
        try await app.test(.router) { client in
            for uri in ["/api/ask?q=" + long, "/api/search?q=" + long, "/ask?q=" + long, "/search?q=" + long, "/api/search?q=" + manyTerms,
                        "/api/ask?q=   ", "/api/search?q="] {
                let encoded = uri.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                try await client.execute(uri: encoded, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri.prefix(40)): \(response.status)")
                }
            }
        }
    }

    @Test func headOptionsAndOtherMethods() async throws {
        let app = RoomApp(router: ReadingRoom(store: try store()).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/documents", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(uri: "/", method: .head) { response in #expect(response.status == .ok) }
            try await client.execute(uri: "/api/documents", method: .options) { response in
                #expect(response.status == .noContent && response.headers[.allow] == "GET, HEAD, POST, OPTIONS")
            }
            try await client.execute(uri: "/entities", method: .options) { response in
                #expect(response.status == .noContent && response.headers[.allow] == "GET, HEAD, OPTIONS")
            }
            try await client.execute(uri: "/api/documents", method: .delete) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }

    /// Live, over a socket, because only a real connection carries a Host of the client's choosing.
    @Test func otherHostsAreRefusedAndEveryAnswerCarriesTheHeaders() async throws {
        try await LiveRoom.serve(ReadingRoom(store: try store())) { port in
            for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example"] {
                let answer = try await RawHTTP.exchanged(port: port, "GET /api/documents HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
                #expect(answer.hasPrefix("HTTP/1.1 421"), "\(host): \(answer.prefix(40))")
                #expect(answer.contains("x-content-type-options: nosniff") || answer.contains("X-Content-Type-Options: nosniff"))
            }
            for host in ["localhost:8080", "127.0.0.1", "[::1]:8080", "LOCALHOST"] {
                let answer = try await RawHTTP.exchanged(port: port, "GET /healthz HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
                #expect(answer.hasPrefix("HTTP/1.1 200"), "\(host)")
            }
            // Refused before any route: a request line the parser cannot read, headers too large.
            let malformed = [
                "GET /\u{01}\u{02} HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: \(String(repeating: "a", count: 100_000))\r\n\r\n",
                "NOT-HTTP\r\n\r\n",
            ]
            for request in malformed {
                let answer = try await RawHTTP.exchanged(port: port, request).lowercased()
                #expect(answer.hasPrefix("http/1.1 4"), "\(request.prefix(20)): \(answer.prefix(60))")
                #expect(answer.contains("content-security-policy: default-src 'none'"), "\(request.prefix(20))")
                #expect(answer.contains("referrer-policy: no-referrer"))
            }
        }
    }

    @Test func theRoomNoticesAnIngestFromAnotherProcess() async throws {
        let served = try store()
        let app = RoomApp(router: ReadingRoom(store: served).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/entities/Ilya%20Saburov", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/documents/letter.txt", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/ask?q=Who%20wrote%20from%20Tukums%3F", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Osip Brandt"))
            }
            // Another connection, as `annals ingest` would be.
            let other = try SQLiteDocumentStore(path: folder.file("h.sqlite"), createIfMissing: false)
            let letter = try folder.write("letter.txt", "A Letter\n\nOsip Brandt wrote from Tukums in 1891.\n")
            _ = Ingestor(store: other).ingest(.file(path: letter))
            try await Task.sleep(for: .milliseconds(300))
            try await client.execute(uri: "/documents/letter.txt", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/entities/Osip%20Brandt", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/ask?q=Who%20wrote%20from%20Tukums%3F", method: .get) { response in
                #expect(String(buffer: response.body).contains("Osip Brandt"), "a kept answer is not given after the record changed")
            }
            _ = try other.record(.retract, source: "letter.txt", at: Date())
            try await Task.sleep(for: .milliseconds(300))
            try await client.execute(uri: "/documents/letter.txt", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func dossiersAreKeptUntilTheRecordChanges() async throws {
        let room = ReadingRoom(store: try store())
        let app = RoomApp(router: room.router())
        try await app.test(.router) { client in
            var first = ""
            try await client.execute(uri: "/entities/Velinskaya", method: .get) { first = String(buffer: $0.body) }
            let entity = try await room.record.entity(named: "Velinskaya")
            #expect(try await room.record.page("dossier:" + entity.id) != nil)
            try await client.execute(uri: "/entities/Velinskaya", method: .get) { #expect(String(buffer: $0.body) == first) }
        }
    }

    @Test func uploadsOverTenMegabytesAre413() async throws {
        let store = try SQLiteDocumentStore(path: folder.file("u.sqlite"), createIfMissing: true)
        let app = RoomApp(router: ReadingRoom(store: store, ingestToken: "correct-horse-battery-staple").router())
        try await app.test(.router) { client in
            let body = ByteBuffer(bytes: [UInt8](repeating: 0x61, count: 11_000_000))
            try await client.execute(uri: "/api/documents?name=big.txt", method: .post,
                                     headers: [.authorization: "Bearer correct-horse-battery-staple"], body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("big.txt"))
            }
        }
    }
}

/// The pieces the hardening is built from, row by row.
struct HardeningPartsTests {
    @Test func aBoundedCacheForgetsItsOldestFirst() {
        var cache = BoundedCache<Int, String>(capacity: 3)
        for i in 0..<10 { cache[i] = "\(i)" }
        #expect(cache.count == 3)
        #expect(cache[9] == "9" && cache[7] == "7" && cache[6] == nil)
        cache[9] = "nine"
        #expect(cache.count == 3 && cache[9] == "nine")
        cache.removeAll()
        #expect(cache.count == 0 && cache[9] == nil)
    }

    /// With a cost (a response body's bytes), the oldest go until the rest fit the budget, and
    /// one that alone passes it is not kept.
    @Test func aBoundedCacheKeepsWithinItsBudget() {
        var cache = BoundedCache<Int, String>(capacity: 10, budget: 10, cost: { $0.utf8.count })
        cache[1] = "aaaa"
        cache[2] = "bbbb"
        #expect(cache.totalCost == 8 && cache.count == 2)
        cache[3] = "cccc"
        #expect(cache[1] == nil && cache[2] == "bbbb" && cache[3] == "cccc" && cache.totalCost == 8)
        cache[2] = "bb"
        #expect(cache.totalCost == 6 && cache[2] == "bb")
        cache[4] = String(repeating: "d", count: 11)
        #expect(cache[4] == nil && cache.totalCost == 6 && cache.count == 2)
        cache[3] = nil
        #expect(cache.totalCost == 2 && cache.count == 1)
        cache.removeAll()
        #expect(cache.totalCost == 0)
    }

    @Test(arguments: [
        ("127.0.0.1", "localhost:8080", true), ("127.0.0.1", "[::1]:80", true), ("127.0.0.1", "example.org", false),
        ("localhost", "127.0.0.1:9000", true), ("192.168.1.5", "192.168.1.5:8080", true), ("192.168.1.5", "localhost", false),
        ("0.0.0.0", "localhost", true), ("0.0.0.0", "10.9.8.7:8080", true), ("0.0.0.0", "attacker.example", false),
    ])
    func allowedHosts(bound: String, authority: String, allowed: Bool) {
        let hosts = AllowedHosts(binding: bound, machineAddresses: { ["10.9.8.7"] })
        #expect(hosts.allows(authority: authority) == allowed)
    }

    @Test func namedHostsAndAnyHost() {
        #expect(AllowedHosts(binding: "127.0.0.1", extra: ["Archive.Example.org"]).allows(authority: "archive.example.org:443"))
        #expect(AllowedHosts(binding: "127.0.0.1", extra: ["*"]).allows(authority: "anything.example"))
    }

    @Test(arguments: [(0.0, 1.0), (1879.5, 1940.6), (-9_999, 9_999), (0, 1e9), (-1e9, 1e9), (1900, 1900)])
    func ticksAreFewWhateverTheSpan(from: Double, to: Double) {
        let layout = TimelineLayout(lanes: [("a", [1900])], from: from, to: to)
        #expect(layout.ticks.count <= 20 && !layout.ticks.isEmpty)
        #expect(layout.ticks.allSatisfy { Double($0) >= layout.from && Double($0) <= layout.to })
    }
}

/// One HTTP exchange over a plain socket, as a client that sets every byte itself would.
enum RawHTTP {
    struct Failure: Error {}

    /// The exchange on a thread of its own: its blocking reads must not hold one of the few
    /// threads Swift's tasks share, which the server under test needs to answer.
    static func exchanged(port: Int, _ request: String) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try exchange(port: port, request) }) }
        }
    }

    static func exchange(port: Int, _ request: String) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure() }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure() }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { break }     // the server may close early on a request it refuses
            sent += n
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            answer += buffer[..<n]
            if answer.count > 1_000_000 { break }
        }
        return String(decoding: answer, as: UTF8.self)
    }
}
