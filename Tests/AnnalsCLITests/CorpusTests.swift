import Testing
import Foundation
import AnnalsTesting

/// The shared Trotsky corpus, end to end: every document goes in whole and every
/// sentence and search hit cites its text to the letter. Skipped without ../shared.
struct CorpusTests {
    @Test func theSharedCorpusGoesInWithExactOffsets() throws {
        let folder = TemporaryDirectory("corpus")
        let annals = AnnalsProcess()
        guard let corpus = try IngestedCorpus(in: folder, annals: annals) else { return }
        let (db, files) = (corpus.database, corpus.files)
        #expect(files.count == 2)
        #expect(corpus.ingest.status == 0, "\(corpus.ingest.stderr)")

        var texts: [String: [Unicode.Scalar]] = [:]
        for file in files {
            let raw = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
            let name = (file as NSString).lastPathComponent
            texts[name] = Array(raw.unicodeScalars)
            let shown = try annals.run(["show", "--db", db, "--json", name])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
            #expect(json["text"] as? String == raw)
            let sentences = try #require(json["sentences"] as? [[String: Any]])
            #expect(sentences.count > 500, "\(name) has only \(sentences.count) sentences")
            #expect((json["sections"] as? [Any])?.count ?? 0 >= 25)
            let scalars = texts[name]!
            for sentence in sentences {
                let start = try #require(sentence["start"] as? Int)
                let end = try #require(sentence["end"] as? Int)
                #expect(String(String.UnicodeScalarView(scalars[start..<end])) == sentence["text"] as? String)
            }
        }

        for query in ["ice axe", "Ramon Mercader", "\"Brest-Litovsk\"", "Siberia*", "Yanovka"] {
            let output = try annals.run(["search", "--db", db, "--json", "--limit", "20", query])
            #expect(output.status == 0, "no hits for \(query)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            for hit in json["hits"] as? [[String: Any]] ?? [] {
                #expect(corpus.texts.isExact(try #require(hit["citation"] as? [String: Any])), "\(hit)")
            }
        }
    }
}
