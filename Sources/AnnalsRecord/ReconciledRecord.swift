public import AnnalsCore
import AnnalsStore


/// The record's claims as reconciliation sees them: each with its witness and its
/// participants tied to entities, then merged into facts and checked for conflicts.
public struct ReconciledRecord {
    public var record: LoadedRecord
    public var claims: [WitnessedClaim]
    public var result: Reconciliation
    /// The sex kinship words give a participant ("his wife Anna": Anna is a woman), by
    /// ``participantKey(_:record:)``: the first relation claim naming them as its object that says.
    public private(set) var sexes: [String: Kinship.Sex] = [:]

    public init(record: LoadedRecord) {
        self.record = record
        let documentSubjects = record.entities.documentSubjects
        claims = record.claims.map { located in
            var witnessed = Self.witnessed(located, record: record)
            let surface = located.claim.subject.surface.lowercased()
            if ["he", "she", "they", "him", "her", "them", "his", "their", "who", "i", "we", "my", "our"].contains(surface) {
                let isDocumentSubject = record.entity(of: located.claim.subject)?.id == documentSubjects[located.document]
                let surname = witnessed.subjectName.split(separator: " ").last.map(String.init) ?? witnessed.subjectName
                witnessed.isSubjectCertain = isDocumentSubject || witnessed.sentence.contains(surname)
            }
            return witnessed
        }
        result = Reconciler().reconcile(claims, dates: Self.writtenDates(record))
        for witnessed in claims where witnessed.claim.kind == .relation {
            guard let object = witnessed.object, sexes[object] == nil, let sex = Kinship.sex(of: witnessed.claim.predicate) else { continue }
            sexes[object] = sex
        }
    }

    /// Every date the documents write (as stored at ingest), with its sentence.
    private static func writtenDates(_ record: LoadedRecord) -> [WrittenDate] {
        var dates: [WrittenDate] = []
        for (number, mentions) in record.dates.enumerated() {
            let sentences = record.entities.structure(number).sentences
            var s = 0
            for mention in mentions {
                while s < sentences.count, sentences[s].range.end <= mention.range.start { s += 1 }
                guard s < sentences.count, sentences[s].range.contains(mention.range) else { continue }
                dates.append(WrittenDate(source: record.entities.revisions[number].source, mention: mention, sentence: sentences[s].range))
            }
        }
        return dates
    }

    /// The cited spans of a conflict's value: its claims' sentences, then any other evidence.
    public func citations(of value: Conflict.Value) -> [(citation: Citation, reference: String)] {
        var seen = Set<String>()
        var cited: [(Citation, String)] = []
        for located in value.members.map({ record.claims[$0] }) where seen.insert("\(located.document)|\(located.claim.evidence.start)").inserted {
            cited.append((record.citation(located), record.reference(located)))
        }
        for evidence in value.evidence {
            guard let document = record.entities.document(source: evidence.source),
                  seen.insert("\(document)|\(evidence.range.start)").inserted else { continue }
            cited.append((record.entities.citation(document: document, range: evidence.range),
                          "\(evidence.source):\(record.entities.line(document: document, offset: evidence.range.start))"))
        }
        return cited
    }

    /// The disagreements, most important first; only those involving `entity` when given.
    public func conflicts(involving entity: Entity?) -> [Conflict] {
        guard let entity else { return result.conflicts }
        let involving = Set(record.claimIndices(involving: entity))
        return result.conflicts.filter { conflict in
            conflict.values.contains { $0.members.contains(where: involving.contains) }
        }
    }

    /// How many independent witnesses support each of `record.claims`.
    public var corroboration: [Int] { result.corroboration(count: claims.count) }

    /// Who a participant is to reconciliation: its entity's id, or its folded name where it names none.
    public static func participantKey(_ participant: Participant, record: LoadedRecord) -> String {
        record.entity(of: participant)?.id ?? "name:" + NameKey.fold(participant.name)
    }

    private static func witnessed(_ located: LocatedClaim, record: LoadedRecord) -> WitnessedClaim {
        let claim = located.claim
        let text = record.entities.text(located.document)
        let source = record.entities.revisions[located.document].source
        func key(_ participant: Participant?) -> String? { participant.map { participantKey($0, record: record) } }
        let evidence = claim.evidence
        let trigger = claim.trigger.flatMap { evidence.contains($0) ? $0 : nil }
        return WitnessedClaim(
            claim: claim, witness: WitnessedClaim.witness(of: claim, source: source),
            subject: key(claim.subject) ?? "", object: key(claim.object), place: key(claim.place),
            subjectName: record.displayName(claim.subject), objectName: claim.object.map { $0.type == .work ? $0.name : record.displayName($0) },
            sentence: text.string(in: evidence),
            triggerText: trigger.map { text.string(in: $0) } ?? "",
            lead: trigger.map { text.string(in: TextRange(start: evidence.start, end: $0.start)) } ?? "",
            tail: trigger.map { text.string(in: TextRange(start: $0.end, end: evidence.end)) } ?? "",
            dateText: claim.dateSpan.map { text.string(in: $0) })
    }
}
