import Dispatch

/// A document being read by the pipeline on another thread, ahead of its turn to be
/// stored: while a batch stores one document, the next ones are read, so the stages that
/// run on one core (names, claims) and the writing overlap with the grammar of the next
/// document instead of leaving the other core idle.
///
/// Only a document read in one part is read ahead (see ``DocumentParts``): what is held
/// is at most one part's analysis per document in flight.
///
/// ```swift
/// let ahead = ReadAhead(pipeline, document: id, text: text, structure: structure, title: title)
/// let parts = ahead?.parts   // waits until the reading is done
/// ```
public final class ReadAhead: Sendable {
    /// The document read (its text's SHA-256).
    public let documentID: DocumentID
    private let reading: Pending<(parts: [AnalyzedDocument], seconds: Double)>

    /// Starts reading the document with every stage of `pipeline`; nil when it is longer
    /// than one part (a long document is read part by part as it is stored, to bound memory).
    public init?(_ pipeline: AnalysisPipeline, document: DocumentID, text: ScalarText, structure: DocumentStructure, title: String,
                 documentDate: HistoricalDate? = nil, maximumPartLength: Int = DocumentParts.maximumLength) {
        guard text.count <= maximumPartLength else { return nil }
        documentID = document
        reading = Pending {
            let start = DispatchTime.now().uptimeNanoseconds
            var parts: [AnalyzedDocument] = []
            pipeline.read(text, structure: structure, title: title, documentDate: documentDate, maximumPartLength: maximumPartLength) { parts.append($0) }
            return (parts, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }

    /// The document's parts as the pipeline read them (at the document's offsets, in
    /// order), and how long the reading took; waits until it is done.
    public var result: (parts: [AnalyzedDocument], seconds: Double) { reading.value }
}
