import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsIngest
import AnnalsTesting

/// Reading the next documents while one is stored: the record must be the one a batch
/// read one document at a time gives, and the time limit must still hold.
struct ReadAheadTests {
    static let texts = [
        ("petrova.txt", "Anna Petrova\n\nAnna Petrova was born in Riga on 3 May 1861. She was arrested in Dorvik in January 1898."),
        ("orlov.txt", "Ivan Orlov\n\nIvan Orlov met Anna Petrova in Riga in 1885. He was exiled to Siberia in 1898."),
        ("empty.txt", ""),
        ("again.txt", "Anna Petrova\n\nAnna Petrova was born in Riga on 3 May 1861. She was arrested in Dorvik in January 1898."),
        ("account.txt", SampleTexts.plainAccount),
    ]

    /// Everything the stages stored for each revision, as text to compare.
    static func record(of store: SQLiteDocumentStore) throws -> [String] {
        try store.revisions().map { revision in
            let names = try store.names(for: revision)
            return "\(revision.source) \(revision.document.hex) \(try store.grammar(for: revision)) \(try store.dates(for: revision)) "
                + "\(names.mentions) \(names.references) \(try store.claims(for: revision))"
        }
    }

    @Test(arguments: [0, 1, 2, 4])
    func aBatchReadAheadStoresWhatOneAtATimeStores(readingAhead: Int) throws {
        let folder = TemporaryDirectory("ahead")
        let paths = try Self.texts.map { try folder.write($0.0, $0.1) }
        func ingested(readingAhead: Int, file: String) throws -> (SQLiteDocumentStore, [String]) {
            let store = try SQLiteDocumentStore(path: folder.file(file), createIfMissing: true)
            var ingestor = Ingestor(store: store)
            ingestor.readAheadDocuments = readingAhead
            let failures = ingestor.ingest(paths.map { .file(path: $0) }).compactMap { result -> String? in
                if case .failure(let error) = result.outcome { return error.description }
                return nil
            }
            return (store, failures)
        }
        let (alone, aloneFailures) = try ingested(readingAhead: 0, file: "alone.sqlite")
        let (ahead, aheadFailures) = try ingested(readingAhead: readingAhead, file: "ahead\(readingAhead).sqlite")
        #expect(aheadFailures == aloneFailures && aheadFailures.count == 1)
        // The same text under another name is stored once (an empty file fails).
        #expect(Set(try ahead.revisions().map(\.source)) == ["account.txt", "orlov.txt", "petrova.txt"])
        #expect(try Self.record(of: ahead) == Self.record(of: alone))
    }

    @Test func aStoredTextOrALongOneIsNotReadAhead() throws {
        let folder = TemporaryDirectory("ahead-none")
        let store = try SQLiteDocumentStore(path: folder.file("n.sqlite"), createIfMissing: true, maximumPartLength: 200)
        let short = DocumentPreparer.prepare(text: Self.texts[0].1, sourceName: "petrova.txt", format: .plainText)
        let long = DocumentPreparer.prepare(text: SampleTexts.plainAccount, sourceName: "account.txt", format: .plainText)
        #expect(store.readAhead(long) == nil)
        #expect(store.readAhead(short)?.documentID == short.id)
        _ = try store.ingest(short, at: Date())
        #expect(store.readAhead(short) == nil)
    }

    @Test func theTimeSpentReadingAheadCountsAgainstTheLimit() throws {
        let folder = TemporaryDirectory("ahead-limit")
        let store = try SQLiteDocumentStore(path: folder.file("l.sqlite"), createIfMissing: true)
        let document = DocumentPreparer.prepare(text: Self.texts[1].1, sourceName: "orlov.txt", format: .plainText)
        let ahead = try #require(store.readAhead(document))
        #expect(ahead.result.seconds > 0)
        // Storing itself starts now and is quick; the reading done before took longer than the limit.
        let watch = IngestWatch(timeLimit: ahead.result.seconds / 2, from: Date(timeIntervalSinceNow: 60))
        #expect(throws: StoreError.self) { try store.ingest(document, at: Date(), watch: watch, ahead: ahead) }
        #expect(try store.revisions().isEmpty)
        _ = try store.ingest(document, at: Date(), watch: watch, ahead: nil)
        #expect(try store.revisions().count == 1)
    }
}
