import Testing
import Foundation
import AnnalsTesting

/// `annals conflicts`, `diff` and the corroboration in `facts`, end to end.
struct ConflictsCommandTests {
    let folder = TemporaryDirectory("conflicts")
    let annals = AnnalsProcess()

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try annals.run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    private func conflicts(_ db: String) throws -> [[String: Any]] {
        try #require(try json(["conflicts", "--db", db, "--json"])["conflicts"] as? [[String: Any]])
    }

    @Test func theSamplesDisagreeWhereTheyWereWrittenTo() throws {
        let db = folder.file("a.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let found = try conflicts(db)
        func conflict(_ property: String) -> [String: Any]? { found.first { $0["property"] as? String == property } }
        func values(_ conflict: [String: Any]?) -> Set<String> { Set((conflict?["values"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }) }
        #expect(values(conflict("age at departure")) == ["1879-03-24/1880-03-23", "1878-03-24/1879-03-23"])
        #expect(values(conflict("place of arrest")) == ["Dorvik", "Riga"])
        #expect(values(conflict("year of publication")) == ["1889", "1891"])
        let wedding = try #require(conflict("date of marriage"))
        #expect(wedding["reason"] as? String == "calendar" && (wedding["explanation"] as? String)?.contains("velinskaya-memoir.md's date as Old Style") == true)
        // The birth, Old Style in one source and New Style in the other, agrees.
        #expect(conflict("date of birth") == nil)
        // Each side is cited, from its own document, to the letter.
        let texts = try SourceTexts(files: try FileManager.default.contentsOfDirectory(atPath: ProjectPaths.samples).map { ProjectPaths.samples + "/" + $0 })
        for item in found {
            let values = try #require(item["values"] as? [[String: Any]])
            #expect(values.count >= 2 && !(item["explanation"] as? String ?? "").isEmpty)
            for value in values {
                let citations = try #require(value["citations"] as? [[String: Any]])
                #expect(!citations.isEmpty)
                for citation in citations where citation["source"] as? String != "velinskaya-letters.html" { #expect(texts.isExact(citation)) }
            }
        }
        let human = try annals.run(["conflicts", "--db", db, "Velinskaya"])
        #expect(human.status == 0 && human.stdout.contains("→ A calendar difference of 13 days"))
        // Facts count the sources that agree.
        let facts = try json(["facts", "--db", db, "--json", "Velinskaya"])
        let events = try #require(facts["events"] as? [[String: Any]])
        #expect(events.contains { $0["property"] as? String == "born" && $0["corroboration"] as? Int == 2 && $0["disputed"] as? Bool == false })
        #expect(events.contains { $0["property"] as? String == "arrested" && $0["disputed"] as? Bool == true })
    }

    @Test func diffListsWhatALaterEditionChanged() throws {
        let db = folder.file("b.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.packageRoot + "/Samples/later-edition"]).status == 0)
        let diff = try json(["diff", "--db", db, "--json", "velinskaya-encyclopedia.txt"])
        #expect((diff["from"] as? [String: Any])?["number"] as? Int == 1 && (diff["to"] as? [String: Any])?["number"] as? Int == 2)
        let removed = try #require(diff["removed"] as? [[String: Any]])
        let added = try #require(diff["added"] as? [[String: Any]])
        #expect(removed.contains { ($0["summary"] as? String)?.contains("in Dorvik") == true && $0["sentence_kept"] as? Bool == false })
        #expect(added.contains { ($0["summary"] as? String)?.contains("in Riga") == true })
        #expect(removed.allSatisfy { ($0["selector"] as? [String: Any])?["exact"] as? String == ($0["citation"] as? [String: Any])?["quote"] as? String })
        let same = try json(["diff", "--db", db, "--json", "velinskaya-encyclopedia.txt@1", "velinskaya-encyclopedia.txt@1"])
        #expect((same["removed"] as? [Any])?.isEmpty == true && (same["added"] as? [Any])?.isEmpty == true)
        let none = try annals.run(["diff", "--db", db, "velinskaya-memoir.md"])
        #expect(none.status == 1 && none.errorLines.first?.contains("has no revision before 1") == true)
        let mixed = try annals.run(["diff", "--db", db, "velinskaya-memoir.md", "velinskaya-encyclopedia.txt"])
        #expect(mixed.status == 1 && mixed.errorLines.first?.contains("different documents") == true)
    }

    @Test func theCorpusConflictsAreCitedAndExplained() throws {
        guard let corpus = try IngestedCorpus(in: folder) else { return }
        let found = try conflicts(corpus.database)
        #expect(found.count >= 5)
        for item in found {
            for value in item["values"] as? [[String: Any]] ?? [] {
                for citation in value["citations"] as? [[String: Any]] ?? [] { #expect(corpus.texts.isExact(citation)) }
            }
        }
        // The sources date the death a day apart: the attack and the death, explained as such.
        #expect(found.contains { $0["property"] as? String == "date of death" && $0["reason"] as? String == "different moments" })
        // A work dated differently by the two articles.
        #expect(found.contains { $0["property"] as? String == "year of publication" })
        // The most important come first: a death before anything else.
        #expect((found.first?["property"] as? String)?.contains("death") == true)
    }
}
