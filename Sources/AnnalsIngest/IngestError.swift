import AnnalsCore
public import AnnalsStore

/// Why one source could not be ingested. Its description is one line that names the
/// source and says what is wrong.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: Equatable, Sendable {
        case missing
        case notAFile
        case danglingLink
        case linkLoop
        case unreadableDirectory(detail: String)
        case nothingIngestible(skipped: Int)
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(detail: String)
        case undecodable(SourceDecodingError)
        case noText(DocumentFormat)
        case store(StoreError)
    }

    /// The path (or standard-input name) as the person gave it.
    public let source: String
    let kind: Kind

    init(source: String, _ kind: Kind) {
        self.source = source
        self.kind = kind
    }

    /// Whether the database itself failed (locked, corrupt), so that the rest of the
    /// batch would fail the same way.
    public var isDatabaseFailure: Bool {
        if case .store(let error) = kind { return error.isDatabaseFailure }
        return false
    }

    /// The store's error, when the database was the problem.
    public var storeError: StoreError? {
        if case .store(let error) = kind { return error }
        return nil
    }

    public var description: String {
        let reason = switch kind {
        case .missing: "no such file or directory"
        case .notAFile: "not a regular file (a device, socket or pipe cannot be ingested)"
        case .danglingLink: "a symbolic link to a file that does not exist"
        case .linkLoop: "symbolic links that loop back on themselves (or to a folder already read); skipped"
        case .unreadableDirectory(let detail): "cannot read this directory (\(detail))"
        case .nothingIngestible(let skipped):
            "directory has no ingestible files (.txt, .md, .html)"
                + (skipped > 0 ? "; \(skipped) README, LICENSE or similar skipped (name them to ingest them)" : "")
        case .tooLarge(let bytes, let limit):
            "file is \(ByteCount.exceeding(bytes, limit: limit)) limit (raise it with --max-size)"
        case .unreadable(let detail): "cannot read: \(detail)"
        case .undecodable(let error): error.description
        case .noText(.html): "no text once the HTML markup is set aside (nothing to ingest)"
        case .noText(.markdown): "no text once the Markdown markup is set aside (nothing to ingest)"
        case .noText: "no words in it (nothing to ingest)"
        case .store(let error): error.description
        }
        return "\(source): \(reason)"
    }
}

/// Formats byte counts for people: "812 bytes", "3.4 KB", "50 MB".
public enum ByteCount {
    public static func format(_ bytes: Int) -> String {
        let value = Double(bytes)
        if bytes < 1_000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return trim(value / 1_000) + " KB" }
        if bytes < 1_000_000_000 { return trim(value / 1_000_000) + " MB" }
        return trim(value / 1_000_000_000) + " GB"
    }

    /// "51.2 MB, over the 50 MB"; where rounding would make the two look equal,
    /// exact bytes: "50,000,001 bytes, over the 50,000,000-byte (50 MB)".
    public static func exceeding(_ bytes: Int, limit: Int) -> String {
        let size = format(bytes), bound = format(limit)
        guard size == bound else { return "\(size), over the \(bound)" }
        return "\(grouped(bytes)) bytes, over the \(grouped(limit))-byte (\(bound))"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    private static func trim(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
