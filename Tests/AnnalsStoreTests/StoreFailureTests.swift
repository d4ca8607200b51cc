import Testing
import Foundation
import GRDB
import AnnalsCore
import AnnalsStore
import AnnalsTesting

/// Databases that are missing, corrupt or locked give one clear line each.
struct StoreFailureTests {
    @Test func aMissingDatabaseIsNotCreatedForReading() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("none.sqlite")
        #expect(throws: StoreError.self) { try SQLiteDocumentStore(path: path, createIfMissing: false) }
        do { _ = try SQLiteDocumentStore(path: path, createIfMissing: false) } catch {
            #expect(error.description == "no database at \(path); ingest documents first (annals ingest --db \(path) FILE…)")
            #expect(error.isDatabaseFailure)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aCorruptFileIsNamed() throws {
        let folder = TemporaryDirectory()
        let path = try folder.write("bad.sqlite", String(repeating: "not a database at all ", count: 100))
        do {
            _ = try SQLiteDocumentStore(path: path, createIfMissing: false)
            Issue.record("a corrupt file opened")
        } catch {
            #expect(error.description == "database \(path) is corrupt or not an Annals database (file is not a database); point --db at another file")
        }
    }

    @Test func aLockedDatabaseFailsAfterTheTimeout() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("locked.sqlite")
        let store = try SQLiteDocumentStore(path: path, createIfMissing: true, busyTimeout: 0.1)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try holder.inDatabase { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        defer { try? holder.inDatabase { db in try db.execute(sql: "ROLLBACK") } }
        let document = DocumentPreparer.prepare(text: "Text.", sourceName: "a.txt", format: .plainText)
        do {
            _ = try store.ingest(document, at: Date())
            Issue.record("ingest went through a lock")
        } catch {
            #expect(error.description == "database \(path) is locked by another process; try again when it has finished")
        }
    }

    @Test func resolvingNamesIdsTitlesAndRevisions() throws {
        let store = InMemoryDocumentStore()
        let a = DocumentPreparer.prepare(text: "Mara Velinskaya\n\nShe lived.", sourceName: "mara.txt", format: .plainText)
        let a2 = DocumentPreparer.prepare(text: "Mara Velinskaya\n\nShe lived long.", sourceName: "mara.txt", format: .plainText)
        let b = DocumentPreparer.prepare(text: "Anton Velinsky\n\nHe taught.", sourceName: "anton.md", format: .markdown)
        for document in [a, a2, b] { _ = try store.ingest(document, at: Date()) }
        #expect(try store.resolve("mara.txt").number == 2)
        #expect(try store.resolve("mara.txt@1").document == a.id)
        #expect(try store.resolve(String(a.id.hex.prefix(8))).number == 1)
        #expect(try store.resolve("anton velinsky").source == "anton.md")
        #expect(try store.resolve("ant").source == "anton.md")
        func message(_ reference: String) -> String {
            do { _ = try store.resolve(reference); return "" } catch { return error.description }
        }
        #expect(message("mara.text") == "no document matches \"mara.text\"; did you mean \"mara.txt\"?")
        #expect(message("mara.txt@7") == "mara.txt has no revision 7; it has 1, 2")
        #expect(message("zzzzzzzzz") == "no document matches \"zzzzzzzzz\"; see annals docs")
        _ = try store.ingest(DocumentPreparer.prepare(text: "Other", sourceName: "mara-notes.txt", format: .plainText), at: Date())
        #expect(message("mar") == "\"mar\" matches several documents (mara-notes.txt@1, mara.txt@2); be more specific")
    }
}
