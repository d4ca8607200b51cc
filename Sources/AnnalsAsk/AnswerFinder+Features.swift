import AnnalsCore
import Foundation

/// The named features a passage and a candidate answer show, in a fixed order (the score is
/// summed in it, the same in every run); ``AnswerWeights`` weighs them.
extension AnswerFinder {
    /// What passage `index` shows of the question: how much of its words (as written, said
    /// otherwise, in the sentence before), whether it names whom the question names, speaks of
    /// its event, holds a claim, is of the asked year and document.
    func features(of index: Int, _ reading: PassageReading, unmet: String?, missesEveryone: Bool, in context: Context) -> [(String, Double)] {
        let passage = context.passages[index], question = context.question, keywords = context.keywordStems, stems = reading.stems
        // Names count half: naming the question's people is rewarded on its own below.
        func weight(_ stem: String) -> Double { context.nameStems.contains(stem) ? 0.5 : 1.0 }
        func rareWeight(_ stem: String) -> Double { weight(stem) * (context.rarity[stem] ?? 1) }
        func share(_ found: Set<String>, _ weight: (String) -> Double) -> Double {
            keywords.isEmpty ? 0 : found.map(weight).reduce(0, +) / keywords.map(weight).reduce(0, +)
        }
        let covered = share(keywords.intersection(stems), weight)
        // The question's words the sentence says otherwise, and those the sentence before writes: the context it goes on from.
        let said = keywords.subtracting(stems).filter { !(context.relatedStems[$0] ?? []).isDisjoint(with: stems) }
        let missing = keywords.subtracting(stems).subtracting(said)
        let before = missing.isEmpty || passage.previousText.isEmpty ? [] : Set(QuestionReader.words(passage.previousText).map { Self.stem($0.lowercased()) })
        let namesFound = passage.names.contains { context.questionEntities.contains($0.id) } || !context.nameWords.isDisjoint(with: reading.words)
        var features: [(String, Double)] = [
            ("does not name one asked of", unmet == nil ? 0 : 1),
            ("question words written", covered),
            ("question words said otherwise", share(said, weight)),
            ("rare question words written", share(keywords.intersection(stems), rareWeight) - covered),
            ("question words in the sentence before", share(missing.intersection(before), weight)),
            ("names one the question names", namesFound ? 1 : 0),
            ("a pronoun for the article's subject", !namesFound && reading.namedByPronoun ? 1 : 0),
            ("writes the event asked of", Self.eventFound(reading, in: context) ? 1 : 0),
            ("retrieval score against the best", passage.retrieval / context.maxRetrieval),
        ]
        // The passage should speak of the event the question's verb names (maybe in other words: "apprehended" for "arrested").
        if question.verbNamesEvent, passage.fact == nil, !question.events.isEmpty, !Self.eventFound(reading, in: context) {
            features.append(("no word of the event its verb names", 1))
        }
        // A claim about someone else than the one asked of is only a sentence.
        if passage.fact != nil, !missesEveryone { features.append(("a claim", 1)) }
        // The question's words in the question's order ("last words", "show trial") say more than each alone.
        let passageStems = context.stemmed[index]
        if context.questionPairs.contains(where: { pair in zip(passageStems, passageStems.dropFirst()).contains { $0 == pair.0 && $1 == pair.1 } }) {
            features.append(("two question words in its order", 1))
        }
        features += misattributions(of: passage, reading, missesEveryone: missesEveryone, in: context)
        if !context.preferredDocuments.isEmpty {
            features.append((context.preferredDocuments.contains(passage.document) ? "in the source it is according to" : "not in the source it is according to", 1))
        }
        // "his first wife" answers "Who was his first wife?".
        if let ordinal = question.ordinal, reading.words.contains(ordinal.rawValue) || (ordinal == .last && reading.words.contains("final")) {
            features.append(("writes the asked ordinal", 1))
        }
        // "his first wife, Vera" says it more than "his wife" said anywhere.
        if context.ordinalWritten {
            features.append((context.writesOrdinalBeforeHead(reading.words) ? "the ordinal before the asked noun" : "the asked noun without the ordinal others write", 1))
        }
        if let inYear = reading.inYear { features.append((reading.ownDates.isEmpty ? "in the asked year by dates before it" : "in the asked year by its own date", inYear ? 1 : -1)) }
        return features
    }

    /// Features that say the passage tells of another than the one asked of: it names none of
    /// them, someone else does the act, it lacks the act.
    func misattributions(of passage: Passage, _ reading: PassageReading, missesEveryone: Bool, in context: Context) -> [(String, Double)] {
        let question = context.question
        var features: [(String, Double)] = []
        // "the Council" after "the Varlow Council": the head of the name is half of it.
        // Not for people: "Ivan Orlov" is not "Pavel Orlov".
        let requiredHeads = context.required.filter { !$0.id.hasPrefix("person:") }.compactMap { QuestionReader.words($0.name).last?.lowercased() }
        if missesEveryone {
            features.append((requiredHeads.contains(where: reading.wordSet.contains) ? "names only the head of one asked of" : "names none asked of", 1))
        }
        // "Lanin wrote … his book" does not answer what Orlov wrote.
        if let actor = question.actor, Self.someoneElseActs([Self.stem(actor.verb)], in: passage, asked: context.questionEntities) {
            features.append(("someone else does the act", 1))
        }
        // "After Lanin's death in 1924" does not date Orlov's; "Orlov died" does not date his son's.
        else if question.expected != .person, !context.questionEntities.isEmpty, !context.eventWords.isEmpty,
                Self.someoneElseActs(context.eventWords, in: passage, asked: context.askedPeople, askedWords: question.isPassive ? [] : context.questionWordSet) {
            features.append(("someone else does the act", 1))
        }
        // "Which body did Orlov chair?": a sentence without the act asked of ("chairman") says less.
        if let actor = question.actor, !Self.genericVerbs.contains(actor.verb), !reading.stems.contains(Self.stem(actor.verb)) {
            features.append(("lacks the act asked of", 1))
        }
        return features
    }
}

extension AnswerFinder {
    /// What a candidate answer (`text`, read as `value`, at offset `at`, or from a claim) shows:
    /// how far it stands from the question's words, whether it follows the right preposition,
    /// whether it is the kind of place, person, count or date asked for.
    func candidateFeatures(_ text: String, _ value: String, _ at: Int, nearest: Int, place: CandidatePlace, in context: Context) -> [(String, Double)] {
        let question = context.question, passage = place.passage, written = at != Self.fromFact
        // What a matching claim says is where the answer is: no distance to pay.
        let distance = written ? place.gap((text, value, at)) : 0
        var features: [(String, Double)] = [("distance to the question's words", Double(min(distance, 300)) / 300.0)]
        // "(he assumed the name in 1902) was born … 1879": an aside keeps its own date.
        if written, !place.anchors.isEmpty {
            let own = place.asides(at)
            if place.anchors.allSatisfy({ place.asides($0.start) != nil && place.asides($0.start) != own }) { features.append(("in another aside than the question's words", 1)) }
        }
        // The candidate nearest the question's words.
        if written, distance < 60, distance == nearest { features.append(("nearest the question's words", 1)) }
        // "Ivan Orlov (b. 1906) and Pavel Orlov (b. 1908)": the date beside the one asked of.
        if written, place.askedAt.count > 0, passage.names.count > place.askedAt.count,
           place.askedAt.contains(where: { abs($0.end - at) < 25 || abs(at - $0.start) < 25 }) { features.append(("beside the one asked of", 1)) }
        let saysAskedNoun = Self.says(context.askedNoun, in: value)
        if saysAskedNoun { features.append(("says the asked noun", 1)) }
        if question.expected == .place {
            if question.asksForSettlement, NameLexicon.isRegion(value) { features.append(("a region where a settlement is asked", 1)) }
            // "Which continent…": "Asia", one by the dictionary, before "Pacific", an ocean.
            if let head = question.head, let fits = NounKinds.shipped.place(value, isA: head) { features.append(("the asked kind of place", fits ? 1 : -1)) }
            // "died in Varlow", "at his Varlow house" place it; "the annexation of Dorvik" does not. A place the text
            // calls by the asked noun ("a monastery, the Velmont Priory", "the fortress of Dorvik") is the one asked for.
            if written, !saysAskedNoun, !Self.followsLocative(at, in: place.pieces), !Self.calledBy(context.askedNoun, at: at, in: place.pieces) {
                features.append(("a place after no locative", 1))
            }
        }
        if question.expected == .person { features += personFeatures(text, at, place: place, in: context) }
        if question.expected == .number, let unit = context.countedUnit, written {
            features.append(("counts the asked unit", Self.countScore(at: at, unit: unit, pieces: place.pieces, keywordStems: context.keywordStems)))
        }
        // "What was the alliance called?": "became known as the United Opposition".
        if question.asksWhatItWasCalled, written, Self.isNamedThere(at, in: place.pieces) { features.append(("named there", 1)) }
        // "From what year…" is answered by "from 1903".
        if let preposition = question.leadingPreposition, written, Self.word(before: at, in: place.pieces)?.lowercased() == preposition {
            features.append(("after the question's own preposition", 1))
        }
        if question.expected == .date { features.append(("suits the asked date", Self.dateScore(value, at: at, question: question, passage: passage))) }
        return features
    }

    /// What a candidate for "who" shows: whether it stands in an apposition, is read through a
    /// pronoun, is a body rather than a person, follows the question's other preposition.
    func personFeatures(_ text: String, _ at: Int, place: CandidatePlace, in context: Context) -> [(String, Double)] {
        let passage = place.passage, written = at != Self.fromFact
        var features: [(String, Double)] = []
        // "Pavel Lanin, a clerk and known radical …, shot": not the apposition's words.
        if written, Self.insideApposition(at, end: at + text.unicodeScalars.count, before: place.anchors, in: passage) {
            features.append(("inside an apposition", 1))
        }
        // Read through a pronoun: a step less sure.
        if context.documentSubjects[passage.document]?.name == text, !passage.names.contains(where: { $0.name == text }) {
            features.append(("read through a pronoun", 1))
        }
        // A body or a people answers "who" less surely than a person.
        if written, passage.names.contains(where: { $0.range.start == at && $0.type != .person }) { features.append(("a body or a people for who", 1)) }
        // "Who did she side with against the Duke?": a name after "against" fills the question's other phrase, not the asked one.
        if written, let before = Self.preposition(before: at, in: place.pieces), context.questionPrepositions.contains(before) {
            features.append(("after the question's other preposition", 1))
        }
        // A one-word "person" is often a capitalised common word ("Not Guilty").
        if written, !text.contains(" ") { features.append(("a one-word person", 1)) }
        return features
    }
}
