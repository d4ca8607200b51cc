import Testing
import Foundation
import AnnalsCore
import AnnalsTesting

/// The typed claim model: a claim's kind and predicate name read as one ``ClaimPredicate``,
/// and the rule that found it as an ``Extractor``, both stored by name.
struct ClaimPredicateTests {
    static let named: [(Claim.Kind, String, ClaimPredicate?)] = [
        (.event, "arrest", .event(.arrest)),
        (.event, "name change", .event(.nameChange)),
        (.relation, "wife", .kinship("wife")),
        (.position, "took", .position(.took)),
        (.position, "left", .position(.left)),
        (.membership, "expelled", .membership(.expelled)),
        (.authorship, "wrote", .authorship),
        (.quote, "said", .quotation(.said)),
        // Names no kind has.
        (.event, "arrested", nil),
        (.position, "resigned", nil),
        (.membership, "took", nil),
        (.authorship, "said", nil),
        (.relation, "", nil),
        (.relation, "Father", nil),
    ]

    @Test(arguments: named) func aKindAndANameReadAsOnePredicate(_ kind: Claim.Kind, _ name: String, _ expected: ClaimPredicate?) {
        let typed = ClaimPredicate(kind: kind, name: name)
        #expect(typed == expected)
        if let typed { #expect(typed.kind == kind && typed.name == name) }
    }

    @Test func settingTheTypedPredicateSetsKindAndName() {
        var claim = Claim(.event(.election), subject: Participant(name: "Anna Petrova"), evidence: TextRange(start: 0, end: 1),
                          extractor: Extractor(.treePassive), confidence: 0.8)
        claim.typed = .position(.took)
        #expect(claim.kind == .position && claim.predicate == "took")
    }

    @Test func everyExtractorNameReadsBack() throws {
        let kinds: [Claim.Kind?] = [nil, .position, .membership, .authorship]
        for rule in Extractor.Rule.allCases {
            for kind in kinds {
                let extractor = Extractor(rule, readAs: kind)
                #expect(Extractor(name: extractor.name) == extractor)
                let json = try JSONEncoder().encode(extractor)
                #expect(String(decoding: json, as: UTF8.self) == "\"\(extractor.name)\"")
                #expect(try JSONDecoder().decode(Extractor.self, from: json) == extractor)
            }
        }
        #expect(Extractor(name: "position.election") == nil)
        #expect(Extractor(name: "event.guess") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Extractor.self, from: Data("\"event.guess\"".utf8)) }
    }

    @Test func everyClaimOfTheSamplesIsTyped() throws {
        let files = ProjectPaths.corpusFiles(in: ProjectPaths.samples)
        try #require(!files.isEmpty)
        for file in files {
            let text = ScalarText(try String(contentsOfFile: file, encoding: .utf8))
            let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
            let title = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let read = EventExtractionTests.pipeline.analyse(text, structure: structure, title: title, only: [.names, .dates])
            let claims = ClaimExtractor().claims(in: text, structure: structure, title: title, dates: read.dates, names: read.names, grammar: read.grammar)
            #expect(!claims.isEmpty)
            for claim in claims {
                #expect(claim.typed != nil, "\(file): \(claim.kind.rawValue) \(claim.predicate)")
                #expect(Extractor(name: claim.extractor.name) == claim.extractor)
            }
        }
    }
}
