public import Foundation
public import AnnalsCore

/// One ingested version of a source. A source's revisions are numbered from 1; each
/// points at an immutable document, and none is ever deleted.
public struct Revision: Sendable, Hashable, Codable {
    /// The ingested file's base name, or the name given for standard input.
    public var source: String
    /// 1 for the first version ingested under this source name.
    public var number: Int
    /// The document holding this version's text.
    public var document: DocumentID
    /// The document of the revision before this one, if any.
    public var previous: DocumentID?
    /// When this version was ingested.
    public var ingestedAt: Date
    /// Whether no later revision of the source exists.
    public var isLatest: Bool
    /// Whether the source has been taken out of the record (`annals retract`); its
    /// revisions are kept, and `annals restore` puts it back.
    public var isRetracted: Bool
    /// Facts about the document this revision points at.
    public var summary: DocumentSummary

    public init(source: String, number: Int, document: DocumentID, previous: DocumentID?,
                ingestedAt: Date, isLatest: Bool, isRetracted: Bool = false, summary: DocumentSummary) {
        self.source = source
        self.number = number
        self.document = document
        self.previous = previous
        self.ingestedAt = ingestedAt
        self.isLatest = isLatest
        self.isRetracted = isRetracted
        self.summary = summary
    }

    /// Whether this revision is part of the current record: its source's latest, not retracted.
    public var isCurrent: Bool { isLatest && !isRetracted }
}

/// A source taken out of the record or put back, as the history keeps it.
public struct SourceEvent: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Codable {
        case retract, restore
    }

    public var source: String
    public var action: Action
    public var at: Date

    public init(source: String, action: Action, at: Date) {
        self.source = source
        self.action = action
        self.at = at
    }
}

/// What a document is, in numbers: title, format, size and structure counts.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var title: String
    public var format: DocumentFormat
    public var characterCount: Int
    public var sectionCount: Int
    public var paragraphCount: Int
    public var sentenceCount: Int

    public init(title: String, format: DocumentFormat, characterCount: Int,
                sectionCount: Int, paragraphCount: Int, sentenceCount: Int) {
        self.title = title
        self.format = format
        self.characterCount = characterCount
        self.sectionCount = sectionCount
        self.paragraphCount = paragraphCount
        self.sentenceCount = sentenceCount
    }

    /// The summary of a document about to be stored.
    public init(_ document: PreparedDocument) {
        self.init(title: document.title, format: document.format,
                  characterCount: document.text.unicodeScalars.count,
                  sectionCount: document.structure.sections.count,
                  paragraphCount: document.structure.paragraphs.count,
                  sentenceCount: document.structure.sentences.count)
    }
}

/// A revision together with its document's stored text and structure.
public struct StoredDocument: Sendable {
    public var revision: Revision
    public var text: String
    public var structure: DocumentStructure

    public init(revision: Revision, text: String, structure: DocumentStructure) {
        self.revision = revision
        self.text = text
        self.structure = structure
    }
}
