import AnnalsCore
@testable import AnnalsAsk

extension Passage {
    /// A sentence written for a test, as the only passage of a document "t.txt".
    static func written(_ text: String, retrieval: Double = 1) -> Passage {
        Passage(document: 0, source: "t.txt", range: TextRange(start: 0, end: text.unicodeScalars.count), text: text, retrieval: retrieval, dates: [], names: [])
    }
}
