public import AnnalsStore
public import Hummingbird
public import Logging

/// `annals serve`: the reading room over a database. Loopback and read-only by default.
public struct ReadingRoom: Sendable {
    public var host: String
    public var port: Int
    /// The token uploads must present; nil keeps the room read-only.
    public var ingestToken: String?
    public let record: RecordService

    public init(store: any DocumentStore, host: String = "127.0.0.1", port: Int = 8080, ingestToken: String? = nil) {
        self.host = host
        self.port = port
        self.ingestToken = ingestToken
        record = RecordService(store: store)
    }

    /// Every route, behind request logging and JSON errors.
    public func router() -> Router<ReadingRoomContext> {
        let router = Router(context: ReadingRoomContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: JSONErrorMiddleware())
        APIRoutes(record: record).add(to: router)
        PageRoutes(record: record).add(to: router)
        UploadRoutes(record: record, token: ingestToken).add(to: router)
        return router
    }

    /// The application, telling `onRunning` the port it listens on (the real one when asked for port 0).
    public func application(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "Annals"),
                    onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func run(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(logger: logger, onRunning: onRunning).runService()
    }
}
