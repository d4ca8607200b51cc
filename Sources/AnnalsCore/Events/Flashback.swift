/// A flashback: a date the past perfect tells ("In July 1901, he had appeared at the Isaak
/// house") stands before the story's time, so a later date counted from it ("she was
/// released after two weeks of detention") counts from the wrong point and dates nothing.
extension EventExtractor.Focus {
    /// Notes the dates of sentence `reading` that the past perfect tells.
    mutating func remember(flashbacksIn reading: SentenceReading) {
        guard let tree = reading.tree else { return }
        let dates = TreeDates(reading: reading, tree: tree, triggers: [])
        for dated in reading.dates where dated.mention.date != nil {
            if let owner = dates.owner(of: dated), dates.isAnterior(owner) { flashbacks.insert(dated.mention.range) }
        }
    }

    /// `claim` without a date counted from a flashback's date.
    func withoutFlashbackCount(_ claim: Claim, in reading: SentenceReading) -> Claim {
        guard let span = claim.dateSpan, let mention = reading.dates.first(where: { $0.mention.range == span })?.mention,
              [.relative, .duration].contains(mention.kind), let anchor = mention.anchor, flashbacks.contains(anchor) else { return claim }
        var undated = claim
        (undated.date, undated.dateSpan, undated.dateIsInferred) = (nil, nil, false)
        return undated
    }
}
