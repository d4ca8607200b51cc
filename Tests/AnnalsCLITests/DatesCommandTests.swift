import Testing
import Foundation
import AnnalsTesting

/// `annals dates`, end to end: the contract's date objects, with citations that round-trip.
struct DatesCommandTests {
    let folder = TemporaryDirectory("dates")
    let annals = AnnalsProcess()

    private func datesJSON(_ db: String, _ source: String) throws -> [[String: Any]] {
        let output = try annals.run(["dates", "--db", db, "--json", source])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return json?["dates"] as? [[String: Any]] ?? []
    }

    @Test func theSamplesOldStyleBirthAndAgesResolve() throws {
        let db = folder.file("a.sqlite")
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let dates = try datesJSON(db, "velinskaya-encyclopedia.txt")
        let birth = try #require(dates.first { ($0["text"] as? String) == "12 March 1861 (Old Style)" })
        let date = try #require(birth["date"] as? [String: Any])
        #expect(date["value"] as? String == "1861-03-24")
        #expect(date["calendar"] as? String == "julian")
        #expect(date["julian"] as? String == "1861-03-12")
        #expect(date["precision"] as? String == "day")
        #expect(date["earliest"] as? String == "1861-03-24" && date["latest"] as? String == "1861-03-24")
        let age = try #require(dates.first { ($0["kind"] as? String) == "age" })
        // An age is written at year precision but bounded by the birthdays.
        let ageDate = try #require(age["date"] as? [String: Any])
        #expect(ageDate["value"] as? String == "1879/1880")
        #expect(ageDate["earliest"] as? String == "1879-03-24" && ageDate["latest"] as? String == "1880-03-23")
        #expect((age["anchor"] as? [String: Any])?["quote"] as? String == "12 March 1861 (Old Style)")
        let text = try annals.run(["dates", "--db", db, "velinskaya-memoir.md"])
        #expect(text.stdout.contains("1882-09/1882-11"))
    }

    @Test func aDateGivenAtIngestResolvesTheWritersTimeAndLengthsKeepTheirOwnValues() throws {
        let db = folder.file("d.sqlite")
        let file = folder.file("report.txt")
        try "The minister now says the talks lasted two months. On Friday the treaty was signed. The war lasted 1915-17.\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try annals.run(["ingest", "--db", db, "--date", "1927-11-07", file]).status == 0)
        let dates = try datesJSON(db, "report.txt")
        let value = { (text: String) in (dates.first { ($0["text"] as? String) == text }?["date"] as? [String: Any])?["value"] as? String }
        #expect(value("now") == "1927-11-07")
        #expect(value("Friday") == "1927-11-04")
        #expect(value("two months") == "P2M")
        let now = try #require(dates.first { ($0["text"] as? String) == "now" })
        #expect(now["kind"] as? String == "reference" && now["from_document_date"] as? Bool == true)
        let span = try #require(dates.first { ($0["text"] as? String) == "1915-17" })
        let ends = try #require(span["ends"] as? [[String: Any]])
        #expect(ends.map { $0["text"] as? String } == ["1915", "17"])
        #expect(ends.map { ($0["date"] as? [String: Any])?["value"] as? String } == ["1915", "1917"])
        let refused = try annals.run(["ingest", "--db", db, "--date", "7 Nov 1927", file])
        #expect(refused.status != 0 && refused.stderr.contains("--date"))
    }

    @Test func corpusDatesCiteTheirTextToTheLetter() throws {
        guard let corpus = try IngestedCorpus(in: folder) else { return }
        #expect(corpus.ingest.status == 0)
        let (db, files, texts) = (corpus.database, corpus.files, corpus.texts)
        for file in files {
            let name = (file as NSString).lastPathComponent
            let dates = try datesJSON(db, name)
            #expect(dates.count > 150, "\(name): only \(dates.count) dates")
            for mention in dates {
                for key in ["citation", "anchor"] {
                    guard let citation = mention[key] as? [String: Any] else { continue }
                    #expect(texts.isExact(citation), "\(citation)")
                }
                if let date = mention["date"] as? [String: Any], let earliest = date["earliest"] as? String,
                   let latest = date["latest"] as? String, !earliest.hasPrefix("-"), !latest.hasPrefix("-") {
                    #expect(earliest <= latest, "\(mention)")
                }
            }
            let values = dates.compactMap { ($0["date"] as? [String: Any])?["value"] as? String }
            #expect(values.contains("1879-11-07"), "\(name): the birth date is missing")
            #expect(values.contains { $0.hasPrefix("1940-08") }, "\(name): the assassination is missing")
        }
    }
}
