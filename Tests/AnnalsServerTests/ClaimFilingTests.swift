import Testing
import Foundation
import AnnalsCore
import AnnalsStore
import AnnalsRecord
import AnnalsTesting

/// A dossier reads its entity's claims from the record's filing, made once when the record
/// is loaded: what it finds must be what asking every claim who it names finds.
struct ClaimFilingTests {
    static let family = """
        Ivan Orlov

        Ivan Orlov was born in Dorvik in 1850. His wife Vera Orlova was a teacher. In 1875 Orlov and his wife moved to \
        Varlow, where their son Pavel Orlov was born in 1877. Pavel Orlov married Anna Petrova in 1901. Anna Petrova \
        was arrested in Harlow in 1905, and her husband Pavel Orlov was exiled to Velno. His sister Sasha Lind was a \
        teacher. In 1908 Boris Lind and his brother Sasha Lind moved to Varlow.
        """

    static func record(in folder: TemporaryDirectory) throws -> ReconciledRecord {
        let store = try SQLiteDocumentStore(path: folder.file("f.sqlite"), createIfMissing: true)
        var texts = [("orlov.txt", family)]
        for file in ProjectPaths.corpusFiles(in: ProjectPaths.samples) {
            texts.append(((file as NSString).lastPathComponent, try String(contentsOfFile: file, encoding: .utf8)))
        }
        for (name, text) in texts {
            _ = try store.ingest(DocumentPreparer.prepare(text: text, sourceName: name, format: .plainText), at: Date())
        }
        return ReconciledRecord(record: try LoadedRecord(store: store))
    }

    @Test func eachEntitysClaimsAreThoseThatNameIt() throws {
        let folder = TemporaryDirectory("claim-filing")
        let record = try Self.record(in: folder).record
        func entityID(_ participant: Participant?) -> String? { record.entities.entity(for: participant)?.id }
        var filed = 0
        for entity in record.entities.index.entities {
            let naming = record.claims.indices.filter { index in
                let claim = record.claims[index].claim
                let named = claim.participants + (entity.type == .place ? [claim.place].compactMap { $0 } : [])
                return named.contains { entityID($0) == entity.id }
            }
            #expect(record.claimIndices(involving: entity) == naming, "\(entity.id)")
            filed += naming.count
        }
        #expect(filed > 50)
        for located in record.claims {
            for participant in located.claim.participants + [located.claim.place].compactMap({ $0 }) {
                #expect(record.entityID(of: participant) == entityID(participant))
            }
        }
    }

    /// The sex a kinship word gives someone ("his wife Vera Orlova") is the first relation claim's
    /// that names them as its object.
    @Test func kinshipWordsSaySomeonesSex() throws {
        let folder = TemporaryDirectory("claim-sexes")
        let reconciled = try Self.record(in: folder)
        let record = reconciled.record
        var told = 0
        for located in record.claims where located.claim.kind == .relation {
            guard let object = located.claim.object else { continue }
            let key = ReconciledRecord.participantKey(object, record: record)
            let first = record.claims.first { other in
                other.claim.kind == .relation && other.claim.object.map { ReconciledRecord.participantKey($0, record: record) } == key
                    && Kinship.sex(of: other.claim.predicate) != nil
            }
            #expect(reconciled.sexes[key] == first.flatMap { Kinship.sex(of: $0.claim.predicate) })
            if reconciled.sexes[key] != nil { told += 1 }
        }
        #expect(told > 0)
        // Called a sister first and a brother later: the first word the record gives is the one kept.
        let sasha = try #require(record.claims.lazy.compactMap(\.claim.object).first { $0.name == "Sasha Lind" })
        #expect(reconciled.sexes[ReconciledRecord.participantKey(sasha, record: record)] == .female)
    }
}
