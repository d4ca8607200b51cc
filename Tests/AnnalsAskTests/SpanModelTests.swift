import Testing
import AnnalsGrammar
@testable import AnnalsAsk

/// The answer-span model: its file, its questions made from sentences (``QuestionMaker``)
/// and its training (``SpanTraining``). Sentences written for the tests.
struct SpanModelTests {
    static let grammar = try? ReadingGrammar.shipped()

    /// A generator whose draws are all at the top of their range: no phrase left out, no
    /// "which N", no "what did … do" — the questions without chance.
    struct Highest: RandomNumberGenerator {
        mutating func next() -> UInt64 { .max }
    }

    /// The questions made from `sentence` without chance, each with its answer's word.
    static func questions(_ sentence: String) throws -> [String: String] {
        let grammar = try #require(Self.grammar)
        let forms = sentence.split(separator: " ").map(String.init)
        let reading = SpanTraining.reading(forms, grammar: grammar)
        var random = Highest()
        let made = QuestionMaker.questions(from: reading.words, dated: reading.dated, using: &random)
        return Dictionary(made.map { ($0.words.joined(separator: " "), forms[$0.answer]) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [
        // The object, the place, the subject.
        ("The council sent the envoy to Varlow .", "What did the council send to Varlow ?", "envoy"),
        ("The council sent the envoy to Varlow .", "Where did the council send the envoy ?", "Varlow"),
        ("The council sent the envoy to Varlow .", "What sent the envoy to Varlow ?", "council"),
        // A reason, a means, a count, an auxiliary put before the subject, a preposition left at the end.
        ("The mill closed because the river froze .", "Why did the mill close ?", "froze"),
        ("The widow paid the debt by selling her horses .", "How did the widow pay the debt ?", "selling"),
        ("The envoy carried three letters to the king .", "How many letters did the envoy carry to the king ?", "three"),
        ("The guild has built a hall for the weavers .", "What has the guild built a hall for ?", "weavers"),
        // A copular clause: its subject asked about, its predicate the answer.
        ("The first charter was a grant of land .", "What was the first charter ?", "grant"),
        ("The first charter was a grant of land .", "What was a grant of land ?", "charter"),
    ])
    func aSentenceGivesTheQuestionsAReaderWouldAsk(sentence: String, question: String, answer: String) throws {
        #expect(try Self.questions(sentence)[question] == answer)
    }

    @Test func noQuestionAsksForADateOrAboutADeniedVerb() throws {
        let dated = try Self.questions("In 1712 the council sent the envoy to Varlow .")
        #expect(!dated.values.contains("1712"))
        #expect(!dated.isEmpty)
        #expect(try Self.questions("The envoy did not sign the treaty at Narva .").isEmpty)
    }

    @Test func theFileReadsBackAsWritten() throws {
        let model = SpanModel(weights: ["tree distance": -1.25, "thing relation object": 0.5, "unused": 0], manifest: ["a test model"])
        let read = try SpanModel(text: model.text)
        #expect(read.weights == ["tree distance": -1.25, "thing relation object": 0.5])
        #expect(read.manifest == ["a test model"])
        #expect(read.score([("tree distance", 2), ("thing relation object", 1), ("not weighed", 7)]) == -2)
    }

    @Test func aLineThatIsNoFeatureAndWeightIsAnErrorNamingIt() {
        #expect(throws: SpanModel.FormatError.self) { try SpanModel(text: "# a model\nsame role\t1.0\nsame role 2.0\n") }
        do {
            _ = try SpanModel(text: "# a model\nsame role\t1.0\nsame role 2.0\n")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func trainingWeighsUpTheFeatureThatMarksTheAnswer() {
        // Two candidates a question: the answer has "marked", the other "unmarked"; both share a length.
        let examples = (0..<40).map { n in
            SpanTraining.Example(candidates: n % 2 == 0 ? [[("marked", 1), ("length", 2)], [("unmarked", 1), ("length", 3)]]
                                                        : [[("unmarked", 1), ("length", 2)], [("marked", 1), ("length", 3)]],
                                 gold: n % 2, kind: "thing", text: "")
        }
        let model = SpanTraining.train(examples, epochs: 4, seed: 3, fixed: ["length": -1])
        #expect(model.weights["length"] == -1)
        #expect((model.weights["marked"] ?? 0) > (model.weights["unmarked"] ?? 0))
        #expect(SpanTraining.accuracy(model, on: examples).overall == 1)
    }

    @Test func theShippedModelWeighsTheRankersFeatures() {
        let model = SpanModel.shipped
        #expect(model.manifest.first == "Annals answer-span model")
        #expect((model.weights["tree distance"] ?? 0) < 0)
        #expect((model.weights["question words inside"] ?? 0) < 0)
    }
}
