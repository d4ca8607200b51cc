/// Why the store could not do what was asked. One line, naming the database or the
/// document, and saying what to do next.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: Equatable, Sendable {
        case missingDatabase(path: String)
        case locked(path: String)
        case corrupt(path: String, detail: String)
        case cannotOpen(path: String, detail: String)
        case readOnly(path: String)
        case invalidQuery(query: String, detail: String)
        case noSuchDocument(reference: String, suggestion: String?)
        case ambiguousDocument(reference: String, candidates: [String])
        case noSuchRevision(source: String, number: Int, available: [Int])
        case underlying(path: String, detail: String)
        case timedOut(seconds: Double)
        case alreadyInState(source: String, action: SourceEvent.Action)
        case missingModel(detail: String)
    }

    let kind: Kind

    init(_ kind: Kind) {
        self.kind = kind
    }

    /// Whether the problem lies with the database file (locked, corrupt, unreadable)
    /// rather than with what was asked of it.
    public var isDatabaseFailure: Bool {
        switch kind {
        case .missingDatabase, .locked, .corrupt, .cannotOpen, .readOnly, .underlying: true
        case .invalidQuery, .noSuchDocument, .ambiguousDocument, .noSuchRevision, .timedOut, .alreadyInState, .missingModel: false
        }
    }

    public var description: String {
        switch kind {
        case .missingDatabase(let path):
            "no database at \(path); ingest documents first (annals ingest --db \(path) FILE…)"
        case .locked(let path):
            "database \(path) is locked by another process; try again when it has finished"
        case .corrupt(let path, let detail):
            "database \(path) is corrupt or not an Annals database (\(detail)); point --db at another file"
        case .cannotOpen(let path, let detail):
            "cannot open database \(path) (\(detail))"
        case .readOnly(let path):
            "database \(path) is read-only; check its permissions"
        case .invalidQuery(let query, let detail):
            "cannot search for \"\(query.count > 60 ? query.prefix(60) + "…" : query)\": \(detail)"
        case .noSuchDocument(let reference, let suggestion):
            "no document matches \"\(reference)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "; see annals docs")
        case .ambiguousDocument(let reference, let candidates):
            "\"\(reference)\" matches several documents (\(candidates.prefix(5).joined(separator: ", "))); be more specific"
        case .noSuchRevision(let source, let number, let available):
            "\(source) has no revision \(number); it has \(available.map(String.init).joined(separator: ", "))"
        case .underlying(let path, let detail):
            "database \(path): \(detail)"
        case .alreadyInState(let source, .retract):
            "\(source) is already retracted; annals restore \(source) puts it back"
        case .alreadyInState(let source, .restore):
            "\(source) is not retracted; there is nothing to restore"
        case .missingModel(let detail):
            detail
        case .timedOut(let seconds):
            "reading it took longer than \(Int(seconds.rounded())) s, the time limit (raise it with --time-limit); nothing was stored"
        }
    }
}
