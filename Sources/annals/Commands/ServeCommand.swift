import ArgumentParser
import Foundation
import AnnalsServer
import Logging

/// `annals serve`: the reading room, the record over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the record over HTTP: a JSON API (see openapi.json) on loopback, read-only.",
        discussion: """
            Routes: /healthz, /api/documents, /api/search?q=, /api/entities, /api/entities/NAME, \
            /api/ask?q=. Lists take limit (1–500) and offset. Errors are JSON: \
            {"error": {"status": 404, "message": "…"}}. Stop with Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on; loopback unless you mean to share the record.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port = 8080

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        let room = ReadingRoom(store: try store.open(), host: host, port: port)
        var logger = Logger(label: "annals.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let host = self.host
        try await room.run(logger: logger) { port in
            Terminal.writeLine("Annals reading room on http://\(host):\(port)/ (Ctrl-C to stop)")
        }
    }
}
