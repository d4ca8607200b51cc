/// Says why the values of a conflict differ, as far as the claims let it: a calendar
/// difference, an attack and the death that followed, a reported claim against a
/// stated fact, or a plain disagreement naming what differs (year, month, day).
struct ConflictExplainer {
    let claims: [WitnessedClaim]

    func explain(_ conflict: Conflict) -> (Conflict.Reason, String) {
        let values = conflict.values
        let sides = values.map { "\($0.words) (\(Self.list($0.witnesses)))" }
        if values.count == 2, conflict.kind == .date {
            if let calendar = calendarDifference(values[0], values[1]) ?? calendarDifference(values[1], values[0]) {
                return (.calendar, calendar)
            }
            if let moments = attackAndDeath(values) { return (.differentMoments, moments) }
        }
        if let dispute = dispute(values) { return (.dispute, dispute) }
        if let sum = durationMismatch(values) { return (.inconsistency, sum) }
        let opening: String
        switch conflict.kind {
        case .date: opening = "The sources give different \(dateUnit(values))"
        case .age:
            let allAges = values.allSatisfy { value in value.members.contains { claims[$0].claim.date?.bounds != nil } }
            opening = allAges ? "The sources give different ages; through the birth date they mean periods that do not overlap"
                : "The sources disagree on when: an age, turned into dates through the birth date, gives a period that does not overlap the other value"
        case .place: opening = "The sources name different places"
        case .title: opening = "The sources give the work different titles"
        case .cause: opening = "The sources give different causes"
        case .number: opening = "The sources give different numbers"
        case .anachronism: opening = "The source is dated before the events it describes"
        }
        let sources = Set(values.flatMap(\.witnesses).map(\.source))
        let within = sources.count == 1 ? " Both are in \(sources.first!): a quoted source and the narrative disagree." : ""
        return (sources.count == 1 ? .inconsistency : .disagreement, "\(opening): \(Self.join(sides)).\(within)")
    }

    /// A day on the Julian calendar that is the other day on the Gregorian.
    private func calendarDifference(_ early: Conflict.Value, _ late: Conflict.Value) -> String? {
        guard let a = day(early), let b = day(late),
              let converted = CalendarDay(julianYear: a.year, month: a.month, day: a.day), converted == b else { return nil }
        let lag = b.julianDayNumber - a.julianDayNumber
        return "A calendar difference of \(lag) days: \(DatePoint(a).inWords) on the Julian (Old Style) calendar is "
            + "\(DatePoint(b).inWords) on the Gregorian (New Style). Reading \(Self.list(early.witnesses))'s date as Old Style makes them agree."
    }

    /// One value from a killing, the other a day or two later from a death.
    private func attackAndDeath(_ values: [Conflict.Value]) -> String? {
        func types(_ value: Conflict.Value) -> Set<EventType> { Set(value.members.compactMap { claims[$0].claim.eventType }) }
        guard let killing = values.first(where: { types($0).contains(where: { $0.has(.killing) }) }),
              let death = values.first(where: { types($0) == [.death] }),
              let attackDay = day(killing), let deathDay = day(death) else { return nil }
        let gap = deathDay.julianDayNumber - attackDay.julianDayNumber
        guard (1...3).contains(gap) else { return nil }
        let later = gap == 1 ? "the next day" : "\(gap) days later"
        return "Different moments: \(Self.list(killing.witnesses)) dates the killing to \(DatePoint(attackDay).inWords), "
            + "\(Self.list(death.witnesses)) the death to \(DatePoint(deathDay).inWords). The earlier date is that of the fatal attack; "
            + "death followed \(later), so the disagreement is over which moment to call the death."
    }

    /// Every claim of one side reported ("alleged", "claimed"), of the other stated.
    private func dispute(_ values: [Conflict.Value]) -> String? {
        func modalities(_ value: Conflict.Value) -> Set<Modality> { Set(value.members.map { claims[$0].claim.modality }) }
        guard let reported = values.first(where: { modalities($0) == [.reported] }),
              let stated = values.first(where: { modalities($0) == [.asserted] }) else { return nil }
        let claimants = Set(reported.members.compactMap { claims[$0].claim.attribution?.name }).sorted()
        let who = claimants.isEmpty ? "it is only reported (by \(Self.list(reported.witnesses)))" : "\(Self.join(claimants)) claimed"
        return "A dispute: \(who) \(reported.words), while \(Self.list(stated.witnesses)) states \(stated.words) as fact."
    }

    /// A date implied by a duration ("lived for another ten months") against a stated one.
    private func durationMismatch(_ values: [Conflict.Value]) -> String? {
        guard let derived = values.first(where: { $0.witnesses.allSatisfy(\.isReckoning) }),
              let stated = values.first(where: { $0.witnesses.contains { !$0.isReckoning } }),
              let member = derived.members.first else { return nil }
        let claim = claims[member]
        let phrase = claim.dateText.map { "\"\($0)\"" } ?? "its duration"
        let same = Set(derived.witnesses.map(\.source)) == Set(stated.witnesses.map(\.source))
        return "The figures do not add up: \(phrase) puts the death at \(derived.words), but \(same ? "the same source" : Self.list(stated.witnesses)) "
            + "dates it \(stated.words)."
    }

    private func day(_ value: Conflict.Value) -> CalendarDay? {
        let dates = value.members.compactMap { claims[$0].claim.date }
        guard let date = dates.first(where: { $0.precision == .day && !$0.isInterval && $0.bounds == nil }) else { return nil }
        return date.earliest
    }

    /// "years", "months" or "days": the coarsest unit in which the values differ.
    private func dateUnit(_ values: [Conflict.Value]) -> String {
        let dates = values.compactMap { value in value.members.compactMap { claims[$0].claim.date }.first }
        let years = Set(dates.compactMap { $0.start?.year })
        if years.count > 1 { return "years" }
        let months = Set(dates.compactMap { $0.start?.month })
        if months.count > 1 { return "months" }
        return "days"
    }

    static func list(_ witnesses: [Witness]) -> String { join(witnesses.map(\.description)) }

    static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
