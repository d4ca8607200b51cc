import Testing
import AnnalsAsk

/// "What does NHA stand for?": the acronym asked, and its full form written beside it.
struct AcronymTests {
    @Test(arguments: [
        ("What does NHA stand for?", "NHA" as String?), ("What did the acronym DRC stand for in the treaty?", "DRC"),
        ("What is the U.S.S.R. short for?", "USSR"), ("What is GPU an abbreviation of?", "GPU"),
        ("What did the DSB acronym stand for in the Block II ledgers?", "DSB"),
        ("Who founded the NHA?", nil), ("What does Anna stand for?", nil), ("What does MoD stand for?", "MoD"), ("Did the NHA and the DRC stand for election?", nil),
    ])
    func theAcronymAsked(question: String, acronym: String?) {
        #expect(Acronyms.asked(in: question) == acronym)
    }

    @Test(arguments: [
        ("In 1890 she joined the Northern Harbour Authority (NHA) at Dorvik.", "NHA", "Northern Harbour Authority" as String?),
        ("The clerks of the Salt/Iron Board (SIB) met for a year.", "SIB", "Salt/Iron Board"),
        ("He favoured the old guild (OG), and she the new charter (NC).", "NC", "new charter"),
        ("The strike was called by the Union of Salt Workers (USW).", "USW", "Union of Salt Workers"),
        ("The Ministry of Defence (MoD) said nothing.", "MOD", "Ministry of Defence"),
        ("Only the NHA (Northern Harbour Authority) kept its records.", "NHA", "Northern Harbour Authority"),
        ("The NHA met in Dorvik in the spring of 1890.", "NHA", nil),
        ("Her brother joined the guild (NHA) in 1891.", "NHA", nil),
    ])
    func theFullFormBesideTheAcronym(sentence: String, acronym: String, full: String?) {
        let found = Acronyms.spelledOut(acronym, in: sentence)
        #expect(found?.text == full)
        // The offset gives back the full form as written.
        if let found {
            #expect(String(String.UnicodeScalarView(Array(sentence.unicodeScalars).dropFirst(found.offset).prefix(found.text.unicodeScalars.count))) == found.text)
        }
    }
}
