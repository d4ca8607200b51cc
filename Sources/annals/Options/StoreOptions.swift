import ArgumentParser
import Foundation
import AnnalsCore
import AnnalsStore

/// `--db`, shared by every command.
struct StoreOptions: ParsableArguments {
    /// The file used when neither --db nor ANNALS_DB says otherwise.
    static let defaultPath = "annals.sqlite"

    @Option(name: .long, help: ArgumentHelp("The database file (default: $ANNALS_DB, else ./annals.sqlite).", valueName: "path"))
    var db: String?

    /// The database path in force: --db, else ANNALS_DB, else ./annals.sqlite.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["ANNALS_DB"], !env.isEmpty { return env }
        return Self.defaultPath
    }

    /// Opens the store; only ingest may create it.
    func open(creating: Bool = false) throws -> SQLiteDocumentStore {
        var timeout = 2.0
        if let raw = ProcessInfo.processInfo.environment["ANNALS_BUSY_TIMEOUT"], !raw.isEmpty {
            guard let seconds = Double(raw), seconds.isFinite, (0...3_600).contains(seconds) else {
                throw ValidationError("ANNALS_BUSY_TIMEOUT must be a number of seconds from 0 to 3600, not \"\(Terminal.printable(String(raw.prefix(40))))\"")
            }
            timeout = seconds
        }
        let status = IngestProgressLine(enabled: Terminal.isErrorTerminal)
        let started = Date()
        return try SQLiteDocumentStore(path: path, createIfMissing: creating, busyTimeout: timeout) { event in
            Self.tell(event, status: status, started: started)
        }
    }

    /// A new release reads differently: say why the first command takes a while, how far
    /// it has got (on a terminal), and when it is done.
    static func tell(_ event: Rereading, status: IngestProgressLine, started: Date) {
        switch event {
        case .starting(let documents, let changed, _):
            let names = changed.sorted().map(\.rawValue).joined(separator: ", ")
            Terminal.writeError("annals: note: reading \(Numbers.counted(documents, "stored document")) again (\(names) changed in this release); this happens once")
        case .progress(let done, let total) where done < total:
            status.phase("reading again \(Numbers.grouped(done))/\(Numbers.grouped(total))")
        case .progress(_, let total):
            status.clear()
            Terminal.writeError(String(format: "annals: note: read %@ again in %.1f s", Numbers.counted(total, "document"), Date().timeIntervalSince(started)))
        }
    }
}

/// `--json`, for commands with machine-readable output.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (the stable interface described in CONTRACT.md) instead of text.")
    var json = false
}
