@testable import AnnalsCore
import AnnalsGrammar
import Testing

/// Names the recognizer reads as ideas, times or things: the record keeps no entity for
/// them, except the titles of writings, which GUM files under ideas.
struct UnkeptKindTests {
    /// The names in `text`, read by the shipped pipeline with its trained models.
    static func recognized(_ text: String, title: String) throws -> EntityIndex {
        let document = DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText)
        let names = try #require(try AnalysisPipeline.shipped().analyse(ScalarText(document.text), structure: document.structure, title: title).names)
        return EntityIndex(names: [names], titles: [title])
    }

    static func name(_ kind: String, oneWord: Bool, common: Bool) -> RecognizedName {
        RecognizedName(range: TextRange(start: 0, end: 1), kind: kind, isOneWord: oneWord, opensWithCommonWord: common)
    }

    @Test(arguments: [
        // One word the dictionary lists is a word in capitals.
        (["christianity"], "abstract", true, nil, false, MentionDetector.UnkeptReading.dropped),
        (["advent"], "time", true, EntityType.person, false, .dropped),
        // … unless the rules read a given name or a kind of writing.
        (["olga"], "abstract", true, .person, false, .rules),
        (["testament"], "abstract", true, .work, false, .rules),
        // One word the dictionary lacks keeps the rules' reading when it is an idea's name,
        (["freiheit"], "abstract", false, nil, false, .rules),
        // and is no entity as a time's or a thing's with nothing else to say what it is.
        (["piggy"], "object", false, nil, false, .dropped),
        (["piggy"], "object", false, .person, false, .rules),
        // An idea's name of several words opening with a common word is a title.
        (["finance", "capital"], "abstract", true, nil, false, .work),
        (["selective", "service", "act"], "abstract", true, .org, false, .work),
        // … not when it opens with a name, is in capitals, or the rules say person or place.
        (["emil", "jannings"], "abstract", false, nil, false, .rules),
        (["new", "world"], "abstract", true, .place, false, .rules),
        (["tass", "bulletin"], "abstract", true, nil, true, .rules),
        // A thing's name of several words keeps the rules' reading.
        (["bronze", "horseman"], "object", true, .org, false, .rules),
    ] as [([String], String, Bool, EntityType?, Bool, MentionDetector.UnkeptReading)])
    func readings(words: [String], kind: String, common: Bool, cue: EntityType?, allCapitals: Bool, expected: MentionDetector.UnkeptReading) {
        let recognized = [Self.name(kind, oneWord: words.count == 1, common: common)]
        #expect(MentionDetector.unkeptReading(words: words, recognized: recognized, cue: cue, allCapitals: allCapitals) == expected)
    }

    @Test func aFaithIsNoEntityAndALawIsAWork() throws {
        let text = """
            Ivan Orlov

            Ivan Orlov converted to Christianity in 1890. He was tried under the Sedition and Espionage Act in \
            Dorvik and freed in 1893. His memoirs were published by Hollis & Brothers in London.
            """
        let index = try UnkeptKindTests.recognized(text, title: "Ivan Orlov")
        #expect(index.entity(named: "Christianity") == nil)
        #expect(index.entity(named: "Ivan Orlov")?.type == .person)
        #expect(index.entity(named: "Espionage Act")?.type == .work)
        #expect(index.entity(named: "Hollis & Brothers")?.type == .org)
    }

    @Test func theDictionaryTellsACommonWordFromANameOfOneThing() {
        var noun = Lexicon.Entry()
        noun.parts = .noun
        let dictionary = Lexicon(["hospital": noun, "isaiah": noun])
        let gazetteer = Gazetteer(marks: [Gazetteer.key(["Isaiah"]): Gazetteer.instanceBit | 1 << 18])
        #expect(RecognizedName.isCommonWord("Hospital", dictionary, gazetteer))
        #expect(!RecognizedName.isCommonWord("Isaiah", dictionary, gazetteer))
        #expect(!RecognizedName.isCommonWord("Dorvik", dictionary, gazetteer))
    }
}

/// An office's name is no entity: its holder is.
struct OfficeTests {
    @Test(arguments: [
        ("Doctor of Divinity", true), ("Chairman of Sovnarkom", true), ("First Secretary of the Dorvik Regional Committee", true),
        ("Commander-in-Chief of the Velmarian Army", true), ("Ober-Procurator", true), ("Fellow", true),
        ("Doctor Zhivago", false), ("Dorvik Secretary Orlov", false), ("Committee of Public Safety", false), ("Prince of Wales", false),
    ])
    func offices(name: String, isOffice: Bool) {
        #expect(NameLexicon.namesAnOffice(name.lowercased().split(separator: " ").map(String.init)) == isOffice)
    }

    @Test(arguments: [
        ("In 1828 he became a Doctor of Divinity and moved to Dorvik.", "Doctor of Divinity", false),
        ("The Tsar's ministers met in Dorvik.", "Tsar", false),
        ("The Tsar's ministers met in Dorvik.", "Dorvik", true),
    ])
    func inSentences(text: String, name: String, isEntity: Bool) {
        #expect((EntityTests.index(text).entity(named: name) != nil) == isEntity)
    }
}

/// A title of a writing runs from capital to capital across the function words title case
/// leaves in lower case, where the text marks it as a title.
struct TitleTests {
    @Test(arguments: [
        ("In 1902 he wrote the pamphlet What Is to Be Done and left Dorvik.", "What Is to Be Done", true),
        ("She read the novel Crime and Punishment in prison.", "Crime and Punishment", true),
        ("Her letters were published as My Years in Dorvik (1923) and sold well.", "My Years in Dorvik", true),
        // A title in quotation marks after a word for a writing runs to the closing mark, dash and all.
        ("Orlov's article \"Anna Petrova—Voice of Dorvik,\" appeared in May.", "Anna Petrova—Voice of Dorvik", true),
        ("Orlov wrote the essay “Bread, Land and Peace” in exile.", "Bread, Land and Peace", true),
        // After a word for a writing, a subtitle after the colon is the title's.
        ("His autobiography My Life: An Attempt at an Autobiography (1930) was read widely.", "My Life: An Attempt at an Autobiography", true),
        // A capitalised article after a function word begins another title.
        ("According to Ivan and Pyotr Orlov in The Lost Tsar (2006), he wrote it.", "Pyotr Orlov in The Lost Tsar", false),
        // Not after "the", nor with a body's head word: a name and a place.
        ("He spoke at the Congress of Soviets in Dorvik (1918) for an hour.", "Congress of Soviets in Dorvik", false),
    ])
    func titles(text: String, name: String, isWork: Bool) {
        let entity = EntityTests.index(text).entity(named: name)
        #expect((entity?.type == .work) == isWork)
    }

    @Test func anAcronymIsWrittenInCapitals() {
        let index = EntityTests.index("Orlov wrote the novel Darkness at Noon in 1940. Fyodor Dan read it in Dorvik. Dan was in exile then.")
        #expect(index.entity(named: "Dan")?.type == .person)
        #expect(index.entity(named: "Darkness at Noon")?.names.contains("Dan") == false)
        #expect(EntityResolver.isWrittenAsAcronym("G.P.U.") && EntityResolver.isWrittenAsAcronym("VSNKh") && !EntityResolver.isWrittenAsAcronym("Dan"))
    }
}

/// One word a document also writes in lower case is a common noun in capitals there.
struct CommonNounInCapitalsTests {
    @Test(arguments: [
        ("He believed the State would wither away. Every state in Dorvik had a king.", "State", false),
        ("He taught at Rugby for years, and Rugby made his name in Dorvik.", "Rugby", true),
        // A given name stays a name although the word is also written small.
        ("In 1901 Grace wrote to her brother in Dorvik, and he said grace before dinner.", "Grace", true),
    ])
    func capitals(text: String, name: String, isEntity: Bool) {
        #expect((EntityTests.index(text).entity(named: name) != nil) == isEntity)
    }
}

/// A word for a relative before a name makes it a person's, whatever else the name may be.
struct KinshipTests {
    @Test func aRelativeIsAPerson() throws {
        let text = """
            Anna Orlova

            Anna Orlova had two half-sisters, Helena and Lena. In 1885 Helena and Anna arrived in New York, \
            where Helena found work. Her sister Lena stayed behind.
            """
        let index = try UnkeptKindTests.recognized(text, title: "Anna Orlova")
        #expect(index.entity(named: "Helena")?.type == .person)
        #expect(index.entity(named: "Lena")?.type == .person)
        #expect(index.entity(named: "New York")?.type == .place)
    }

    @Test(arguments: [("her sister Helena", true), ("two daughters—Helena", true), ("the half-sisters, Helena", true),
                      ("the river Helena", false), ("Sister Helena", false)])
    func cues(text: String, isKin: Bool) {
        let tokens = SentenceTokens(text: ScalarText(text), structure: DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText).structure)[0]
        #expect(MentionDetector.followsKinship(tokens, start: tokens.count - 1) == isKin)
    }
}

/// At a sentence's start, the capitalised words before the recognizer's name are not the name's.
struct SentenceOpeningTests {
    @Test func aCapitalisedOpeningWordIsNotPartOfTheName() throws {
        let text = "Ivan Orlov\n\nHighlighting Nadezhda Krupskaya's role, the historian wrote about Dorvik. Nadezhda Krupskaya lived there."
        let index = try UnkeptKindTests.recognized(text, title: "Ivan Orlov")
        #expect(index.entities.allSatisfy { !$0.names.contains { $0.contains("Highlighting") } })
        #expect(index.entity(named: "Nadezhda Krupskaya")?.mentions.count == 2)
    }
}

/// A paper's or a body's name rendered in English in brackets is another name of it.
struct BracketedRenderingTests {
    @Test(arguments: [
        ("In 1905 Orlov co-founded the paper Nachalo (\"The Beginning\") in Dorvik.", "The Beginning", "Nachalo"),
        ("He raised funds for the newspaper Iskra (Spark) in Dorvik.", "Spark", "Iskra"),
    ])
    func renderings(text: String, alias: String, name: String) {
        #expect(EntityTests.index(text).entity(named: alias)?.name == name)
    }

    @Test(arguments: [("(\"Our Word\")", true), ("(New Life)", true), ("(NEP)", false), ("(Russia)", false), ("(Spark, 1900)", false),
                      ("(born 1879)", false)])
    func brackets(text: String, isRendering: Bool) {
        let tokens = SentenceTokens(text: ScalarText(text), structure: DocumentPreparer.prepare(text: text, sourceName: "t.txt", format: .plainText).structure)[0]
        #expect((AliasExtractor.bracketedRendering(tokens, open: 0) != nil) == isRendering)
    }

    @Test func aTitleIsFoundWithOrWithoutItsArticle() {
        let index = EntityTests.index("In 1925 Orlov wrote the book The Lost Tsar, which sold well in Dorvik.")
        #expect(index.entity(named: "The Lost Tsar")?.type == .work)
        #expect(index.entity(named: "Lost Tsar")?.name == "The Lost Tsar")
    }
}

/// A name asked for another way English writes it finds its entity.
struct LookupTests {
    @Test(arguments: [
        ("The Treaty of Varnholm ended the war in 1721 in Dorvik.", "Varnholm peace", "Treaty of Varnholm"),
        ("The Mensheviks met the Bolsheviks in Dorvik. The Bolsheviks won.", "Bolshevik faction", "Bolsheviks"),
    ])
    func otherWays(text: String, asked: String, name: String) {
        #expect(EntityTests.index(text).entity(named: asked)?.name == name)
    }
}

/// A well-known place is a place whatever its last word says ("Union", "States").
struct WellKnownPlaceTests {
    @Test(arguments: ["He returned to the Soviet Union in 1927 from Dorvik.", "In 1917 the United States entered the war against Velmar."])
    func placesWithABodysWord(text: String) {
        let index = EntityTests.index(text)
        #expect(index.entities.contains { ["Soviet Union", "United States"].contains($0.name) && $0.type == .place })
    }
}
