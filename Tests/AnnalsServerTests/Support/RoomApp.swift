import Foundation
import AnnalsServer
import Hummingbird
import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded

/// The reading room's router answering requests in process, as its tests send them: no
/// socket, no HTTP client (and so none of the TLS code a client library would compile).
struct RoomApp {
    let router: Router<ReadingRoomContext>

    init(router: Router<ReadingRoomContext>) {
        self.router = router
    }

    enum Mode { case router }

    /// Runs `body` with a client whose requests go straight to the router's responder.
    func test<T>(_ mode: Mode, _ body: (RoomClient) async throws -> T) async throws -> T {
        try await body(RoomClient(responder: router.buildResponder()))
    }
}

/// What a test sees of a response: status, headers and the whole body.
struct RoomResponse {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: ByteBuffer
}

/// Sends one request at a time to a responder and collects its answer.
struct RoomClient {
    let responder: RouterResponder<ReadingRoomContext>

    func execute<T>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                    _ check: (RoomResponse) async throws -> T) async throws -> T {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = ReadingRoomContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "room-test")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            response = Response(status: .internalServerError)
        }
        let collected = CollectedBody()
        try await response.body.write(CollectingWriter(into: collected))
        return try await check(RoomResponse(status: response.status, headers: response.headers, body: collected.buffer))
    }
}

/// Where a response body is gathered.
private final class CollectedBody: @unchecked Sendable {
    var buffer = ByteBuffer()
}

/// A response body written into one buffer.
private struct CollectingWriter: ResponseBodyWriter {
    let into: CollectedBody

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        into.buffer.writeBuffer(&buffer)
    }

    mutating func write(contentsOf buffers: some Sequence<ByteBuffer>) async throws {
        for buffer in buffers { try await write(buffer) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// The room served for real on a free loopback port while `body` runs, for what only a
/// real connection shows (a Host of the client's choosing, a request the parser refuses).
enum LiveRoom {
    static func serve(_ room: ReadingRoom, _ body: @Sendable (Int) async throws -> Void) async throws {
        let served = { var copy = room; copy.port = 0; return copy }()
        let started = AsyncStream.makeStream(of: Int.self)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await served.application(logger: Logger(label: "live-room")) { port in started.continuation.yield(port) }.run()
            }
            var ports = started.stream.makeAsyncIterator()
            guard let port = await ports.next() else { return }
            try await body(port)
            group.cancelAll()
        }
    }
}
