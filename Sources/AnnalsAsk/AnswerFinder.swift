import AnnalsCore
import Foundation

/// Finds the answer to a question among passages: ranks them by how much of the
/// question they cover (its words, names and events, its year), takes from each the
/// candidates of the expected kind (a date for "when", a place for "where", never the
/// question's own names), and weighs the candidates by the passages behind them.
/// When the best passages disagree across sources it reports a conflict; when none
/// covers the question well enough, or none holds an answer of the expected kind, it
/// abstains.
public struct AnswerFinder: Sendable {
    /// Below this a passage is not taken to answer the question.
    public var threshold: Double
    /// Whether to say, in `Answering.explanation`, how each passage and candidate scored.
    public var explains: Bool

    public init(threshold: Double = 1.6, explains: Bool = false) {
        self.threshold = threshold
        self.explains = explains
    }

    /// - Parameters:
    ///   - questionEntities: the entities the question names.
    ///   - required: the entities (id and the name the question uses) a passage should name itself:
    ///     not the subject of its own article, who may be just "he".
    ///   - homeDocuments: documents exempt from naming `required` (the articles about them).
    ///   - preferredDocuments: the documents an "according to" names, when known.
    ///   - articleSubjects: for the articles about someone the question names, that one's name,
    ///     by document: there "he" or "she" is mostly them.
    ///   - documentSubjects: whom each article is about, by document: in it, "he helped Stalin"
    ///     answers "Who helped Stalin?" with that one.
    ///   - nameIDs: the entity each of the question's names resolves to, where one does.
    public func answer(_ question: Question, passages: [Passage], questionEntities: Set<String>, required: [(id: String, name: String)] = [],
                       homeDocuments: Set<Int> = [], preferredDocuments: Set<Int> = [], articleSubjects: [Int: String] = [:],
                       documentSubjects: [Int: Passage.Named] = [:], nameIDs: [String: String] = [:]) -> Answering {
        let requiredNames = required.map { Set(QuestionReader.words($0.name).map { $0.lowercased() }.filter { $0.count > 3 }) }.filter { !$0.isEmpty }
        let requiredIDs = Set(required.map(\.id))
        let keywordStems = Set(question.keywords.map(Self.stem))
        let eventWords = Set(question.events.flatMap(\.words).map(Self.stem))
        let toldWords = Set(EventType.telling(question.events).flatMap(\.words).map(Self.stem))
        let toldOtherwise = Set(keywordStems.intersection(toldWords).flatMap { RelatedWords.shipped.stems(relatedTo: $0) })
        let nameWords = Set(question.names.flatMap { QuestionReader.words($0) }.map { $0.lowercased() }.filter { $0.count > 2 })
        let nameStems = Set(nameWords.map(Self.stem))
        // Neighbouring content words of the question, not names.
        let questionWords = QuestionReader.words(question.text).map { $0.lowercased() }
        let questionWordSet = Set(questionWords)
        // (What the question says it is "according to" is its source, not what it asks of.)
        let namesAskedOf = Self.askedNames(question.names.filter { name in question.accordingTo.map { !$0.contains(name) && !name.contains($0) } ?? true },
                                           opening: QuestionReader.words(question.text).first, possessives: Self.possessives(in: question.text))
        let countedUnit = Self.countedUnit(question)
        let questionPairs = zip(questionWords, questionWords.dropFirst()).filter { pair in
            [pair.0, pair.1].allSatisfy { question.keywords.contains($0) && !nameWords.contains($0) }
        }.map { (Self.stem($0.0), Self.stem($0.1)) }
        // Whom the question asks of: a person it requires ("Trotsky's son Sergei Sedov"), else everyone it names.
        let askedPeople = required.contains { $0.id.hasPrefix("person:") } ? Set(required.map(\.id)) : questionEntities
        // "Who was his first wife?": the ordinal belongs to the asked noun.
        let ordinalBeforeHead = question.ordinal.flatMap { ordinal in
            question.head.flatMap { head in zip(questionWords, questionWords.dropFirst()).contains { $0 == ordinal.rawValue && $1 == head } ? (ordinal.rawValue, Self.stem(head)) : nil }
        }
        func writesOrdinalBeforeHead(_ words: [String]) -> Bool {
            guard let (ordinal, head) = ordinalBeforeHead else { return false }
            return zip(words, words.dropFirst()).contains { $0 == ordinal && Self.stem($1) == head }
        }
        // When some sentence writes "first wife", one that writes only "his wife" may mean another.
        // Each passage's words, split once for the whole question.
        let passageWords = passages.map { QuestionReader.words($0.text).map { $0.lowercased() } }
        let ordinalWritten = ordinalBeforeHead != nil && passageWords.contains(where: writesOrdinalBeforeHead)
        let stemmed = passageWords.map { $0.map(Self.stem) }
        let stemSets = stemmed.map(Set.init)
        let rarity = Self.rarity(of: keywordStems, in: stemSets)
        // The words a sentence may say for the question's ("found" for "discovered"; not for names): each
        // counts half of the word itself.
        var relatedStems = Dictionary(uniqueKeysWithValues: keywordStems.subtracting(nameStems).map { ($0, RelatedWords.shipped.stems(relatedTo: $0)) })
        // ("What did the guild call Orlov?": "the guild branded Orlov a traitor" names him too.)
        if question.asksNaming { for stem in keywordStems where Self.namingStems.contains(stem) { relatedStems[stem, default: []].formUnion(Self.namingStems) } }
        // The prepositions the question gives to a phrase of its own ("against the Duke"), not to its question word.
        let questionPrepositions = Set(zip(questionWords, questionWords.dropFirst()).filter { pair in
            AnswerWords.shipped.prepositions.contains(pair.0) && !AnswerWords.shipped.prepositions.contains(pair.1)
                && !AnswerWords.shipped.questionWords.contains(pair.1) && pair.0 != question.leadingPreposition
        }.map(\.0))
        // (Read off the question's words once, not for each passage and candidate.)
        let asksForRelative = question.asksForRelative, offersSentence = question.asksWhere || question.asksWho, offersChoice = !question.alternatives.isEmpty
        var candidates: [String: FoundAnswer] = [:]
        var explanation: [String] = []
        let maxRetrieval = max(passages.map(\.retrieval).max() ?? 1, 0.001)

        // The question's names that stand for an entity the passage names, or for its article's subject.
        let askedPeopleNames = Set(nameIDs.filter { $0.value.hasPrefix("person:") }.keys)
        // ("the Declaration of 46 (Platform of the 46)": a name in brackets is another name of the one before it.)
        let bracketed = Set(Self.bracketedWords(in: question.text))
        func metNames(_ passage: Passage) -> Set<String> {
            let present = Set((passage.names + passage.previousNames).map(\.id) + [documentSubjects[passage.document]?.id].compactMap { $0 })
            return Set(nameIDs.filter { present.contains($0.value) }.keys)
        }
        for (index, passage) in passages.enumerated() {
            let words = passageWords[index]
            let wordSet = Set(words)
            // In the article about the one asked of, "he" or "she" is mostly that one.
            let subjectWords = articleSubjects[passage.document].map { Set(QuestionReader.words($0).map { $0.lowercased() }) } ?? []
            let surname = articleSubjects[passage.document].flatMap { QuestionReader.words($0).last?.lowercased() }
            let namedByPronoun = surname.map { !wordSet.contains($0) } == true && !wordSet.isDisjoint(with: Self.subjectPronouns)
            // "Mara Liepa taught at Tukums. … she and Orlov married": a pronoun carries on someone the
            // sentence before named, when the question asks of them.
            let hasPronoun = !wordSet.isDisjoint(with: Self.subjectPronouns)
            let carried = hasPronoun ? passage.previousNames.filter { named in
                named.type == .person && questionEntities.contains(named.id) && !passage.names.contains { $0.id == named.id }
            } : []
            let passageStems = stemmed[index]
            var stems = stemSets[index]
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
            // Names count half: naming the question's people is rewarded on its own below.
            // A word few of the passages write says more than one most of them do.
            func weight(_ stem: String) -> Double { nameStems.contains(stem) ? 0.5 : 1.0 }
            func rareWeight(_ stem: String) -> Double { weight(stem) * (rarity[stem] ?? 1) }
            let covered = keywordStems.isEmpty ? 0 : keywordStems.intersection(stems).map(weight).reduce(0, +) / keywordStems.map(weight).reduce(0, +)
            // The question's words the sentence lacks and the one before it writes: the context it goes on from.
            let said = keywordStems.subtracting(stems).filter { !(relatedStems[$0] ?? []).isDisjoint(with: stems) }
            let paraphrased = keywordStems.isEmpty ? 0 : said.map(weight).reduce(0, +) / keywordStems.map(weight).reduce(0, +)
            let missing = keywordStems.subtracting(stems).subtracting(said)
            let before = missing.isEmpty || passage.previousText.isEmpty ? [] : Set(QuestionReader.words(passage.previousText).map { Self.stem($0.lowercased()) })
            let fromContext = keywordStems.isEmpty ? 0 : missing.intersection(before).map(weight).reduce(0, +) / keywordStems.map(weight).reduce(0, +)
            let coveredRare = keywordStems.isEmpty ? 0 : keywordStems.intersection(stems).map(rareWeight).reduce(0, +) / keywordStems.map(rareWeight).reduce(0, +)
            let namesFound = passage.names.contains { questionEntities.contains($0.id) } || !nameWords.isDisjoint(with: words)
            let eventFound = !toldWords.isDisjoint(with: stems) || !toldOtherwise.isDisjoint(with: stems)
            // The passage must speak of the event asked about (maybe in other words: "apprehended" for "arrested"),
            // and should name someone the question names besides the article's own subject.
            if question.verbNamesEvent, passage.fact == nil, !question.events.isEmpty, !eventFound {
                if explains { explanation.append("skip (no word of \(question.events.map(\.rawValue).sorted())) \(passage.source):\(passage.range.start)") }
                continue
            }
            if passage.fact == nil, let number = Self.unmetNumber(of: question, in: passage) {
                if explains { explanation.append("skip (neither writes nor is dated in \(number)) \(passage.source):\(passage.range.start)") }
                continue
            }
            if let head = question.head, !stems.contains(Self.stem(head)) {
                if explains { explanation.append("skip (no \"\(head)\") \(passage.source):\(passage.range.start)") }
                continue
            }
            let present = Set(passage.names.map(\.id) + carried.map(\.id))
            // In the article of someone the question names, a sentence about them will do.
            // Not when another person is asked of: "Trotsky's son Sergei Sedov" must be named.
            let aboutArticleSubject = (surname.map { wordSet.contains($0) } == true || namedByPronoun) && !required.contains { $0.id.hasPrefix("person:") }
            let missesEveryone = !required.isEmpty && !homeDocuments.contains(passage.document) && !aboutArticleSubject
                && requiredIDs.isDisjoint(with: present) && !requiredNames.contains { $0.isSubset(of: wordSet) }
            // A sentence in Goldman's article that names Goldman and not the one asked of is about Goldman.
            if missesEveryone, let own = documentSubjects[passage.document], !questionEntities.contains(own.id),
               passage.names.contains(where: { $0.id == own.id }) {
                if explains { explanation.append("skip (about \(own.name), its article's subject) \(passage.source):\(passage.range.start)") }
                continue
            }
            // "Leon Sedov died…" tells nothing of Sergei Sedov: a namesake stands where the one asked of should.
            if missesEveryone, required.contains(where: { asked in
                guard asked.id.hasPrefix("person:"), let surname = QuestionReader.words(asked.name).last?.lowercased() else { return false }
                // Slavic surnames take "-a" for women: Sedov, Sedova.
                return passage.names.contains { named in
                    let name = named.name.lowercased()
                    return named.type == .person && named.id != asked.id && (name.hasSuffix(" " + surname) || name.hasSuffix(" " + surname + "a"))
                }
            }) {
                if explains { explanation.append("skip (a namesake of the one asked of) \(passage.source):\(passage.range.start)") }
                continue
            }
            // A question that names someone asks of them: a sentence naming none of its names says less.
            // (In an article, its subject is named or meant everywhere: another name the question gives must be met.)
            let subject = documentSubjects[passage.document]?.name
            let subjectName = Set(subject.map { QuestionReader.words($0) } ?? [])
            let askedHere = namesAskedOf.count > 1 ? namesAskedOf.filter { !Set($0).isSubset(of: subjectName) } : namesAskedOf
            let unmet = passage.fact != nil ? nil : Self.unmetName(askedHere, in: passage, words: words, subject: subject)
            if let unmet, explains { explanation.append("less (does not name \(unmet)) \(passage.source):\(passage.range.start)") }
            // A question asks of everything it names: a sentence whose paragraph never names one of them does not answer it.
            // (Not where an event word only qualifies the question, "at the time of her arrest": a name in it dates, and the date is checked.)
            if passage.fact == nil, question.verbNamesEvent || question.events.isEmpty,
               let missing = Self.nameNowhereNear(askedHere.filter { Set($0).isDisjoint(with: bracketed) }, in: passage, words: words, subject: subject ?? articleSubjects[passage.document],
                                                  met: metNames(passage), people: hasPronoun ? askedPeopleNames : []) {
                if explains { explanation.append("skip (its paragraph never names \(missing)) \(passage.source):\(passage.range.start)") }
                continue
            }
            var score = (unmet == nil ? 0 : -0.4) + 2.0 * covered + 1.0 * paraphrased + 1.0 * (coveredRare - covered) + 0.6 * fromContext + (namesFound ? 0.8 : namedByPronoun ? 0.6 : 0) + (eventFound ? 0.6 : 0) + 0.4 * passage.retrieval / maxRetrieval
            // A claim about someone else than the one asked of is only a sentence.
            if passage.fact != nil, !missesEveryone { score += 1.0 }
            // The question's words in the question's order ("last words", "show trial") say more than each alone.
            if questionPairs.contains(where: { pair in zip(passageStems, passageStems.dropFirst()).contains { $0 == pair.0 && $1 == pair.1 } }) { score += 0.3 }
            // "the Soviet" after "the St. Petersburg Soviet": the head of the name is half of it.
            // Not for people: "Leon Sedov" is not "Sergei Sedov".
            let requiredHeads = required.filter { !$0.id.hasPrefix("person:") }.compactMap { QuestionReader.words($0.name).last?.lowercased() }
            if missesEveryone { score -= requiredHeads.contains(where: wordSet.contains) ? 0.2 : 0.8 }
            // "Lunacharsky wrote … his book" does not answer what Trotsky wrote.
            if let actor = question.actor, Self.someoneElseActs([Self.stem(actor.verb)], in: passage, asked: questionEntities) { score -= 0.6 }
            // "After Lenin's death in 1924" does not date Bukharin's; "Trotsky died" does not date his son's.
            else if question.expected != .person, !questionEntities.isEmpty, !eventWords.isEmpty,
                    Self.someoneElseActs(eventWords, in: passage, asked: askedPeople, askedWords: question.isPassive ? [] : questionWordSet) { score -= 0.6 }
            // "Which body did Trotsky chair?": a sentence without the act asked of ("chairman") says less.
            if let actor = question.actor, !Self.genericVerbs.contains(actor.verb), !stems.contains(Self.stem(actor.verb)) { score -= 0.4 }
            if !preferredDocuments.isEmpty { score += preferredDocuments.contains(passage.document) ? 0.5 : -0.5 }
            // "his first wife" answers "Who was his first wife?".
            if let ordinal = question.ordinal, words.contains(ordinal.rawValue) || (ordinal == .last && words.contains("final")) {
                score += 0.5
            }
            // "his first wife, Aleksandra" says it more than "his wife" said anywhere.
            if ordinalWritten { score += writesOrdinalBeforeHead(words) ? 0.5 : -0.5 }
            if let inYear { score += (inYear ? 1 : -1) * (ownDates.isEmpty ? 0.3 : 0.4) }
            if explains { explanation.append(String(format: "%.2f %@ %@:%d %@", score, passage.fact == nil ? "text" : "fact", passage.source, passage.range.start, String(passage.text.prefix(120)))) }
            guard score >= threshold else { continue }
            // Names are everywhere; the question's other words place the answer.
            var anchorStems = keywordStems.union(eventWords).subtracting(nameWords.map(Self.stem))
            for sense in Self.sameSense where !anchorStems.isDisjoint(with: sense) { anchorStems.formUnion(sense) }
            let anchors = positions(of: anchorStems, in: passage)
            // Where the passage names the one asked of (not an article's subject, who is everywhere).
            let askedAt = homeDocuments.isEmpty ? passage.names.filter { requiredIDs.contains($0.id) }.map(\.range) : []
            let asides = Self.asides(of: passage)
            let pieces = Self.spacedWords(of: passage)
            var extracted = extract(question, from: passage, excluding: questionEntities, nameWords: nameWords)
            if question.expected == .person, let subject = documentSubjects[passage.document], !questionEntities.contains(subject.id),
               let pronoun = Self.subjectPronoun(in: passage, for: subject) {
                extracted.append((subject.name, subject.name, pronoun))
            }
            // "Where did he die?" — "at the battle of the Narva ford": a sentence that names no place may still say where,
            // in a phrase the span ranker finds (`Slots/SpanRanker.swift`); one that names no one may say who, in the
            // phrase that fills the verb's slot ("by a band of river pirates"). ("Which city" asks for a city's name.)
            if extracted.isEmpty, offersSentence, passage.fact == nil { extracted = [(passage.text, passage.text, passage.range.start)] }
            // The gap between a candidate and the nearest of the question's words, in scalars.
            func gap(_ candidate: (String, String, Int)) -> Int {
                let start = candidate.2, end = candidate.2 + candidate.0.unicodeScalars.count
                return anchors.map { max(0, $0.start - end, start - $0.end) }.min() ?? 200
            }
            let nearest = extracted.filter { $0.2 != Self.fromFact }.map(gap).min() ?? 200
            for (text, value, at) in extracted {
                // What a matching claim says is where the answer is: no distance to pay.
                let distance = at == Self.fromFact ? 0 : gap((text, value, at))
                var candidateScore = score - Double(min(distance, 300)) / 300.0
                // "(he assumed the name in 1902) was born … 1879": an aside keeps its own date.
                if at != Self.fromFact, !anchors.isEmpty {
                    let own = asides(at)
                    if anchors.allSatisfy({ asides($0.start) != nil && asides($0.start) != own }) { candidateScore -= 0.2 }
                }
                // "From what year…" is answered by "from 1903".
                // The candidate nearest the question's words.
                if at != Self.fromFact, distance < 60, distance == nearest { candidateScore += 0.2 }
                // "Leon Sedov (b. 1906) and Sergei Sedov (b. 1908)": the date beside the one asked of.
                if at != Self.fromFact, askedAt.count > 0, passage.names.count > askedAt.count,
                   askedAt.contains(where: { abs($0.end - at) < 25 || abs(at - $0.start) < 25 }) { candidateScore += 0.1 }
                if question.expected == .place, question.asksForSettlement, NameLexicon.isRegion(value) { candidateScore -= 0.5 }
                // "Which continent…": "Asia", one by the dictionary, before "Pacific", an ocean.
                if question.expected == .place, let head = question.head, let fits = NounKinds.shipped.place(value, isA: head) { candidateScore += fits ? 0.3 : -0.3 }
                // "died in Gorki", "at his Gorki mansion" place it; "the Anschluss of Austria" does not.
                if question.expected == .place, at != Self.fromFact, !Self.followsLocative(at, in: pieces) { candidateScore -= 0.4 }
                // "Who was X's father?": the relative is named beside the kin word ("his father, David"), not anywhere.
                // ("the father of Orlov" names a child.)
                if question.expected == .person, at != Self.fromFact, asksForRelative, let head = question.head,
                   !anchors.contains(where: { Self.stem(head) == Self.stem(Self.text(of: $0, in: passage)) && Self.namesKin(at, after: $0, in: passage) }) {
                    continue
                }
                // "Leon Czolgosz, an unemployed worker and registered Republican …, shot": not the apposition's words.
                if question.expected == .person, at != Self.fromFact, Self.insideApposition(at, end: at + text.unicodeScalars.count, before: anchors, in: passage) {
                    candidateScore -= 0.4
                }
                if question.expected == .number, let unit = countedUnit, at != Self.fromFact {
                    candidateScore += Self.countScore(at: at, unit: unit, pieces: pieces, keywordStems: keywordStems)
                }
                // Read through a pronoun: a step less sure.
                if question.expected == .person, documentSubjects[passage.document]?.name == text,
                   !passage.names.contains(where: { $0.name == text }) { candidateScore -= 0.2 }
                // A body or a people answers "who" less surely than a person.
                if question.expected == .person, at != Self.fromFact,
                   passage.names.contains(where: { $0.range.start == at && $0.type != .person }) { candidateScore -= 0.3 }
                // "Who did she side with against the Duke?": a name after "against" fills the question's other phrase, not the asked one.
                if question.expected == .person, at != Self.fromFact, let before = Self.preposition(before: at, in: pieces),
                   questionPrepositions.contains(before) { candidateScore -= 0.4 }
                // A one-word "person" is often a capitalised common word ("Not Guilty").
                if question.expected == .person, at != Self.fromFact, !text.contains(" ") { candidateScore -= 0.3 }
                // "What was the alliance called?": "became known as the United Opposition".
                if question.asksWhatItWasCalled, at != Self.fromFact, Self.isNamedThere(at, in: pieces) { candidateScore += 0.5 }
                if let preposition = question.leadingPreposition, at != Self.fromFact,
                   Self.word(before: at, in: pieces)?.lowercased() == preposition { candidateScore += 0.3 }
                if question.expected == .date { candidateScore += Self.dateScore(value, at: at, question: question, passage: passage) }
                if explains { explanation.append(String(format: "    %.2f %@ (%@)", candidateScore, text, value)) }
                // (A whole sentence where a place or a person was asked, or one of the answers a question offers, is text.)
                let kind: AnswerKind = [.place, .person].contains(question.expected) && text == passage.text || offersChoice ? .text : question.expected
                Self.record(FoundAnswer(kind: kind, text: text, value: value, passages: [index], score: candidateScore),
                            from: "\(passage.document):\(passage.range.start)", expected: question.expected, in: &candidates)
            }
        }
        return settle(candidates, question: question, passages: passages, explanation: explanation)
    }
}
