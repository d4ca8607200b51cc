import Foundation
import AnnalsCore
import AnnalsStore

/// The record as the read commands see it: every source's latest revision, the
/// entities resolved across them, and their claims with participants tied to entities.
struct LoadedEntities {
    var index: EntityIndex
    var documents: [StoredDocument]
    var texts: [ScalarText]
    private var lines: [LineIndex] = []

    init(store: any DocumentStore) throws {
        documents = try store.revisions().filter(\.isLatest).map { try store.document(for: $0) }
        texts = documents.map { ScalarText($0.text) }
        index = try EntityResolution.index(of: documents.map(\.revision), in: store)
        lines = texts.map(LineIndex.init)
    }

    func citation(document: Int, range: TextRange) -> Citation {
        Citation(source: documents[document].revision.source, document: documents[document].revision.document.hex,
                 start: range.start, end: range.end, quote: texts[document].string(in: range))
    }

    /// The 1-based line of an offset, for `source:line` references.
    func line(document: Int, offset: Int) -> Int {
        lines[document].line(at: offset)
    }

    /// The id of the entity each document is about (the one its title names), if known.
    var documentSubjects: [String?] {
        documents.map { index.entity(named: $0.revision.summary.title)?.id }
    }

    /// The entity a claim's participant is, if the entity layer knows the name.
    func entity(for participant: Participant?) -> Entity? {
        participant.flatMap { EntityResolution.participant(named: $0.name, in: index) }
    }
}

/// A claim with the document it came from.
struct LocatedClaim {
    var claim: Claim
    var document: Int
}

/// Claims of every latest revision, with the entities loaded.
struct LoadedRecord {
    var entities: LoadedEntities
    var claims: [LocatedClaim]

    init(store: any DocumentStore) throws {
        entities = try LoadedEntities(store: store)
        var claims: [LocatedClaim] = []
        for (index, document) in entities.documents.enumerated() {
            claims += try store.claims(for: document.revision).map { LocatedClaim(claim: $0, document: index) }
        }
        self.claims = claims
    }

    /// The entity a name refers to, or a one-line failure with a suggestion.
    func entity(named query: String) throws -> Entity {
        guard let entity = entities.index.entity(named: query) else {
            let hint = entities.index.suggestion(for: query).map { "; did you mean \"\($0)\"?" } ?? "; see annals entities"
            throw CommandFailure(message: "no entity matches \"\(query)\"" + hint)
        }
        return entity
    }

    /// Whether the claim names the entity among its participants (or, for a place, as its place).
    func involves(_ located: LocatedClaim, _ entity: Entity) -> Bool {
        let claim = located.claim
        let named = claim.participants + (entity.type == .place ? [claim.place].compactMap { $0 } : [])
        return named.contains { entities.entity(for: $0)?.id == entity.id }
    }

    /// The shown name of a participant: its entity's canonical name when known.
    func displayName(_ participant: Participant) -> String {
        entities.entity(for: participant)?.name ?? participant.name
    }

    func citation(_ located: LocatedClaim, range: TextRange? = nil) -> Citation {
        entities.citation(document: located.document, range: range ?? located.claim.evidence)
    }

    /// "003_69cc….txt:157".
    func reference(_ located: LocatedClaim) -> String {
        "\(entities.documents[located.document].revision.source):\(entities.line(document: located.document, offset: located.claim.evidence.start))"
    }
}

/// Where a text's lines start, for 1-based line numbers of offsets.
struct LineIndex {
    private var starts = [0]

    init(_ text: ScalarText) {
        for i in 0..<text.count where text[i] == "\n" { starts.append(i + 1) }
    }

    func line(at offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
