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
    /// How long one document may take to read, in seconds; past it the document is
    /// rolled back with a one-line error and the batch goes on. Nil: no limit.
    public var timeLimit: Double?
    /// When every document of the batch was written (`--date`), over any date its HTML metadata gives.
    public var documentDate: HistoricalDate?

    public init(store: any DocumentStore, maximumBytes: Int = Ingestor.defaultMaximumBytes,
                format: DocumentFormat? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.reader = SourceReader(maximumBytes: maximumBytes)
        self.format = format
        self.now = now
    }

    /// How many documents after the one being stored are read at the same time (each on a
    /// thread of its own; see ``ReadAhead``), so that both cores stay busy. 0: one at a time.
    public var readAheadDocuments = 2

    /// Ingests every source in order. A database failure (locked, corrupt) stops the
    /// batch, since every later document would fail the same way.
    public func ingest(_ sources: [IngestSource], progress: ((IngestProgress) -> Void)? = nil) -> [IngestResult] {
        var results: [IngestResult] = []
        var tally = IngestProgress(done: 0, total: sources.count, bytes: 0, started: Date())
        // The next documents, prepared and being read; nil for one too long to hold before its turn.
        var upcoming: [Int: Preparation?] = [:]
        for (k, source) in sources.enumerated() {
            for next in sources.indices.dropFirst(k + 1).prefix(readAheadDocuments) where !upcoming.keys.contains(next) {
                upcoming[next] = .some(Preparation(sources[next], ingestor: self, readingAhead: true).kept)
            }
            let preparation = (upcoming.removeValue(forKey: k) ?? nil) ?? Preparation(source, ingestor: self, readingAhead: false)
            tally.current = source.displayName
            let result = store(preparation, started: Date()) { done, total, bytes in
                var within = tally
                within.bytes += total > 0 ? bytes * done / total : 0
                within.currentFraction = total > 0 ? Double(done) / Double(total) : 0
                progress?(within)
            }
            results.append(result)
            tally.done += 1
            tally.bytes += result.byteCount
            tally.current = nil
            tally.currentFraction = nil
            progress?(tally)
            if case .failure(let error) = result.outcome, error.isDatabaseFailure { break }
        }
        return results
    }

    /// Reads, prepares and stores one source; `progress` hears how far through its text
    /// the reading is (code points done, of all, and the source's bytes).
    public func ingest(_ source: IngestSource, progress: ((_ done: Int, _ total: Int, _ bytes: Int) -> Void)? = nil) -> IngestResult {
        let started = Date()
        return store(Preparation(source, ingestor: self, readingAhead: false), started: started, progress: progress)
    }

    /// A source read and prepared for the store, or why it could not be, with the reading
    /// ahead started for it.
    struct Preparation {
        let source: IngestSource
        let outcome: Result<(document: PreparedDocument, byteCount: Int, ahead: ReadAhead?), IngestError>

        init(_ source: IngestSource, ingestor: Ingestor, readingAhead: Bool) {
            self.source = source
            outcome = Result { () throws(IngestError) in
                // The decoded text lives only until the document is prepared from it.
                let (text, byteCount) = try ingestor.reader.read(source)
                let format = ingestor.format ?? source.impliedFormat ?? DocumentFormat.sniff(text)
                var document = DocumentPreparer.prepare(text: text, sourceName: source.sourceName, format: format, sourceByteCount: byteCount)
                if let written = ingestor.documentDate { document.documentDate = written }
                guard document.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                    throw IngestError(source: source.displayName, .noText(format))
                }
                return (document, byteCount, readingAhead ? ingestor.store.readAhead(document) : nil)
            }
        }

        /// Itself, unless it is a document too long to read ahead, which is not held in
        /// memory before its turn (it is read again then).
        var kept: Preparation? {
            guard case .success(let prepared) = outcome, prepared.ahead == nil else { return self }
            return prepared.document.text.unicodeScalars.count <= DocumentParts.maximumLength ? self : nil
        }
    }

    func store(_ preparation: Preparation, started: Date, progress: ((_ done: Int, _ total: Int, _ bytes: Int) -> Void)?) -> IngestResult {
        let source = preparation.source
        do throws(IngestError) {
            let (document, byteCount, ahead) = try preparation.outcome.get()
            let watch = IngestWatch(progress: progress.map { report in { done, total in report(done, total, byteCount) } },
                                    timeLimit: timeLimit, from: started)
            do {
                let outcome = try store.ingest(document, at: now(), watch: watch, ahead: ahead)
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
    /// The source being read, and how far through it, while a long one is read.
    public var current: String? = nil
    public var currentFraction: Double? = nil

    /// Megabytes (10^6 bytes) read per second so far.
    public var megabytesPerSecond: Double {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        return Double(bytes) / 1_000_000 / seconds
    }
}
