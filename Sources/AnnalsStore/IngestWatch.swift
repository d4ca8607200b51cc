public import Foundation

/// What watches one document's ingest: who hears how far the reading has come (for a
/// progress line on a long file), and when the reading must give up so that the rest of
/// a batch still goes in.
public struct IngestWatch {
    /// Called after each part of the document is read and stored: code points done, of all.
    public var progress: ((_ done: Int, _ total: Int) -> Void)?
    /// Past this moment the document is abandoned (rolled back, nothing stored).
    public var deadline: Date?
    /// The time limit `deadline` came from, to say so when it is passed.
    public var limitSeconds: Double?

    public init(progress: ((_ done: Int, _ total: Int) -> Void)? = nil, timeLimit seconds: Double? = nil, from start: Date = Date()) {
        self.progress = progress
        self.limitSeconds = seconds
        self.deadline = seconds.map { start.addingTimeInterval($0) }
    }

    /// No progress, no time limit.
    public static var none: IngestWatch { IngestWatch() }

    /// Throws when the deadline has passed.
    func check() throws(StoreError) {
        if let deadline, Date() > deadline { throw StoreError(.timedOut(seconds: limitSeconds ?? 0)) }
    }
}
