/// A compact byte form of a document's ``NameTally`` list, as stored with the document: the
/// join across documents reads every document's tallies, and decoding these bytes costs a
/// fraction of decoding the mentions they sum.
///
/// Layout: a format byte, the tally count, then per tally: first mention's ordinal, flags
/// (title reading 1, doubtful 2, written inside 4, articled 8, key differs from fold 16),
/// fold, key (when it differs), count, votes and strong votes (each: a bit for each type
/// with votes in ``TypeVotes`` order, then their votes), cues for other things than a person,
/// surfaces (count, then spelling and count),
/// first and last start offsets. Integers are unsigned varints, strings UTF-8 with their length.
public enum NameTallyCoding {
    /// Bumped whenever the layout changes (stored tallies of another format are summed again).
    public static let format: UInt8 = 1

    private static let titleReading = 1, doubtful = 2, writtenInside = 4, articled = 8, ownKey = 16

    public static func encode(_ tallies: [NameTally]) -> [UInt8] {
        var bytes: [UInt8] = [format]
        func number(_ value: Int) { ByteFormReader.varint(value, into: &bytes) }
        func string(_ value: String) { ByteFormReader.string(value, into: &bytes) }
        func types(_ votes: TypeVotes) {
            var mask = 0
            votes.forEach { type, _ in mask |= 1 << TypeVotes.slot(type) }
            number(mask)
            votes.forEach { number($1) }
        }
        number(tallies.count)
        for tally in tallies {
            number(tally.first)
            let flags = (tally.isTitleReading ? titleReading : 0) | (tally.isDoubtful ? doubtful : 0) | (tally.writtenInside ? writtenInside : 0)
                | (tally.isArticled ? articled : 0) | (tally.key != tally.folded ? ownKey : 0)
            number(flags)
            string(tally.folded)
            if tally.key != tally.folded { string(tally.key) }
            number(tally.count)
            types(tally.votes)
            types(tally.strong)
            number(tally.otherCues)
            number(tally.surfaces.count)
            for spelling in tally.surfaces { string(spelling.surface); number(spelling.count) }
            number(tally.firstOffset)
            number(tally.lastOffset)
        }
        return bytes
    }

    /// The tallies `bytes` hold, filed as `document`; nil when they are of another format.
    public static func decode(_ bytes: [UInt8], document: Int) throws(SentenceCoding.DecodingError) -> [NameTally]? {
        guard bytes.first == format else { return nil }
        var reader = ByteFormReader(bytes: bytes, what: "name tally")
        reader.position = 1
        func types() throws(SentenceCoding.DecodingError) -> TypeVotes {
            var votes = TypeVotes()
            let mask = try reader.count()
            guard mask >> TypeVotes.order.count == 0 else { throw .init(description: "votes for a type that does not exist") }
            for type in TypeVotes.order where mask & 1 << TypeVotes.slot(type) != 0 { votes[type] = try reader.count() }
            return votes
        }
        var tallies: [NameTally] = []
        for _ in 0..<(try reader.count()) {
            let first = try reader.count(), flags = try reader.count(), folded = try reader.string()
            let key = flags & ownKey != 0 ? try reader.string() : folded
            let count = try reader.count(), votes = try types(), strong = try types(), otherCues = try reader.count()
            var surfaces: [SurfaceCount] = []
            for _ in 0..<(try reader.count()) { surfaces.append(SurfaceCount(surface: try reader.string(), count: try reader.count())) }
            tallies.append(NameTally(document: document, first: first, folded: folded, key: key, isTitleReading: flags & titleReading != 0,
                                     isDoubtful: flags & doubtful != 0, writtenInside: flags & writtenInside != 0, count: count,
                                     votes: votes, strong: strong, otherCues: otherCues, surfaces: surfaces, isArticled: flags & articled != 0,
                                     firstOffset: try reader.count(), lastOffset: try reader.count()))
        }
        guard reader.isAtEnd else { throw .init(description: "\(bytes.count - reader.position) bytes after the name tallies") }
        return tallies
    }
}
