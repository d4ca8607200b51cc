import AnnalsCore
import AnnalsStore

/// The record's claims as reconciliation sees them: each with its witness and its
/// participants tied to entities, then merged into facts and checked for conflicts.
struct ReconciledRecord {
    var record: LoadedRecord
    var claims: [WitnessedClaim]
    var result: Reconciliation

    init(record: LoadedRecord) {
        self.record = record
        claims = record.claims.map { Self.witnessed($0, record: record) }
        result = Reconciler().reconcile(claims)
    }

    /// How many independent witnesses support each of `record.claims`.
    var corroboration: [Int] { result.corroboration(count: claims.count) }

    private static func witnessed(_ located: LocatedClaim, record: LoadedRecord) -> WitnessedClaim {
        let claim = located.claim
        let text = record.entities.texts[located.document]
        let source = record.entities.documents[located.document].revision.source
        func key(_ participant: Participant?) -> String? {
            guard let participant else { return nil }
            return record.entities.entity(for: participant)?.id ?? "name:" + NameKey.fold(participant.name)
        }
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
