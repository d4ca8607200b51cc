import Testing
import AnnalsCore
@testable import AnnalsAsk

/// Titles read from a sentence where no entity says so (``TitleFinder``). Sentences and
/// titles written for the tests.
struct TitleFinderTests {
    static func titles(_ sentence: String) -> [String] {
        TitleFinder.titles(in: Passage.written(sentence)).map(\.text)
    }

    @Test(arguments: [
        // Announced by a kind of writing, or set beside a phrase headed by one.
        ("In 1931 she wrote her book The Narrow Gate.", ["The Narrow Gate"]),
        ("He answered in an article, Salt and Iron, the next spring.", ["Salt and Iron"]),
        ("In 1923 she published a book about her travels, Letters from the Steppe.", ["Letters from the Steppe"]),
        // Quoted, or dated in brackets.
        ("The ballad \"Winter Roads\" was sung at the fair.", ["Winter Roads"]),
        ("His last novel, written in exile, Grey Harbour (1938) sold poorly.", ["Grey Harbour"]),
        // A name after a phrase that is no kind of writing is no title.
        ("She met a friend from her school days, Anna Petrova.", []),
        ("After a long journey through the hills, Petrov rested.", []),
    ])
    func aTitleIsReadWhereTheSentenceAnnouncesIt(sentence: String, titles: [String]) {
        #expect(Self.titles(sentence) == titles)
    }
}
