import Testing
import Foundation
@testable import AnnalsCore
import AnnalsGrammar
import AnnalsTesting

/// Joining names across documents reads each document's names summed by spelling: the sums
/// must be what the mentions say, the same however the document was read in parts, come
/// back from their stored bytes exactly, and join into the same entities as the names.
struct NameTallyTests {
    static func mention(_ surface: String, at start: Int, cue: EntityType? = nil, strong: Bool = false, opens: Bool = false,
                        refersTo: String? = nil, articled: Bool = false) -> EntityMention {
        EntityMention(document: 0, range: TextRange(start: start, end: start + surface.count), surface: surface, cue: cue, isStrongCue: strong,
                      opensSentence: opens, refersTo: refersTo, isArticled: articled)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let name: String
        let mentions: [EntityMention]
        /// Per tally in order: fold, count, votes, strong votes, other cues, surfaces, first and last offsets, flags.
        let expected: [String]
        var testDescription: String { name }
    }

    static func describe(_ tally: NameTally) -> String {
        let flags = [tally.isTitleReading ? "title" : nil, tally.isDoubtful ? "doubtful" : nil, tally.writtenInside ? "inside" : nil,
                     tally.isArticled ? "articled" : nil].compactMap { $0 }.joined(separator: ",")
        let votes = tally.votes.dictionary.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let strong = tally.strong.dictionary.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let surfaces = tally.surfaces.map { "\($0.surface)=\($0.count)" }.joined(separator: ",")
        return "\(tally.folded) #\(tally.first) ×\(tally.count) [\(votes)] [\(strong)] other=\(tally.otherCues) [\(surfaces)] \(tally.firstOffset)-\(tally.lastOffset) \(flags)"
    }

    static let rows = [
        Row(name: "a strong cue votes three, a weak one one; the fold joins spellings",
            mentions: [mention("Orlov", at: 4, cue: .person, strong: true), mention("ORLOV", at: 40), mention("Orlov", at: 20, cue: .place)],
            expected: ["orlov #0 ×3 [person=3,place=1] [person=3] other=1 [Orlov=2,ORLOV=1] 4-40 inside"]),
        Row(name: "a head noun referring back counts as neither spelling",
            mentions: [mention("Union", at: 9, cue: .org, strong: true, refersTo: "Velno Union")],
            expected: ["velno union #0 ×1 [org=3] [org=3] other=1 [Union=0,Velno Union=0] 9-9 inside"]),
        Row(name: "one word opening its sentence with no cue is doubtful, apart from the same name inside one",
            mentions: [mention("Herman", at: 0, opens: true), mention("Herman", at: 30), mention("Herman", at: 60, opens: true)],
            expected: ["herman #0 ×2 [] [] other=0 [Herman=2] 0-60 doubtful", "herman #1 ×1 [] [] other=0 [Herman=1] 30-30 inside"]),
        Row(name: "a title reading is summed apart, and an article marks the whole tally",
            mentions: [mention("Vera Lind", at: 5, cue: .work, strong: true), mention("Vera Lind", at: 50, cue: .person, articled: true),
                       mention("Vera Lind", at: 70, opens: true)],
            expected: ["vera lind #0 ×1 [work=3] [work=3] other=1 [Vera Lind=1] 5-5 title,inside",
                       "vera lind #1 ×2 [person=1] [] other=0 [Vera Lind=2] 50-70 inside,articled"]),
    ]

    @Test(arguments: rows)
    func aTallySumsItsMentions(row: Row) {
        #expect(NameTally.tallies(of: row.mentions).map(Self.describe) == row.expected)
    }

    /// Random mentions over a few spellings, in text order.
    static func randomMentions(_ random: inout SeededGenerator, count: Int) -> [EntityMention] {
        let names = ["Orlov", "Ivan Orlov", "Velno", "The Union", "Herman", "Бронштейн", "G.P.U.", "Anna-Maria Dorsk"]
        var start = 0
        return (0..<count).map { _ in
            start += Int.random(in: 1...40, using: &random)
            let cue = [nil, EntityType.person, .place, .work, .org].randomElement(using: &random)!
            return mention(names.randomElement(using: &random)!, at: start, cue: cue, strong: Bool.random(using: &random),
                           opens: Int.random(in: 0..<4, using: &random) == 0, refersTo: Int.random(in: 0..<9, using: &random) == 0 ? "Velno Union" : nil,
                           articled: Int.random(in: 0..<7, using: &random) == 0)
        }
    }

    @Test func aDocumentReadInPartsTalliesAsAWhole() {
        var random = SeededGenerator(seed: 1917)
        for _ in 0..<50 {
            let mentions = Self.randomMentions(&random, count: Int.random(in: 0..<80, using: &random))
            var parts = NameTallies()
            var rest = mentions[...]
            while !rest.isEmpty {
                let length = Int.random(in: 1...max(1, rest.count), using: &random)
                parts.add(Array(rest.prefix(length)))
                rest = rest.dropFirst(length)
            }
            #expect(parts.tallies == NameTally.tallies(of: mentions))
            #expect(parts.tallies.reduce(0) { $0 + $1.count } == mentions.count)
        }
    }

    @Test func storedTalliesComeBackExactly() throws {
        var random = SeededGenerator(seed: 1905)
        for document in 0..<40 {
            let tallies = NameTally.tallies(of: Self.randomMentions(&random, count: Int.random(in: 0..<120, using: &random)))
            let bytes = NameTallyCoding.encode(tallies)
            // Read back as another document's, they are filed under it.
            let read = try #require(try NameTallyCoding.decode(bytes, document: document))
            #expect(read == tallies.map { tally in var moved = tally; moved.document = document; return moved })
            // Cut short anywhere, the bytes are refused with a reason, never read wrong.
            for length in stride(from: 1, to: bytes.count, by: max(1, bytes.count / 25)) {
                #expect(throws: SentenceCoding.DecodingError.self) { _ = try NameTallyCoding.decode(Array(bytes.prefix(length)), document: 0) }
            }
        }
        // Bytes of another format are not read: the store sums the mentions again.
        #expect(try NameTallyCoding.decode([NameTallyCoding.format &+ 1, 0], document: 0) == nil)
        #expect(try NameTallyCoding.decode([], document: 0) == nil)
    }

    /// Entities joined from tallies read back from their bytes are those joined from the names.
    @Test func entitiesJoinedFromStoredTalliesAreThoseOfTheNames() throws {
        let pipeline = try AnalysisPipeline.shipped()
        let texts = [("Anna Petrova", "Anna Petrova\n\nAnna Petrova was born in Riga. In 1889 Petrova published the Baltic Atlas. Herman, her brother, "
                      + "met Ivan Orlov. The Velno Workers' Union was founded in 1890. The Union was banned. Orlov said: \"Herman was right.\""),
                     ("Ivan Orlov", "Ivan Orlov\n\nOrlov met Petrova in Riga. Herman Velsky studied in Orsk. The poet Vera Lind wrote \"Vera Lind\".")]
        let names = texts.enumerated().map { number, item in
            let document = DocumentPreparer.prepare(text: item.1, sourceName: "\(number).txt", format: .plainText)
            return (pipeline.analyse(ScalarText(document.text), structure: document.structure, title: item.0).names
                    ?? DocumentNames(mentions: [], evidence: [], pronouns: 0)).numbered(number)
        }
        let titles = texts.map(\.0)
        let stored = try names.enumerated().map { number, document in
            var summary = document.summary
            summary.tallies = try #require(try NameTallyCoding.decode(NameTallyCoding.encode(summary.tallies), document: number))
            return summary
        }
        let fromNames = EntityIndex(names: names, titles: titles)
        let fromTallies = EntityIndex(summaries: stored, titles: titles)
        #expect(fromNames.entities.count > 5)
        #expect(fromTallies.entities == fromNames.entities.map { entity in var unfiled = entity; unfiled.mentions = []; return unfiled })
        #expect(fromNames.entities.reduce(0) { $0 + $1.mentions.count } > 10)
    }
}
