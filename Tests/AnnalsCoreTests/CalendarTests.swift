import Testing
import AnnalsCore
import AnnalsGrammar

/// Julian Day Numbers, Julian ↔ Gregorian conversion, reforms and EDTF values.
struct CalendarTests {
    private func julian(_ year: Int, _ month: Int, _ day: Int) -> String? {
        CalendarDay(julianYear: year, month: month, day: day)?.iso
    }

    @Test(arguments: [
        (HistoricalDate(DatePoint(year: 1698, month: 1, day: 16)), DatePoint.Precision.month, "1698-01"),
        (HistoricalDate(DatePoint(year: 1698, month: 1, day: 16)), .year, "1698"),
        (HistoricalDate(from: DatePoint(year: 1916, month: 12), to: DatePoint(year: 1917, month: 3)), .year, "1916/1917"),
        (HistoricalDate(from: DatePoint(year: 1922, month: 6), to: DatePoint(year: 1922, month: 8)), .year, "1922"),
        (HistoricalDate(from: nil, to: DatePoint(year: 1917, month: 3, day: 8)), .month, "../1917-03"),
        (HistoricalDate(DatePoint(year: 1905)), .month, "1905"),
    ])
    func aDateCoarsenedKeepsWhatItSaysAtThatPrecision(_ date: HistoricalDate, precision: DatePoint.Precision, expected: String) {
        #expect(date.coarsened(to: precision).value == expected)
    }

    @Test func knownConversions() {
        #expect(julian(1917, 10, 25) == "1917-11-07")      // the October Revolution
        #expect(julian(1879, 10, 26) == "1879-11-07")
        #expect(julian(1870, 4, 10) == "1870-04-22")
        #expect(julian(1672, 5, 30) == "1672-06-09")
        #expect(julian(1582, 10, 5) == "1582-10-15")
        #expect(julian(1918, 2, 1) == "1918-02-14")        // Russia's switch
        #expect(julian(-43, 3, 15) == "-0043-03-13")       // the Ides of March, 44 BC
        #expect(julian(1900, 2, 29) == "1900-03-13")       // a Julian leap day with no Gregorian twin
        #expect(julian(1900, 2, 30) == nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 1, day: 1)?.julianDayNumber == 2_451_545)
        #expect(CalendarDay.julianDayNumber(year: -4712, month: 1, day: 1, in: .julian) == 0)
    }

    @Test func theLagGrowsByCentury() {
        #expect(CalendarDay(year: 1650, month: 6, day: 1)!.julianLag == 10)
        #expect(CalendarDay(year: 1750, month: 6, day: 1)!.julianLag == 11)
        #expect(CalendarDay(year: 1850, month: 6, day: 1)!.julianLag == 12)
        #expect(CalendarDay(year: 1900, month: 3, day: 14)!.julianLag == 13)   // Julian 1900-03-01
        #expect(CalendarDay(year: 1900, month: 3, day: 13)!.julianLag == 12)   // Julian 1900-02-29
        #expect(CalendarDay(year: 1582, month: 10, day: 15)!.julianLag == 10)
        #expect(CalendarDay(year: 2000, month: 6, day: 1)!.julianLag == 13)
    }

    @Test func julianToGregorianToJulianIsIdentityFrom1000To2100() {
        let first = CalendarDay.julianDayNumber(year: 1000, month: 1, day: 1, in: .julian)
        let last = CalendarDay.julianDayNumber(year: 2100, month: 12, day: 31, in: .julian)
        var failures = 0
        for jdn in first...last {
            let (year, month, day) = CalendarDay.date(fromJulianDayNumber: jdn, in: .julian)
            guard let gregorian = CalendarDay(julianYear: year, month: month, day: day) else { failures += 1; continue }
            let back = gregorian.julian
            if back.year != year || back.month != month || back.day != day || gregorian.julianDayNumber != jdn { failures += 1 }
            if gregorian.adding(days: 1).julianDayNumber != jdn + 1 { failures += 1 }
            // The lag is exactly the distance between the two labels of the same day.
            if let sameLabels = CalendarDay(year: year, month: month, day: day),
               gregorian.julianDayNumber - sameLabels.julianDayNumber != gregorian.julianLag { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test func reformsKnowWhenPlacesSwitched() throws {
        let russia = try #require(CalendarReform.forRegion(named: "Russian Empire"))
        #expect(russia.usedJulian(on: CalendarDay(year: 1917, month: 11, day: 7)!))
        #expect(!russia.usedJulian(on: CalendarDay(year: 1918, month: 2, day: 14)!))
        #expect(CalendarDay(julianYear: russia.lastJulian.year, month: russia.lastJulian.month, day: russia.lastJulian.day)!.adding(days: 1)
                == russia.firstGregorian)
        #expect(CalendarReform.forRegion(named: "England") == .britain)
    }

    @Test(arguments: [
        (HistoricalDate(DatePoint(year: 1917, month: 5, day: 4)), "1917-05-04", "1917-05-04", "1917-05-04"),
        (HistoricalDate(DatePoint(year: 1917, month: 5)), "1917-05", "1917-05-01", "1917-05-31"),
        (HistoricalDate(DatePoint(year: 1923)), "1923", "1923-01-01", "1923-12-31"),
        (HistoricalDate(DatePoint(year: 1923, part: .mid)), "1923-06/1923-08", "1923-06-01", "1923-08-31"),
        (HistoricalDate(DatePoint(year: 1897, part: .early)), "1897-01/1897-04", "1897-01-01", "1897-04-30"),
        (HistoricalDate(DatePoint(year: 1902, season: .summer)), "1902-06/1902-08", "1902-06-01", "1902-08-31"),
        (HistoricalDate(DatePoint(year: 1919, season: .winter)), "1919-12/1920-02", "1919-12-01", "1920-02-29"),
        (HistoricalDate(DatePoint(span: .decade, startingIn: 1920)), "192X", "1920-01-01", "1929-12-31"),
        (HistoricalDate(DatePoint(span: .century, startingIn: 1800)), "18XX", "1800-01-01", "1899-12-31"),
        (HistoricalDate(DatePoint(span: .century, startingIn: -499)), "-0499/-0400", "-0499-01-01", "-0400-12-31"),
        (HistoricalDate(DatePoint(year: -43)), "-0043", "-0043-01-01", "-0043-12-31"),
        (HistoricalDate(DatePoint(year: 1920), isApproximate: true), "1920~", "1920-01-01", "1920-12-31"),
        (HistoricalDate(from: DatePoint(year: 1904), to: DatePoint(year: 1907)), "1904/1907", "1904-01-01", "1907-12-31"),
        (HistoricalDate(from: DatePoint(year: 1920, part: .late), to: DatePoint(year: 1921, part: .early), isUncertain: true),
         "1920-09/1921-04?", "1920-09-01", "1921-04-30"),
        (HistoricalDate(from: nil, to: DatePoint(year: 1917)), "../1917", nil, "1917-12-31"),
    ] as [(HistoricalDate, String, String?, String?)])
    func valuesAndBounds(date: HistoricalDate, value: String, earliest: String?, latest: String?) {
        #expect(date.value == value)
        #expect(date.earliest?.iso == earliest)
        #expect(date.latest?.iso == latest)
    }

    @Test func earliestNeverFollowsLatest() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<2000 {
            let year = Int.random(in: -800...2100, using: &generator)
            let part = [nil, DatePoint.Part.early, .mid, .late].randomElement(using: &generator)!
            let points = [
                DatePoint(year: year, part: part),
                DatePoint(year: year, month: Int.random(in: 1...12, using: &generator), part: part),
                DatePoint(year: year, month: Int.random(in: 1...12, using: &generator), day: Int.random(in: 1...28, using: &generator)),
                DatePoint(year: year, season: [.spring, .summer, .autumn, .winter].randomElement(using: &generator)!),
                DatePoint(span: .decade, startingIn: year / 10 * 10, part: part),
                DatePoint(span: .century, startingIn: year / 100 * 100, part: part),
            ]
            for point in points {
                #expect(point.earliest <= point.latest, "\(point)")
            }
        }
    }
}
