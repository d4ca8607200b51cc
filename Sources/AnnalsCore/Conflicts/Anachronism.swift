/// A date written in a document, with the sentence it stands in: what the anachronism
/// check reads inside quoted primary sources.
public struct WrittenDate: Sendable {
    public var source: String
    public var mention: DateMention
    public var sentence: TextRange

    public init(source: String, mention: DateMention, sentence: TextRange) {
        self.source = source
        self.mention = mention
        self.sentence = sentence
    }
}

/// A primary source whose header dates it before events its own text dates: "Eugene
/// Lyons, … (1927)" over a passage about "November 7, 1928". The header (its date or
/// its title) cannot be right for the passage. Only dates written out in full count,
/// and only a year or more past the header's date at year precision, a day past it
/// otherwise.
struct Anachronism {
    let claims: [WitnessedClaim]

    func conflicts(dates: [WrittenDate]) -> [Conflict] {
        var found: [Conflict] = []
        let bySource = Dictionary(grouping: dates, by: \.source)
        for (index, body) in claims.enumerated() where body.claim.extractor.rule == .sourceBody {
            guard let dated = body.claim.date, !dated.isInterval, let latest = dated.latest, dated.precision <= .year else { continue }
            let later = (bySource[body.witness.source] ?? []).filter { written in
                body.claim.evidence.contains(written.mention.range)
                    && written.mention.kind == .absolute && !written.mention.isInHeading
                    && (written.mention.date?.earliest).map { $0 > latest } == true
                    && written.mention.date?.isInterval == false
            }
            guard let first = later.first, let laterDate = first.mention.date else { continue }
            let author = body.claim.subject.name
            let title = body.claim.value.map { "\(author), \($0)" } ?? author
            let header = Conflict.Value(value: dated.value, words: dated.inWords, members: [headerClaim(of: index) ?? index], witnesses: [body.witness])
            let content = Conflict.Value(value: laterDate.value, words: laterDate.inWords, members: [], witnesses: [body.witness],
                                         evidence: [Conflict.Evidence(source: first.source, range: first.sentence)])
            found.append(Conflict(
                kind: .anachronism, reason: .inconsistency, subject: title, property: "date of the source",
                values: [header, content],
                explanation: "The source is headed \(dated.inWords), but its text dates events to \(laterDate.inWords): "
                    + "the header's date (or its title) cannot be right for this passage.",
                importance: 1.5))
        }
        return found
    }

    /// The header event of the source whose body claim is `index`.
    private func headerClaim(of index: Int) -> Int? {
        let body = claims[index]
        return claims.indices.first { i in
            claims[i].claim.extractor.rule == .sourceHeader && claims[i].witness.source == body.witness.source && claims[i].claim.evidence == body.claim.trigger
        }
    }
}
