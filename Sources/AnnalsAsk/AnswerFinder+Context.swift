import AnnalsCore
import Foundation

extension AnswerFinder {
    /// What the finder reads off a question and its passages once, before weighing any of them:
    /// the question's words as stems, the names it asks of, the words a sentence may say for its
    /// own, and each passage's words split and stemmed.
    struct Context {
        let question: Question
        let passages: [Passage]
        /// The entities the question names, and those a passage should name itself (see ``AnswerFinder/answer(_:passages:questionEntities:required:homeDocuments:preferredDocuments:articleSubjects:documentSubjects:nameIDs:)``).
        let questionEntities: Set<String>
        let required: [(id: String, name: String)]
        let homeDocuments: Set<Int>
        let preferredDocuments: Set<Int>
        let articleSubjects: [Int: String]
        let documentSubjects: [Int: Passage.Named]
        let nameIDs: [String: String]

        let requiredNames: [Set<String>]
        let requiredIDs: Set<String>
        let keywordStems: Set<String>
        let eventWords: Set<String>
        let toldWords: Set<String>
        let toldOtherwise: Set<String>
        let nameWords: Set<String>
        let nameStems: Set<String>
        /// The question's words, lower-cased.
        let questionWords: [String]
        let questionWordSet: Set<String>
        let namesAskedOf: [[String]]
        let countedUnit: String?
        /// Neighbouring content words of the question, not names, as stems.
        let questionPairs: [(String, String)]
        /// Whom the question asks of: a person it requires ("Orlov's son Pavel Orlov"), else everyone it names.
        let askedPeople: Set<String>
        /// "Who was his first wife?": the ordinal and the asked noun's stem it stands before.
        let ordinalBeforeHead: (String, String)?
        /// The words a sentence may say for the question's ("found" for "discovered"; not for names).
        let relatedStems: [String: Set<String>]
        /// The prepositions the question gives to a phrase of its own ("against the Duke"), not to its question word.
        let questionPrepositions: Set<String>
        /// The question's names that stand for a person.
        let askedPeopleNames: Set<String>
        /// ("the Charter of Ten (Letter of the Ten)": a name in brackets is another name of the one before it.)
        let bracketed: Set<String>

        /// Each passage's words lower-cased, their stems, and the set of those stems.
        let passageWords: [[String]]
        let stemmed: [[String]]
        let stemSets: [Set<String>]
        /// A word few of the passages write says more than one most of them do.
        let rarity: [String: Double]
        /// When some sentence writes "first wife", one that writes only "his wife" may mean another.
        let ordinalWritten: Bool
        let maxRetrieval: Double
        /// Whether the question asks for a relative, takes a whole sentence for "where" and "who", or offers a choice
        /// (read off its words once, not for each passage and candidate).
        let asksForRelative: Bool
        let offersSentence: Bool
        let offersChoice: Bool
        /// The noun a "what" or "which" question asks for ("university" of "What university…").
        let askedNoun: String?
    }
}

extension AnswerFinder.Context {
    init(_ question: Question, passages: [Passage], questionEntities: Set<String>, required: [(id: String, name: String)], homeDocuments: Set<Int>,
         preferredDocuments: Set<Int>, articleSubjects: [Int: String], documentSubjects: [Int: Passage.Named], nameIDs: [String: String]) {
        typealias Finder = AnswerFinder
        (self.question, self.passages, self.questionEntities, self.required) = (question, passages, questionEntities, required)
        (self.homeDocuments, self.preferredDocuments, self.articleSubjects, self.documentSubjects, self.nameIDs) =
            (homeDocuments, preferredDocuments, articleSubjects, documentSubjects, nameIDs)
        requiredNames = required.map { Set(QuestionReader.words($0.name).map { $0.lowercased() }.filter { $0.count > 3 }) }.filter { !$0.isEmpty }
        requiredIDs = Set(required.map(\.id))
        keywordStems = Set(question.keywords.map(Finder.stem))
        eventWords = Set(question.events.flatMap(\.words).map(Finder.stem))
        toldWords = Set(EventType.telling(question.events).flatMap(\.words).map(Finder.stem))
        toldOtherwise = Set(keywordStems.intersection(toldWords).flatMap { RelatedWords.shipped.stems(relatedTo: $0) })
        nameWords = Set(question.names.flatMap { QuestionReader.words($0) }.map { $0.lowercased() }.filter { $0.count > 2 })
        nameStems = Set(nameWords.map(Finder.stem))
        questionWords = QuestionReader.words(question.text).map { $0.lowercased() }
        questionWordSet = Set(questionWords)
        // (What the question says it is "according to" is its source, not what it asks of.)
        namesAskedOf = Finder.askedNames(question.names.filter { name in question.accordingTo.map { !$0.contains(name) && !name.contains($0) } ?? true },
                                         opening: QuestionReader.words(question.text).first, possessives: Finder.possessives(in: question.text))
        countedUnit = Finder.countedUnit(question)
        let (keywords, names) = (question.keywords, nameWords)
        questionPairs = zip(questionWords, questionWords.dropFirst()).filter { pair in
            [pair.0, pair.1].allSatisfy { keywords.contains($0) && !names.contains($0) }
        }.map { (Finder.stem($0.0), Finder.stem($0.1)) }
        askedPeople = required.contains { $0.id.hasPrefix("person:") } ? Set(required.map(\.id)) : questionEntities
        let words = questionWords
        ordinalBeforeHead = question.ordinal.flatMap { ordinal in
            question.head.flatMap { head in zip(words, words.dropFirst()).contains { $0 == ordinal.rawValue && $1 == head } ? (ordinal.rawValue, Finder.stem(head)) : nil }
        }
        var related = Dictionary(uniqueKeysWithValues: keywordStems.subtracting(nameStems).map { ($0, RelatedWords.shipped.stems(relatedTo: $0)) })
        // ("What did the guild call Orlov?": "the guild branded Orlov a traitor" names him too.)
        if question.asksNaming { for stem in keywordStems where Finder.namingStems.contains(stem) { related[stem, default: []].formUnion(Finder.namingStems) } }
        relatedStems = related
        let leading = question.leadingPreposition
        questionPrepositions = Set(zip(words, words.dropFirst()).filter { pair in
            AnswerWords.shipped.prepositions.contains(pair.0) && !AnswerWords.shipped.prepositions.contains(pair.1)
                && !AnswerWords.shipped.questionWords.contains(pair.1) && pair.0 != leading
        }.map(\.0))
        askedPeopleNames = Set(nameIDs.filter { $0.value.hasPrefix("person:") }.keys)
        bracketed = Set(Finder.bracketedWords(in: question.text))
        passageWords = passages.map { QuestionReader.words($0.text).map { $0.lowercased() } }
        stemmed = passageWords.map { $0.map(Finder.stem) }
        stemSets = stemmed.map(Set.init)
        rarity = Finder.rarity(of: keywordStems, in: stemSets)
        maxRetrieval = max(passages.map(\.retrieval).max() ?? 1, 0.001)
        (asksForRelative, offersSentence, offersChoice) = (question.asksForRelative, question.asksWhere || question.asksWho, !question.alternatives.isEmpty)
        askedNoun = QuestionReader.askedNoun(words)
        let ordinal = ordinalBeforeHead
        ordinalWritten = ordinal != nil && passageWords.contains { Self.writes(ordinal, in: $0) }
    }

    /// Whether `words` write the question's ordinal right before its asked noun ("first wife").
    static func writes(_ ordinalBeforeHead: (String, String)?, in words: [String]) -> Bool {
        guard let (ordinal, head) = ordinalBeforeHead else { return false }
        return zip(words, words.dropFirst()).contains { $0 == ordinal && AnswerFinder.stem($1) == head }
    }

    func writesOrdinalBeforeHead(_ words: [String]) -> Bool { Self.writes(ordinalBeforeHead, in: words) }

    /// The question's names that stand for an entity the passage names, or for its article's subject.
    func metNames(_ passage: Passage) -> Set<String> {
        let present = Set((passage.names + passage.previousNames).map(\.id) + [documentSubjects[passage.document]?.id].compactMap { $0 })
        return Set(nameIDs.filter { present.contains($0.value) }.keys)
    }

}
