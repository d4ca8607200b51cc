import AnnalsAsk
import AnnalsGrammar
public import AnnalsCore
public import AnnalsStore
import Foundation

/// `annals ask --json`, per the contract.
public struct AskJSON: Encodable, Sendable {
    public struct Answer: Encodable, Sendable {
        public var text: String
        public var value: String
        public var kind: String
        public var citations: [Citation]
        /// "source:line" for each citation, for people to read.
        public var references: [String] = []
        enum CodingKeys: String, CodingKey { case text, value, kind, citations }
    }

    public var question: String
    public var status: String
    public var answers: [Answer]
    /// How each passage and candidate scored, when the asker explains (never encoded).
    public var explanation: [String] = []
    /// How a misspelt word of the question was read ("read \"Petrvoa\" as \"Petrova\""), for
    /// people (never encoded).
    public var readings: [String] = []
    enum CodingKeys: String, CodingKey { case question, status, answers }

    public init(question: String, status: String, answers: [Answer], explanation: [String] = [], readings: [String] = []) {
        self.question = question
        self.status = status
        self.answers = answers
        self.explanation = explanation
        self.readings = readings
    }
}

/// Everything answering needs, loaded once for a batch of questions. Only the resolved
/// entities are read up front; documents, their names and dates, and claims are read as
/// questions need them, so a large database answers as fast as a small one.
public struct Asker {
    let store: any DocumentStore
    /// The latest revision of every source; a document's number is its place here.
    let revisions: [Revision]
    let index: EntityIndex
    /// The entities documents are about (their titles).
    let documentSubjects: Set<String>
    /// The entity each document is about, by document number.
    let subjectOfDocument: [Entity?]
    let documentIndex: [DocumentID: Int]
    /// Each article's subject as a name to answer with, by document number.
    let subjectsByDocument: [Int: Passage.Named]
    let documents: DocumentCache
    let explains: Bool
    /// Most claims and sentences a question considers.
    static let claimLimit = 80

    public init(store: any DocumentStore, explains: Bool = false) throws {
        self.store = store
        self.explains = explains
        let revisions = try store.revisions().filter(\.isCurrent)
        let index = try EntityResolution.index(of: revisions, in: store, withMentions: false)
        self.revisions = revisions
        self.index = index
        subjectOfDocument = revisions.map { index.entity(named: $0.summary.title) }
        documentSubjects = Set(subjectOfDocument.compactMap { $0?.id })
        var subjectsByDocument: [Int: Passage.Named] = [:]
        for (number, subject) in subjectOfDocument.enumerated() {
            guard let subject else { continue }
            subjectsByDocument[number] = Passage.Named(range: TextRange(start: 0, end: 0), name: subject.name, id: subject.id, type: subject.type)
        }
        self.subjectsByDocument = subjectsByDocument
        documentIndex = Dictionary(uniqueKeysWithValues: revisions.enumerated().map { ($1.document, $0) })
        documents = DocumentCache(store: store, revisions: revisions, index: index)
    }

    private func entity(for participant: Participant?) -> Entity? {
        participant.flatMap { EntityResolution.participant(named: $0.name, in: index) }
    }

    /// The claims in which any of the entities is subject or object, in record order.
    /// The claims with one of `predicates` in which any of the entities is subject or object,
    /// in record order; on a large record only the first few dozen, as for sentences.
    private func claims(involving entities: Set<String>, predicates: Set<String>) throws -> [LocatedClaim] {
        try store.claims(involving: entities, predicates: predicates, limit: Self.claimLimit).compactMap { found in
            documentIndex[found.document].map { LocatedClaim(claim: found.claim, document: $0) }
        }
    }

    public func ask(_ asked: String) throws -> AskJSON {
        // ("Name a river of the duchy." is read as "What is a river of the duchy?"; the answer echoes it as asked.)
        let grammar = try? ReadingGrammar.shipped()
        var text = QuestionReader.interrogative(asked)
        if let acronym = Acronyms.asked(in: text), let spelled = try spelledOut(acronym, asked: asked) { return spelled }
        // ("When did the guild move its hall seperately?": a misspelt word is read as meant.)
        let spelling = grammar.map { SpellingReader.read(text, store: store, tagger: $0.tagger) }
        text = spelling?.text ?? text
        var question = QuestionReader().read(text)
        let filler = grammar.map(SlotFiller.init)
        // The question is parsed once, for the event its verb names and for the slot the answer fills.
        let questionWords = filler?.words(of: text)
        if let filler { question.verbNamesEvent = filler.verbNamesEvent(question, words: questionWords) }
        // ("the name of the duchy's largest harbour": the noun the parse gives "name of", not its first word.)
        if let questionWords, let named = SlotFiller.namedNoun(in: questionWords) { question.head = named }
        var entities = Set<String>()
        var required: [(id: String, name: String)] = []
        var nameIDs: [String: String] = [:]
        for name in question.names.flatMap(namesJoined) {
            guard let entity = index.entity(named: name) else { continue }
            entities.insert(entity.id)
            nameIDs[name] = entity.id
            // "According to James Cannon": the witness, not what the answer is about. The
            // subject of a whole article may be just "he" in it.
            let isSource = question.accordingTo.map { $0.contains(name) || name.contains($0) } ?? false
            if !isSource, !documentSubjects.contains(entity.id) { required.append((entity.id, name)) }
        }
        let requiredIDs = Set(required.map(\.id))
        let focus = requiredIDs.isEmpty ? entities : requiredIDs
        // Asked only about the subject of articles: their own documents may call them "he";
        // any other document has to name them.
        var homeDocuments = Set<Int>()
        var articleSubjects: [Int: String] = [:]
        for (number, subject) in subjectOfDocument.enumerated() {
            if let subject, entities.contains(subject.id) { articleSubjects[number] = subject.name }
        }
        if required.isEmpty {
            for (number, subject) in subjectOfDocument.enumerated() {
                guard let subject, entities.contains(subject.id) else { continue }
                homeDocuments.insert(number)
                if !required.contains(where: { $0.id == subject.id }) { required.append((subject.id, subject.name)) }
            }
        }
        var passages = try facts(for: question, entities: entities) + relatives(for: question, entities: focus)
        passages += try retrieved(for: question)
        passages += try kindNamed(for: question, in: Set(articleSubjects.keys), besides: passages)
        let named = try question.accordingTo.map { source in try documentsNaming(source, among: Set(passages.map(\.document))) } ?? []
        var answering = AnswerFinder(explains: explains).answer(question, passages: passages, questionEntities: entities, required: required,
                                              homeDocuments: homeDocuments, preferredDocuments: named, articleSubjects: articleSubjects,
                                              documentSubjects: subjectsByDocument, nameIDs: nameIDs)
        // The phrase of the answering sentence that fills the question's slot, read from both parses.
        if let filler { answering = filler.refine(answering, question: text, passages: passages, questionWords: questionWords) }
        let answers = try answering.answers.map { found -> AskJSON.Answer in
            var seen = Set<String>()
            let cited = found.passages.map { passages[$0] }.filter { seen.insert("\($0.document)|\($0.range.start)").inserted }.prefix(3)
            return AskJSON.Answer(text: found.text, value: found.value, kind: found.kind.rawValue,
                                  citations: try cited.map { try documents.citation(document: $0.document, range: $0.range) },
                                  references: try cited.map { "\($0.source):\(try documents[$0.document].lines.line(at: $0.range.start))" })
        }
        return AskJSON(question: asked, status: answering.status.rawValue, answers: answers, explanation: explains ? (spelling?.read ?? []) + answering.explanation : [],
                       readings: spelling?.read ?? [])
    }

    /// "Lenin and Krupskaya" are two people; "Harper and Brothers" one firm. Split when each
    /// side is a person of its own.
    private func namesJoined(_ name: String) -> [String] {
        let sides = name.components(separatedBy: " and ")
        guard sides.count == 2 else { return [name] }
        let people = sides.compactMap { index.entity(named: $0) }.filter { $0.type == .person }
        return people.count == 2 && people[0].id != people[1].id ? sides : [name]
    }

    /// "According to the New World Encyclopedia", "according to the NWE": the documents whose
    /// title, source name or opening lines name that source, in full or by its initials.
    private func documentsNaming(_ source: String, among documents: Set<Int>) throws -> Set<Int> {
        let words = QuestionReader.words(source).map { $0.lowercased() }
        guard !words.isEmpty else { return [] }
        let acronym = words.count == 1 && source.count <= 6 && source == source.uppercased() ? words[0] : nil
        return try documents.filter { number in
            let text = try self.documents[number].text
            let opening = revisions[number].summary.title + " " + revisions[number].source + " "
                + text.string(in: TextRange(start: 0, end: min(text.count, 400)))
            let openingWords = QuestionReader.words(opening)
            let lower = Set(openingWords.map { $0.lowercased() })
            if let acronym {
                let capitals = openingWords.filter { $0.first?.isUppercase == true }.map { String($0.first!).lowercased() }.joined()
                return capitals.contains(acronym) || lower.contains(acronym)
            }
            return Set(words).isSubset(of: lower)
        }
    }

    /// "Who was Trotsky's father?": the relation claims of the entity for the kin word asked.
    private func relatives(for question: Question, entities: Set<String>) throws -> [Passage] {
        let words = QuestionReader.words(question.text).map { $0.lowercased() }
        let predicates = Set(words.compactMap { QuestionReader.kin[$0] }.joined())
        guard question.expected == .person, !predicates.isEmpty, !entities.isEmpty else { return [] }
        return try claims(involving: entities, predicates: predicates).compactMap { located in
            let claim = located.claim
            guard claim.kind == .relation, predicates.contains(claim.predicate), let object = claim.object,
                  let subject = entity(for: claim.subject), entities.contains(subject.id),
                  let relative = entity(for: object) else { return nil }
            let named = Passage.Named(range: object.range ?? claim.evidence, name: relative.name, id: relative.id, type: relative.type)
            return try passage(document: located.document, range: claim.evidence, retrieval: 0, fact: Passage.Fact(date: claim.date, other: named))
        }
    }

    /// The evidence of claims that match the question: its event, about its entity.
    /// A work question takes the entity's publications; any other the events asked about.
    /// The answer is the claim's date, place, or the party other than the one asked about.
    private func facts(for question: Question, entities: Set<String>) throws -> [Passage] {
        let types = question.expected == .work ? question.events.union([.publication]) : question.events
        guard !types.isEmpty, !entities.isEmpty else { return [] }
        return try claims(involving: entities, predicates: Set(types.map(\.rawValue))).compactMap { located in
            let claim = located.claim
            guard claim.kind == .event, let type = claim.eventType, types.contains(type), claim.modality.isFactual else { return nil }
            func named(_ participant: Participant?) -> Passage.Named? {
                guard let participant, let entity = entity(for: participant) else { return nil }
                return Passage.Named(range: participant.range ?? claim.evidence, name: entity.name, id: entity.id, type: entity.type)
            }
            func work(_ participant: Participant?) throws -> Passage.Named? {
                guard let participant, participant.type == .work else { return named(participant) }
                var range = participant.range ?? claim.evidence, name = participant.name
                // "published The Lessons of October": the title as written, its article too.
                if participant.range != nil, range.start >= 4 {
                    let before = TextRange(start: range.start - 4, end: range.start)
                    if try documents[located.document].text.string(in: before) == "The " { range.start -= 4; name = "The " + name }
                }
                return Passage.Named(range: range, name: name, id: "work:" + participant.name.lowercased(), type: .work)
            }
            let subject = named(claim.subject), object = try work(claim.object)
            let other: Passage.Named?
            if let subject, entities.contains(subject.id) { other = object }
            else if let object, entities.contains(object.id) { other = subject }
            else { return nil }
            let fact = Passage.Fact(date: claim.dateIsInferred ? nil : claim.date, place: named(claim.place), other: other)
            return try passage(document: located.document, range: claim.evidence, retrieval: 0, fact: fact)
        }
    }

    /// Sentences full-text search finds for the question's words, names and event words.
    private func retrieved(for question: Question) throws -> [Passage] {
        var terms = question.keywords.map(Self.searchTerm)
        for type in question.events { terms += type.words.filter { $0.count >= 4 } }
        let query = Array(Set(terms)).sorted().joined(separator: " OR ")
        guard !query.isEmpty else { return [] }
        let hits = (try? store.search(SearchQuery(text: query, limit: 60, highlights: false))) ?? []
        let asked = Set(question.keywords + question.names.flatMap { QuestionReader.words($0).map { $0.lowercased() } })
        return try hits.compactMap { hit in
            guard let document = documentIndex[hit.revision.document] else { return nil }
            let range = try withFollowingReference(hit.range, in: document, keywords: Set(question.keywords))
            return try passage(document: document, range: range, retrieval: hit.score, fact: nil, asked: asked)
        }
    }

    /// A question's word as a prefix that finds its forms: "stay" finds "stayed", "marry"
    /// "married", "arrested" "arrest". Short words stand as they are.
    static func searchTerm(_ word: String) -> String {
        guard word.count >= 4 else { return word }
        var stem = Substring(word)
        if stem.count >= 5, stem.hasSuffix("e") || stem.hasSuffix("y") && !"aeiou".contains(stem.dropLast().last!) { stem = stem.dropLast() }
        return String(stem.prefix(5)) + "*"
    }

    /// A sentence together with the next one when that one goes on about it: "…gravitated
    /// closer to Trotsky. The alliance became known as the United Opposition." The next
    /// sentence must open with "The" and a word of the question, or with "This" or "It".
    private func withFollowingReference(_ range: TextRange, in number: Int, keywords: Set<String>) throws -> TextRange {
        let document = try documents[number]
        let sentences = document.stored.structure.sentences
        guard let k = document.stored.structure.sentenceIndex(containing: range.start), sentences[k].range == range, k + 1 < sentences.count,
              sentences[k + 1].paragraph == sentences[k].paragraph, sentences[k].paragraph != nil else { return range }
        let next = sentences[k + 1].range
        let opening = QuestionReader.words(document.text.string(in: TextRange(start: next.start, end: min(next.end, next.start + 40)))).prefix(2).map { $0.lowercased() }
        guard let first = opening.first else { return range }
        let refers = (first == "the" && opening.count == 2 && keywords.contains(opening[1])) || ["this", "it"].contains(first)
        return refers ? TextRange(start: range.start, end: next.end) : range
    }

    /// "Which school did Arnold head?": in the articles about those the question names, the
    /// sentences naming something of the kind asked whose name ends in the noun asked
    /// ("Rugby School"), which word search may rank below a hundred other "school"s.
    private func kindNamed(for question: Question, in documents: Set<Int>, besides found: [Passage]) throws -> [Passage] {
        guard let head = question.head, let type = question.expected.entityType else { return [] }
        let seen = Set(found.map { "\($0.document):\($0.range.start)" })
        var passages: [Passage] = []
        for number in documents.sorted() {
            let document = try self.documents[number]
            let sentences = document.stored.structure.sentences
            var taken = 0
            for mention in try document.named() where mention.type == type && taken < 8 {
                guard let last = mention.name.split(separator: " ").last?.lowercased(), last == head || last == head + "s",
                      let k = document.stored.structure.sentenceIndex(containing: mention.range.start), sentences[k].range.contains(mention.range),
                      case let sentence = sentences[k],
                      !seen.contains("\(number):\(sentence.range.start)"), !passages.contains(where: { $0.document == number && $0.range == sentence.range })
                else { continue }
                passages.append(try passage(document: number, range: sentence.range, retrieval: 0, fact: nil))
                taken += 1
            }
        }
        return passages
    }

    private func passage(document number: Int, range: TextRange, retrieval: Double, fact: Passage.Fact?, asked: Set<String> = []) throws -> Passage {
        let document = try documents[number]
        let text = document.text
        let inside = try document.dates(in: range).filter { range.contains($0.range) && !Self.isHungOnATitle($0.range, in: text, unless: asked) }.compactMap { mention in
            mention.date.map { Passage.Dated(range: mention.range, date: $0, text: text.string(in: mention.range),
                                             isDerived: mention.kind != .absolute && mention.kind != .partial, yearWritten: mention.kind == .absolute,
                                             clock: mention.timeOfDay.flatMap { $0.contains(":") ? $0 : nil }) }
        }
        let references = try Self.definiteReferences(in: range, of: document)
        let names = try document.named(in: range).filter { named in range.contains(named.range) && !references.contains { $0.range == named.range } } + references
        let before = Self.previousSentence(of: range, in: document)
        var passage = Passage(document: number, source: revisions[number].source, range: range,
                              text: text.string(in: range), retrieval: retrieval, dates: inside, names: names, fact: fact,
                              context: inside.isEmpty ? try Self.contextDates(before: range, in: document) : [],
                              previousNames: try before.map { before in try document.named(in: before).filter { before.contains($0.range) } } ?? [])
        passage.previousText = before.map(text.string(in:)) ?? ""
        passage.paragraphText = Self.paragraph(of: range, in: document).map(text.string(in:)) ?? ""
        passage.documentSubject = subjectsByDocument[number]?.name
        return passage
    }
}
