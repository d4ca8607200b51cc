public import AnnalsGrammar
import AnnalsCore
import Foundation

/// Fills a question's slot from a sentence's parse: finds the sentence's verb that is the
/// question's (same lemma, with the question's other words about it) and returns the phrase
/// that stands in the asked relation to it — its agent for "who did", its patient for "what
/// did … do" (the subject of a passive), the phrase after the asked preposition, the
/// "because" clause for "why", the "by" phrase for "how".
public struct SlotFiller: Sendable {
    public let grammar: ReadingGrammar

    public init(grammar: ReadingGrammar) {
        self.grammar = grammar
    }

    /// Whether the verb at the root of the question's parse (or, when the root is no verb, the
    /// verb it governs as a complement or conjunct) names one of the events it speaks of:
    /// `Question.verbNamesEvent`.
    /// `words`: the question's parse (`words(of:)`), read here when not given.
    public func verbNamesEvent(_ question: Question, words given: [Word]? = nil) -> Bool {
        guard !question.events.isEmpty else { return true }
        let words = given ?? words(of: question.text)
        guard let root = words.firstIndex(where: { $0.deprel == "root" }) else { return true }
        var verb = words[root].upos == "VERB" ? root : words.indices.first { words[$0].head == root + 1 && words[$0].upos == "VERB" && ["xcomp", "ccomp", "conj"].contains(words[$0].deprel) }
        // ("Why did the council try to raise the tithe?": a verb that hands its subject on names the
        // act after it, not a trial.)
        if let at = verb, QuestionFrame.catenativeVerbs.contains(words[at].lemma.lowercased()),
           let next = words.indices.first(where: { words[$0].head == at + 1 && words[$0].deprel == "xcomp" && words[$0].upos == "VERB" }) { verb = next }
        // ("What made the crisis worse?": a verb whose complement is an adjective makes no one anything.)
        if let at = verb, words.contains(where: { $0.head == at + 1 && $0.deprel == "xcomp" && $0.upos == "ADJ" }) { return false }
        // ("Where were the letters found?": a past form is no bare verb of asking; one "did" hangs on is, "did he found".)
        return verb.flatMap { at in
            let asked = words.contains { $0.head == at + 1 && $0.deprel == "aux" && ["do", "does", "did"].contains($0.form.lowercased()) }
            return EventType.named(by: words[at].form, bare: asked || !["VBD", "VBN"].contains(words[at].xpos)) ?? EventType.named(by: words[at].lemma)
        }.map(question.events.contains) ?? false
    }

    /// The answering phrase of `sentence` (its text and its offsets in the sentence, in
    /// Unicode scalars), or nil when the sentence does not say what the question asks.
    public func fill(_ frame: QuestionFrame, in sentence: String, sharingAll: Bool = false) -> (text: String, range: Range<Int>)? {
        parse(sentence).flatMap { fill(frame, parsed: $0, sharingAll: sharingAll) }
    }

    /// ``fill(_:in:sharingAll:)`` on a sentence parsed already.
    func fill(_ frame: QuestionFrame, parsed: Parsed, sharingAll: Bool = false) -> (text: String, range: Range<Int>)? {
        let (scalars, words, spans) = parsed
        let lemmas = Set(words.map { $0.lemma.lowercased() })
        // The sentence must share most of the question's other words.
        let shared = frame.arguments.filter(lemmas.contains).count
        guard frame.arguments.isEmpty || shared * 2 >= frame.arguments.count, !sharingAll || shared == frame.arguments.count else { return nil }
        // (A verb said not to have happened, "never signed", fills no slot of a question that does not deny it.)
        let verbs = words.indices.filter { Self.says(frame, $0, in: words) && Self.isDenied($0, in: words) == frame.isDenied }
        // (Where no verb says it, a noun of the event may: "the formation of the union" for "What did the weavers form?".)
        let fillers = verbs.isEmpty ? Self.nominals(of: frame, in: words).compactMap { Self.filler(of: frame, nominal: $0, in: words) }
            : verbs.compactMap { Self.filler(of: frame, verb: $0, in: words) }
        for filler in fillers {
            // (A pronoun refers, unless a relative clause says what it stands for: "those who stayed".)
            guard words[filler].upos != "PRON" || SpanRanker.describedPronoun(filler, in: words) else { continue }
            var range = Self.phrase(filler, in: words, spans: spans)
            // "the young lawyer Ivan Sokolov drafted" parsed with two subjects side by side: one phrase.
            if let next = words.indices.first(where: { $0 > filler && words[$0].head == words[filler].head && words[$0].deprel == words[filler].deprel }),
               next > 0, words[next - 1].upos != "PUNCT", spans[next].lowerBound > range.upperBound - 1 {
                let more = Self.phrase(next, in: words, spans: spans)
                if !words[filler..<next].contains(where: { $0.upos == "PUNCT" }) { range = range.lowerBound..<max(range.upperBound, more.upperBound) }
            }
            // An answer tells something the question does not: a word of its own, not a pronoun.
            // (A word of number or kind, "several bishops", "a new kind", tells nothing new: the answer needs a name, a noun or a verb.)
            // (What something was called may be an adjective: "called it reckless".)
            let telling: Set<String> = frame.slot == .complement ? ["NOUN", "PROPN", "NUM", "VERB", "ADJ"] : ["NOUN", "PROPN", "NUM", "VERB"]
            let told = words.indices.filter { range.contains(spans[$0].lowerBound) && telling.contains(words[$0].upos) }
            guard !range.isEmpty, told.contains(where: { !frame.vocabulary.contains(words[$0].lemma.lowercased()) && !frame.vocabulary.contains(words[$0].form.lowercased()) })
            else { continue }
            return (String(String.UnicodeScalarView(scalars[range])), range)
        }
        return nil
    }

    /// Whether word `k` is the question's verb: its lemma, another word for the same event,
    /// or (verbs of naming name alike: "called", "known as", "named") a verb of naming.
    static func says(_ frame: QuestionFrame, _ k: Int, in words: [Word]) -> Bool {
        let lemma = words[k].lemma.lowercased()
        return words[k].upos == "VERB" && (lemma == frame.predicate || frame.event != nil && EventType.named(by: words[k].form) == frame.event
            || QuestionFrame.namingVerbs.contains(frame.predicate) && QuestionFrame.namingVerbs.contains(lemma)
            // ("Who refused to let her go?": "their uncle refused to allow it" says who refused, and so who did not let her.)
            || frame.slot == .subject && lemma == frame.catenative && words.contains { $0.head == k + 1 && $0.deprel == "xcomp" })
    }

    /// The question's words with every word of the names in `passage` that one of them names
    /// ("Anna" for "Petrova", a word of "Anna Petrova"): whom a sentence's subject may be besides.
    static func namedAs(_ vocabulary: Set<String>, in passage: Passage) -> Set<String> {
        let named = passage.names.map { QuestionReader.words($0.name).map { $0.lowercased() } }.filter { !vocabulary.isDisjoint(with: $0) }
        return vocabulary.union(named.joined())
    }

    /// Whether verb `k` is denied: "not", "never" or "n't" on it.
    static func isDenied(_ k: Int, in words: [Word]) -> Bool {
        words.contains { $0.head == k + 1 && $0.deprel == "advmod" && AnswerWords.shipped.negationWords.contains($0.form.lowercased()) }
    }

    /// Whether a sentence says the question's verb only to deny it ("The envoy did not sign the
    /// treaty" for "Who signed the treaty?"): it then tells nothing of what the question asks.
    public func denies(_ frame: QuestionFrame, in sentence: String) -> Bool {
        parse(sentence).map { denies(frame, parsed: $0) } ?? false
    }

    func denies(_ frame: QuestionFrame, parsed: Parsed) -> Bool {
        let words = parsed.words
        guard !frame.isDenied else { return false }
        let verbs = words.indices.filter { Self.says(frame, $0, in: words) }
        return !verbs.isEmpty && verbs.allSatisfy { Self.isDenied($0, in: words) }
    }

    /// A sentence's scalars, its words as the grammar reads them and each word's offsets.
    typealias Parsed = (scalars: [Unicode.Scalar], words: [Word], spans: [Range<Int>])

    /// `sentence` read by the grammar; nil where its tokens and words do not line up.
    func parse(_ sentence: String) -> Parsed? {
        let scalars = Array(sentence.unicodeScalars)
        let (tokens, words) = grammar.analyse(scalars, sentence: 0..<scalars.count)
        let spans = tokens.flatMap { $0.words.map { $0.start..<$0.end } }
        return spans.count == words.count ? (scalars, words, spans) : nil
    }

    /// A relative pronoun stands for the noun its clause describes; any other word for itself.
    static func antecedent(of k: Int, in words: [Word]) -> Int? {
        guard ["who", "which", "that", "whom"].contains(words[k].form.lowercased()) else { return k }
        var clause = k
        while let head = words[clause].head, head > 0 {
            if words[clause].deprel == "acl:relcl" { return head - 1 }
            clause = head - 1
        }
        return nil
    }

    /// The offsets of the phrase headed by word `k` (``SpanRanker/phrase(_:in:leaving:action:)``):
    /// its words without a leading preposition or subordinator, relative clauses, asides and
    /// punctuation at its edges.
    static func phrase(_ k: Int, in words: [Word], spans: [Range<Int>]) -> Range<Int> {
        let inside = SpanRanker.phrase(k, in: words, leaving: [], action: false)
        guard let first = inside.first, let last = inside.last else { return spans[k] }
        return spans[first].lowerBound..<spans[last].upperBound
    }
}

extension SlotFiller {
    /// `answering` with its first answer cut to the phrase that fills the question's slot in
    /// the first of its sentences that says it; as it is when the question asks no verb's
    /// slot or none of those sentences fills it.
    /// A question's words as the grammar reads them: parse a question once for every use of it.
    public func words(of question: String) -> [Word] {
        let scalars = Array(question.unicodeScalars)
        return grammar.analyse(scalars, sentence: 0..<scalars.count).words
    }

    /// `questionWords`: the question's parse (`words(of:)`), read here when not given.
    /// An answer that only says back the question's words leaves the question unanswered: the
    /// answers after it are the finder's weaker readings of the same sentences.
    public func refine(_ answering: Answering, question: String, passages: [Passage], questionWords given: [Word]? = nil) -> Answering {
        let refined = refineFirst(answering, question: question, passages: passages, questionWords: given)
        guard refined.status == .answered, let first = refined.answers.first, first.kind != .yesno,
              AnswerFinder.echoes(first.text, question: question) else { return refined }
        return Answering(status: .notFound, answers: [], explanation: refined.explanation + ["dropped: it only says back the question's words: \(first.text)"])
    }

    func refineFirst(_ answering: Answering, question: String, passages: [Passage], questionWords given: [Word]?, parses: Parses = Parses()) -> Answering {
        // (An entity, a date or a number found already is the phrase; a sentence given whole is cut.)
        if answering.status == .notFound, let frame = QuestionFrame(words: given ?? words(of: question)) {
            // Where nothing answered, a sentence that says the question's verb with all its other words does.
            let ranked = passages.indices.sorted { passages[$0].retrieval > passages[$1].retrieval }.prefix(5)
            for index in ranked where passages[index].retrieval > 0 {
                guard let filled = fill(frame, in: passages[index].text, sharingAll: true) else { continue }
                return Answering(status: .answered, answers: [FoundAnswer(kind: .text, text: filled.text, value: filled.text, passages: [index], score: 0)],
                                 explanation: answering.explanation + ["phrase: the verb's slot, filled where nothing else answered: \(filled.text)"])
            }
            return answering
        }
        guard answering.status == .answered, let first = answering.answers.first else { return answering }
        let questionWords = given ?? words(of: question)
        let frame = QuestionFrame(words: questionWords), cues = SpanRanker().cues(questionWords)
        func parsed(_ index: Int) -> Parsed? { parses.parsed(passages[index].text, by: self) }
        // An answer read from a sentence that denies the question's verb is no answer.
        if let frame, first.kind != .yesno, let index = first.passages.first, passages.indices.contains(index),
           let sentence = parsed(index), denies(frame, parsed: sentence) {
            return answering.droppingFirst(because: "its sentence denies the question's verb: \(first.text)")
        }
        // ("Who did the guild hire?" is not answered by "the council hired Orlov": someone else does the question's act.)
        // ("What did Orlov ask Dorvik to do?" is not answered by "Orlov asked the Danes to leave": someone else is acted on.)
        if ![.yesno, .number, .date].contains(first.kind), let cues,
           let index = first.passages.first, passages.indices.contains(index), let sentence = parsed(index),
           [(cues.agent, Set(["nsubj"])), (cues.patient, Set(["obj", "iobj"]))].contains(where: { participant, relations in
               participant.map { SpanRanker.someoneElseActs(($0.verb, Self.namedAs(cues.vocabulary, in: passages[index])), relations: relations, in: sentence.words) } ?? false
           }) {
            let rest = answering.droppingFirst(because: "in its sentence someone else does the question's act: \(first.text)")
            return rest.answers.isEmpty ? rest : refineFirst(rest, question: question, passages: passages, questionWords: given, parses: parses)
        }
        // ("What did Dorvik lift?" is not answered by "the ban was lifted": the sentence never names Dorvik.)
        if first.kind != .yesno, let actor = Self.namedActor(in: questionWords),
           let index = first.passages.first, passages.indices.contains(index), Self.isAbsent(actor, from: passages[index], words: parsed(index)?.words) {
            let rest = answering.droppingFirst(because: "its sentence never names the one the question says acts: \(first.text)")
            return rest.answers.isEmpty ? rest : refineFirst(rest, question: question, passages: passages, questionWords: given, parses: parses)
        }
        // "Who was Ivan Sokolov?": what a sentence behind the answer says the asked phrase is.
        if ![.date, .number, .yesno].contains(first.kind), let phrase = Self.definedPhrase(in: questionWords) {
            for index in first.passages.prefix(3) where passages.indices.contains(index) {
                guard let (scalars, words, spans) = parsed(index), let range = Self.definition(of: phrase, in: words, spans: spans) else { continue }
                var defined = answering.cut(to: String(String.UnicodeScalarView(scalars[range])), citing: index, because: "what its sentence says the asked phrase is")
                defined.answers[0].kind = .text
                return defined
            }
        }
        if first.kind == .date { return nearestDate(in: answering, questionWords: questionWords, passages: passages, parsed: parsed) }
        if first.kind != .text {
            let entity = frame.map { named(in: answering, frame: $0, passages: passages, parsed: parsed) } ?? answering
            return coordinated(entity, questionWords: questionWords, passages: passages, parsed: parsed)
        }
        for index in first.passages.prefix(3) where passages.indices.contains(index) {
            guard let frame, let sentence = parsed(index), let filled = fill(frame, parsed: sentence) else { continue }
            return answering.cut(to: filled.text, citing: index, because: "the verb's slot, filled")
        }
        // Where no verb of them fills the slot, the phrase of the first sentence that most likely answers.
        guard let index = first.passages.first, passages.indices.contains(index),
              let (scalars, words, spans) = parsed(index) else { return answering }
        // A sentence given whole that shares no word with the question but its names tells nothing of it.
        if first.text == passages[index].text, SpanRanker().sharesOnlyNames(questionWords, words) {
            return Answering(status: .notFound, answers: [], explanation: answering.explanation + ["dropped: its sentence shares only names with the question"])
        }
        let start = passages[index].range.start
        // ("Who…": a name found answers before a phrase of a sentence given whole; a name answers only when it names people.)
        let whole = first.text == passages[index].text
        let nameFound = cues?.asksWho == true && whole && answering.answers.dropFirst().contains { $0.kind.entityType != nil }
        let people = passages[index].names.filter { [.person, .org, .group].contains($0.type) }.map { ($0.range.start - start)..<($0.range.end - start) }
        guard !nameFound, let (range, share) = SpanRanker().likeliest(for: questionWords, in: words, spans: spans, dates: passages[index].dates.map { date in
                  (date.range.start - start)..<(date.range.end - start)
              }, people: people) else {
            if whole, let verb = SpanRanker().mannerVerb(for: questionWords, in: words, spans: spans) {
                return answering.cut(to: String(String.UnicodeScalarView(scalars[verb])), citing: index, because: "the sentence's own verb for the act asked how")
            }
            // A sentence offered for "where" without a phrase of place in it says nothing of where; one offered
            // for "who" without a phrase naming people, nothing of who.
            guard cues?.wanted == .place || cues?.asksWho == true, whole else { return answering }
            let rest = answering.droppingFirst(because: "no phrase in its sentence says where or who")
            // (The next answer is read the same way.)
            return rest.answers.isEmpty ? rest : refineFirst(rest, question: question, passages: passages, questionWords: given, parses: parses)
        }
        return answering.cut(to: String(String.UnicodeScalarView(scalars[range])), citing: index, because: String(format: "the likeliest phrase (%.2f of the model's belief)", share))
    }

    /// An entity answer checked against the slot its sentence fills: "What city did he found in
    /// 1703?" is the city the phrase "the city of X" names, not the region after "in".
    func named(in answering: Answering, frame: QuestionFrame, passages: [Passage], parsed: (Int) -> Parsed?) -> Answering {
        guard let first = answering.answers.first, let type = first.kind.entityType, let index = first.passages.first,
              passages.indices.contains(index), let sentence = parsed(index), let filled = fill(frame, parsed: sentence) else { return answering }
        let passage = passages[index], start = passage.range.start
        // ("Who" may be answered by a body or a people: "by the Merkits".)
        let types: Set<EntityType> = type == .person ? [.person, .org, .group] : [type]
        let inside = passage.names.filter { name in
            types.contains(name.type) && name.range.start >= start + filled.range.lowerBound && name.range.end <= start + filled.range.upperBound
        }
        guard let name = inside.first, !inside.contains(where: { $0.name == first.value || $0.name == first.text }) else { return answering }
        let scalars = Array(passage.text.unicodeScalars)
        let surface = String(String.UnicodeScalarView(scalars[(name.range.start - start)..<(name.range.end - start)]))
        var refined = answering
        refined.answers[0].text = surface
        refined.answers[0].value = name.name
        return refined
    }
}

/// The sentences parsed while one answer is refined, by text: each is parsed once for every
/// test that reads it, and an answer dropped for the next does not parse again a sentence the
/// next one cites too (copies of one sentence in many documents).
final class Parses {
    private var byText: [String: SlotFiller.Parsed?] = [:]

    func parsed(_ text: String, by filler: SlotFiller) -> SlotFiller.Parsed? {
        if let known = byText[text] { return known }
        let fresh = filler.parse(text)
        byText[text] = .some(fresh)
        return fresh
    }
}
