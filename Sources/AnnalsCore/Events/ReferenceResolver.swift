/// Resolves what a document's pronouns stand for, sentence by sentence: "he" is the
/// man the narrative follows (the document's subject at each new paragraph), "she"
/// the last woman named, "they" the people just named together, "who" the name before
/// it, "I" and "we" the author of a quoted source or the speaker of a quotation. Also
/// turns "his father", "Lenin's widow" into referents of their own.
struct ReferenceResolver {
    let text: ScalarText
    let names: DocumentReferents

    private struct Focus {
        var male: Participant
        var female: Participant?
        var group: [Participant] = []
        var paragraph: Int?
        /// Who the last sentence was about, for a sentence with no subject ("Arrested again in 1903.").
        var last: Participant?
        /// The people the sentence before spoke of, by name or by a pronoun.
        var namedBefore: Set<String> = []
    }

    func resolve(_ readings: [SentenceReading], sources: [PrimarySource]) -> [SentenceReading] {
        var focus = Focus(male: names.subject)
        if names.isFemale(names.subject.name) { focus.female = names.subject }
        return readings.map { original in
            var reading = original
            guard reading.isNarrative else { return reading }
            if reading.sentence.paragraph != focus.paragraph {
                focus.paragraph = reading.sentence.paragraph
                // A new paragraph goes back to the one the document is about, a man or a woman.
                if names.isFemale(names.subject.name) { focus.female = names.subject } else { focus.male = names.subject }
                focus.last = names.subject
            }
            let source = sources.first { $0.body.contains(reading.range.start) }
            reading.carriedSubject = focus.last ?? names.subject
            reading.recentGroup = focus.group
            resolvePronouns(in: &reading, focus: focus, source: source)
            // The sentence's lead person becomes the focus for the next.
            let leads = reading.referents.filter { $0.participant.type == .person && !$0.isPossessive && !$0.isObjectPronoun && !reading.isPrepositional($0.first)
                && !reading.isQuoted[$0.first] && !$0.participant.name.contains("'s ") && $0.participant.name != $0.participant.surface.lowercased() }
            let lead = mainSubject(among: leads, in: reading) ?? leads.first
            // The document's subject stays the focus while the sentence speaks of him; else the sentence's lead takes it.
            if reading.referents.contains(where: { $0.participant.name == names.subject.name && !reading.isQuoted[$0.first] }) {
                if names.isFemale(names.subject.name) { focus.female = names.subject } else { focus.male = names.subject }
                focus.last = lead?.participant ?? names.subject
            } else if let lead {
                if names.isFemale(lead.participant.name) { focus.female = lead.participant } else { focus.male = lead.participant }
                focus.last = lead.participant
            }
            // (Each person once: "Ivanov, whom she called Vanya" names one man twice.)
            var people: [Participant] = []
            for referent in reading.referents where !referent.isPronoun && referent.participant.type == .person && !referent.participant.name.contains("'s ")
                && !people.contains(where: { $0.name == referent.participant.name }) {
                people.append(referent.participant)
            }
            for person in people where names.isFemale(person.name) { focus.female = person }
            focus.namedBefore = Set(reading.referents.filter { $0.participant.type == .person }.map(\.participant.name))
            // "He … met his future wife, Lukina. They married in 1911": the sentence's subject, named or not, is one of "they".
            if let lead, lead.isPronoun, !people.contains(where: { $0.name == lead.participant.name }) { people.insert(lead.participant, at: 0) }
            if people.count >= 2 { focus.group = people } else if let lead { focus.group = [lead.participant] + lead.group }
            return reading
        }
    }

    /// "Angry at the Tsar Nicholas II, Pavel studied …": the person who is
    /// the subject of the sentence's main clause, wherever the sentence names others first.
    private func mainSubject(among leads: [SentenceReading.Referent], in reading: SentenceReading) -> SentenceReading.Referent? {
        guard let tree = reading.tree, let root = tree.words.indices.first(where: { tree.head($0) == nil }),
              let subject = tree.dependents(of: root, ["nsubj"]).first else { return nil }
        let t = tree.tokenOfWord[subject]
        return leads.first { $0.first <= t && t < $0.end }
    }

    /// A person the sentence co-ordinates with another person or a relative ("Orlov and his
    /// wife", "both Petrova and Sokolov"), however the phrase is placed, with the named others.
    private func coordinatedPeople(in reading: SentenceReading, among earlier: [SentenceReading.Referent]) -> [Participant]? {
        guard let tree = reading.tree else { return nil }
        for person in earlier {
            guard let w = tree.headWord(ofTokens: person.first..<person.end, in: reading.tokens) else { continue }
            let conjuncts = tree.dependents(of: w, ["conj"])
            let named = conjuncts.compactMap { k in earlier.first { $0.first <= tree.tokenOfWord[k] && tree.tokenOfWord[k] < $0.end }?.participant }
            if !named.isEmpty || conjuncts.contains(where: { RelationExtractor.kinship(tree.words[$0].form.lowercased()) != nil }) {
                return [person.participant] + named.filter { $0.name != person.participant.name }
            }
        }
        return nil
    }

    /// "She spent an hour talking to Petrova": "he" or "she" as a subject never stands for a
    /// person named after it as an argument of its own verb, of a verb sharing its subject or
    /// of the clause it says (the name is in the pronoun's scope). A name only mentioned ("took the name Dorn")
    /// is no argument.
    private func isNamedInItsOwnClause(_ pronoun: SentenceReading.Referent, meaning target: Participant, in reading: SentenceReading) -> Bool {
        guard !pronoun.isPossessive, !pronoun.isObjectPronoun, ["he", "she"].contains(reading.tokens[pronoun.first].text.lowercased()), let tree = reading.tree,
              let w = tree.word(ofToken: pronoun.first, in: reading.tokens), tree.base(w) == "nsubj", let verb = tree.head(w) else { return false }
        let nominal: Set<Substring> = ["obj", "iobj", "obl", "nmod", "compound", "flat", "appos"]
        return reading.referents.contains { named in
            guard named.first > pronoun.first, !named.isPronoun, named.participant.name == target.name, reading.isQuoted[named.first] == reading.isQuoted[pronoun.first],
                  var k = tree.headWord(ofTokens: named.first..<named.end, in: reading.tokens) else { return false }
            while k != verb, let head = tree.head(k) {
                // A verb co-ordinated with it, or a clause of its own verb with no subject ("spent an hour talking to Petrova").
                let subjectless = tree.words[k].upos == "VERB" && tree.dependents(of: k, ["nsubj"]).isEmpty
                let sharesSubject = subjectless && (tree.base(k) == "conj" && head == verb || tree.base(k) == "xcomp"
                    || tree.base(k) == "advcl" && tree.words[k].feature("VerbForm") != "Fin")
                let nominalLink = nominal.contains(tree.base(k)) || tree.base(k) == "conj" && tree.words[k].upos != "VERB"
                // ("he hinted that Orlov was plotting": what he says of a person he does not say of himself.)
                let said = tree.base(k) == "ccomp" || tree.base(k) == "nsubj" && tree.base(head) == "ccomp"
                guard sharesSubject || nominalLink || said, !EventWords.nameNouns.contains(tree.lemma(head)) else { return false }
                k = head
            }
            return k == verb
        }
    }

    /// Who the coreference model links "he" or "she" to, where that is a person the text
    /// names and whose gender, as the entity layer knows it, fits the pronoun.
    private func linked(_ referent: SentenceReading.Referent, word: String) -> Participant? {
        guard let start = referent.participant.range?.start, let named = names.reference(at: start), named.type == .person,
              names.isFemale(named.name) == ["she", "her", "hers", "herself"].contains(word) else { return nil }
        return Participant(name: named.name, surface: named.name, type: .person)
    }

    /// "Without mentioning Trotsky, he asked": a name that is a verb's object, as in a fronted
    /// clause, is not who the subject pronoun after it stands for.
    private func isNamedAsObject(_ referent: SentenceReading.Referent, in reading: SentenceReading) -> Bool {
        guard let tree = reading.tree, let w = tree.headWord(ofTokens: referent.first..<referent.end, in: reading.tokens) else { return false }
        return ["obj", "iobj"].contains(tree.words[w].relation)
    }

    /// "“… but he isn't sent to school for that”": a third person inside quoted words is someone
    /// of the quotation's own story, known only where the quotation has named them before
    /// (in this sentence, or in the one before where the quotation began there).
    private func isQuotedStranger(_ referent: SentenceReading.Referent, meaning target: Participant, in reading: SentenceReading,
                                  resolved: [SentenceReading.Referent], focus: Focus) -> Bool {
        guard reading.isQuoted[referent.first], EventWords.thirdPersonPronouns.contains(reading.tokens[referent.first].text.lowercased()) else { return false }
        if resolved.contains(where: { reading.isQuoted[$0.first] && $0.participant.name == target.name }) { return false }
        let continued = reading.isQuoted[0] && !reading.tokens[0].isMark("\u{201C}", "\"")
        return !(continued && focus.namedBefore.contains(target.name))
    }

    private func resolvePronouns(in reading: inout SentenceReading, focus: Focus, source: PrimarySource?) {
        var resolved: [SentenceReading.Referent] = []
        for var referent in reading.referents {
            if referent.isPronoun {
                let word = reading.tokens[referent.first].text
                let earlier = resolved.filter { !$0.isPronoun && $0.participant.type == .person }
                var target: Participant?
                // A person named earlier in the same sentence: the one "he" or "she" means there.
                var inSentence: Participant?
                switch word {
                case "he", "him", "his":
                    // The sentence's first male subject, named or already resolved ("he met Smirnov and his cousin": his own).
                    inSentence = resolved.first(where: { $0.participant.type == .person && !names.isFemale($0.participant.name) && !reading.isPrepositional($0.first)
                        && !$0.isPossessive && !$0.isObjectPronoun && !isNamedAsObject($0, in: reading) && reading.isQuoted[$0.first] == reading.isQuoted[referent.first]
                        && !["i", "my", "me", "we", "our", "us"].contains(reading.tokens[$0.first].text) })?.participant
                    // "found in Stalin's desk after his death": with no male subject before it, "his" is the
                    // man its own sentence last named, however that name is placed.
                    if inSentence == nil, word == "his" {
                        inSentence = earlier.last(where: { !names.isFemale($0.participant.name) && reading.isQuoted[$0.first] == reading.isQuoted[referent.first] })?.participant
                    }
                    // "they became lovers and moved in with his cousin": the one man of the "they" before it.
                    if inSentence == nil, let couple = resolved.last(where: { !$0.group.isEmpty }) {
                        let men = ([couple.participant] + couple.group).filter { $0.type == .person && !names.isFemale($0.name) }
                        if men.count == 1 { inSentence = men[0] }
                    }
                    target = inSentence ?? focus.male
                case "she", "her":
                    inSentence = earlier.last(where: { names.isFemale($0.participant.name) })?.participant
                    target = inSentence ?? focus.female
                case "they", "them", "their":
                    let group = earlier.filter { !reading.isPrepositional($0.first) && !$0.isPossessive }.map(\.participant)
                    // "Plekhanov's supporters … they": people the text describes and never names, unless the
                    // sentence names two or more before it.
                    let persons = resolved.filter { $0.participant.type == .person && !reading.isPrepositional($0.first) && !$0.isPossessive }
                    if group.count < 2, persons.count < 2, let start = referent.participant.range?.start, names.isDescribed(start) {
                        reading.unnamedPronouns.insert(referent.first)
                        continue
                    }
                    // "Owing to the poor health of both Orlov and his wife, they moved": people its own sentence co-ordinates.
                    let paired = group.count < 2 ? coordinatedPeople(in: reading, among: earlier) : nil
                    var people = group.count >= 2 ? group : paired ?? focus.group
                    // "… a friend offered to marry her. She agreed and they were married": one person is no "they";
                    // the one a subject pronoun before it in its sentence stands for is the other.
                    if people.count == 1, !referent.isPossessive, !referent.isObjectPronoun,
                       let other = resolved.last(where: { $0.isPronoun && !$0.isPossessive && !$0.isObjectPronoun && $0.participant.type == .person
                           && $0.participant.name != people[0].name && reading.isQuoted[$0.first] == reading.isQuoted[referent.first] }) {
                        people.insert(other.participant, at: 0)
                    }
                    if let paired, let first = paired.first {
                        target = first
                        referent.group = Array(paired.dropFirst())
                        break
                    }
                    // "Lenin called for their execution": "they" is never the one person its own sentence has just named.
                    if people.count == 1, earlier.contains(where: { $0.participant.name == people[0].name }) {
                        reading.unnamedPronouns.insert(referent.first)
                        continue
                    }
                    if let first = people.first {
                        target = first
                        referent.group = Array(people.dropFirst())
                    }
                case "who":
                    if let previous = resolved.last(where: { $0.end <= referent.first && $0.end >= referent.first - 2 && !$0.isPronoun }) { target = previous.participant }
                case "i", "my", "we", "our":
                    target = source?.author ?? reading.quoteSpeaker(before: referent.first)
                default:
                    break
                }
                // The coreference model's person, unless a subject or possessive pronoun has one
                // earlier in its own sentence (an object pronoun rarely means its verb's subject:
                // "Yuon told him"). Of 25 pronouns drawn from the unseen biographies where model
                // and rules differed, the model alone had 13 right, the rules 8, this choice 12,
                // and "X's son, Y, died …, and he was murdered" stays Y's, not the salient X's.
                if let model = linked(referent, word: word), inSentence == nil || referent.isObjectPronoun {
                    // "… the anarchists Emma Goldman and Alexander Berkman. Lenin was also visited by Armand … He sent her":
                    // "she" (or "he") is the one the sentence before spoke of, over one the model reaches further back for.
                    let recent = ["she", "her", "he", "him", "his"].contains(word) && target.map { focus.namedBefore.contains($0.name) } == true
                    // The model keeps a name the sentence gives after the pronoun ("Among his siblings, Lenin …").
                    let namedAfter = reading.referents.contains { $0.first > referent.first && !$0.isPronoun && $0.participant.name == model.name }
                    // "… Sokolov sought a pretext … and some of Orlov's letters showed doubt. Arrested in 1937, he was
                    // charged" (in a document about Orlov): a subject pronoun goes on with the one the document is about, where the sentence before named them.
                    let topic = recent && target?.name == names.subject.name && !referent.isPossessive && !referent.isObjectPronoun
                        && names.isFemale(names.subject.name) == ["she", "her"].contains(word)
                    if (!(recent && !focus.namedBefore.contains(model.name)) || namedAfter) && !topic { target = model }
                }
                if let named = target, isNamedInItsOwnClause(referent, meaning: named, in: reading) {
                    // "She spent an hour talking to Petrova": not Petrova, but whom the sentence before was about, or the one
                    // other such person it named.
                    let others = focus.namedBefore.filter { $0 != named.name && names.isFemale($0) == names.isFemale(named.name) }
                    let lead = focus.last.flatMap { others.contains($0.name) ? $0.name : nil }
                    guard let other = lead ?? (others.count == 1 ? others.first : nil) else {
                        reading.unnamedPronouns.insert(referent.first)
                        continue
                    }
                    target = Participant(name: other, surface: other, type: .person)
                }
                guard let target else { continue }
                if isQuotedStranger(referent, meaning: target, in: reading, resolved: resolved, focus: focus) {
                    reading.unnamedPronouns.insert(referent.first)
                    continue
                }
                referent.participant = Participant(name: target.name, surface: referent.participant.surface, range: referent.participant.range, type: target.type)
            }
            resolved.append(referent)
        }
        // "his father", "Trotsky's wife": a relative the text does not name here.
        for owner in resolved where owner.isPossessive {
            guard owner.end < reading.tokens.count, let kin = RelationExtractor.kinship(reading.tokens[owner.end].text),
                  !resolved.contains(where: { $0.first == owner.end + 1 || ($0.first == owner.end + 2 && reading.tokens[owner.end + 1].isMark(",")) }) else { continue }
            let token = reading.tokens[owner.end]
            let start = owner.participant.range?.start ?? token.range.start
            let range = TextRange(start: start, end: token.range.end)
            resolved.append(SentenceReading.Referent(first: owner.end, end: owner.end + 1,
                                                     participant: Participant(name: "\(owner.participant.name)'s \(kin)", surface: text.string(in: range), range: range, type: .person),
                                                     isPossessive: false, isPronoun: false, isObjectPronoun: false))
        }
        reading.referents = resolved.sorted { $0.first < $1.first }
    }
}
