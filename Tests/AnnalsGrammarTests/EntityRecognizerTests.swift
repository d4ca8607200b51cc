import Testing
import Foundation
@testable import AnnalsGrammar

/// Names as BILOU labels and back, GUM's entity layer read into names, the gazetteer, and
/// a recognizer trained on a handful of sentences written here.
struct EntityRecognizerTests {
    @Test(arguments: [
        ([NamedSpan(first: 0, last: 1, kind: "person")], 4, ["B person", "L person", "O", "O"]),
        ([NamedSpan(first: 2, last: 2, kind: "place")], 3, ["O", "O", "U place"]),
        ([NamedSpan(first: 0, last: 2, kind: "event"), NamedSpan(first: 4, last: 4, kind: "place")], 5,
         ["B event", "I event", "L event", "O", "U place"]),
    ] as [([NamedSpan], Int, [String])])
    func namesBecomeLabelsAndBack(names: [NamedSpan], count: Int, labels: [String]) {
        #expect(NameCoding.labels(names, count: count) == labels)
        #expect(NameCoding.spans(labels) == names)
    }

    @Test(arguments: [
        // An unclosed name ends where its kind stops; a lone I opens one; a new B closes the last.
        (["B person", "I person", "O"], [NamedSpan(first: 0, last: 1, kind: "person")]),
        (["O", "I place", "L place"], [NamedSpan(first: 1, last: 2, kind: "place")]),
        (["B person", "B place", "L place"], [NamedSpan(first: 0, last: 0, kind: "person"), NamedSpan(first: 1, last: 2, kind: "place")]),
        (["B person", "L place"], [NamedSpan(first: 0, last: 0, kind: "person"), NamedSpan(first: 1, last: 1, kind: "place")]),
    ] as [([String], [NamedSpan])])
    func malformedLabelsAreReadLeniently(labels: [String], names: [NamedSpan]) {
        #expect(NameCoding.spans(labels) == names)
    }

    @Test func onlyWellFormedSequencesAreChosen() {
        let labels = ["O", "B person", "I person", "L person", "U person", "B place", "I place", "L place", "U place"]
        let rules = LabelRules(labels)
        // Scores that favour I place everywhere: it may never follow O or B person, or end a sentence.
        var scores = [Float](repeating: 0, count: labels.count)
        scores[6] = 10; scores[2] = 5; scores[3] = 4
        #expect(labels[rules.best(scores, after: nil, isLast: false)] == "O")
        #expect(labels[rules.best(scores, after: 1, isLast: false)] == "I person")
        #expect(labels[rules.best(scores, after: 1, isLast: true)] == "L person")
        #expect(labels[rules.best(scores, after: 5, isLast: false)] == "I place")
    }

    /// Three sentences in CoNLL-U with GUM-style entity annotations (written for this test).
    static let treebank = """
        # newdoc id = test
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-event-new-nnnnn-cf1-2-sgl
        2\tBattle\tBattle\tPROPN\tNNP\t_\t6\tnsubj\t_\t_
        3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
        4\tPoltava\tPoltava\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-nnnnn-cf2-1-sgl-Poltava)1)
        5\twas\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_
        6\tdecisive\tdecisive\tADJ\tJJ\t_\t0\troot\t_\t_
        7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_

        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(3-person-giv-nnnnn-cf1-1-ana-Peter_the_Great)
        2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(4-organization-new-nnnnn-cf2-2-sgl
        4\tUniversity\tUniversity\tPROPN\tNNP\t_\t2\tobj\t_\t_
        5\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_
        6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_
        7\tNorth\tNorth\tPROPN\tNNP\t_\t8\tcompound\t_\t_
        8\tSea\tSea\tPROPN\tNNP\t_\t4\tnmod\t_\tEntity=4)
        9\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_
        10\tthe\tthe\tDET\tDT\t_\t11\tdet\t_\tEntity=(5-place-new-nnnnn-cf3-2-sgl
        11\ttown\ttown\tNOUN\tNN\t_\t4\tconj\t_\tEntity=5)
        12\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    @Test func treebankEntitiesBecomeNames() throws {
        let sentences = try CoNLLU.read(Self.treebank)
        // "The Battle of Poltava" loses its article and swallows the place inside it; "He"
        // (a pronoun, though linked to a person) and "the town" (a common noun) are no names.
        #expect(TreebankNames.names(sentences[0]) == [NamedSpan(first: 1, last: 3, kind: "event")])
        // Two joiners ("of the") may stand between capitals.
        #expect(TreebankNames.names(sentences[1]) == [NamedSpan(first: 3, last: 7, kind: "organization")])
    }

    @Test func theGazetteerReadsWordNetNounsAndCoversTheLongestName() throws {
        // Lines in data.noun's layout: offset, file, part, word count (hex), words, pointers.
        let data = """
              1 This line is the licence's, which starts with spaces.
            10000001 18 n 02 Trotsky 0 Leon_Trotsky 0 001 @i 10000009 n 0000 | a revolutionary
            10000002 15 n 01 Poltava 0 001 @i 10000008 n 0000 | a city
            10000003 06 n 01 table 0 000 | furniture
            """
        let gazetteer = Gazetteer.reading(dataNoun: data)
        #expect(gazetteer.count == 3)
        #expect(gazetteer.mark(of: ["Leon", "Trotsky"]) == (1 << 18) | Gazetteer.instanceBit)
        #expect(gazetteer.mark(of: ["table"]) == 0)
        let cover = gazetteer.cover(["Leon", "Trotsky", "left", "Poltava"])
        #expect(cover.map(\.place) == [1, 3, 0, 4])
        #expect(cover[3].mark == (1 << 15) | Gazetteer.instanceBit)
        let copy = try Gazetteer(decoding: gazetteer.encoded())
        #expect(copy.count == 3 && copy.mark(of: ["Poltava"]) == gazetteer.mark(of: ["Poltava"]))
    }

    @Test(arguments: [
        ("Tver'", ["Tver'", "Tver"]),
        ("Zárate", ["Zárate", "Zarate"]),
        ("Nizhniy Novgorod", ["Nizhniy Novgorod"]),
        ("Tver\u{2019} Oblast", ["Tver\u{2019} Oblast", "Tver Oblast"]),
    ] as [(String, [String])])
    func aPlaceIsSpelledAsEnglishProseWritesIt(name: String, spellings: [String]) {
        #expect(Gazetteer.placeSpellings(name) == Set(spellings))
    }

    @Test func geoNamesPlacesAreMarkedBesideWhatWordNetSays() {
        let wordNet = Gazetteer.reading(dataNoun: "10000002 15 n 01 Poltava 0 001 @i 10000008 n 0000 | a city")
        // name, region, country code, country, population, latitude, longitude
        let table = "Poltava\tPoltava Oblast\tUA\tUkraine\t284942\t49.5894\t34.5510\nTver'\tTver\u{2019} Oblast\tRU\tRussia\t400212\t56.8584\t35.9006\nbroken line\n"
        let both = wordNet.adding(geoNames: table)
        #expect(both.mark(of: ["Poltava"]) == (1 << 15) | Gazetteer.instanceBit | Gazetteer.geoNamesBit)
        #expect(both.mark(of: ["Tver"]) == Gazetteer.geoNamesBit && both.mark(of: ["Tver", "Oblast"]) == Gazetteer.geoNamesBit)
        #expect(both.mark(of: ["Russia"]) == Gazetteer.geoNamesBit && both.mark(of: ["RU"]) == 0)
    }

    @Test func hidingUnmarksWholePlacesAndKeepsWhatWordNetSays() {
        let geo = Gazetteer.geoNamesBit, person = UInt32(1 << 18)
        let cover: [(place: Int, mark: UInt32)] = [(1, geo), (3, geo), (0, 0), (4, geo | person), (4, person)]
        var generator = SeededGenerator(seed: 5)
        let all = EntityTraining.hide(cover, share: 1, using: &generator)
        #expect(all.map(\.mark) == [0, 0, 0, person, person] && all.map(\.place) == [0, 0, 0, 4, 4])
        let none = EntityTraining.hide(cover, share: 0, using: &generator)
        #expect(none.map(\.mark) == cover.map(\.mark))
        // A name is hidden whole or not at all.
        for _ in 0..<20 {
            let some = EntityTraining.hide(cover, share: 0.5, using: &generator)
            #expect((some[0].mark == 0) == (some[1].mark == 0))
        }
    }
}
