/// Dates that bound an event rather than time it: "After 1718, the tsar set up new boards"
/// (1718/..), "before 1700" (../1700), and the date of a clause or noun an event is placed
/// after or before ("After the 1905 revolution ousted the governor, he moved": 1905/..).
extension TreeDates {
    /// The preposition that makes the date written at `span` a bound on the event of word `w`
    /// rather than its time ("After 1718, the tsar set up new boards", "before 1700"): only a
    /// date written out ("after four years" is already the later time) and attached to the
    /// event's own clause ("did not take part until 1896, when he moved": the move is at 1896).
    func boundMark(writtenAt span: TextRange, of w: Int) -> String? {
        guard let dated = reading.dates.first(where: { $0.mention.range == span }), [.absolute, .partial].contains(dated.mention.kind), dated.first > 0,
              let d = tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens), !tree.dominates(d, w) else { return nil }
        if let bound = boundingPhrase(of: w), bound.dated.mention.range == span { return bound.mark }
        guard owner(of: dated) == w else { return nil }
        let mark = reading.tokens[dated.first - 1].text.lowercased()
        if Self.isBound(mark) || mark == "by" { return mark }
        // "After the rising of May 1848, he fled": the date of a noun the event is placed after.
        var k = d
        while let up = tree.head(k), up != w, tree.base(k) == "nmod" || Self.nounModifiers.contains(String(tree.base(k))) { k = up }
        // ("given by the minister in the Gazette, May 3, 1920": a "by" phrase names the agent, bounds nothing.)
        guard tree.head(k) == w, let phrase = tree.caseWord(of: k), Self.isBound(phrase) else { return nil }
        return phrase
    }

    /// `date` as the time open on one side that `mark` makes it: "after 1718" is 1718/..,
    /// "since 1920" 1920/.., "before 1700" ../1700.
    static func bounded(_ date: HistoricalDate, by mark: String) -> HistoricalDate {
        guard !date.isInterval || date.start != nil && date.end != nil else { return date }
        if EventWords.laterBoundMarks.contains(mark) { return HistoricalDate(from: mark == "since" ? date.start : date.end ?? date.start, to: nil) }
        return HistoricalDate(from: nil, to: date.start)
    }

    /// A preposition or subordinator that bounds: "after", "since", "before", "until" ("by" bounds only a date
    /// written after it: "by 1900"; before a phrase it names the agent, "given by the minister in the Gazette, May 3, 1920").
    static func isBound(_ mark: String) -> Bool {
        mark != "by" && (EventWords.laterBoundMarks.contains(mark) || EventWords.earlierBoundMarks.contains(mark))
    }

    /// The clause or phrase that places the event of word `w` after or before another, when a
    /// date is written in it ("After he was freed in 1902, he moved": the move is 1902/..;
    /// "After the 1905 revolution ousted the governor, he moved": 1905/..), with its mark.
    /// Not a date in a relative or reported clause inside it.
    func boundingPhrase(of w: Int) -> (dated: SentenceReading.Dated, mark: String)? {
        for k in tree.dependents(of: w, ["advcl", "obl"]) {
            guard let mark = tree.caseWord(of: k)?.lowercased(), Self.isBound(mark) else { continue }
            let inside = reading.dates.filter { dated in
                guard dated.mention.date != nil, !dated.isAttachedToName,
                      let d = tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens) else { return false }
                return d != k && tree.dominates(k, d) && !entersClause(from: k, to: d)
            }
            if let first = inside.first { return (first, mark) }
        }
        return nil
    }
}
