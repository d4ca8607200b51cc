import Testing
import Foundation
import AnnalsTesting

/// `annals ask`, end to end: each question type over the samples, conflicts, abstention,
/// batch mode, and the corpus.
struct AskCommandTests {
    let folder = TemporaryDirectory("ask")
    let annals = AnnalsProcess()

    private func ask(_ db: String, _ question: String) throws -> [String: Any] {
        let output = try annals.run(["ask", "--db", db, "--json", question])
        #expect(output.status == 0, "\(question): \(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    private func answers(_ result: [String: Any]) -> [[String: Any]] { result["answers"] as? [[String: Any]] ?? [] }

    /// A database holding one document written for the test: its path and the document's.
    private func ingested(_ name: String, _ text: String) throws -> (db: String, source: String) {
        let db = folder.file(name + ".sqlite"), source = folder.file(name)
        try text.write(toFile: source, atomically: true, encoding: .utf8)
        #expect(try annals.run(["ingest", "--db", db, source]).status == 0)
        return (db, source)
    }

    @Test func theSamplesAnswerEachKindOfQuestion() throws {
        let db = folder.file("a.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let texts = try SourceTexts(files: try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.samples).map { ProjectPaths.samples + "/" + $0 })
        let expected: [(String, String, String)] = [
            ("When was Welinskaja born?", "date", "1861-03-24"),
            ("Whom did Mara Velinskaya marry?", "person", "Ilya Saburov"),
            ("Where did Mara Velinskaya die?", "place", "Geneva"),
        ]
        for (question, kind, value) in expected {
            let result = try ask(db, question)
            let first = try #require(answers(result).first, "\(question)")
            #expect(result["status"] as? String == "answered" && first["kind"] as? String == kind && first["value"] as? String == value, "\(question): \(result)")
            for citation in first["citations"] as? [[String: Any]] ?? [] where citation["source"] as? String != "velinskaya-letters.html" {
                #expect(texts.isExact(citation))
            }
        }
        // The sources disagree on the atlas's year: one answer per value, each from its source.
        let atlas = try ask(db, "In what year did the Atlas of the Northern Waters appear?")
        #expect(atlas["status"] as? String == "conflict")
        #expect(Set(answers(atlas).compactMap { $0["value"] as? String }) == ["1889", "1891"])
        let age = try ask(db, "How old was Mara Velinskaya when she left Dorvik?")
        #expect(Set(answers(age).compactMap { $0["value"] as? String }).isSuperset(of: ["17", "18"]))
        // Nothing says which university: no answer rather than a guess.
        let university = try ask(db, "Which university did Mara Velinskaya attend?")
        #expect(university["status"] as? String == "not_found" && answers(university).isEmpty)
        let human = try annals.run(["ask", "--db", db, "Where did Mara Velinskaya die?"])
        #expect(human.stdout.hasPrefix("Geneva") && human.stdout.contains("velinskaya-encyclopedia.txt:"))
        // A command asks as a "what" question does; the answer echoes it as written.
        let command = try ask(db, "Name the city where Mara Velinskaya died.")
        #expect(command["question"] as? String == "Name the city where Mara Velinskaya died.")
        #expect(answers(command).first?["value"] as? String == "Geneva", "\(command)")
    }

    @Test func theNextSentenceThatGoesOnAboutItIsReadToo() throws {
        let (db, _) = try ingested("league.txt", "The League of Anna Petrova\n\nIn 1890 Anna Petrova and the Dorvik printers drew closer and soon formed an alliance with the harbour clerks. The alliance became known as the Northern League.\n")
        let result = try ask(db, "What was the 1890 alliance of the Dorvik printers with the harbour clerks called?")
        let first = try #require(answers(result).first, "\(result)")
        #expect(first["value"] as? String == "Northern League", "\(result)")
        let quote = (first["citations"] as? [[String: Any]])?.first?["quote"] as? String ?? ""
        #expect(quote.hasPrefix("In 1890") && quote.hasSuffix("Northern League."))
    }

    @Test func wordFormsPairsOfPeopleAndTheTimeBeforeASentence() throws {
        let (db, _) = try ingested("orlov.txt", """
            Ivan Orlov

            Ivan Orlov (1860–1921) was a printer in Dorvik.

            In 1884 Orlov left Dorvik for Riga. He stayed first at Salaspils, then at Jelgava. He and Karlis Ozols took over the Riga Courier.

            Mara Liepa taught at Tukums. She wrote to him often, and in 1890 she and Orlov married there. In 1899 Orlov took over the Baltic Herald with Anna Berzina.

            """)
        // "stay" finds "stayed" though no claim records the stay.
        #expect(answers(try ask(db, "Where did Orlov stay in 1884?")).first?["value"] as? String == "Salaspils")
        // Two people asked of: Orlov's article names him and "she", who is the other.
        #expect(answers(try ask(db, "When did Ivan Orlov and Mara Liepa marry?")).first?["value"] as? String == "1890")
        // The undated sentence is set in 1884 by the one before it: the paper taken over in 1884.
        #expect(answers(try ask(db, "With whom did Orlov take over a paper in 1884?")).first?["value"] as? String == "Karlis Ozols")
    }

    @Test func anAcronymIsAnsweredByTheFullFormWrittenBesideIt() throws {
        let (db, source) = try ingested("authority.txt", "The Harbour of Dorvik\n\nThe NHA met every spring. In 1890 Anna Petrova joined the Northern Harbour Authority (NHA), which kept the quays.\n")
        let result = try ask(db, "What does the acronym NHA stand for?")
        let first = try #require(answers(result).first, "\(result)")
        #expect(first["value"] as? String == "Northern Harbour Authority" && first["kind"] as? String == "text", "\(result)")
        let citation = try #require((first["citations"] as? [[String: Any]])?.first)
        #expect(try SourceTexts(files: [source]).isExact(citation))
        #expect((citation["quote"] as? String)?.hasPrefix("In 1890") == true)
    }

    @Test func aMisspeltWordIsReadAsMeant() throws {
        let (db, _) = try ingested("guild.txt", "The Guild of Dorvik\n\nIn 1890 Anna Petrova founded the Salt Carriers' Guild at Dorvik. Its hall burned down in 1902.\n")
        let result = try ask(db, "Who founded the guild of the salt carriers at Dorvick?")
        #expect(answers(result).first?["value"] as? String == "Anna Petrova", "\(result)")
        let explained = try annals.run(["ask", "--db", db, "--explain", "Who founded the guild of the salt carriers at Dorvick?"])
        #expect(explained.stderr.contains("read \"Dorvick\" as \"Dorvik\""), "\(explained.stderr)")
        // For people, the answer says how the question was read.
        let human = try annals.run(["ask", "--db", db, "Who founded the guild of the salt carriers at Dorvick?"])
        #expect(human.stdout.hasPrefix("(read \"Dorvick\" as \"Dorvik\")\n"), "\(human.stdout)")
    }

    @Test func theCongressAloneIsTheLastCongressNamed() throws {
        let (db, _) = try ingested("congress.txt", """
            The Harbour Congresses

            In 1890 the Second Harbour Congress met in Dorvik and Anna Petrova spoke at length.

            She said: "We are many, and the ships are ours."

            The Congress then adopted a secret rule on ballots that banned open voting.

            """)
        let result = try ask(db, "Which congress adopted the secret rule on ballots?")
        let first = try #require(answers(result).first, "\(result)")
        #expect(first["value"] as? String == "Second Harbour Congress", "\(result)")
        // Cited where "The Congress" adopted it, to the letter.
        let quote = (first["citations"] as? [[String: Any]])?.first?["quote"] as? String ?? ""
        #expect(quote.hasPrefix("The Congress then adopted"))
    }

    @Test func withoutAQuestionItReadsOnePerLine() throws {
        let db = folder.file("b.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let output = try annals.run(["ask", "--db", db], input: Data("When was Welinskaja born?\n\nWhich university did Mara Velinskaya attend?\n".utf8))
        let lines = output.stdout.split(separator: "\n")
        #expect(output.status == 0 && lines.count == 2)
        let statuses = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])["status"] as? String }
        #expect(statuses == ["answered", "not_found"])
    }

    @Test func theCorpusAnswersWithExactCitations() throws {
        guard let corpus = try IngestedCorpus(in: folder) else { return }
        let assassinated = try ask(corpus.database, "In which city was Trotsky assassinated?")
        #expect(answers(assassinated).first?["value"] as? String == "Mexico City")
        let arrested = try ask(corpus.database, "When were over 200 members of the South Russian Workers' Union, including Bronstein, arrested?")
        #expect(answers(arrested).first?["value"] as? String == "1898-01")
        for result in [assassinated, arrested] {
            for answer in answers(result) {
                for citation in answer["citations"] as? [[String: Any]] ?? [] { #expect(corpus.texts.isExact(citation)) }
            }
        }
    }
}
