public import AnnalsStore
public import Hummingbird
import HummingbirdCore
public import Logging
import NIOCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `annals serve`: the reading room over a database. Loopback and read-only by default.
public struct ReadingRoom: Sendable {
    public var host: String
    public var port: Int
    /// The token uploads must present; nil keeps the room read-only.
    public var ingestToken: String?
    /// The `Host` names requests may carry (DNS rebinding is refused).
    public var allowedHosts: AllowedHosts
    /// A connection that sends no request for this long is closed (one that opens and
    /// sends nothing, or dribbles a request, included).
    public var idleTimeout: Duration = .seconds(15)
    /// Connections served at once; further ones wait to be accepted. Kept below the
    /// process's file descriptor limit so the database can always be opened.
    public var maximumConnections = ReadingRoom.defaultMaximumConnections()
    public let record: RecordService

    public init(store: any DocumentStore, host: String = "127.0.0.1", port: Int = 8080, ingestToken: String? = nil,
                allowedHosts: [String] = []) {
        self.host = host
        self.port = port
        self.ingestToken = ingestToken
        self.allowedHosts = AllowedHosts(binding: host, extra: allowedHosts)
        record = RecordService(store: store)
    }

    /// Every route, behind request logging, security headers, the host check, methods and JSON errors.
    public func router() -> Router<ReadingRoomContext> {
        let router = Router(context: ReadingRoomContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: LogRequestsMiddleware(.info))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: JSONErrorMiddleware())
        router.add(middleware: AllowedHostsMiddleware(hosts: allowedHosts))
        router.add(middleware: MethodsMiddleware())
        APIRoutes(record: record).add(to: router)
        PageRoutes(record: record).add(to: router)
        UploadRoutes(record: record, token: ingestToken).add(to: router)
        return router
    }

    /// The application, telling `onRunning` the port it listens on (the real one when asked for port 0).
    public func application(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let channel = HTTP1Channel.Configuration(additionalChannelHandlers: [SecurityHeadersHandler()],
                                                 idleTimeout: TimeAmount.nanoseconds(Int64(idleTimeout.components.seconds) * 1_000_000_000
                                                                                      + idleTimeout.components.attoseconds / 1_000_000_000))
        return Application(router: router(), server: .http1(configuration: channel),
                           configuration: .init(address: .hostname(host, port: port), serverName: "Annals",
                                                availableConnectionsDelegate: MaximumAvailableConnections(maximumConnections, logger: logger)),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    /// Serves until SIGINT or SIGTERM.
    public func run(logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(logger: logger, onRunning: onRunning).runService()
    }

    /// The file descriptor limit less a reserve for the database, the log and the
    /// listening socket; at most 10,000.
    public static func defaultMaximumConnections() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 512 }
        let soft = Int(clamping: limit.rlim_cur)
        return max(16, min(soft - 128, 10_000))
    }
}
