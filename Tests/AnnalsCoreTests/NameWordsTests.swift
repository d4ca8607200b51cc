import Testing
@testable import AnnalsCore

/// The name stage's word lists as data: the file's grammar (lists, commas, comments,
/// entries of several words, pairs), and the shipped file's lists as the rules read them.
struct NameWordsTests {
    @Test func aFileIsReadIntoListsOfLines() {
        let lists = NameWords.parse("""
        # a comment
        [heads]
        party, union   # what follows is no entry: a, b
        the hague, new york,

        [pets]
        sasha = alexander, kolya = nikolai
        [empty]
        """)
        #expect(lists["heads"] == [["party", "union"], ["the hague", "new york"]])
        #expect(lists["pets"] == [["sasha = alexander", "kolya = nikolai"]])
        #expect(lists["empty"] == [])
        #expect(lists["a"] == nil)
    }

    @Test func theShippedListsAreTheRulesLists() {
        #expect(NameLexicon.orgHeads.contains("party") && NameLexicon.eventHeads.contains("revolution"))
        #expect(NameLexicon.places.contains("new york") && NameLexicon.isCity("The Hague"))
        #expect(NameLexicon.hypocorisms["sasha"] == "alexander")
        #expect(NameLexicon.givenNameGroups.contains { $0.first == "lev" && $0.contains("leon") })
        #expect(NameLexicon.nationalities.contains("russian") && !NameLexicon.nationalities.contains("soviet"))
        #expect(NameLexicon.kinship.contains("sisters") && NameLexicon.followers.contains("whigs"))
        for list in NameWords.lists.values { #expect(list.allSatisfy { $0.allSatisfy { $0 == $0.lowercased() || $0.contains("=") } }) }
    }

    @Test(arguments: [("US", "United States"), ("U.S.A.", "United States"), ("USSR", "Soviet Union"), ("U.S.S.R.", "Soviet Union"), ("UK", "United Kingdom")])
    func variantsGeneralKnowledgeMakesOneShareAKey(variant: String, name: String) {
        #expect(EntityResolver.canonicalKey(NameLexicon.fold(variant)) == EntityResolver.canonicalKey(NameLexicon.fold(name)))
        #expect(EntityResolver.canonicalKey(NameLexicon.fold("Velmar")) != EntityResolver.canonicalKey(NameLexicon.fold(name)))
    }
}
