import ArgumentParser
import Foundation
import AnnalsServer
import AnnalsRecord
import Logging

/// `annals serve`: the reading room, the record over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the record over HTTP: a JSON API (see openapi.json) on loopback, read-only.",
        discussion: """
            Pages: /, /ask, /search, /documents, /entities, /timeline, /network, /places, \
            /conflicts. API (see /openapi.json): /healthz, /api/documents, /api/search?q=, \
            /api/entities, /api/entities/NAME (/timeline, /facts), /api/quotes, /api/conflicts, \
            /api/ask?q=. Lists take limit (1–500) and offset. Errors are JSON: \
            {"error": {"status": 404, "message": "…"}}. Read-only unless --allow-ingest is \
            given with a token; then POST /api/documents?name=NAME with \
            "Authorization: Bearer TOKEN" stores the body. Stop with Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "The address to listen on; loopback unless you mean to share the record.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one and prints it).")
    var port = 8080

    @Option(name: .customLong("allowed-host"),
            help: ArgumentHelp("Also answer requests naming this host (repeatable; * for any). By default only the names of the bound address are answered.",
                               valueName: "name"))
    var allowedHosts: [String] = []

    @Flag(help: "Accept uploads (POST /api/documents) from clients presenting the token.")
    var allowIngest = false

    @Option(help: ArgumentHelp("The upload token (default: $ANNALS_TOKEN); required with --allow-ingest.", valueName: "token"))
    var token: String?

    /// The token in force: --token, else ANNALS_TOKEN.
    var uploadToken: String? {
        token ?? ProcessInfo.processInfo.environment["ANNALS_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }

    func validate() throws {
        try FlagBounds.check(port, InputBounds.port, flag: "--port")
        if let bad = allowedHosts.first(where: { $0.isEmpty || $0.contains("/") || $0.unicodeScalars.contains { $0.value <= 0x20 } }) {
            throw ValidationError("--allowed-host takes a host name or address such as archive.example.org, not \"\(Terminal.printable(bad))\"")
        }
        if allowIngest, (uploadToken ?? "").count < 16 {
            throw ValidationError("--allow-ingest needs a token of at least 16 characters (--token or ANNALS_TOKEN)")
        }
    }

    func run() async throws {
        let room = ReadingRoom(store: try store.open(), host: host, port: port, ingestToken: allowIngest ? uploadToken : nil,
                               allowedHosts: allowedHosts)
        var logger = Logger(label: "annals.serve")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let host = self.host
        try await room.run(logger: logger) { port in
            Terminal.writeLine("Annals reading room on http://\(host):\(port)/ (Ctrl-C to stop)")
        }
    }
}
