/// Everything a document claims: events, kinship, positions, memberships, works,
/// quotations and its numbered primary sources, each citing its span. Pure: the same
/// text always gives the same claims.
///
/// ```swift
/// let text = ScalarText("Anna Petrova was born in Riga in 1870. She was arrested in May 1899.")
/// let structure = StructureAnalyzer(text: text, format: .plainText).analyze()
/// ClaimExtractor().claims(in: text, structure: structure, title: "Anna Petrova").map(\.predicate)
/// // ["birth", "arrest"]
/// ```
public struct ClaimExtractor: Sendable {
    /// Bumped whenever the rules change, so stores re-extract what they hold.
    public static let version = 25

    public init() {}

    /// The claims of a document. `dates` and `names`: what the dates and names stages found
    /// in the same text (the pipeline hands them on); found here when not given.
    /// `tokens`: the pipeline's tokens of its sentences (from the grammar's tokenizer when not given).
    /// `grammar`: the grammar stage's parse of each sentence; events are read from its trees
    /// (without it, from the words alone, as a fallback).
    public func claims(in text: ScalarText, structure: DocumentStructure, title: String, tokens: SentenceTokens? = nil,
                       dates: [DateMention]? = nil, names: DocumentNames? = nil, grammar: [AnalyzedSentence]? = nil) -> [Claim] {
        let tokens = tokens ?? grammar.map { SentenceTokens(grammar: $0, text: text) } ?? SentenceTokens(text: text, structure: structure)
        let names = DocumentReferents(text: text, structure: structure, title: title, tokens: tokens, names: names)
        let dates = dates ?? DateExtractor().extract(from: text, structure: structure, tokens: tokens)
        let apparatus = MentionDetector.apparatusSections(text: text, structure: structure)
        var readings: [SentenceReading] = []
        var d = 0
        for (index, sentence) in structure.sentences.enumerated() {
            while d < dates.count, dates[d].range.start < sentence.range.start { d += 1 }
            var e = d
            while e < dates.count, dates[e].range.start < sentence.range.end { e += 1 }
            guard !MentionDetector.isInside(sentence.section, apparatus, structure: structure) else { continue }
            readings.append(SentenceReading(index: index, sentence: sentence, structure: structure, tokens: tokens, text: text, dates: dates[d..<e], names: names,
                                            grammar: grammar.flatMap { index < $0.count ? $0[index] : nil }))
        }
        let sources = PrimarySource.find(in: readings, structure: structure, text: text)
        let resolved = ReferenceResolver(text: text, names: names).resolve(readings, sources: sources)
        let events = EventExtractor(text: text, readings: resolved, names: names, sources: sources).events()
        let sourceClaims = sources.flatMap { $0.claims() }
        var claims = events + sourceClaims
        claims += resolved.filter(\.isNarrative).flatMap { RelationExtractor(text: text).relations(in: $0) }
        claims += RelationExtractor.spouses(from: events)
        claims += Self.positions(from: events) + Self.memberships(from: events) + Self.authorship(from: events + sourceClaims)
        claims += QuoteExtractor(text: text).quotes(in: resolved.filter(\.isNarrative), structure: structure, sources: sources)
        return claims.sorted { ($0.evidence.start, $0.trigger?.start ?? 0) < ($1.evidence.start, $1.trigger?.start ?? 0) }
    }

    /// Offices taken and left, from elections, appointments, resignations and removals that name one.
    static func positions(from events: [Claim]) -> [Claim] {
        events.compactMap { event in
            guard let type = event.eventType, let title = event.value else { return nil }
            let change: ClaimPredicate.OfficeChange
            switch type {
            case .election, .appointment: change = .took
            case .resignation, .removal: change = .left
            default: return nil
            }
            var claim = event
            claim.typed = .position(change)
            claim.value = title
            claim.extractor = Extractor(event.extractor.rule, readAs: .position)
            return claim
        }
    }

    /// Joining, leaving and expulsion from organisations.
    static func memberships(from events: [Claim]) -> [Claim] {
        events.compactMap { event in
            guard let type = event.eventType, let org = event.object, org.type == .org else { return nil }
            let change: ClaimPredicate.MembershipChange
            switch type {
            case .membership: change = .joined
            case .leaving: change = .left
            case .expulsion: change = .expelled
            default: return nil
            }
            var claim = event
            claim.typed = .membership(change)
            claim.extractor = Extractor(event.extractor.rule, readAs: .membership)
            return claim
        }
    }

    /// Works and their authors, from publications that name the work.
    static func authorship(from events: [Claim]) -> [Claim] {
        events.compactMap { event in
            guard event.kind == .event, event.eventType == .publication, let work = event.object, work.type == .work else { return nil }
            var claim = event
            claim.typed = .authorship
            claim.extractor = Extractor(event.extractor.rule, readAs: .authorship)
            return claim
        }
    }
}
