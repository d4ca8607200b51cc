import AnnalsIngest
import AnnalsRecord
import AnnalsStore
import Crypto
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `POST /api/documents?name=NAME`: a document uploaded with the token given at start-up
/// (`Authorization: Bearer TOKEN`). Only when the room was started with --allow-ingest.
struct UploadRoutes {
    let record: RecordService
    /// The token uploads must present; nil when uploading is off.
    let token: String?
    static let maximumBytes = 10_000_000

    func add(to router: Router<ReadingRoomContext>) {
        router.post("/api/documents") { request, context in
            guard let token else { throw APIError(.forbidden, "uploads are off; start annals serve with --allow-ingest and a token") }
            let presented = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil } ?? ""
            guard Self.sameSecret(presented, token) else { throw APIError(.unauthorized, "a valid token is required: Authorization: Bearer TOKEN") }
            guard let name = request.uri.queryParameters.get("name") else {
                throw APIError(.badRequest, "the \"name\" parameter is required: a file name such as letters.txt")
            }
            if let problem = IngestSource.problem(withName: name) { throw APIError(.badRequest, "name: " + problem) }
            if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > Self.maximumBytes {
                throw APIError(.contentTooLarge, "\(name): \(declared) bytes, over the \(Self.maximumBytes / 1_000_000) MB an upload may carry")
            }
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: Self.maximumBytes + 1)
            } catch is NIOTooManyBytesError {
                throw APIError(.contentTooLarge, "\(name): over the \(Self.maximumBytes / 1_000_000) MB an upload may carry")
            }
            guard buffer.readableBytes <= Self.maximumBytes else {
                throw APIError(.contentTooLarge, "\(name): over the \(Self.maximumBytes / 1_000_000) MB an upload may carry")
            }
            switch await record.ingest(name: name, data: Data(buffer.readableBytesView), maximumBytes: Self.maximumBytes) {
            case .success(let outcome):
                context.logger.info("ingested", metadata: ["source": "\(name)", "outcome": "\(Self.word(for: outcome))"])
                return try JSONResponse.response(UploadJSON(outcome: Self.word(for: outcome), revision: RevisionJSON(outcome.revision)),
                                                 status: Self.word(for: outcome) == "added" || Self.word(for: outcome) == "revised" ? .created : .ok)
            case .failure(let error):
                throw APIError(error.isDatabaseFailure ? .serviceUnavailable : .badRequest, error.description)
            }
        }
    }

    struct UploadJSON: Encodable, Sendable {
        var outcome: String
        var revision: RevisionJSON
    }

    static func word(for outcome: IngestOutcome) -> String {
        switch outcome {
        case .added: "added"
        case .revised: "revised"
        case .unchanged: "unchanged"
        case .duplicate: "duplicate"
        }
    }

    /// Compares two secrets in time that does not depend on where they differ: both are
    /// hashed first (so their lengths do not leak either), then every byte is compared.
    static func sameSecret(_ presented: String, _ expected: String) -> Bool {
        let a = Array(SHA256.hash(data: Data(presented.utf8))), b = Array(SHA256.hash(data: Data(expected.utf8)))
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0 && !expected.isEmpty
    }
}
