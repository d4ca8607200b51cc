/// A compact byte form of a ``Claim``, as the store keeps it: every read of the record decodes
/// its claims, and these bytes decode in a small fraction of the time the same claim's JSON takes.
///
/// Layout: a format byte; flags (object, value, date, date span, date inferred, place,
/// attribution, trigger); kind, predicate; the subject; the object; the others (count, then
/// each); value; date (``HistoricalDateCoding``); date span; place; modality; attribution;
/// evidence; trigger; the extractor's name; the confidence (8 bytes). Absent parts take no
/// bytes. A participant is flags (surface differs from name, range, type), name, surface,
/// range, type. Integers are varints, strings UTF-8 with their length, spans start and length.
public enum ClaimCoding {
    /// Bumped whenever the layout changes.
    public static let format: UInt8 = 1

    public static func encode(_ claim: Claim) -> [UInt8] {
        var writer = ByteFormWriter(format: format)
        writer.flags(claim.object != nil, claim.value != nil, claim.date != nil, claim.dateSpan != nil, claim.dateIsInferred,
                     claim.place != nil, claim.attribution != nil, claim.trigger != nil)
        writer.string(claim.kind.rawValue)
        writer.string(claim.predicate)
        writer.participant(claim.subject)
        if let object = claim.object { writer.participant(object) }
        writer.number(claim.others.count)
        for other in claim.others { writer.participant(other) }
        if let value = claim.value { writer.string(value) }
        if let date = claim.date { writer.date(date) }
        if let span = claim.dateSpan { writer.range(span) }
        if let place = claim.place { writer.participant(place) }
        writer.string(claim.modality.rawValue)
        if let attribution = claim.attribution { writer.participant(attribution) }
        writer.range(claim.evidence)
        if let trigger = claim.trigger { writer.range(trigger) }
        writer.string(claim.extractor.name)
        writer.double(claim.confidence)
        return writer.bytes
    }

    /// The claim `bytes` hold; an error saying what is wrong when they hold none.
    public static func decode(_ bytes: [UInt8]) throws(SentenceCoding.DecodingError) -> Claim {
        var reader = try ByteFormReader(bytes: bytes, format: format, what: "claim")
        let flags = try reader.flags()
        let kind = try reader.raw(Claim.Kind.self, "kind of claim"), predicate = try reader.string(), subject = try reader.participant()
        let object = flags[0] ? try reader.participant() : nil
        var others: [Participant] = []
        for _ in 0..<(try reader.count()) { others.append(try reader.participant()) }
        let value = flags[1] ? try reader.string() : nil, date = flags[2] ? try reader.date() : nil
        let dateSpan = flags[3] ? try reader.range() : nil, place = flags[5] ? try reader.participant() : nil
        let modality = try reader.raw(Modality.self, "modality"), attribution = flags[6] ? try reader.participant() : nil
        let evidence = try reader.range(), trigger = flags[7] ? try reader.range() : nil
        let name = try reader.string()
        guard let extractor = Extractor(name: name) else { throw .init(description: "no extractor is called \"\(name)\"") }
        let claim = Claim(kind: kind, predicate: predicate, subject: subject, object: object, others: others, value: value, date: date,
                          dateSpan: dateSpan, dateIsInferred: flags[4], place: place, modality: modality, attribution: attribution,
                          evidence: evidence, trigger: trigger, extractor: extractor, confidence: try reader.double())
        try reader.expectEnd()
        return claim
    }
}

extension ByteFormWriter {
    mutating func participant(_ participant: Participant) {
        flags(participant.surface != participant.name, participant.range != nil, participant.type != nil)
        string(participant.name)
        if participant.surface != participant.name { string(participant.surface) }
        if let range = participant.range { self.range(range) }
        if let type = participant.type { string(type.rawValue) }
    }
}

extension ByteFormReader {
    mutating func participant() throws(SentenceCoding.DecodingError) -> Participant {
        let flags = try flags()
        let name = try string()
        let surface = flags[0] ? try string() : name
        let range = flags[1] ? try range() : nil
        return Participant(name: name, surface: surface, range: range, type: flags[2] ? try raw(EntityType.self, "entity type") : nil)
    }
}
