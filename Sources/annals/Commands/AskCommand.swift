import ArgumentParser
import Foundation
import AnnalsAsk
import AnnalsCore
import AnnalsStore
import AnnalsRecord

/// `annals ask "QUESTION"`: the answer, with the sentences it comes from, or honestly not.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question from the documents, citing the sentences; say so when they do not tell.",
        discussion: """
            Understands when, where, who, whom, which, what, how many, how old and yes/no \
            questions. Names resolve through every spelling the documents use ("When was \
            Bronstein arrested?"), event words through their variants (banished, exiled, \
            deported), and "in 1917", "after 1920", "first", "last" restrict the answer. \
            Answers come from the claims Annals extracted first, then from the sentences that \
            best cover the question. When sources disagree, each answer is shown with its \
            source (status "conflict"); when none answers, the status is "not_found". \
            Without a question, reads one question per line from standard input and prints \
            one JSON object per line.
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: ArgumentHelp("Print how each passage and candidate scored to standard error.", visibility: .hidden))
    var explain = false

    @Argument(help: ArgumentHelp("The question (omit to read questions from standard input).", valueName: "question"))
    var words: [String] = []

    func validate() throws {
        if !words.isEmpty { _ = try FlagBounds.text(words, InputBounds.questionLength, name: "the question") }
    }

    func run() throws {
        let storage = try store.open()
        let asker = try Asker(store: storage, explains: explain)
        if words.isEmpty {
            while let line = readLine() {
                let question = line.trimmingCharacters(in: .whitespaces)
                guard !question.isEmpty else { continue }
                guard question.count <= InputBounds.questionLength.upperBound else {
                    Terminal.writeError("annals: a question of \(question.count) characters was skipped; at most \(InputBounds.questionLength.upperBound) are read")
                    try JSONOutput.printLine(AskJSON(question: String(question.prefix(80)) + "…", status: "refused", answers: []))
                    continue
                }
                let result = try asker.ask(question)
                // (Each question's explanation opens with the question, so a batch's can be told apart.)
                if explain { Terminal.writeError("## " + question) }
                for line in result.explanation { Terminal.writeError(line) }
                try JSONOutput.printLine(result)
            }
            return
        }
        let result = try asker.ask(try FlagBounds.text(words, InputBounds.questionLength, name: "the question"))
        for line in result.explanation { Terminal.writeError(line) }
        if output.json {
            try JSONOutput.print(result)
            return
        }
        for reading in result.readings { Terminal.writeLine(Terminal.dim("(\(reading))")) }
        switch result.status {
        case "not_found":
            Terminal.writeLine("The documents do not say.")
        case "conflict":
            Terminal.writeLine(Terminal.bold("The sources disagree:"))
        default:
            break
        }
        for (n, answer) in result.answers.enumerated() where result.status != "not_found" {
            if result.status == "answered", n > 0 { Terminal.writeLine(Terminal.dim("  also possible: \(answer.text)")); continue }
            Terminal.writeLine((result.status == "conflict" ? "  • " : "") + Terminal.bold(answer.text) + Terminal.dim("  (\(answer.kind): \(answer.value))"))
            for (citation, reference) in zip(answer.citations, answer.references).prefix(2) {
                Terminal.writeLine("      " + Terminal.dim(reference) + "  \"" + TimelineLine.shorten(citation.quote.replacingOccurrences(of: "\n", with: " "), 140) + "\"")
            }
        }
    }
}

