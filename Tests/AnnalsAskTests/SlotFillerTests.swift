import Testing
import AnnalsGrammar
import AnnalsCore
@testable import AnnalsAsk

/// A question's slot read from its parse (``QuestionFrame``), and the phrase of a sentence
/// that fills it (``SlotFiller``). Questions and sentences written for the tests.
struct SlotFillerTests {
    static let grammar = try? ReadingGrammar.shipped()

    static func frame(_ question: String) throws -> QuestionFrame? {
        let grammar = try #require(Self.grammar)
        let scalars = Array(question.unicodeScalars)
        return QuestionFrame(words: grammar.analyse(scalars, sentence: 0..<scalars.count).words)
    }

    @Test(arguments: [
        ("Who drafted the new charter?", QuestionFrame.Slot.subject, "draft", false),
        ("Who was hired by the mayor?", .subject, "hire", true),
        ("What did Anna Petrova write in prison?", .object, "write", false),
        ("What city did Anna Petrova build in 1703?", .object, "build", false),
        ("Which painter designed the chapel?", .subject, "design", false),
        ("Which American Marxist described the quarrel in his memoirs?", .subject, "describe", false),
        ("In what did the monks hide the books?", .oblique("in"), "hide", false),
        ("What did the monks hide the books in?", .oblique("in"), "hide", false),
        ("Why did the council ban the paper?", .reason, "ban", false),
        ("What did the bishop call the rebels?", .complement, "call", false),
        ("What is this doctrine of royal power called?", .complement, "call", true),
        ("How did the prisoners escape from the fort?", .manner, "escape", false),
        // A verb that passes its subject on asks of the verb after it.
        ("Who helped build the stone bridge?", .subject, "build", false),
        // A noun of time after the verb says when: no second object.
        ("What did the weavers form the following year?", .object, "form", false),
    ] as [(String, QuestionFrame.Slot, String, Bool)])
    func aQuestionAsksForASlotOfItsVerb(question: String, slot: QuestionFrame.Slot, predicate: String, passive: Bool) throws {
        let frame = try #require(try Self.frame(question), "no frame for \(question)")
        #expect(frame.slot == slot)
        #expect(frame.predicate == predicate)
        #expect(frame.isPassive == passive)
    }

    @Test(arguments: [
        // A definition, a verb that only says something happened: no verb's slot to fill.
        "What is the capital of Latvia?",
        "What happened to the fleet in 1905?",
    ])
    func someQuestionsAskNoSlotOfAVerb(question: String) throws {
        #expect(try Self.frame(question) == nil)
    }

    @Test(arguments: [
        // The agent, in the active and through the passive's "by".
        ("Who drafted the new charter?", "In 1905 the young lawyer Ivan Sokolov drafted the new charter for the guild.", "the young lawyer Ivan Sokolov"),
        ("Who drafted the new charter?", "The new charter was drafted by a committee of three bishops in 1905.", "a committee of three bishops"),
        ("Which American Marxist described the quarrel in his memoirs?", "The quarrel was described by the American Marxist Carl Holm in his memoirs.",
         "the American Marxist Carl Holm"),
        ("Who helped build the stone bridge?", "The stone bridge was built by masons from Ulm in 1410.", "masons from Ulm"),
        // The subject a verb hands on: whoever refused with a complement of their own is the one asked.
        ("Who refused to let Anna Petrova join her brother?", "Anna Petrova wanted to join her brother, but their uncle refused to allow it.", "their uncle"),
        // Another word for the same event says it too.
        ("Who banished the poet?", "In 1820 the Tsar exiled the poet to the south.", "the Tsar"),
        // The patient: an object, a passive's subject, the noun a relative clause describes.
        ("What did the guild publish in 1906?", "In 1906 the guild published a short history of the town's bridges.", "a short history of the town's bridges"),
        ("What did the guild publish in 1906?", "The book which the guild published in 1906 was lost in the fire.", "The book"),
        // A pronoun with a relative clause is a phrase of its own.
        ("What does the guild exam decide?", "Apprentices sit the guild exam, which decides those who may open a workshop.", "those who may open a workshop"),
        // The phrase after the asked preposition, wherever the question puts it.
        ("What did the monks hide the books in?", "Fearing the raid, the monks hid the books in empty herring barrels.", "empty herring barrels"),
        // What something is called, beside the object.
        ("What did the bishop call the rebels?", "In his sermon the bishop called the rebels a plague upon the land.", "a plague upon the land"),
        ("What is this doctrine of royal power called?", "Kings ruled under a doctrine of royal power called the Mandate of the Crown.", "the Mandate of the Crown"),
        ("What is this doctrine of royal power called?", "The doctrine of royal power is known as the Mandate of the Crown.", "the Mandate of the Crown"),
        // A reason and a manner.
        ("Why did the council ban the paper?", "The council banned the paper because it printed the names of informers.", "it printed the names of informers"),
        ("Why was the poet expelled from the academy?", "Expelled from the academy for writing verses against the governor, the poet left for Paris.",
         "writing verses against the governor"),
        // A phrase whose noun names a reason, and a clause of purpose.
        ("Why did the guild close the market?", "In response to the new tithe, the guild closed the market for a week.", "response to the new tithe"),
        ("Why did the abbot sell the forest?", "The abbot sold the forest in order to rebuild the chapter house.", "to rebuild the chapter house"),
        ("How did the prisoners escape from the fort?", "The prisoners escaped from the fort by digging a tunnel under the wall.", "digging a tunnel under the wall"),
        // A noun of the event, where no verb says it: what it was done to after "of", the doer after "by".
        ("What did the weavers form in 1790?", "In 1790 the strike led to the formation of the Harrow Union.", "the Harrow Union"),
        ("Who invaded Dorvik?", "The invasion of Dorvik by the Danes ended the truce.", "the Danes"),
        ("What did the Danes invade?", "The Danes' invasion of Dorvik ended the truce.", "Dorvik"),
    ])
    func aSentenceFillsTheSlot(question: String, sentence: String, answer: String) throws {
        let grammar = try #require(Self.grammar)
        let frame = try #require(try Self.frame(question))
        #expect(SlotFiller(grammar: grammar).fill(frame, in: sentence)?.text == answer)
    }

    @Test(arguments: [
        // Another verb, a sentence that shares too few of the question's words, an answer that is only a pronoun
        // or only the question's own words.
        ("Who drafted the new charter?", "In 1905 the lawyer Ivan Sokolov signed the new charter."),
        ("Who drafted the new charter?", "Ivan Sokolov drafted a letter to his sister."),
        ("Who drafted the new charter?", "After the strike, he drafted the new charter."),
        ("Which bishop drafted the charter?", "The charter was drafted by several bishops."),
        // A verb said not to have happened.
        ("Who drafted the new charter?", "The lawyer Ivan Sokolov never drafted the new charter."),
        ("Who drafted the new charter?", "The lawyer Ivan Sokolov did not draft the new charter, though he was asked to."),
    ])
    func aSentenceThatDoesNotSayItFillsNothing(question: String, sentence: String) throws {
        let grammar = try #require(Self.grammar)
        let frame = try #require(try Self.frame(question))
        #expect(SlotFiller(grammar: grammar).fill(frame, in: sentence) == nil)
    }

    @Test func aQuestionThatDeniesItsVerbIsFilledByASentenceThatDeniesItToo() throws {
        let grammar = try #require(Self.grammar)
        let frame = try #require(try Self.frame("Who never signed the treaty?"))
        #expect(SlotFiller(grammar: grammar).fill(frame, in: "The old envoy never signed the treaty.")?.text == "The old envoy")
        #expect(SlotFiller(grammar: grammar).fill(frame, in: "The old envoy signed the treaty.") == nil)
    }

    @Test func anAnswerFromASentenceDenyingTheVerbIsDropped() throws {
        let grammar = try #require(Self.grammar)
        let text = "In 1721 the envoy Ivan Orlov did not sign the treaty."
        var passage = Self.passage(text, retrieval: 2)
        let start = Array(text.unicodeScalars).indices.first { Array(text.unicodeScalars)[$0...].starts(with: Array("Ivan Orlov".unicodeScalars)) } ?? 0
        passage.names = [Passage.Named(range: TextRange(start: start, end: start + 10), name: "Ivan Orlov", id: "person:ivan orlov", type: .person)]
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: "Ivan Orlov", value: "Ivan Orlov", passages: [0], score: 1)])
        #expect(SlotFiller(grammar: grammar).refine(found, question: "Who signed the treaty?", passages: [passage]).status == .notFound)
        // Said without the denial, it stands.
        let said = Self.passage("In 1721 the envoy Ivan Orlov signed the treaty.", retrieval: 2)
        #expect(SlotFiller(grammar: grammar).refine(found, question: "Who signed the treaty?", passages: [said]).status == .answered)
    }

    @Test func aWholeSentenceSharingOnlyTheQuestionsNamesIsNoAnswer() throws {
        let grammar = try #require(Self.grammar)
        let question = "Which college did Hugh Arden attend at Oxford?"
        let aside = Self.passage("At supper Hugh Arden read the letters of his sister aloud.", retrieval: 2)
        let whole = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: aside.text, value: aside.text, passages: [0], score: 1)])
        #expect(SlotFiller(grammar: grammar).refine(whole, question: question, passages: [aside]).status == .notFound)
        // One that shares a word of the question besides the names still answers.
        let told = Self.passage("Hugh Arden went up to Oxford, where he attended Corpus College for three years.", retrieval: 2)
        let answered = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: told.text, value: told.text, passages: [0], score: 1)])
        #expect(SlotFiller(grammar: grammar).refine(answered, question: question, passages: [told]).status == .answered)
        // So does one with the noun the question asks for, or with two of its names.
        for (asked, text) in [("What tax did Hugh Arden raise?", "In his last year Hugh Arden doubled the salt tax."),
                              ("What happened to Hugh Arden's son Tom?", "While Arden was away in Leith, Tom drowned in the river.")] {
            let sentence = Self.passage(text, retrieval: 2)
            let whole = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: text, value: text, passages: [0], score: 1)])
            #expect(SlotFiller(grammar: grammar).refine(whole, question: asked, passages: [sentence]).status == .answered, "\(asked)")
        }
    }

    static func passage(_ text: String, retrieval: Double) -> Passage {
        Passage.written(text, retrieval: retrieval)
    }

    @Test func aSentenceAnswerIsCutToThePhraseAndANotFoundIsAnsweredOnlyByASentenceSayingItAll() throws {
        let grammar = try #require(Self.grammar)
        let filler = SlotFiller(grammar: grammar)
        let question = "What did the monks hide the books in?"
        let passages = [Self.passage("Fearing the raid, the monks hid the books in empty herring barrels.", retrieval: 3),
                        Self.passage("The monks hid in the forest.", retrieval: 5)]
        // A whole sentence given as the answer is cut to the phrase that fills the slot.
        let whole = Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: passages[0].text, value: passages[0].text, passages: [0], score: 1)])
        #expect(filler.refine(whole, question: question, passages: passages).answers.first?.text == "empty herring barrels")
        // Where nothing was found, a retrieved sentence with the question's verb and all its words answers.
        let nothing = Answering(status: .notFound, answers: [])
        #expect(filler.refine(nothing, question: question, passages: passages).answers.first?.text == "empty herring barrels")
        // One that lacks some of them does not.
        #expect(filler.refine(nothing, question: question, passages: [passages[1]]).status == .notFound)
    }

    @Test func anEntityAnswerIsTheOneTheFilledSlotNames() throws {
        let grammar = try #require(Self.grammar)
        let text = "Anna Petrova founded the city of Tver in 1703, in Karelia."
        func named(_ name: String) -> Passage.Named {
            let scalars = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
            let start = scalars.indices.first { scalars[$0...].starts(with: needle) } ?? 0
            return Passage.Named(range: TextRange(start: start, end: start + needle.count), name: name, id: "place:\(name.lowercased())", type: .place)
        }
        var passage = Self.passage(text, retrieval: 2)
        passage.names = [named("Tver"), named("Karelia")]
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .place, text: "Karelia", value: "Karelia", passages: [0], score: 1)])
        let refined = SlotFiller(grammar: grammar).refine(found, question: "What city did Anna Petrova found in 1703?", passages: [passage])
        #expect(refined.answers.first?.text == "Tver")
        // An answer the slot's phrase names already stays.
        let right = Answering(status: .answered, answers: [FoundAnswer(kind: .place, text: "Tver", value: "Tver", passages: [0], score: 1)])
        #expect(SlotFiller(grammar: grammar).refine(right, question: "What city did Anna Petrova found in 1703?", passages: [passage]).answers.first?.text == "Tver")
    }

    @Test func whoMayBeABodyTheFilledSlotNames() throws {
        let grammar = try #require(Self.grammar)
        let text = "Soon after the wedding, Ivan Orlov's wife Vera was seized by the Marl League."
        var passage = Self.passage(text, retrieval: 2)
        func named(_ name: String, _ type: EntityType) -> Passage.Named {
            let scalars = Array(text.unicodeScalars), needle = Array(name.unicodeScalars)
            let start = scalars.indices.first { scalars[$0...].starts(with: needle) } ?? 0
            return Passage.Named(range: TextRange(start: start, end: start + name.unicodeScalars.count), name: name, id: "\(type.rawValue):\(name.lowercased())", type: type)
        }
        passage.names = [named("Ivan Orlov", .person), named("Vera", .person), named("Marl League", .org)]
        let found = Answering(status: .answered, answers: [FoundAnswer(kind: .person, text: "Vera", value: "Vera", passages: [0], score: 1)])
        let refined = SlotFiller(grammar: grammar).refine(found, question: "Who seized Ivan Orlov's wife?", passages: [passage])
        #expect(refined.answers.first?.value == "Marl League")
    }

    @Test func whereAndWhoAreAnsweredByAPhraseWhereNoOneIsNamed() throws {
        let grammar = try #require(Self.grammar)
        func ask(_ question: String, _ text: String) -> Answering {
            let passage = AnswerFinderTests.passage(text, names: [("Ivan Orlov", .person)])
            let found = AnswerFinder().answer(QuestionReader().read(question), passages: [passage], questionEntities: ["person:ivan orlov"])
            return SlotFiller(grammar: grammar).refine(found, question: question, passages: [passage])
        }
        let battle = "Ivan Orlov was wounded at the battle of the Narva ford."
        #expect(ask("Where was Ivan Orlov wounded?", battle).answers.first?.text == "the battle of the Narva ford")
        // "Which city" asks for a city's name, which the sentence does not give.
        #expect(ask("In which city was Ivan Orlov wounded?", battle).status == .notFound)
        // A sentence with no phrase of place says nothing of where.
        #expect(ask("Where was Ivan Orlov wounded?", "Ivan Orlov was wounded twice by the spring of that year.").status == .notFound)
        // "Who" is answered by the phrase that fills its verb's slot where the sentence names no one.
        #expect(ask("Who robbed Ivan Orlov?", "Ivan Orlov was robbed by a band of river pirates.").answers.first?.text == "a band of river pirates")
        #expect(ask("Who robbed Ivan Orlov?", "Ivan Orlov was robbed on the river road.").status == .notFound)
    }
}
