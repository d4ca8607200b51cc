public import Foundation
import AnnalsCore
public import AnnalsStore

/// One revision in JSON.
public struct RevisionJSON: Encodable, Sendable {
    public var source: String
    public var revision: Int
    public var latest: Bool
    /// The source is taken out of the current record (`annals retract`), its revisions kept.
    public var retracted: Bool
    public var document: String
    public var previousDocument: String?
    public var title: String
    public var format: String
    public var ingestedAt: Date
    public var characters: Int
    public var sections: Int
    public var paragraphs: Int
    public var sentences: Int

    public init(_ revision: Revision) {
        source = revision.source
        self.revision = revision.number
        latest = revision.isLatest
        retracted = revision.isRetracted
        document = revision.document.hex
        previousDocument = revision.previous?.hex
        title = revision.summary.title
        format = revision.summary.format.rawValue
        ingestedAt = revision.ingestedAt
        characters = revision.summary.characterCount
        sections = revision.summary.sectionCount
        paragraphs = revision.summary.paragraphCount
        sentences = revision.summary.sentenceCount
    }
}
