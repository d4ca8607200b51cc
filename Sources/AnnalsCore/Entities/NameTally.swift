/// What one document says about one spelling of a name, summed over its mentions: how
/// often it is written, what its contexts call it, where it first and last stands.
///
/// Joining names across documents needs only these sums, not every mention: a document
/// writes its names many times over, so a collection has a few tallies for each dozen
/// mentions, and a document's tallies are worked out once, when it is read.
public struct NameTally: Hashable, Sendable {
    /// Which document (index into the documents resolved together) holds the mentions.
    public var document: Int
    /// The position of the first of them among the document's mentions: resolution meets
    /// names in the order the documents write them.
    public var first: Int
    /// The name folded for matching (``NameLexicon/fold(_:)`` of `refersTo ?? surface`).
    public var folded: String
    /// Its matching key (``EntityResolver/canonicalKey(_:)`` of `folded`).
    public var key: String
    /// Whether strong cues read these mentions as a title (``EntityMention/isTitleReading``).
    public var isTitleReading: Bool
    /// Whether each of them is one capitalised word opening its sentence that nothing else
    /// marks as a name (``NameTally/isDoubtful(_:)``): kept only where the name is written
    /// inside a sentence somewhere in the collection.
    public var isDoubtful: Bool
    /// Whether any of them stands inside its sentence (see `isDoubtful`).
    public var writtenInside: Bool
    /// How many mentions.
    public var count: Int
    /// Votes for each type: three for a strong cue, one for a weak one.
    public var votes: TypeVotes
    /// Votes of strong cues alone.
    public var strong: TypeVotes
    /// Mentions with a cue for something other than a person.
    public var otherCues: Int
    /// Each spelling as written and how often it is shown as the name (a body's head noun
    /// alone, "the Union", counts as neither it nor the name it refers to, but both are kept),
    /// in the order first written.
    public var surfaces: [SurfaceCount]
    /// Whether any of them stands right after "the" (``EntityMention/isArticled``).
    public var isArticled: Bool
    /// The smallest and largest start offsets of the mentions.
    public var firstOffset: Int
    public var lastOffset: Int

    /// A capitalised word that opens its sentence proves little: one word, no cue, no place.
    public static func isDoubtful(_ mention: EntityMention) -> Bool {
        mention.opensSentence && mention.cue == nil && !EntityResolver.hasSeveralWords(mention.surface) && !NameLexicon.places.contains(mention.folded)
    }

    /// The tallies of one document's mentions (given in the order found), in the order their first mentions come.
    public static func tallies(of mentions: [EntityMention]) -> [NameTally] {
        var tallies = NameTallies()
        tallies.add(mentions)
        return tallies.tallies
    }

    init(starting mention: EntityMention, at ordinal: Int, isDoubtful: Bool) {
        self.init(document: mention.document, first: ordinal, folded: mention.folded, key: mention.key, isTitleReading: mention.isTitleReading,
                  isDoubtful: isDoubtful, writtenInside: false, count: 0, votes: TypeVotes(), strong: TypeVotes(), otherCues: 0, surfaces: [],
                  isArticled: false, firstOffset: mention.range.start, lastOffset: mention.range.start)
    }

    public init(document: Int, first: Int, folded: String, key: String, isTitleReading: Bool, isDoubtful: Bool, writtenInside: Bool, count: Int,
                votes: TypeVotes, strong: TypeVotes, otherCues: Int, surfaces: [SurfaceCount], isArticled: Bool,
                firstOffset: Int, lastOffset: Int) {
        self.document = document
        self.first = first
        self.folded = folded
        self.key = key
        self.isTitleReading = isTitleReading
        self.isDoubtful = isDoubtful
        self.writtenInside = writtenInside
        self.count = count
        self.votes = votes
        self.strong = strong
        self.otherCues = otherCues
        self.surfaces = surfaces
        self.isArticled = isArticled
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
    }

    fileprivate mutating func add(_ mention: EntityMention) {
        count += 1
        if !mention.opensSentence { writtenInside = true }
        if mention.isArticled { isArticled = true }
        see(mention.surface, mention.refersTo == nil ? 1 : 0)
        if let name = mention.refersTo { see(name, 0) }
        if let cue = mention.cue {
            votes[cue] += mention.isStrongCue ? 3 : 1
            if mention.isStrongCue { strong[cue] += 3 }
            if cue != .person { otherCues += 1 }
        }
        firstOffset = min(firstOffset, mention.range.start)
        lastOffset = max(lastOffset, mention.range.start)
    }

    private mutating func see(_ surface: String, _ count: Int) {
        if let known = surfaces.firstIndex(where: { $0.surface == surface }) { surfaces[known].count += count } else {
            surfaces.append(SurfaceCount(surface: surface, count: count))
        }
    }

    /// The names written inside a sentence anywhere in `documents`: their doubtful mentions are names too.
    public static func writtenInside(_ documents: [[NameTally]]) -> Set<String> {
        var inside: Set<String> = []
        for tallies in documents { for tally in tallies where tally.writtenInside { inside.insert(tally.folded) } }
        return inside
    }
}

/// The tallies of several documents, in order, that resolution reads: all but the doubtful
/// ones of names never written inside a sentence (read in place: a collection has hundreds of thousands).
struct KeptTallies: Sequence {
    let documents: [[NameTally]]
    /// ``NameTally/writtenInside(_:)`` of `documents`.
    let inside: Set<String>

    init(_ documents: [[NameTally]]) {
        self.documents = documents
        inside = NameTally.writtenInside(documents)
    }

    struct Iterator: IteratorProtocol {
        let kept: KeptTallies
        var document = 0, position = 0

        mutating func next() -> NameTally? {
            while document < kept.documents.count {
                let tallies = kept.documents[document]
                while position < tallies.count {
                    let tally = tallies[position]
                    position += 1
                    if !tally.isDoubtful || kept.inside.contains(tally.folded) { return tally }
                }
                document += 1
                position = 0
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(kept: self) }
}

/// A document's tallies, summed as its mentions come (a long document is read part by part).
public struct NameTallies: Sendable {
    private struct Group: Hashable { let folded: String, titled: Bool, doubtful: Bool }
    private var position: [Group: Int] = [:]
    /// One per spelling, title reading and doubt, in the order their first mentions come.
    public private(set) var tallies: [NameTally] = []
    /// How many mentions were added.
    private var seen = 0

    public init() {}

    /// Adds the document's next mentions, in the order found.
    public mutating func add(_ mentions: [EntityMention]) {
        for mention in mentions {
            let doubtful = NameTally.isDoubtful(mention)
            let group = Group(folded: mention.folded, titled: mention.isTitleReading, doubtful: doubtful)
            let index: Int
            if let known = position[group] { index = known } else {
                index = tallies.count
                position[group] = index
                tallies.append(NameTally(starting: mention, at: seen, isDoubtful: doubtful))
            }
            tallies[index].add(mention)
            seen += 1
        }
    }
}

/// What joining names across documents reads of one document: what it says of each name,
/// the identities it states, and how many personal pronouns it uses.
public struct NameSummary: Hashable, Sendable {
    public var tallies: [NameTally]
    public var evidence: [AliasEvidence]
    public var pronouns: Int

    public init(tallies: [NameTally], evidence: [AliasEvidence], pronouns: Int) {
        self.tallies = tallies
        self.evidence = evidence
        self.pronouns = pronouns
    }
}

extension DocumentNames {
    /// What joining names reads of these (the tallies of its mentions, numbered as they are).
    public var summary: NameSummary { NameSummary(tallies: NameTally.tallies(of: mentions), evidence: evidence, pronouns: pronouns) }
}
