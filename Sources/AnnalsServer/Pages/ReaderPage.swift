import AnnalsStore
import Foundation
import AnnalsCore
import AnnalsRecord

/// A document as written: its paragraphs and headings, each sentence a span carrying its
/// offsets (so `#c=START-END` marks the sentences cited), every named entity a link to its
/// dossier, every sentence that is evidence of a claim marked with what it claims.
enum ReaderPage {
    static func render(_ document: RecordService.ReadableDocument) -> HTML {
        let text = document.text
        let claimsBySentence = Dictionary(grouping: document.claims, by: { $0.range.start })
        return Layout.page(title: document.revision.summary.title, current: "/documents") {
            HTML.tag("h1") { HTML.text(document.revision.summary.title) }
            HTML.tag("p", .class("muted")) {
                HTML.text("\(document.revision.source) · revision \(document.revision.number) · " + Wording.counted(document.revision.summary.sentenceCount, "sentence") + " · " + Wording.counted(document.mentions.count, "name") + " linked · " + Wording.counted(document.claims.count, "claim"))
            }
            HTML.tag("article", .class("reader"), HTML.Attribute("aria-label", "Document text")) {
                for paragraph in document.structure.paragraphs {
                    let sentences = document.structure.sentences.filter { paragraph.range.contains($0.range) }
                    if !sentences.isEmpty, sentences.allSatisfy(\.isHeading) {
                        HTML.tag("h2") { pieces(of: paragraph.range, sentences: sentences, in: document, text: text, claims: claimsBySentence) }
                    } else {
                        HTML.tag("p") { pieces(of: paragraph.range, sentences: sentences, in: document, text: text, claims: claimsBySentence) }
                    }
                }
            }
        }
    }

    /// A paragraph's text: the gaps as text, each sentence as a span with its mentions as links.
    private static func pieces(of range: TextRange, sentences: [Sentence], in document: RecordService.ReadableDocument, text: ScalarText,
                               claims: [Int: [(range: TextRange, predicate: String, subject: String?)]]) -> [HTML] {
        var out: [HTML] = []
        var at = range.start
        for sentence in sentences {
            if sentence.range.start > at { out.append(.text(text.string(in: TextRange(start: at, end: sentence.range.start)))) }
            let claimed = (claims[sentence.range.start] ?? []).filter { $0.range == sentence.range }.map(\.predicate)
            let predicates = Array(Set(claimed)).sorted()
            out.append(HTML.tag("span", attributes: [
                .class(predicates.isEmpty ? "sentence" : "sentence claim"),
                HTML.Attribute("data-start", String(sentence.range.start)), HTML.Attribute("data-end", String(sentence.range.end)),
                HTML.Attribute("title", predicates.isEmpty ? nil : "Claims: " + predicates.joined(separator: ", ")),
            ]) { linked(sentence.range, in: document, text: text) })
            // The facts this sentence gives, one click away: the dossier of whom it is about.
            let subjects = Array(Set((claims[sentence.range.start] ?? []).filter { $0.range == sentence.range }.compactMap(\.subject))).sorted()
            for subject in subjects.prefix(2) {
                out.append(HTML.tag("a", .class("claim-link"), .href(Paths.entity(subject) + "#facts"),
                                    HTML.Attribute("title", "The facts this sentence gives: " + predicates.joined(separator: ", "))) { HTML.text("†") })
            }
            at = sentence.range.end
        }
        if range.end > at { out.append(.text(text.string(in: TextRange(start: at, end: range.end)))) }
        return out
    }

    /// The text of a range with each entity mention in it a link to the entity.
    private static func linked(_ range: TextRange, in document: RecordService.ReadableDocument, text: ScalarText) -> [HTML] {
        var out: [HTML] = []
        var at = range.start
        for mention in document.mentions where range.contains(mention.range) && mention.range.start >= at {
            if mention.range.start > at { out.append(.text(text.string(in: TextRange(start: at, end: mention.range.start)))) }
            out.append(HTML.tag("a", .class("mention \(mention.type.rawValue)"), .href(Paths.entity(mention.id)),
                                HTML.Attribute("title", "\(mention.name) (\(mention.type.rawValue))")) {
                HTML.text(text.string(in: mention.range))
            })
            at = mention.range.end
        }
        if range.end > at { out.append(.text(text.string(in: TextRange(start: at, end: range.end)))) }
        return out
    }
}

/// Every source with its latest revision and the earlier ones.
enum DocumentsPage {
    static func render(_ revisions: [RevisionJSON]) -> HTML {
        Layout.page(title: "Documents", current: "/documents") {
            HTML.tag("h1") { HTML.text("Documents") }
            HTML.tag("table") {
                HTML.tag("caption", .class("muted")) { HTML.text(Wording.counted(revisions.filter(\.latest).count, "source") + ", " + Wording.counted(revisions.count, "revision")) }
                Layout.tableHead(["Title", "Source", "Revision", "Sentences", "Ingested"])
                HTML.tag("tbody") {
                    for revision in revisions {
                        HTML.tag("tr") {
                            HTML.tag("td") {
                                if revision.latest {
                                    HTML.tag("a", .href(Paths.reader(revision.source))) { HTML.text(revision.title) }
                                } else {
                                    HTML.text(revision.title)
                                }
                            }
                            HTML.tag("td") { HTML.text(revision.source) }
                            HTML.tag("td") { HTML.text("\(revision.revision)" + (revision.latest ? " (latest)" : "")) }
                            HTML.tag("td") { HTML.text("\(revision.sentences)") }
                            HTML.tag("td") { HTML.text(revision.ingestedAt.formatted(.iso8601)) }
                        }
                    }
                }
            }
        }
    }
}
