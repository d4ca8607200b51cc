import Testing
@testable import AnnalsAsk

/// A question written without diacritics names what the text writes with them: "Cacak" is the
/// "Čačak" the sentence names, so it is no answer to a question that names it.
struct FoldedNameTests {
    @Test(arguments: [("Čačak", true), ("Kraków", true), ("Prague", false)])
    func repeatsIgnoresDiacritics(name: String, repeats: Bool) {
        #expect(AnswerFinder.repeats(name, ["cacak", "krakow"]) == repeats)
    }
}
