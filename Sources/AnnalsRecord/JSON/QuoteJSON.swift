import Foundation
public import AnnalsCore
import AnnalsStore

/// A quotation in JSON.
public struct QuoteJSON: Encodable, Sendable {
    public var speaker: ParticipantJSON
    public var recipient: ParticipantJSON?
    public var description: String?
    public var date: DateJSON?
    public var text: String
    public var kind: String
    public var citations: [Citation]

    public init(_ located: LocatedClaim, record: LoadedRecord) {
        speaker = ParticipantJSON(located.claim.subject, record: record)
        recipient = located.claim.object.map { ParticipantJSON($0, record: record) }
        description = located.claim.value
        date = ClaimDateJSON(located, record: record)?.date
        text = record.entities.text(located.document).string(in: located.claim.evidence)
        kind = located.claim.extractor.rule == .sourceBody ? "primary source" : "quotation"
        citations = [record.citation(located)]
    }
}
