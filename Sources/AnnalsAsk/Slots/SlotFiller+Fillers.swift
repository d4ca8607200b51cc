import AnnalsGrammar

extension SlotFiller {
    /// The word that heads the phrase filling the slot, around verb `v`.
    static func filler(of frame: QuestionFrame, verb v: Int, in words: [Word]) -> Int? {
        let dependents = words.indices.filter { words[$0].head == v + 1 }
        func relation(_ names: Set<String>) -> Int? { dependents.first { names.contains(words[$0].deprel) } }
        func caseWord(_ k: Int) -> String? {
            words.indices.first { words[$0].head == k + 1 && ["case", "mark"].contains(words[$0].deprel) }.map { words[$0].lemma.lowercased() }
        }
        let passive = dependents.contains { ["aux:pass", "nsubj:pass"].contains(words[$0].deprel) }
        let wantsAgent = frame.slot == .subject && !frame.isPassive
        let wantsPatient = frame.slot == .object || frame.slot == .subject && frame.isPassive
        if wantsAgent {
            let agent = passive ? dependents.first { words[$0].deprel == "obl:agent" || words[$0].deprel == "obl" && caseWord($0) == "by" } : relation(["nsubj"])
            return agent.flatMap { antecedent(of: $0, in: words) }
        }
        if wantsPatient {
            // "the map that the guild published": a relative clause with its own subject and no object says it of its noun.
            if !passive, relation(["obj"]) == nil, ["acl:relcl", "acl"].contains(words[v].deprel), relation(["nsubj"]) != nil, let head = words[v].head, head > 0 { return head - 1 }
            return (passive ? relation(["nsubj:pass"]) : relation(["obj"])).flatMap { antecedent(of: $0, in: words) }
        }
        switch frame.slot {
        case .oblique(let preposition):
            return dependents.first { words[$0].deprel.hasPrefix("obl") && caseWord($0) == preposition }
        case .complement:
            // "which she called the golden rule", "called them traitors": the secondary predicate, or a second object.
            // (A bare noun after the object, parsed as an unmarked oblique, is that predicate too.)
            // ("a doctrine called the Mandate of the Crown", "known as the Mandate": a participle on a noun names it by its object or "as".)
            let object = relation(["obj"]) ?? v
            return relation(["xcomp"]) ?? dependents.filter { words[$0].deprel == "obj" }.dropFirst().first
                ?? dependents.first { $0 > object && ["obl:unmarked", "obl:npmod"].contains(words[$0].deprel) }
                ?? dependents.first { words[$0].deprel.hasPrefix("obl") && caseWord($0) == "as" }
                ?? (words[v].deprel.hasPrefix("acl") || passive ? relation(["obj"]) : nil)
        case .reason:
            // "because it printed …", "because of the war", "expelled for taking part in protests" (a gerund after "for",
            // wherever the parse hangs it: on the verb, or on the oblique before it).
            let below = dependents.flatMap { k in [k] + words.indices.filter { words[$0].head == k + 1 && words[$0].deprel == "acl" } }
            // Else a phrase whose noun names a reason, "in response to the blockade", "in honour of the founder";
            // else a clause of purpose, "to raise money", "in order to reach the coast".
            return below.first { k in
                ["because", "since", "as"].contains(caseWord(k) ?? "") && words[k].deprel == "advcl" || ["because of", "due to"].contains(caseWord(k) ?? "")
                    || caseWord(k) == "for" && words[k].xpos == "VBG"
            } ?? dependents.first { k in
                words[k].deprel.hasPrefix("obl") && caseWord(k) == "in" && AnswerWords.shipped.reasonNouns.contains(words[k].lemma.lowercased())
            } ?? dependents.first { k in
                words[k].deprel == "advcl" && words[k].upos == "VERB" && words[k].xpos == "VB"
                    && words.indices.contains { words[$0].head == k + 1 && words[$0].deprel == "mark" && words[$0].form.lowercased() == "to" }
                    && !words.indices.contains { words[$0].head == k + 1 && words[$0].deprel.hasPrefix("nsubj") }
            }
        case .manner:
            return dependents.first { ["advcl", "obl"].contains(words[$0].deprel) && caseWord($0) == "by" }
        default:
            return nil
        }
    }
}
