import Testing
import AnnalsCore

/// Who says a quotation: the subject the tree gives the verb of saying, never a descriptor,
/// a work or a name inside the quotation itself.
struct QuoteSpeakerTests {
    static func speakers(_ body: String) -> [String] {
        TreeEventTests.claims(body).filter { $0.kind == .quote }.map(\.subject.name)
    }

    @Test(arguments: [
        ("Biographer Louis Fischer wrote: \"she was the first and only woman to take up the cause in public.\"", "Louis Fischer"),
        ("As German sexologist Magnus Hirschfeld wrote, \"she was the first and only woman to take up the cause in public.\"", "Magnus Hirschfeld"),
        ("\"Anna Petrova and Ivan Sokolov,\" Edgar Hoover wrote while they were in prison, \"are two of the most dangerous anarchists in the land.\"", "Edgar Hoover"),
        ("Ivan Sokolov had earlier written to Anna Petrova in 1937, \"For the sake of our friends I am asking you for mercy now.\"", "Ivan Sokolov"),
    ])
    func theSpeakerIsTheSubjectOfTheVerbOfSaying(_ sentence: String, _ speaker: String) {
        #expect(Self.speakers(sentence) == [speaker])
    }
}
