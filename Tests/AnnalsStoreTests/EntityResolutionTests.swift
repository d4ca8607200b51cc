import Testing
import Foundation
@testable import AnnalsCore
import AnnalsStore
import AnnalsTesting

/// Names and dates found at ingest, entities resolved once and kept: what a read gets
/// from the store must be what resolving from scratch gives.
struct EntityResolutionTests {
    static let texts = [
        ("petrova.txt", "Anna Petrova\n\nAnna Petrova was born in Riga on 3 May 1861. In 1889 Petrova published the Baltic Atlas. She was arrested in Dorvik in January 1898. Her father, Ivan Petrov, was a carpenter."),
        ("orlov.txt", "Ivan Orlov\n\nIvan Orlov met Anna Petrova in Riga in 1885. Orlov was arrested in Dorvik in 1898 and exiled to Siberia. He had led the Dorvik Workers' Union since 1890. The Union was banned in 1897. Later the Pasko Brovin arrived in Velno. The poet Vera Lind wrote the song \"Vera Lind\" there."),
    ]

    static func store(in folder: TemporaryDirectory) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: folder.file("e.sqlite"), createIfMissing: true)
        for (name, text) in texts {
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: name, format: .plainText), at: Date())
        }
        return store
    }

    @Test func keptEntitiesEqualAFreshResolution() throws {
        let folder = TemporaryDirectory("resolution")
        let store = try Self.store(in: folder)
        let latest = try store.revisions().filter(\.isLatest)
        let documents = try latest.map { try store.document(for: $0) }
        // Read afresh by the shipped pipeline (the one ingest runs), resolved from nothing.
        let pipeline = try AnalysisPipeline.shipped()
        let fresh = EntityIndex(names: documents.enumerated().map { number, document in
            let read = pipeline.analyse(ScalarText(document.text), structure: document.structure, title: document.revision.summary.title)
            return (read.names ?? DocumentNames(mentions: [], evidence: [], pronouns: 0)).numbered(number)
        }, titles: documents.map(\.revision.summary.title))
        #expect(try store.resolvedEntities(fingerprint: EntityResolution.fingerprint(of: latest)) == nil)
        let first = try EntityResolution.index(of: latest, in: store)
        // The second read takes the kept entities and files the stored mentions under them.
        #expect(try store.resolvedEntities(fingerprint: EntityResolution.fingerprint(of: latest)) != nil)
        let kept = try EntityResolution.index(of: latest, in: store)
        for index in [first, kept] {
            #expect(index.entities.map(\.id) == fresh.entities.map(\.id))
            #expect(index.entities.map(\.mentions) == fresh.entities.map(\.mentions))
            #expect(index.entities.map(\.names) == fresh.entities.map(\.names))
        }
        // "The Union" refers back to the union just named, read back from the store as it was found.
        #expect(kept.entity(named: "Dorvik Workers' Union")?.mentions.map(\.surface) == ["Dorvik Workers' Union", "Union"])
        // A title spelled like someone's name is filed under the work, the name under the person.
        #expect(kept.entities.filter { $0.name == "Vera Lind" }.map { [$0.type.rawValue] + $0.mentions.map(\.surface) }.sorted { $0[0] < $1[0] }
                == [["person", "Vera Lind"], ["work", "Vera Lind"]])
        let bare = try EntityResolution.index(of: latest, in: store, withMentions: false)
        #expect(bare.entity(named: "Petrova")?.id == fresh.entity(named: "Petrova")?.id)
    }

    /// Joining names for a reader that needs no mentions (ingest, the asker) must give the
    /// same entities in the same order as the full resolution, from the same names read in one go.
    @Test func aResolutionWithoutMentionsIsTheSameEntitiesInTheSameOrder() throws {
        let folder = TemporaryDirectory("bare")
        let store = try Self.store(in: folder)
        for file in ProjectPaths.corpusFiles(in: ProjectPaths.samples) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: (file as NSString).lastPathComponent, format: .plainText), at: Date())
        }
        let latest = try store.revisions().filter(\.isLatest)
        let names = try store.namesToResolve(for: latest)
        // One read for all the documents is each document's names, numbered, without pronoun references.
        let oneByOne = try latest.enumerated().map { number, revision in
            var read = try store.names(for: revision).numbered(number)
            read.references = []
            return read
        }
        #expect(names == oneByOne)
        #expect(names.flatMap(\.mentions).allSatisfy { $0.key == EntityResolver.canonicalKey(NameLexicon.fold($0.refersTo ?? $0.surface)) })
        let titles = latest.map(\.summary.title)
        let full = EntityIndex(names: names, titles: titles)
        let bare = EntityIndex(names: names, titles: titles, fileMentions: false)
        #expect(full.entities.count > 10)
        #expect(bare.entities.allSatisfy { $0.mentions.isEmpty })
        #expect(bare.entities == full.entities.map { entity in var unfiled = entity; unfiled.mentions = []; return unfiled })
    }

    @Test func aNewDocumentMakesTheKeptEntitiesStale() throws {
        let folder = TemporaryDirectory("stale")
        let store = try Self.store(in: folder)
        let before = try store.revisions().filter(\.isLatest)
        _ = try EntityResolution.index(of: before, in: store)
        _ = try store.ingest(DocumentPreparer.prepare(text: "Olga Berzina\n\nOlga Berzina knew Ivan Orlov.", sourceName: "berzina.txt",
                                                      format: .plainText), at: Date())
        let after = try store.revisions().filter(\.isLatest)
        #expect(EntityResolution.fingerprint(of: after) != EntityResolution.fingerprint(of: before))
        #expect(try store.resolvedEntities(fingerprint: EntityResolution.fingerprint(of: after)) == nil)
        #expect(try EntityResolution.index(of: after, in: store).entity(named: "Olga Berzina") != nil)
    }

    @Test func claimsAreFoundByEntityAndPredicate() throws {
        let folder = TemporaryDirectory("claims")
        let store = try Self.store(in: folder)
        let latest = try store.revisions().filter(\.isLatest)
        let index = try EntityResolution.index(of: latest, in: store)
        let orlov = try #require(index.entity(named: "Ivan Orlov")).id
        let arrests = try store.claims(involving: [orlov], predicates: [EventType.arrest.rawValue], limit: 10)
        #expect(!arrests.isEmpty && arrests.allSatisfy { $0.claim.predicate == "arrest" })
        let all = try store.claims(involving: [orlov], predicates: nil, limit: 100)
        #expect(all.count > arrests.count)
        #expect(try store.claims(involving: [orlov], predicates: nil, limit: 1).count == 1)
    }

    @Test func storedDatesAreTheExtractedOnes() throws {
        let folder = TemporaryDirectory("dates")
        let store = try Self.store(in: folder)
        for revision in try store.revisions() {
            let document = try store.document(for: revision)
            #expect(try store.dates(for: revision) == DateExtractor().extract(from: ScalarText(document.text), structure: document.structure))
        }
    }
}

/// Who the personal pronouns stand for is stored with a document's names and read back whole.
struct PronounReferenceStorageTests {
    @Test func theCoreferenceModelsLinksAreKept() throws {
        let folder = TemporaryDirectory("references")
        let store = try EntityResolutionTests.store(in: folder)
        let petrova = try #require(try store.revisions().first { $0.summary.title == "Anna Petrova" })
        let stored = try store.names(for: petrova)
        let text = ScalarText(try store.document(for: petrova).text)
        // "She was arrested…" and "Her father…" both mean Anna Petrova.
        let pairs = stored.references.map { "\(text.string(in: $0.pronoun)) → \(text.string(in: $0.antecedent))" }
        #expect(pairs == ["She → Petrova", "Her → Petrova"])
    }
}
