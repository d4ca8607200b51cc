import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsTesting

/// Full-text search in SQLite: ranking, diacritics, phrases, prefixes, revisions, citations.
struct SearchTests {
    /// A store holding an invented chronicle long enough for BM25 to rank meaningfully.
    let folder = TemporaryDirectory("search")
    let store: SQLiteDocumentStore

    init() throws {
        store = try Self.chronicleStore(in: folder)
    }

    static func chronicleStore(in folder: TemporaryDirectory) throws -> SQLiteDocumentStore {
        let store = try SQLiteDocumentStore(path: folder.file("s.sqlite"), createIfMissing: true)
        var lines = ["The chronicle of Dorvik", ""]
        for year in 1800..<1840 {
            lines.append("In \(year) the harvest in Dorvik was recorded by the clerk of the town council.")
        }
        lines.append("The ice axe was found beside the river in 1841.")
        lines.append("An axe and some ice were sold at the market on the same day in 1842.")
        lines.append("Ramón Esteva arrived on the morning boat.")
        lines.append("Ramon Esteva left again the following winter.")
        lines.append("The Bolsheviks and the Bolshevik press were banned, and Bolshevism with them.")
        lines.append("Axe, axe, axe: the woodcutters' guild chanted.")
        _ = try store.ingest(DocumentPreparer.prepare(text: lines.joined(separator: "\n\n"), sourceName: "chronicle.txt",
                                                      format: .plainText), at: Date())
        return store
    }

    @Test func phrasesMatchOnlyAdjacentWords() throws {
        let phrase = try store.search(SearchQuery(text: "\"ice axe\""))
        #expect(phrase.map(\.quote) == ["The ice axe was found beside the river in 1841."])
        let words = try store.search(SearchQuery(text: "ice axe"))
        #expect(words.count == 2)
    }

    @Test func rankingPrefersTheDenserShorterSentence() throws {
        let hits = try store.search(SearchQuery(text: "axe"))
        #expect(hits.first?.quote == "Axe, axe, axe: the woodcutters' guild chanted.")
        #expect(hits.map(\.score) == hits.map(\.score).sorted(by: >))
    }

    @Test(arguments: ["Ramon", "ramón", "RAMON"])
    func caseAndDiacriticsAreIgnored(query: String) throws {
        let hits = try store.search(SearchQuery(text: query))
        #expect(Set(hits.map(\.quote)) == ["Ramón Esteva arrived on the morning boat.", "Ramon Esteva left again the following winter."])
    }

    @Test func prefixQueriesMatchWordBeginnings() throws {
        #expect(try store.search(SearchQuery(text: "Bolshev*")).count == 1)
        #expect(try store.search(SearchQuery(text: "Bolshev")).isEmpty)
    }

    @Test func hitsCarryCitationsThatRoundTrip() throws {
        let hits = try store.search(SearchQuery(text: "harvest", limit: 100))
        #expect(hits.count == 40)
        let stored = try store.document(for: hits[0].revision)
        let text = ScalarText(stored.text)
        for hit in hits {
            let citation = hit.citation
            #expect(text.string(in: TextRange(start: citation.start, end: citation.end)) == citation.quote)
            #expect(citation.source == "chronicle.txt" && citation.document == stored.revision.document.hex)
        }
        #expect(hits[0].snippet.contains(SearchHit.highlightStart + "harvest" + SearchHit.highlightEnd))
    }

    @Test func onlyLatestRevisionsUnlessAskedForAll() throws {
        let store = try SQLiteDocumentStore(path: folder.file("revisions.sqlite"), createIfMissing: true)
        _ = try store.ingest(DocumentPreparer.prepare(text: "Mara was born in Dorvik.", sourceName: "a.txt", format: .plainText), at: Date())
        _ = try store.ingest(DocumentPreparer.prepare(text: "Mara was born in Varnholm.", sourceName: "a.txt", format: .plainText), at: Date())
        #expect(try store.search(SearchQuery(text: "Dorvik")).isEmpty)
        let old = try store.search(SearchQuery(text: "Dorvik", includesEarlierRevisions: true))
        #expect(old.map(\.revision.number) == [1])
        #expect(try store.search(SearchQuery(text: "Mara", source: "b.txt")).isEmpty)
    }

    @Test(arguments: ["\"", "***", "NOT", "( )", "OR AND"])
    func queriesWithoutWordsAreRefusedClearly(query: String) throws {
        #expect(throws: StoreError.self) { try store.search(SearchQuery(text: query)) }
        do {
            _ = try store.search(SearchQuery(text: query))
        } catch {
            #expect(error.description == "cannot search for \"\(query)\": it has no words to look for")
        }
    }

    @Test func oneLetterPrefixesAreRefused() throws {
        do {
            _ = try store.search(SearchQuery(text: "Dorvik a*"))
            Issue.record("a one-letter prefix was searched")
        } catch {
            #expect(error.description == "cannot search for \"Dorvik a*\": a* is too short a prefix; give at least two letters before *")
        }
        #expect(try store.search(SearchQuery(text: "ax*")).count == 3)
    }

    @Test func operatorSyntaxNeverReachesFTS5Raw() throws {
        for query in ["ice-axe", "woodcutters'", "NEAR(ice axe)", "axe OR", "Dorvik NOT harvest", "col:umn", "\"unterminated phrase"] {
            _ = try store.search(SearchQuery(text: query))
        }
        #expect(try store.search(SearchQuery(text: "Dorvik NOT harvest")).map(\.quote) == ["The chronicle of Dorvik"])
    }
}
