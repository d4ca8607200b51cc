import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsTesting

/// The revision rules, run against every store so that they cannot drift apart.
struct RevisionTests {
    enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, memory
        var testDescription: String { rawValue }
    }

    /// A store of the given kind, with the folder that keeps its file alive as long as it.
    struct Fixture {
        let store: any DocumentStore
        let folder: TemporaryDirectory

        init(_ kind: StoreKind) throws {
            folder = TemporaryDirectory("store")
            switch kind {
            case .sqlite: store = try SQLiteDocumentStore(path: folder.file("a.sqlite"), createIfMissing: true)
            case .memory: store = InMemoryDocumentStore()
            }
        }
    }

    static func document(_ text: String, source: String = "life.txt") -> PreparedDocument {
        DocumentPreparer.prepare(text: text, sourceName: source, format: .plainText)
    }

    @Test(arguments: StoreKind.allCases)
    func theSameTextAgainIsANoOp(kind: StoreKind) throws {
        let store = try Fixture(kind).store
        let first = try store.ingest(Self.document(SampleTexts.plainAccount), at: Date())
        guard case .added(let revision) = first else { Issue.record("expected added, got \(first)"); return }
        #expect(revision.number == 1 && revision.isLatest)
        let again = try store.ingest(Self.document(SampleTexts.plainAccount), at: Date())
        #expect(again == .unchanged(revision))
        #expect(try store.revisions().count == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func aChangedTextBecomesALinkedRevisionAndNothingIsLost(kind: StoreKind) throws {
        let store = try Fixture(kind).store
        let original = Self.document("Mara was born in 1861. She died in 1924.")
        let edited = Self.document("Mara was born in 1862. She died in 1924.")
        _ = try store.ingest(original, at: Date())
        let outcome = try store.ingest(edited, at: Date())
        guard case .revised(let revision, let previous) = outcome else { Issue.record("expected revised, got \(outcome)"); return }
        #expect(revision.number == 2 && revision.previous == original.id && previous.document == original.id)
        let all = try store.revisions()
        #expect(all.map(\.number) == [1, 2])
        #expect(all.map(\.isLatest) == [false, true])
        #expect(try store.document(for: all[0]).text == original.text)
        #expect(try store.document(for: all[1]).text == edited.text)

        // Going back to the first text is a third revision, pointing at the first document.
        let reverted = try store.ingest(original, at: Date())
        #expect(reverted.revision.number == 3 && reverted.revision.document == original.id)
    }

    @Test(arguments: StoreKind.allCases)
    func theSameTextUnderAnotherNameIsNotStoredTwice(kind: StoreKind) throws {
        let store = try Fixture(kind).store
        let first = try store.ingest(Self.document("Same words.", source: "a.txt"), at: Date())
        let second = try store.ingest(Self.document("Same words.", source: "b.txt"), at: Date())
        #expect(second == .duplicate(of: first.revision))
        #expect(try store.revisions().map(\.source) == ["a.txt"])
    }

    @Test(arguments: StoreKind.allCases)
    func storedStructureComesBackIntact(kind: StoreKind) throws {
        let store = try Fixture(kind).store
        let document = Self.document(SampleTexts.plainAccount)
        let revision = try store.ingest(document, at: Date(timeIntervalSince1970: 1_000_000)).revision
        let stored = try store.document(for: revision)
        #expect(stored.text == document.text)
        #expect(stored.structure == document.structure)
        #expect(revision.summary.title == "Mara Velinskaya")
        #expect(abs(revision.ingestedAt.timeIntervalSince1970 - 1_000_000) < 1)
    }
}
