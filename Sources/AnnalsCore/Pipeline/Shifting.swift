/// Moving what a part of a document says to the whole document's offsets.

extension TextRange {
    /// The same span `offset` code points further on.
    public func shifted(by offset: Int) -> TextRange {
        offset == 0 ? self : TextRange(start: start + offset, end: end + offset)
    }
}

extension Participant {
    func shifted(by offset: Int) -> Participant {
        var copy = self
        copy.range = range?.shifted(by: offset)
        return copy
    }
}

extension Claim {
    /// The same claim with every span `offset` code points further on.
    public func shifted(by offset: Int) -> Claim {
        guard offset != 0 else { return self }
        var copy = self
        copy.subject = subject.shifted(by: offset)
        copy.object = object?.shifted(by: offset)
        copy.others = others.map { $0.shifted(by: offset) }
        copy.place = place?.shifted(by: offset)
        copy.attribution = attribution?.shifted(by: offset)
        copy.dateSpan = dateSpan?.shifted(by: offset)
        copy.evidence = evidence.shifted(by: offset)
        copy.trigger = trigger?.shifted(by: offset)
        return copy
    }
}

extension DateMention {
    public func shifted(by offset: Int) -> DateMention {
        guard offset != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: offset)
        copy.anchor = anchor?.shifted(by: offset)
        copy.ends = ends?.map { $0.shifted(by: offset) }
        return copy
    }
}

/// Something read from a text that points at one span of it.
public protocol SpanOfText {
    var range: TextRange { get set }
}

extension SpanOfText {
    /// The same thing, its span `offset` code points further on.
    public func shifted(by offset: Int) -> Self {
        guard offset != 0 else { return self }
        var copy = self
        copy.range = range.shifted(by: offset)
        return copy
    }
}

extension EntityMention: SpanOfText {}
extension AliasEvidence: SpanOfText {}
