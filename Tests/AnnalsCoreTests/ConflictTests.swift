import Testing
@testable import AnnalsCore

/// Alignment, corroboration and every kind of conflict and explanation, including the
/// disagreements that must not be reported.
struct ConflictTests {
    // MARK: Building claims

    static func day(_ y: Int, _ m: Int, _ d: Int) -> HistoricalDate { HistoricalDate(DatePoint(year: y, month: m, day: d)) }
    static func month(_ y: Int, _ m: Int) -> HistoricalDate { HistoricalDate(DatePoint(year: y, month: m)) }
    static func year(_ y: Int) -> HistoricalDate { HistoricalDate(DatePoint(year: y)) }

    /// An age-derived date: the twelve months from a birthday.
    static func age(_ years: Int, born: CalendarDay) -> HistoricalDate {
        let start = born.adding(years: years), end = born.adding(years: years + 1).adding(days: -1)
        var date = HistoricalDate(from: DatePoint(year: start.year), to: DatePoint(year: end.year))
        date.bounds = DayBounds(earliest: start, latest: end)
        return date
    }

    static func claim(_ type: EventType, _ date: HistoricalDate?, source: String, subject: String = "Anna Petrova",
                      object: String? = nil, objectType: EntityType? = nil, place: String? = nil, sentence: String = "",
                      lead: String = "", tail: String = "", modality: Modality = .asserted, attribution: String? = nil,
                      extractor: Extractor.Rule = .wordsActive, evidence: Int = 0) -> WitnessedClaim {
        var claim = Claim(kind: .event, predicate: type.rawValue, subject: Participant(name: subject, type: .person),
                          object: object.map { Participant(name: $0, type: objectType) }, date: date,
                          place: place.map { Participant(name: $0, type: .place) }, modality: modality,
                          attribution: attribution.map { Participant(name: $0, type: .person) },
                          evidence: TextRange(start: evidence, end: evidence + 10), trigger: TextRange(start: evidence + 1, end: evidence + 2),
                          extractor: Extractor(extractor), confidence: 0.8)
        claim.dateSpan = date == nil ? nil : TextRange(start: evidence + 3, end: evidence + 4)
        return WitnessedClaim(claim: claim, witness: WitnessedClaim.witness(of: claim, source: source),
                              subject: subject.lowercased(), object: object?.lowercased(), place: place?.lowercased(),
                              subjectName: subject, objectName: object, sentence: sentence, triggerText: type.phrase,
                              lead: lead, tail: tail)
    }

    static func conflicts(_ claims: [WitnessedClaim], dates: [WrittenDate] = []) -> [Conflict] {
        Reconciler().reconcile(claims, dates: dates).conflicts
    }

    // MARK: Dates

    @Test func differentDaysOfOneEventConflict() throws {
        let found = Self.conflicts([
            Self.claim(.birth, Self.day(1870, 5, 4), source: "a.txt"),
            Self.claim(.birth, Self.day(1870, 5, 9), source: "b.txt"),
        ])
        let conflict = try #require(found.first)
        #expect(found.count == 1 && conflict.kind == .date && conflict.reason == .disagreement)
        #expect(conflict.property == "date of birth" && conflict.subject == "Anna Petrova")
        #expect(Set(conflict.values.map(\.value)) == ["1870-05-04", "1870-05-09"])
        #expect(conflict.explanation.contains("different days"))
    }

    @Test func differentYearsAndMonthsAreNamedAsSuch() throws {
        let years = try #require(Self.conflicts([Self.claim(.death, Self.year(1920), source: "a.txt"), Self.claim(.death, Self.year(1921), source: "b.txt")]).first)
        #expect(years.explanation.contains("different years"))
        let months = try #require(Self.conflicts([Self.claim(.death, Self.month(1920, 4), source: "a.txt"), Self.claim(.death, Self.month(1920, 5), source: "b.txt")]).first)
        #expect(months.explanation.contains("different months"))
    }

    @Test func aYearAgreesWithADayInIt() {
        #expect(Self.conflicts([
            Self.claim(.birth, Self.year(1917), source: "a.txt"),
            Self.claim(.birth, Self.day(1917, 5, 4), source: "b.txt"),
        ]).isEmpty)
    }

    @Test func aVagueDateFittingTwoValuesTakesNoSide() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.death, Self.day(1917, 5, 4), source: "a.txt"),
            Self.claim(.death, Self.day(1917, 6, 4), source: "b.txt"),
            Self.claim(.death, Self.year(1917), source: "c.txt"),
        ]).first)
        #expect(conflict.values.count == 2 && !conflict.values.flatMap(\.witnesses).map(\.source).contains("c.txt"))
    }

    @Test func aJulianDateIsExplainedAsACalendarDifference() throws {
        // 5 June 1903 Old Style is 18 June 1903 New Style (13 days in the 20th century).
        let conflict = try #require(Self.conflicts([
            Self.claim(.marriage, Self.day(1903, 6, 18), source: "entry.txt", object: "Ilya Saburov"),
            Self.claim(.marriage, Self.day(1903, 6, 5), source: "memoir.md", object: "Ilya Saburov"),
        ]).first)
        #expect(conflict.reason == .calendar)
        #expect(conflict.explanation.contains("13 days") && conflict.explanation.contains("Reading memoir.md's date as Old Style"))
        // Twelve days in the 19th century.
        let older = try #require(Self.conflicts([Self.claim(.birth, Self.day(1879, 10, 26), source: "a.txt"), Self.claim(.birth, Self.day(1879, 11, 7), source: "b.txt")]).first)
        #expect(older.reason == .calendar && older.explanation.contains("12 days"))
        // Eleven days apart is no calendar difference.
        let plain = try #require(Self.conflicts([Self.claim(.birth, Self.day(1879, 10, 27), source: "a.txt"), Self.claim(.birth, Self.day(1879, 11, 7), source: "b.txt")]).first)
        #expect(plain.reason == .disagreement)
    }

    @Test func anAttackAndTheDeathNextDayAreNotAConflict() {
        #expect(Self.conflicts([
            Self.claim(.attack, Self.day(1940, 8, 20), source: "a.txt"),
            Self.claim(.death, Self.day(1940, 8, 21), source: "b.txt"),
        ]).isEmpty)
    }

    @Test func aKillingDatedTheDayBeforeTheDeathIsExplained() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.assassination, Self.day(1940, 8, 20), source: "a.txt"),
            Self.claim(.death, Self.day(1940, 8, 21), source: "b.txt"),
        ]).first)
        #expect(conflict.reason == .differentMoments && conflict.property == "date of death")
        #expect(conflict.explanation.contains("the next day"))
    }

    @Test func aReportedClaimAgainstAFactIsADispute() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.arrest, Self.day(1905, 3, 1), source: "a.txt", sentence: "arrested at the printing press"),
            Self.claim(.arrest, Self.day(1905, 4, 2), source: "b.txt", sentence: "the printing press raid", modality: .reported, attribution: "Ivan Orlov"),
        ]).first)
        #expect(conflict.reason == .dispute && conflict.explanation.contains("Ivan Orlov claimed"))
    }

    // MARK: Ages

    @Test func agesConflictOnlyWhenTheirRangesDoNotOverlap() throws {
        let born = CalendarDay(year: 1879, month: 11, day: 7)!
        let conflict = try #require(Self.conflicts([
            Self.claim(.education, Self.age(8, born: born), source: "a.txt", place: "Odessa"),
            Self.claim(.education, Self.age(9, born: born), source: "b.txt", place: "Odessa"),
        ]).first)
        #expect(conflict.kind == .age && conflict.property == "age at education")
        #expect(conflict.values.map(\.value).sorted() == ["1887-11-07/1888-11-06", "1888-11-07/1889-11-06"])
        // Eight years old and "in 1888" overlap: no conflict.
        #expect(Self.conflicts([
            Self.claim(.education, Self.age(8, born: born), source: "a.txt", place: "Odessa"),
            Self.claim(.education, Self.year(1888), source: "b.txt", place: "Odessa"),
        ]).isEmpty)
    }

    // MARK: Places, causes, numbers, works

    @Test func differentPlacesOfBirthConflictButAPlaceWithinAnotherDoesNot() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.birth, Self.year(1861), source: "a.txt", place: "Dorvik"),
            Self.claim(.birth, Self.year(1861), source: "b.txt", place: "Riga"),
        ]).first)
        #expect(conflict.kind == .place && conflict.property == "place of birth")
        #expect(Self.conflicts([
            Self.claim(.death, nil, source: "a.txt", place: "Mexico City"),
            Self.claim(.death, nil, source: "b.txt", place: "Mexico"),
        ]).isEmpty)
        #expect(Self.conflicts([
            Self.claim(.birth, nil, source: "a.txt", place: "Yanovka", sentence: "born in Yanovka, Russia"),
            Self.claim(.birth, nil, source: "b.txt", place: "Kherson Province", sentence: "born in Yanovka, Kherson Province, Ukraine"),
        ]).isEmpty)
    }

    @Test func oneArrestPlacedInTwoTownsConflictsButTwoDeportationsDoNot() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.arrest, Self.year(1882), source: "a.txt", place: "Dorvik", sentence: "arrested for printing leaflets"),
            Self.claim(.arrest, Self.month(1882, 10), source: "b.txt", place: "Riga", sentence: "arrested carrying leaflets"),
        ]).first)
        #expect(conflict.kind == .place)
        #expect(Self.conflicts([
            Self.claim(.deportation, Self.month(1916, 9), source: "a.txt", place: "Spain", sentence: "deported for agitation"),
            Self.claim(.deportation, Self.day(1916, 12, 25), source: "b.txt", place: "United States", sentence: "deported for agitation"),
        ]).isEmpty)
        // Arrivals repeat: returns months apart with no place in common are two returns, whatever words they share.
        #expect(Self.conflicts([
            Self.claim(.arrival, Self.month(1917, 5), source: "a.txt", place: "Russia", sentence: "arrived back in Russia"),
            Self.claim(.arrival, Self.day(1918, 1, 7), source: "b.txt", sentence: "returned back from the talks"),
        ]).isEmpty)
    }

    @Test func causesOfDeathConflict() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.death, Self.day(1924, 1, 21), source: "a.txt", tail: " of a heart attack on 21 January"),
            Self.claim(.death, Self.day(1924, 1, 21), source: "b.txt", tail: " from pneumonia"),
        ]).first)
        #expect(conflict.kind == .cause && Set(conflict.values.map(\.value)) == ["heart attack", "pneumonia"])
        #expect(Self.conflicts([
            Self.claim(.death, nil, source: "a.txt", tail: " of a heart attack"),
            Self.claim(.death, nil, source: "b.txt", tail: " of a sudden heart attack"),
        ]).isEmpty)
    }

    @Test func numbersBeforeTheEventWordConflict() throws {
        let conflict = try #require(Self.conflicts([
            Self.claim(.illness, Self.year(1922), source: "a.txt", sentence: "suffered three strokes", lead: "suffered three "),
            Self.claim(.illness, Self.year(1922), source: "b.txt", sentence: "suffered two strokes", lead: "suffered two "),
        ]).first)
        #expect(conflict.kind == .number && Set(conflict.values.map(\.value)) == ["2", "3"])
    }

    @Test func aWorksTitleAndYearConflict() {
        let found = Self.conflicts([
            Self.claim(.publication, Self.year(1937), source: "a.txt", object: "The Russian Revolution Betrayed", objectType: .work, extractor: .workYear),
            Self.claim(.publication, Self.year(1936), source: "b.txt", object: "The Revolution Betrayed", objectType: .work, extractor: .workYear),
        ])
        #expect(Set(found.map(\.kind)) == [.title, .date])
        #expect(found.first { $0.kind == .date }?.property == "year of publication")
        // Different works by one author are not compared.
        #expect(Self.conflicts([
            Self.claim(.publication, Self.year(1930), source: "a.txt", object: "My Life", objectType: .work),
            Self.claim(.publication, Self.year(1932), source: "b.txt", object: "History of the Revolution", objectType: .work),
        ]).isEmpty)
    }

    @Test func differentBodiesMeetingInDifferentMonthsDoNotConflict() {
        // Congresses with different ordinals are different meetings, even linked through an unnumbered one.
        #expect(Self.conflicts([
            Self.claim(.meeting, Self.month(1923, 4), source: "a.txt", subject: "Committee", object: "XIIth Party Congress", objectType: .org),
            Self.claim(.meeting, Self.month(1923, 5), source: "b.txt", subject: "Committee", object: "XIIIth Party Congress", objectType: .org),
        ]).isEmpty)
        #expect(Self.conflicts([
            Self.claim(.meeting, Self.month(1923, 4), source: "a.txt", subject: "Committee", object: "Congress of Soviets", objectType: .org),
            Self.claim(.meeting, Self.month(1923, 5), source: "b.txt", subject: "Committee", object: "Party Congress", objectType: .org),
        ]).isEmpty)
    }

    // MARK: Witnesses

    @Test func oneWitnessAtOddsWithItselfIsNotReported() {
        #expect(Self.conflicts([
            Self.claim(.birth, Self.day(1870, 5, 4), source: "a.txt"),
            Self.claim(.birth, Self.day(1870, 5, 9), source: "a.txt", evidence: 50),
        ]).isEmpty)
    }

    @Test func aQuotedSourceIsAWitnessOfItsOwn() throws {
        let quoted = Self.claim(.birth, Self.day(1870, 5, 9), source: "a.txt", attribution: "Ivan Orlov", evidence: 50)
        #expect(quoted.witness == Witness(source: "a.txt", author: "Ivan Orlov"))
        let conflict = try #require(Self.conflicts([Self.claim(.birth, Self.day(1870, 5, 4), source: "a.txt"), quoted]).first)
        #expect(conflict.reason == .inconsistency && conflict.explanation.contains("Both are in a.txt"))
    }

    @Test func agreeingWitnessesMakeOneCorroboratedFact() throws {
        let result = Reconciler().reconcile([
            Self.claim(.birth, Self.day(1870, 5, 4), source: "a.txt", place: "Riga"),
            Self.claim(.birth, Self.year(1870), source: "b.txt"),
            Self.claim(.birth, Self.day(1870, 5, 4), source: "b.txt", attribution: "Ivan Orlov", evidence: 40),
            Self.claim(.death, Self.year(1930), source: "a.txt"),
        ])
        #expect(result.conflicts.isEmpty)
        let birth = try #require(result.facts.first { $0.property == "birth" })
        #expect(birth.corroboration == 3 && birth.members.count == 3)
        #expect(result.corroboration(count: 4) == [3, 3, 3, 1])
    }

    // MARK: Within one source

    @Test func aDurationThatDoesNotAddUpIsReportedEvenWithinOneSource() throws {
        var implied = HistoricalDate(DatePoint(year: 1923, month: 11))
        implied.isApproximate = true
        let conflict = try #require(Self.conflicts([
            Self.claim(.death, implied, source: "a.txt", extractor: .remainingLife),
            Self.claim(.death, Self.day(1924, 1, 21), source: "a.txt", evidence: 60),
        ]).first)
        #expect(conflict.reason == .inconsistency && conflict.explanation.contains("do not add up"))
    }

    @Test func aSourceDatedBeforeWhatItDescribesIsAnAnachronism() throws {
        var body = Self.claim(.publication, Self.year(1927), source: "a.txt", subject: "Eugene Lyons", extractor: .sourceBody)
        body.claim.kind = .quote
        body.claim.evidence = TextRange(start: 100, end: 400)
        body.claim.value = "The Life and Death"
        let later = WrittenDate(source: "a.txt", mention: DateMention(range: TextRange(start: 150, end: 166), kind: .absolute, date: Self.day(1928, 11, 7)),
                                sentence: TextRange(start: 120, end: 200))
        let conflict = try #require(Self.conflicts([body], dates: [later]).first)
        #expect(conflict.kind == .anachronism && conflict.values.map(\.value) == ["1927", "1928-11-07"])
        #expect(conflict.values[1].evidence.first?.range == TextRange(start: 120, end: 200))
        // A date inside the source's own year is fine.
        let same = WrittenDate(source: "a.txt", mention: DateMention(range: TextRange(start: 150, end: 166), kind: .absolute, date: Self.day(1927, 3, 1)),
                               sentence: TextRange(start: 120, end: 200))
        #expect(Self.conflicts([body], dates: [same]).isEmpty)
    }

    @Test func conflictsComeMostImportantFirst() {
        let found = Self.conflicts([
            Self.claim(.arrest, Self.month(1905, 3), source: "a.txt", sentence: "arrested at the press"),
            Self.claim(.arrest, Self.month(1905, 6), source: "b.txt", sentence: "arrested at the press"),
            Self.claim(.birth, Self.day(1870, 5, 4), source: "a.txt"),
            Self.claim(.birth, Self.day(1870, 5, 9), source: "b.txt"),
        ])
        #expect(found.map(\.property) == ["date of birth", "date of arrest"])
    }
}
