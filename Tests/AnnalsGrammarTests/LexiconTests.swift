import Testing
import Foundation
@testable import AnnalsGrammar

/// The lexicon the tagger reads: English's regular inflections, WordNet's index and
/// exception lines read into parts of speech, and the table's trip through the file.
struct LexiconTests {
    @Test(arguments: [
        ("fox", "foxes"), ("church", "churches"), ("city", "cities"), ("day", "days"), ("book", "books"), ("wish", "wishes"),
    ])
    func withS(word: String, inflected: String) {
        #expect(Inflection.withS(word) == inflected)
    }

    @Test(arguments: [
        ("walk", "walked", "walking"), ("love", "loved", "loving"), ("carry", "carried", "carrying"), ("play", "played", "playing"),
        ("see", "seed", "seeing"), ("die", "died", "dying"), ("be", "bed", "being"),
    ])
    func pastAndGerund(word: String, past: String, gerund: String) {
        #expect(Inflection.past(word) == past)
        #expect(Inflection.gerund(word) == gerund)
    }

    @Test(arguments: [("tall", ["taller", "tallest"]), ("wide", ["wider", "widest"]), ("happy", ["happier", "happiest"]), ("grey", ["greyer", "greyest"])])
    func graded(word: String, forms: [String]) {
        #expect(Inflection.graded(word) == forms)
    }

    static let index = [
        "book n 11 3 @ ~ + 11 6 06410904 02870092\nbook_jacket n 1 1 @ 1 0 02870663\ncleric n 1 2 @ ~ 1 0 09927451\n",
        "  1 this line is a licence line\nbook v 4 1 @ 4 1 00711523\nrun v 41 2 @ ~ 41 30 01926311\n",
        "tall a 4 2 ! & 4 2 02385102\n",
        "well r 13 1 \\ 13 9 00011093\n",
    ]
    static let exceptions = ["clerics cleric\n", "ran run\nrunning run\n", "taller tall\n", ""]

    @Test func wordNetLinesBecomeParts() {
        let entries = WordNet.entries(index: Self.index, exceptions: Self.exceptions)
        #expect(entries["book"]?.parts == [.noun, .verb])
        #expect(entries["book"]?.senses == [11, 4, 0, 0])
        #expect(entries["books"]?.parts == [.plural, .thirdPerson])
        #expect(entries["booked"]?.parts == [.past])
        #expect(entries["ran"]?.parts == [.past])
        #expect(entries["running"]?.parts == [.gerund])
        #expect(entries["tallest"]?.parts == [.graded])
        #expect(entries["well"]?.parts == [.adverb])
        #expect(entries["book_jacket"] == nil && entries["1"] == nil, "phrases and licence lines are not words")
    }

    @Test func theTableReadsBackAndAnswersInAnyCase() throws {
        let lexicon = Lexicon(WordNet.entries(index: Self.index, exceptions: Self.exceptions))
        let read = try Lexicon(decoding: lexicon.encoded())
        #expect(read == lexicon)
        #expect(read.parts(of: "Book") == [.noun, .verb])
        #expect(read.parts(of: "CLERIC") == [.noun])
        #expect(read.parts(of: "Trotsky") == nil)
        // The tagger's feature: the entry (with the part of most senses) for a word in it, 1 for one it lacks, 0 with no lexicon.
        #expect(read.feature(WordForm("Trotsky")) == 1 && Lexicon.empty.feature(WordForm("book")) == 0)
        #expect(read.feature(WordForm("book")) != read.feature(WordForm("run")))
    }

    @Test func aDamagedTableIsRefused() throws {
        let data = Lexicon(WordNet.entries(index: Self.index, exceptions: Self.exceptions)).encoded()
        #expect(throws: ReadingGrammar.LoadError.self) { try Lexicon(decoding: data.dropLast(3)) }
        var swapped = Data(data.suffix(10))
        swapped.append(data.prefix(data.count - 10))
        #expect(throws: ReadingGrammar.LoadError.self) { try Lexicon(decoding: swapped) }
    }
}
