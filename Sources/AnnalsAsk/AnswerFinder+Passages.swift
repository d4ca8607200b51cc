import AnnalsCore
import Foundation

/// How well a passage answers a question: what it writes of the question's words, names,
/// event and year, as named features weighed by `Resources/answer-weights.txt`
/// (``AnswerWeights``); or why it cannot answer at all.
extension AnswerFinder {
    /// What a passage says, read against the question.
    struct PassageReading {
        let words: [String]
        let wordSet: Set<String>
        /// Its word stems, with the words its pronouns, its dates and its senses stand for.
        let stems: Set<String>
        let namedByPronoun: Bool
        let hasPronoun: Bool
        /// Whom a pronoun carries on from the sentence before, when the question asks of them.
        let carried: [Passage.Named]
        let surname: String?
        let ownDates: [HistoricalDate]
        /// Whether the passage is in the question's year; nil when it cannot tell.
        let inYear: Bool?
    }

    func read(_ index: Int, in context: Context) -> PassageReading {
        let passage = context.passages[index], question = context.question
        let words = context.passageWords[index], wordSet = Set(words)
        // In the article about the one asked of, "he" or "she" is mostly that one.
        let subjectWords = context.articleSubjects[passage.document].map { Set(QuestionReader.words($0).map { $0.lowercased() }) } ?? []
        let surname = context.articleSubjects[passage.document].flatMap { QuestionReader.words($0).last?.lowercased() }
        let namedByPronoun = surname.map { !wordSet.contains($0) } == true && !wordSet.isDisjoint(with: Self.subjectPronouns)
        // "Anna Petrova taught at Harrow. … she and Orlov married": a pronoun carries on someone the
        // sentence before named, when the question asks of them.
        let hasPronoun = !wordSet.isDisjoint(with: Self.subjectPronouns)
        let carried = hasPronoun ? passage.previousNames.filter { named in
            named.type == .person && context.questionEntities.contains(named.id) && !passage.names.contains { $0.id == named.id }
        } : []
        var stems = context.stemSets[index]
        if namedByPronoun { stems.formUnion(subjectWords.map(Self.stem)) }
        for named in carried { stems.formUnion(QuestionReader.words(named.name).map { Self.stem($0.lowercased()) }) }
        for sense in Self.sameSense where !stems.isDisjoint(with: sense) { stems.formUnion(sense) }
        // The question's year is met by any date in it ("December 3" of 1905), not only by the number.
        // A sentence without a date of its own is dated by those before it in its paragraph, or by its heading.
        // A year taken from the dates before ("on 3 December") places a sentence in the question's year,
        // but is too unsure to place it elsewhere.
        let ownDates = passage.dates.map(\.date), dates = ownDates.isEmpty ? passage.context : ownDates
        let inferredYear = !ownDates.isEmpty && passage.timeSetting.isEmpty
        let inYear = question.year.flatMap { year in
            dates.isEmpty ? nil : dates.contains { $0.earliest.map { $0.year <= year } == true && $0.latest.map { $0.year >= year } == true }
        }.flatMap { $0 || !inferredYear ? $0 : nil }
        if let year = question.year {
            if inYear == true { stems.insert(Self.stem(String(year))) } else { stems.remove(Self.stem(String(year))) }
        }
        return PassageReading(words: words, wordSet: wordSet, stems: stems, namedByPronoun: namedByPronoun, hasPronoun: hasPronoun,
                              carried: carried, surname: surname, ownDates: ownDates, inYear: inYear)
    }

    /// Why passage `index` cannot answer the question, or nil when it may: it does not speak of
    /// the event asked about, of the number or the noun the question asks of, or names another
    /// where the one asked of should be.
    func skipReason(_ index: Int, _ reading: PassageReading, missesEveryone: Bool, in context: Context) -> String? {
        let passage = context.passages[index], question = context.question
        if passage.fact == nil, let number = Self.unmetNumber(of: question, in: passage) { return "neither writes nor is dated in \(number)" }
        if let head = question.head, !reading.stems.contains(Self.stem(head)) { return "no \"\(head)\"" }
        // A sentence in Petrova's article that names Petrova and not the one asked of is about Petrova.
        if missesEveryone, let own = context.documentSubjects[passage.document], !context.questionEntities.contains(own.id),
           passage.names.contains(where: { $0.id == own.id }) {
            return "about \(own.name), its article's subject"
        }
        // "Ivan Orlov died…" tells nothing of Pavel Orlov: a namesake stands where the one asked of should.
        if missesEveryone, context.required.contains(where: { asked in
            guard asked.id.hasPrefix("person:"), let surname = QuestionReader.words(asked.name).last?.lowercased() else { return false }
            // Slavic surnames take "-a" for women: Orlov, Orlova.
            return passage.names.contains { named in
                let name = named.name.lowercased()
                return named.type == .person && named.id != asked.id && (name.hasSuffix(" " + surname) || name.hasSuffix(" " + surname + "a"))
            }
        }) {
            return "a namesake of the one asked of"
        }
        return nil
    }

    /// The name the question asks of that neither the passage's paragraph nor its article names, if any.
    func unnamedNearby(_ index: Int, _ reading: PassageReading, askedHere: [[String]], in context: Context) -> String? {
        let passage = context.passages[index], question = context.question
        // A question asks of everything it names: a sentence whose paragraph never names one of them does not answer it.
        // (Not where an event word only qualifies the question, "at the time of her arrest": a name in it dates, and the date is checked.)
        let subject = context.documentSubjects[passage.document]?.name
        if passage.fact == nil, question.verbNamesEvent || question.events.isEmpty,
           let missing = Self.nameNowhereNear(askedHere.filter { Set($0).isDisjoint(with: context.bracketed) }, in: passage, words: reading.words,
                                              subject: subject ?? context.articleSubjects[passage.document], met: context.metNames(passage),
                                              people: reading.hasPronoun ? context.askedPeopleNames : []) {
            return missing
        }
        return nil
    }

    static func eventFound(_ reading: PassageReading, in context: Context) -> Bool {
        !context.toldWords.isDisjoint(with: reading.stems) || !context.toldOtherwise.isDisjoint(with: reading.stems)
    }

    /// Whether the passage names none of those the question requires, outside their own articles.
    static func missesEveryone(_ passage: Passage, _ reading: PassageReading, in context: Context) -> Bool {
        let present = Set(passage.names.map(\.id) + reading.carried.map(\.id))
        // In the article of someone the question names, a sentence about them will do.
        // Not when another person is asked of: "Orlov's son Pavel Orlov" must be named.
        let aboutArticleSubject = (reading.surname.map { reading.wordSet.contains($0) } == true || reading.namedByPronoun)
            && !context.required.contains { $0.id.hasPrefix("person:") }
        return !context.required.isEmpty && !context.homeDocuments.contains(passage.document) && !aboutArticleSubject
            && context.requiredIDs.isDisjoint(with: present) && !context.requiredNames.contains { $0.isSubset(of: reading.wordSet) }
    }
}
