/// A compact byte form of a ``DateMention``, as the store keeps it (a row each): the record's
/// readers and the asker decode many, and these bytes decode far faster than JSON.
///
/// Layout: a format byte; flags (date, anchor, in a heading, amount, ends, time of day,
/// reference, from the document's date); the range; the kind; then what the flags say is
/// there: the date (``HistoricalDateCoding``), the anchor, the amount (flags: count,
/// approximate, every calendar unit; the count as 8 bytes; the unit), the ends (count, then
/// each), the time of day, the reference.
public enum DateMentionCoding {
    /// Bumped whenever the layout changes.
    public static let format: UInt8 = 1

    public static func encode(_ mention: DateMention) -> [UInt8] {
        var writer = ByteFormWriter(format: format)
        writer.flags(mention.date != nil, mention.anchor != nil, mention.isInHeading, mention.amount != nil, mention.ends != nil,
                     mention.timeOfDay != nil, mention.reference != nil, mention.isFromDocumentDate)
        writer.range(mention.range)
        writer.string(mention.kind.rawValue)
        if let date = mention.date { writer.date(date) }
        if let anchor = mention.anchor { writer.range(anchor) }
        if let amount = mention.amount {
            writer.flags(amount.count != nil, amount.isApproximate, amount.everyCalendarUnit)
            if let count = amount.count { writer.double(count) }
            writer.string(amount.unit.rawValue)
        }
        if let ends = mention.ends {
            writer.number(ends.count)
            for end in ends { writer.range(end) }
        }
        if let time = mention.timeOfDay { writer.string(time) }
        if let reference = mention.reference { writer.string(reference.rawValue) }
        return writer.bytes
    }

    /// The date mention `bytes` hold; an error saying what is wrong when they hold none.
    public static func decode(_ bytes: [UInt8]) throws(SentenceCoding.DecodingError) -> DateMention {
        var reader = try ByteFormReader(bytes: bytes, format: format, what: "date")
        let flags = try reader.flags()
        let range = try reader.range(), kind = try reader.raw(DateMention.Kind.self, "kind of date")
        var mention = DateMention(range: range, kind: kind, date: flags[0] ? try reader.date() : nil, anchor: flags[1] ? try reader.range() : nil,
                                  isInHeading: flags[2])
        if flags[3] {
            let amount = try reader.flags()
            let count = amount[0] ? try reader.double() : nil
            mention.amount = TimeAmount(count: count, unit: try reader.raw(TimeAmount.Unit.self, "unit of time"),
                                        isApproximate: amount[1], everyCalendarUnit: amount[2])
        }
        if flags[4] {
            var ends: [TextRange] = []
            for _ in 0..<(try reader.count()) { ends.append(try reader.range()) }
            mention.ends = ends
        }
        mention.timeOfDay = flags[5] ? try reader.string() : nil
        mention.reference = flags[6] ? try reader.raw(TimeReference.self, "time reference") : nil
        mention.isFromDocumentDate = flags[7]
        try reader.expectEnd()
        return mention
    }
}
