import Testing
@testable import AnnalsCore

/// An archive often holds many copies of one article. Claims that every comparison treats
/// alike are aligned as one class: the facts and conflicts are those of comparing every
/// pair, at the cost of comparing one.
struct ManyWitnessesTests {
    typealias C = ConflictTests

    /// Claims of one account: an arrest, a move, a post held, a death of illness.
    static func account(source: String, arrestYear: Int = 1905) -> [WitnessedClaim] {
        [
            C.claim(.arrest, C.year(arrestYear), source: source, place: "Moscow", sentence: "Anna Petrova was arrested in Moscow in \(arrestYear) for printing leaflets."),
            C.claim(.move, C.year(1907), source: source, place: "Paris", sentence: "She moved to Paris in 1907 with her printing press.", evidence: 40),
            C.claim(.election, C.year(1910), source: source, sentence: "She was elected a member in 1910.", evidence: 80),
            C.claim(.death, C.year(1924), source: source, sentence: "She died in Paris in 1924.", evidence: 120),
        ]
    }

    /// The groups `groups()` gives, each as the sources of its claims.
    static func groupedSources(_ claims: [WitnessedClaim]) -> [[String]] {
        FactAligner(claims: claims).groups().map { $0.map { claims[$0].witness.source } }
    }

    @Test func aFactRepeatedByManyWitnessesIsOneFactWithThemAll() {
        let copies = (0..<200).flatMap { Self.account(source: "copy\($0).txt") }
        let facts = Reconciler().reconcile(copies).facts
        let arrest = facts.first { $0.property == "arrest" }
        #expect(arrest?.witnesses.count == 200)
        #expect(facts.filter { $0.property == "death" }.count == 1)
    }

    @Test func copiesGroupAsEveryPairComparedWouldGroupThem() {
        // Two witnesses group some way; a hundred copies of each must group the same way.
        let two = Self.account(source: "a.txt") + Self.account(source: "b.txt", arrestYear: 1909)
        let pairs = Self.groupedSources(two).map { Set($0) }
        let many = (0..<50).flatMap { n in Self.account(source: "a.txt") + Self.account(source: "b.txt", arrestYear: 1909) }
        let grouped = Self.groupedSources(many).map { Set($0) }
        #expect(grouped.count == pairs.count)
        #expect(Set(grouped) == Set(pairs))
        let conflicts = Reconciler().reconcile(many).conflicts
        #expect(conflicts.map(\.property) == Reconciler().reconcile(two).conflicts.map(\.property))
    }

    @Test func copiesThatCannotShareAFactStayApart() {
        // "member" alone names no office: two such claims are never one fact, copies or not.
        let copies = (0..<3).map { _ in C.claim(.election, C.year(1910), source: "a.txt", sentence: "She was elected a member in 1910.") }
        var withTitles = copies
        for index in withTitles.indices { withTitles[index].claim.value = "member" }
        #expect(FactAligner(claims: withTitles).groups().count == 3)
    }
}
