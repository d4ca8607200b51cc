import AnnalsCore
import AnnalsRecord

/// A question and its answer, each answer with the sentences it comes from; a conflict
/// between sources shown as such; "the documents do not say" when they do not.
enum AskPage {
    static func form(question: String) -> HTML {
        HTML.tag("form", HTML.Attribute("action", "/ask"), HTML.Attribute("method", "get")) {
            HTML.tag("label", HTML.Attribute("for", "ask-q")) { HTML.text("Your question") }
            HTML.tag("input", .id("ask-q"), HTML.Attribute("name", "q"), HTML.Attribute("type", "text"), HTML.Attribute("value", question),
                     HTML.Attribute("placeholder", "When was Trotsky born?"))
            HTML.tag("button", HTML.Attribute("type", "submit")) { HTML.text("Ask") }
        }
    }

    static func render(question: String, result: AskJSON?) -> HTML {
        Layout.page(title: question.isEmpty ? "Ask" : question) {
            HTML.tag("h1") { HTML.text("Ask the record") }
            form(question: question)
            if let result {
                HTML.tag("section", HTML.Attribute("aria-live", "polite"), HTML.Attribute("aria-label", "Answer")) {
                    // ("Read "Petrvoa" as "Petrova".": a misspelt word of the question, read as meant.)
                    for reading in result.readings {
                        HTML.tag("p", .class("muted")) { HTML.text(reading.prefix(1).uppercased() + reading.dropFirst() + ".") }
                    }
                    switch result.status {
                    case "not_found":
                        HTML.tag("p", .class("answer")) { HTML.text("The documents do not say.") }
                    case "conflict":
                        HTML.tag("div", .class("conflict")) {
                            HTML.tag("p", .class("answer")) { HTML.text("The sources disagree:") }
                            for answer in result.answers { self.answer(answer) }
                        }
                    default:
                        if let first = result.answers.first { answer(first) }
                        if result.answers.count > 1 {
                            HTML.tag("p", .class("muted")) {
                                HTML.text("Also possible: " + result.answers.dropFirst().map(\.text).joined(separator: "; "))
                            }
                        }
                    }
                }
            }
        }
    }

    static func answer(_ answer: AskJSON.Answer) -> HTML {
        HTML.tag("article") {
            HTML.tag("p", .class("answer")) {
                HTML.tag("strong") { HTML.text(answer.text) }
                HTML.tag("span", .class("kind")) { HTML.text(" \(answer.kind): \(answer.value)") }
            }
            for citation in answer.citations {
                Layout.quote(source: citation.source, start: citation.start, end: citation.end, text: citation.quote)
            }
        }
    }
}
