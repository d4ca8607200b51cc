public import Foundation
public import AnnalsCore
public import AnnalsStore

/// Ingests a batch of sources into a store, one transaction per document, going on
/// past sources that fail.
///
/// ```swift
/// let ingestor = Ingestor(store: store)
/// let results = ingestor.ingest([.file(path: "a.txt")]) { progress in print(progress.done) }
/// ```
public struct Ingestor: Sendable {
    /// The default size limit: 50 MB.
    public static let defaultMaximumBytes = 50_000_000

    public var store: any DocumentStore
    public var reader: SourceReader
    /// Forces a format instead of inferring it from each file name.
    public var format: DocumentFormat?
    /// The clock stamped on new revisions.
    public var now: @Sendable () -> Date

    public init(store: any DocumentStore, maximumBytes: Int = Ingestor.defaultMaximumBytes,
                format: DocumentFormat? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.reader = SourceReader(maximumBytes: maximumBytes)
        self.format = format
        self.now = now
    }

    /// Ingests every source in order. A database failure (locked, corrupt) stops the
    /// batch, since every later document would fail the same way.
    public func ingest(_ sources: [IngestSource], progress: ((IngestProgress) -> Void)? = nil) -> [IngestResult] {
        var results: [IngestResult] = []
        var tally = IngestProgress(done: 0, total: sources.count, bytes: 0, started: Date())
        for source in sources {
            let result = ingest(source)
            results.append(result)
            tally.done += 1
            tally.bytes += result.byteCount
            progress?(tally)
            if case .failure(let error) = result.outcome, error.isDatabaseFailure { break }
        }
        return results
    }

    /// Reads, prepares and stores one source.
    public func ingest(_ source: IngestSource) -> IngestResult {
        do throws(IngestError) {
            let (text, byteCount) = try reader.read(source)
            let format = self.format ?? source.impliedFormat ?? DocumentFormat.sniff(text)
            let document = DocumentPreparer.prepare(text: text, sourceName: source.sourceName,
                                                    format: format, sourceByteCount: byteCount)
            do {
                let outcome = try store.ingest(document, at: now())
                return IngestResult(source: source, outcome: .success(outcome), byteCount: byteCount)
            } catch {
                throw IngestError(source: source.displayName, .store(error))
            }
        } catch {
            return IngestResult(source: source, outcome: .failure(error), byteCount: 0)
        }
    }
}

/// What happened to one source.
public struct IngestResult: Sendable {
    public var source: IngestSource
    public var outcome: Result<IngestOutcome, IngestError>
    /// Bytes read from the source.
    public var byteCount: Int
}

/// How far a batch has come.
public struct IngestProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var started: Date

    /// Megabytes (10^6 bytes) read per second so far.
    public var megabytesPerSecond: Double {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        return Double(bytes) / 1_000_000 / seconds
    }
}
