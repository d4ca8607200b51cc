import Foundation
public import AnnalsCore
public import AnnalsStore

/// Search results in JSON; each hit carries a contract citation.
public struct SearchJSON: Encodable, Sendable {
    public struct Hit: Encodable, Sendable {
        public var rank: Int
        public var score: Double
        public var source: String
        public var document: String
        public var revision: Int
        public var start: Int
        public var end: Int
        public var section: String?
        public var snippet: String
        public var text: String
        public var citation: Citation
        public var citations: [Citation]
    }

    public var query: String
    public var hits: [Hit]

    public init(query: String, hits: [SearchHit]) {
        self.query = query
        self.hits = hits.enumerated().map { index, hit in
            Hit(rank: index + 1, score: (hit.score * 1000).rounded() / 1000, source: hit.revision.source,
                document: hit.revision.document.hex, revision: hit.revision.number, start: hit.range.start,
                end: hit.range.end, section: hit.sectionHeading,
                snippet: hit.snippet.replacingOccurrences(of: SearchHit.highlightStart, with: "**")
                    .replacingOccurrences(of: SearchHit.highlightEnd, with: "**"),
                text: hit.quote, citation: hit.citation, citations: [hit.citation])
        }
    }
}
