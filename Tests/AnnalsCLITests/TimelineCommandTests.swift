import Testing
import Foundation
import AnnalsTesting

/// `annals timeline`, `facts`, `quotes` and `claims`, end to end.
struct TimelineCommandTests {
    let folder = TemporaryDirectory("timeline")
    let annals = AnnalsProcess()

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try annals.run(arguments)
        #expect(output.status == 0, "\(arguments): \(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func theSamplesTimelineIsChronologicalGregorianAndCited() throws {
        let db = folder.file("a.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let timeline = try json(["timeline", "--db", db, "--json", "Welinskaja"])
        #expect((timeline["entity"] as? [String: Any])?["name"] as? String == "Mara Velinskaya")
        let events = try #require(timeline["events"] as? [[String: Any]])
        let dates = events.compactMap { ($0["date"] as? [String: Any])?["earliest"] as? String }
        #expect(dates == dates.sorted())
        // The Old Style birth is converted, its wording kept.
        let birth = try #require(events.first { $0["type"] as? String == "birth" && ($0["source"] as? String) == "velinskaya-encyclopedia.txt" })
        let date = try #require(birth["date"] as? [String: Any])
        #expect(date["value"] as? String == "1861-03-24" && date["julian"] as? String == "1861-03-12" && date["calendar"] as? String == "julian")
        #expect(events.contains { $0["type"] as? String == "marriage" && ($0["participants"] as? [String])?.contains("Ilya Saburov") == true })
        #expect(events.contains { $0["type"] as? String == "letter" && ($0["date"] as? [String: Any])?["value"] as? String == "1889-02-02" })
        // Every citation is exact against the stored text.
        let docs = try #require(try json(["docs", "--db", db, "--json"])["documents"] as? [[String: Any]])
        #expect(!docs.isEmpty)
        for event in events {
            for citation in event["citations"] as? [[String: Any]] ?? [] {
                let shown = try annals.run(["show", "--db", db, "--json", citation["source"] as! String])
                let text = try #require((try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])?["text"] as? String)
                let scalars = Array(text.unicodeScalars)
                let start = citation["start"] as! Int, end = citation["end"] as! Int
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == citation["quote"] as? String)
            }
        }
        let human = try annals.run(["timeline", "--db", db, "Mara Velinskaya"])
        #expect(human.stdout.contains("1861-03-24 (O.S.)") && human.stdout.contains("velinskaya-encyclopedia.txt:"))
        let missing = try annals.run(["timeline", "--db", db, "Nobody Atall"])
        #expect(missing.status == 1 && missing.errorLines.first?.hasPrefix("annals: no entity matches") == true)
    }

    @Test func factsAndQuotesNameRelativesAndSpeakers() throws {
        let db = folder.file("b.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let facts = try json(["facts", "--db", db, "--json", "Mara Velinskaya"])
        let relatives = try #require(facts["relatives"] as? [[String: Any]])
        #expect(relatives.contains { $0["relation"] as? String == "spouse" && ($0["other"] as? [String: Any])?["name"] as? String == "Ilya Saburov" })
        #expect(relatives.contains { $0["relation"] as? String == "father" })
        // The same ties from the other side: her husband's wife, her father's daughter, with the marriage's date.
        let husband = try #require(try json(["facts", "--db", db, "--json", "Ilya Saburov"])["relatives"] as? [[String: Any]])
        let wife = try #require(husband.first { ($0["other"] as? [String: Any])?["name"] as? String == "Mara Velinskaya" })
        #expect(wife["relation"] as? String == "wife" && (wife["date"] as? [String: Any])?["value"] as? String == "1903-06-18")
        let father = try #require(try json(["facts", "--db", db, "--json", "Anton Velinsky"])["relatives"] as? [[String: Any]])
        #expect(father.contains { $0["relation"] as? String == "daughter" && ($0["other"] as? [String: Any])?["name"] as? String == "Mara Velinskaya" })
        let quotes = try #require(try json(["quotes", "--db", db, "--json", "--by", "Velinskaya"])["quotes"] as? [[String: Any]])
        #expect(quotes.contains { ($0["kind"] as? String) == "primary source" && ($0["recipient"] as? [String: Any])?["name"] as? String == "Ilya Saburov" })
        #expect(quotes.allSatisfy { ($0["speaker"] as? [String: Any])?["name"] as? String == "Mara Velinskaya" })
        let claims = try annals.run(["claims", "--db", db, "velinskaya-encyclopedia.txt"])
        #expect(claims.status == 0 && claims.stdout.contains("relation"))
    }

    @Test func theCorpusTimelineCitesExactly() throws {
        guard let corpus = try IngestedCorpus(in: folder) else { return }
        let timeline = try json(["timeline", "--db", corpus.database, "--json", "Trotsky"])
        let events = try #require(timeline["events"] as? [[String: Any]])
        #expect(events.count > 100)
        for event in events {
            for citation in event["citations"] as? [[String: Any]] ?? [] { #expect(corpus.texts.isExact(citation)) }
        }
        // Both sources give the birth, on the Gregorian 7 November 1879.
        let births = events.filter { $0["type"] as? String == "birth" && ($0["date"] as? [String: Any])?["value"] as? String == "1879-11-07" }
        #expect(Set(births.compactMap { $0["source"] as? String }).count == 2)
        let lenin = try #require(try json(["timeline", "--db", corpus.database, "--json", "Lenin"])["events"] as? [[String: Any]])
        #expect(lenin.contains { $0["type"] as? String == "death" && ($0["date"] as? [String: Any])?["value"] as? String == "1924-01-21" })
    }
}
