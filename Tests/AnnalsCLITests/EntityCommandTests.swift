import Testing
import Foundation
import AnnalsTesting

/// `annals entities` and `annals entity`, end to end.
struct EntityCommandTests {
    let folder = TemporaryDirectory("entities")
    let annals = AnnalsProcess()

    @Test func theSamplesSubjectAnswersToEveryName() throws {
        let db = folder.file("a.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let byAlias = try annals.run(["entity", "--db", db, "--json", "Welinskaja"])
        #expect(byAlias.status == 0, "\(byAlias.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(byAlias.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "Mara Velinskaya")
        #expect(json["type"] as? String == "person")
        let byName = try annals.run(["entity", "--db", db, "--json", "Mara Velinskaya"])
        let same = try #require(try JSONSerialization.jsonObject(with: Data(byName.stdout.utf8)) as? [String: Any])
        #expect(same["id"] as? String == json["id"] as? String)
        let missing = try annals.run(["entity", "--db", db, "Nobody Atall"])
        #expect(missing.status == 1)
        #expect(missing.errorLines.first?.hasPrefix("annals: no entity matches \"Nobody Atall\"") == true)
        let list = try annals.run(["entities", "--db", db, "--type", "place"])
        #expect(list.status == 0 && list.stdout.contains("Geneva"))
    }

    @Test func theCorpusResolvesSpellingsAndCitesExactly() throws {
        guard let corpus = try IngestedCorpus(in: folder) else { return }
        #expect(corpus.ingest.status == 0)
        let (db, texts) = (corpus.database, corpus.texts)
        var ids: Set<String> = []
        for name in ["Leon Trotsky", "Bronstein", "Trotskii", "Comrade Trotsky", "Лев Давидович Троцкий"] {
            let output = try annals.run(["entity", "--db", db, "--json", name])
            #expect(output.status == 0, "\(name): \(output.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            ids.insert(json["id"] as? String ?? "")
            for key in ["citations", "alias_evidence"] {
                for item in json[key] as? [[String: Any]] ?? [] {
                    #expect(texts.isExact((item["citation"] as? [String: Any]) ?? item), "\(item)")
                }
            }
        }
        #expect(ids.count == 1)
        let lenin = try annals.run(["entity", "--db", db, "--json", "Lenin"])
        let leninJSON = try #require(try JSONSerialization.jsonObject(with: Data(lenin.stdout.utf8)) as? [String: Any])
        #expect(leninJSON["type"] as? String == "person")
        #expect(leninJSON["id"] as? String != ids.first)
    }
}
