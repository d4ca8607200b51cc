import Testing
@testable import AnnalsCore

/// Kinship claims: who is whose relative, the right way round and the right person.
struct KinshipClaimTests {
    static func relations(_ body: String, title: String = "Anna Petrova") -> [String] {
        let text = ScalarText(title + "\n\n" + body)
        return ClaimExtractor().claims(in: text, structure: StructureAnalyzer(text: text, format: .plainText).analyze(), title: title)
            .filter { $0.kind == .relation }.map { "\($0.subject.name) \($0.predicate) \($0.object?.name ?? "")" }
    }

    @Test func aWomanNamedAfterAKinshipWordOwnsTheHerThatFollows() {
        // "her sister Lena" says Lena is a woman, so "Lena … with her husband" is Lena's husband.
        let found = Self.relations("Anna Petrova moved to Riga to join her sister Lena. They lived in the house which Lena had built with her husband Samuel.")
        #expect(found.contains("Anna Petrova sister Lena"))
        #expect(found.contains("Lena husband Samuel") && !found.contains("Anna Petrova husband Samuel"))
    }

    @Test func hisAfterHeIsTheSubjectsNotTheLastManNamed() {
        let found = Self.relations("""
            Ivan Sokolov studied in Riga. During this time, he became closely associated with Pavel Lenski and Oleg Marin, \
            and also met his future first wife, Vera Lukina, his cousin.
            """, title: "Ivan Sokolov")
        #expect(found.contains("Ivan Sokolov cousin Vera Lukina") && !found.contains("Oleg Marin cousin Vera Lukina"))
    }

    @Test func aKinshipWordWrittenAsATitleNamesNoRelative() {
        #expect(Self.relations("Pavel Sokolov was the first to call Anna Petrova \"the Great, Mother of Her Country\".").isEmpty)
        #expect(Self.relations("Her mother, Maria Lenska, was a teacher.") == ["Anna Petrova mother Maria Lenska"])
    }

    @Test func theKinshipWordsAreData() {
        #expect(RelationExtractor.kinship("half-sister") == "half-sister" && RelationExtractor.kinship("daughters") == "daughter" && RelationExtractor.kinship("wives") == "wife")
        #expect(RelationExtractor.kinship("chancellor") == nil)
    }
}
