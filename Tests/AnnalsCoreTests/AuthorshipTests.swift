import Testing
import AnnalsCore

/// Authorship read off publications: the work written, not the periodical written for or in.
struct AuthorshipTests {
    static func works(_ body: String) -> [String] {
        TreeEventTests.claims(body).filter { $0.typed == .authorship }.compactMap { $0.object?.name }
    }

    @Test(arguments: [
        ("In 1912 Anna Petrova wrote The Northern Road.", ["The Northern Road"]),
        ("In 1930 Anna Petrova wrote her autobiography, My Long Road.", ["My Long Road"]),
        ("In 1911 Anna Petrova wrote in Free Earth that the state was evil.", []),
        ("Anna Petrova collected the items she had written for Free Earth.", []),
        ("A summary of the strike was given by Anna Petrova in The Riga Herald, November 6, 1918.", []),
    ])
    func theWorkWrittenIsNotThePeriodicalWrittenFor(_ sentence: String, _ expected: [String]) {
        #expect(Self.works(sentence) == expected)
    }
}
