import Foundation

/// The shared corpus ingested into a fresh database by the built binary, with its texts
/// loaded for checking citations. Nil (after saying so) when ../shared/corpus is absent.
public struct IngestedCorpus: Sendable {
    /// The database holding the corpus.
    public let database: String
    /// The corpus files, in order.
    public let files: [String]
    /// Their texts, for `isExact` checks.
    public let texts: SourceTexts
    /// What `annals ingest` printed.
    public let ingest: AnnalsProcess.Output

    /// Ingests `../shared/corpus` into `folder`; prints a skip message and returns nil without it.
    public init?(in folder: TemporaryDirectory, annals: AnnalsProcess = AnnalsProcess()) throws {
        guard let corpus = ProjectPaths.sharedCorpus else {
            print("skipped: ../shared/corpus is absent; clone the project beside shared/ to run this test")
            return nil
        }
        database = folder.file("corpus.sqlite")
        files = ProjectPaths.corpusFiles(in: corpus)
        ingest = try annals.run(["ingest", "--db", database] + files)
        texts = try SourceTexts(files: files)
    }
}
