import Testing
import Foundation
import AnnalsTesting

/// `annals parse` as a person runs it: CoNLL-U that a CoNLL-U reader accepts, offsets that
/// give back each token, the same words kept when CoNLL-U comes in, JSON alike.
struct ParseCommandTests {
    let folder = TemporaryDirectory("cli-parse")
    var db: String { folder.file("annals.sqlite") }
    let annals = AnnalsProcess()

    /// The word lines of CoNLL-U output, split into columns.
    static func wordLines(_ output: String) -> [[String]] {
        output.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func aTextBecomesValidCoNLLUWithOffsets() throws {
        let text = "Trotsky didn't stay. He left for Alma-Ata in 1928."
        let output = try annals.run(["parse", "--text", text])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = Self.wordLines(output.stdout)
        #expect(lines.allSatisfy { $0.count == 10 })
        #expect(output.stdout.contains("# sent_id = 2"))
        let scalars = Array(text.unicodeScalars)
        for line in lines {
            guard let range = line[9].split(separator: "|").first(where: { $0.hasPrefix("TokenRange=") }) else { continue }
            let bounds = range.dropFirst(11).split(separator: ":").compactMap { Int($0) }
            #expect(String(String.UnicodeScalarView(scalars[bounds[0]..<bounds[1]])) == line[1], "\(line)")
        }
        #expect(lines.contains { $0[0] == "2-3" && $0[1] == "didn't" })
        // Every sentence has exactly one root, and every head is a word of its sentence.
        var roots = 0
        for line in lines where !line[0].contains("-") {
            if line[6] == "0" { roots += 1 }
            #expect(Int(line[6]) != nil && line[7] != "_")
        }
        #expect(roots == 2)
    }

    @Test func conlluInputKeepsItsWords() throws {
        let input = """
            # sent_id = a
            1\tLenin\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdied\t_\t_\t_\t_\t_\t_\t_\t_
            3\tin\t_\t_\t_\t_\t_\t_\t_\t_
            4\t1924\t_\t_\t_\t_\t_\t_\t_\t_
            5\t.\t_\t_\t_\t_\t_\t_\t_\t_

            """
        let output = try annals.run(["parse", "--input-format", "conllu", "-"], input: Data(input.utf8))
        #expect(output.status == 0, "\(output.stderr)")
        let lines = Self.wordLines(output.stdout)
        #expect(lines.map { $0[1] } == ["Lenin", "died", "in", "1924", "."])
        #expect(lines[1][6] == "0" && lines[1][7] == "root" && lines[0][7] == "nsubj")
        #expect(output.stdout.hasPrefix("# sent_id = a"))
    }

    @Test func aStoredDocumentAndJSON() throws {
        #expect(try annals.run(["ingest", "--db", db, ProjectPaths.samples]).status == 0)
        let output = try annals.run(["parse", "--db", db, "--json", "velinskaya-memoir.md"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        #expect(sentences.count > 10)
        let words = try #require(sentences.first?["words"] as? [[String: Any]])
        #expect(words.first?["start"] as? Int != nil && words.first?["upos"] as? String != nil)
    }

    @Test func namesAreMarkedWhenAskedFor() throws {
        let output = try annals.run(["parse", "--entities", "--text", "Leon Trotsky was born in Yanovka."])
        #expect(output.status == 0, "\(output.stderr)")
        let marks = Self.wordLines(output.stdout).map { line in line[9].split(separator: "|").first { $0.hasPrefix("Name=") }.map(String.init) ?? "-" }
        #expect(marks == ["Name=B-person", "Name=L-person", "-", "-", "-", "Name=U-place", "-"])
        let json = try annals.run(["parse", "--entities", "--json", "--text", "Trotsky left."])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let words = try #require((object["sentences"] as? [[String: Any]])?.first?["words"] as? [[String: Any]])
        #expect(words.first?["name"] as? String == "U-person" && words.last?["name"] == nil)
    }

    @Test func chainsAreMarkedWhenAskedFor() throws {
        let output = try annals.run(["parse", "--coreference", "--text", "Anna Petrova met Boris in Kiev. She liked him."])
        #expect(output.status == 0, "\(output.stderr)")
        let marks = Self.wordLines(output.stdout).map { line in
            line[1] + (line[9].split(separator: "|").first { $0.hasPrefix("Coref=") }.map { "[" + $0.dropFirst(6) + "]" } ?? "")
        }
        // Anna (the head of "Anna Petrova") and "She" share an entity, Boris and "him" another.
        #expect(marks == ["Anna[1]", "Petrova", "met", "Boris[2]", "in", "Kiev[3]", ".", "She[1]", "liked", "him[2]", "."])
        let json = try annals.run(["parse", "--coreference", "--json", "--text", "Anna left. She wept."])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        let heads = sentences.compactMap { ($0["words"] as? [[String: Any]])?.first?["coref"] as? Int }
        #expect(heads == [1, 1])
    }

    @Test(arguments: [["parse"], ["parse", "--text", "a", "-"], ["parse", "--input-format", "conllu", "doc.txt"]])
    func usage(arguments: [String]) throws {
        #expect(try annals.run(arguments).status == 64)
    }
}
