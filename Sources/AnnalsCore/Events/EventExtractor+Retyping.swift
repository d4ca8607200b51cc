/// What an event's arguments make of the type its word names: a decree issued is no
/// publication, a congress organised is no founding, talking with someone is no speech, a shot
/// at oneself no attack.
extension EventExtractor {
    /// The type the arguments of verb `w` give the event, where it is not the one its word names.
    func retyped(_ w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> EventType? {
        issuedDocument(by: w, type: type, tree: tree, reader: reader)
            ?? organisedGathering(by: w, type: type, tree: tree, reader: reader)
            ?? conversation(at: w, type: type, tree: tree, reader: reader)
            ?? selfInflicted(by: w, type: type, tree: tree)
            ?? fatal(w, type: type, tree: tree, reader: reader)
    }

    /// "was shot at dawn, and the report of his death …": an attack whose victim's death the
    /// same sentence tells, and no survival, was a killing.
    private func fatal(_ w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> EventType? {
        guard type == .attack, reader.isPassive(w), let victim = reader.subjectWord(of: w).flatMap(reader.referent(at:)),
              victim.participant.type == .person,
              !tree.words.indices.contains(where: { EventWords.survivalVerbs.contains(tree.lemma($0)) }) else { return nil }
        let dies = tree.words.indices.contains { k in
            let told = tree.words[k].upos == "NOUN" ? EventLexicon.nouns[tree.lemma(k).lowercased()] : EventLexicon.verbs[tree.words[k].form.lowercased()]
            guard k != w, told == .death else { return false }
            let whose = tree.words[k].upos == "NOUN" ? tree.dependents(of: k, ["nmod:poss"]).first : reader.subjectWord(of: k)
            return whose.flatMap(reader.referent(at:))?.participant.name == victim.participant.name
        }
        return dies ? .assassination : nil
    }

    /// "had shot himself", "killed herself": a killing whose object is the one who acts is a suicide.
    private func selfInflicted(by w: Int, type: EventType, tree: SentenceTree) -> EventType? {
        guard type.has(.killing), type != .suicide else { return nil }
        return tree.dependents(of: w, ["obj"]).contains { tree.words[$0].feature("Reflex") == "Yes" } ? .suicide : nil
    }

    /// "issued a decree", "wrote a letter": a verb of making (one whose type may be told of
    /// works) whose object names an event of a type told by its object tells that event;
    /// "issued a requisitioning order" a decree. A killing written is words ("wrote an attack
    /// on the policy").
    private func issuedDocument(by w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> EventType? {
        guard type.has(.ofWorks) else { return nil }
        for k in reader.objectWords(of: w) {
            // The object phrase's first noun ("a decree limiting work", however the parse hangs "work"), then its head.
            let span = tree.tokenSpan(ofSubtree: k)
            let first = tree.words.indices.first { span.contains(tree.tokenOfWord[$0]) && ["NOUN", "PROPN"].contains(tree.words[$0].upos) }
            for noun in [first, k].compactMap({ $0 }) {
                let lemma = tree.lemma(noun).lowercased()
                // (The first noun stands for the head only for a document issued: "the conference proceedings" are no conference.)
                if let told = EventLexicon.nouns[lemma], told != type, told.has(.toldByObject), noun == k || told.has(.issued),
                   !(told.has(.killing) && type == .publication) { return told }
                // (A capitalised "Order of Lenin" is a decoration's name.)
                if tree.words[noun].form.first?.isLowercase == true, EventWords.orderNouns.contains(lemma) { return .decree }
            }
        }
        return nil
    }

    /// "helped organize the 1900 International Anarchist Congress": one who organises a
    /// gathering takes part in it; a congress is met, not founded.
    private func organisedGathering(by w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> EventType? {
        guard type == .founding else { return nil }
        return reader.objectWords(of: w).contains { EventLexicon.meetingWords.contains(tree.lemma($0).lowercased()) } ? .meeting : nil
    }

    /// "He spoke with Augustus II": to speak with someone, and say nothing to an audience, is to meet them.
    private func conversation(at w: Int, type: EventType, tree: SentenceTree, reader: TreeRoles) -> EventType? {
        guard type == .speech, tree.lemma(w) == "speak", tree.dependents(of: w, ["obj"]).isEmpty else { return nil }
        return tree.dependents(of: w, ["obl"]).contains { tree.caseWord(of: $0) == "with" && reader.referent(at: $0)?.participant.type == .person } ? .meeting : nil
    }
}
