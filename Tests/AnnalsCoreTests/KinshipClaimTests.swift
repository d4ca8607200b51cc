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

    @Test(arguments: [
        ("In Riga she studied under her teacher, Pavel Lenski.", "Anna Petrova teacher Pavel Lenski"),
        ("Ivan Sokolov, a disciple of Anna Petrova, founded the journal.", "Anna Petrova disciple Ivan Sokolov"),
        ("It was in Vienna that Anna Petrova became close to Ivan Sokolov, her friend for the next 20 years.", "Anna Petrova friend Ivan Sokolov"),
        ("In 1905 she broke with her rival Oleg Marin.", "Anna Petrova rival Oleg Marin"),
    ])
    func teachersFriendsAndRivalsAreTiesToo(_ sentence: String, expected: String) {
        #expect(Self.relations(sentence).contains(expected), "\(Self.relations(sentence))")
        #expect(["teacher": "pupil", "disciple": "teacher", "rival": "rival"].allSatisfy { Kinship.inverse(of: $0.key, for: nil) == $0.value })
    }

    @Test func hisAfterTheyIsTheOneManAmongThem() {
        let found = Self.relations("Anna Petrova married Oleg Marin in 1890. In 1895 she met Ivan Sokolov. Before long they became lovers and moved into a flat with his cousin Pavel Lenski.")
        #expect(found.contains("Ivan Sokolov cousin Pavel Lenski"), "\(found)")
    }

    @Test func aTieShownIsReportedNotStated() {
        let text = "Under the new regime, Ivan Sokolov was portrayed as a close friend of Anna Petrova's. Ivan Sokolov was a close friend of Pavel Lenski."
        let claims = ClaimExtractor().claims(in: ScalarText("Anna Petrova\n\n" + text),
                                             structure: StructureAnalyzer(text: ScalarText("Anna Petrova\n\n" + text), format: .plainText).analyze(), title: "Anna Petrova")
            .filter { $0.kind == .relation }
        #expect(claims.first { $0.subject.name == "Anna Petrova" }?.modality == .reported)
        #expect(claims.first { $0.subject.name == "Pavel Lenski" }?.modality == .asserted)
    }

    @Test func aKinshipWordWrittenAsATitleNamesNoRelative() {
        #expect(Self.relations("Pavel Sokolov was the first to call Anna Petrova \"the Great, Mother of Her Country\".").isEmpty)
        #expect(Self.relations("Her mother, Maria Lenska, was a teacher.") == ["Anna Petrova mother Maria Lenska"])
    }

    @Test func theKinshipWordsAreData() {
        #expect(RelationExtractor.kinship("half-sister") == "half-sister" && RelationExtractor.kinship("daughters") == "daughter" && RelationExtractor.kinship("wives") == "wife")
        #expect(RelationExtractor.kinship("chancellor") == nil)
    }

    static let inverses: [(String, Kinship.Sex?, String)] = [
        ("wife", .male, "husband"), ("wife", nil, "husband"), ("husband", nil, "wife"), ("spouse", .female, "wife"), ("spouse", nil, "spouse"),
        ("father", .female, "daughter"), ("mother", .male, "son"), ("mother", nil, "child"), ("son", .female, "mother"),
        ("sister", .male, "brother"), ("sister", nil, "sibling"), ("half-sister", .male, "half-brother"), ("niece", .female, "aunt"),
        ("grandson", .male, "grandfather"), ("son-in-law", .female, "mother-in-law"), ("cousin", .male, "cousin"),
        // A word the table does not know is read back as "… of".
        ("godfather", .male, "godfather of"),
    ]

    @Test(arguments: inverses) func aTieReadFromTheOtherSide(_ term: String, _ sex: Kinship.Sex?, _ expected: String) {
        #expect(Kinship.inverse(of: term, for: sex) == expected)
    }

    @Test func everyKinshipWordHasItsInverseAndTheInverseLeadsBack() {
        for term in Kinship.words where !["twin", "companion", "lover", "mistress", "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower"].contains(term) {
            let back = Kinship.inverse(of: term, for: nil)
            #expect(!back.hasSuffix(" of"), "\(term) has no inverse")
            // The inverse of the inverse, for the sex the word gives, is the word again ("sister" → "brother" → "sister").
            if let sex = Kinship.sex(of: term), let forward = Kinship.sex(of: back) {
                #expect(Kinship.inverse(of: Kinship.inverse(of: term, for: forward), for: sex) == term, "\(term)")
            }
        }
        #expect(Kinship.tie("wife") == Kinship.tie("spouse") && Kinship.tie("sister") != Kinship.tie("wife"))
    }
}
