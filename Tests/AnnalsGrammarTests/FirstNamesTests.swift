@testable import AnnalsGrammar
import Testing

/// Given names come from the first words of people's full names in WordNet, less common
/// words, places and the names of kinds.
struct FirstNamesTests {
    @Test func firstWordsOfPeoplesNamesLessCommonWordsAndPlaces() {
        let nouns = """
              1 This line is the licence's, which starts with spaces.
            10000001 18 n 02 Trotsky 0 Leon_Trotsky 0 001 @i 10000009 n 0000 | a revolutionary
            10000002 18 n 01 Trygve_Lie 0 001 @i 10000009 n 0000 | a diplomat
            10000003 18 n 01 Mark_Twain 0 001 @i 10000009 n 0000 | a writer
            10000004 18 n 01 Florence_Nightingale 0 001 @i 10000009 n 0000 | a nurse
            10000005 15 n 01 Florence 0 001 @i 10000008 n 0000 | a city
            10000006 18 n 01 Great_Mogul 0 001 @i 10000009 n 0000 | a ruler
            10000007 18 n 01 English 0 000 | the people of England
            10000008 18 n 01 English_Kings 0 001 @i 10000009 n 0000 | invented
            10000009 15 n 01 Washington_Irving 0 001 @i 10000009 n 0000 | not a person's file
            10000010 18 n 01 St._Peter 0 001 @i 10000009 n 0000 | abbreviated
            """
        let verbs = "20000001 32 v 01 mark 0 000 | to mark\n"
        let adjectives = "30000001 00 a 01 great 0 000 | large\n"
        #expect(FirstNames.deriving(dataNoun: nouns, others: [verbs, adjectives, ""]) == ["leon", "trygve"])
    }

    @Test func theShippedListHoldsGivenNamesAndNoCommonWords() {
        #expect(FirstNames.shipped.isSuperset(of: ["hippolyte", "emil", "trygve", "konstantin"]))
        #expect(FirstNames.shipped.isDisjoint(with: ["mark", "great", "saint", "florence", "georgia", "english"]))
    }
}
