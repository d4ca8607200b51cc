import AnnalsCore
import AnnalsAsk
import AnnalsStore

extension Asker {
    /// "What does NHA stand for?": the full forms sentences write beside the acronym
    /// (`Acronyms`), each with its sentence; nil when none spells it out, and the question is
    /// answered as any other.
    func spelledOut(_ acronym: String, asked: String) throws -> AskJSON? {
        let hits = (try? store.search(SearchQuery(text: acronym, limit: Self.claimLimit, highlights: false))) ?? []
        var answers: [AskJSON.Answer] = [], seen = Set<String>()
        for hit in hits {
            guard let number = documentIndex[hit.revision.document] else { continue }
            let document = try documents[number]
            guard let found = Acronyms.spelledOut(acronym, in: document.text.string(in: hit.range)),
                  seen.insert(found.text.lowercased()).inserted else { continue }
            answers.append(AskJSON.Answer(text: found.text, value: found.text, kind: "text",
                                          citations: [try documents.citation(document: number, range: hit.range)],
                                          references: ["\(hit.revision.source):\(document.lines.line(at: hit.range.start))"]))
        }
        guard !answers.isEmpty else { return nil }
        return AskJSON(question: asked, status: "answered", answers: answers,
                       explanation: explains ? answers.map { "acronym \(acronym) spelled out: \($0.text)" } : [])
    }
}
