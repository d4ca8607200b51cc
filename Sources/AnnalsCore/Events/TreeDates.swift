/// Which date an event takes, read from the dependency tree: a date belongs to the
/// clause it is attached in. "In 1897 he was arrested" dates the arrest; the year of a
/// book ("after reading Capital (1867)"), a lifespan in brackets or a relative clause's
/// date ("Kaplan, who was executed in September") dates something else.
struct TreeDates {
    let reading: SentenceReading
    let tree: SentenceTree
    /// The words that trigger events in the sentence: a date stops at the first it meets.
    let triggers: Set<Int>

    /// Relations by which a date modifies a noun rather than a clause ("the 1917 revolution", "Capital (1867)").
    static let nounModifiers: Set<String> = ["appos", "compound", "amod", "nummod", "flat", "list", "dep"]
    /// Relations a date climbs through to reach its clause ("in the spring of 1917").
    private static let climbing: Set<String> = ["obj", "obl", "nmod", "nsubj", "iobj", "conj"]

    /// The word of the event or clause a date dates, or nil when it dates a name or a thing.
    func owner(of dated: SentenceReading.Dated) -> Int? {
        if let verb = verbBracketing(dated) { return verb }
        guard let w = tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens), var k = tree.head(w) else { return nil }
        // "in the morning, 8 February 1725": a date set beside a noun of time is that time.
        if Self.nounModifiers.contains(String(tree.base(w))), EventWords.timeNouns.contains(tree.lemma(k)), !dated.isAttachedToName,
           let up = tree.head(k), Self.climbing.contains(String(tree.base(k))) {
            k = up
        } else if let periodical = periodical(before: dated), let up = tree.head(periodical) {
            // "given by Stalin in Pravda, November 6, 1918": a day beside a periodical is its issue, when the words were printed.
            k = up
        } else if Self.nounModifiers.contains(String(tree.base(w))) || tree.words[w].relation == "nmod:poss" || dated.isAttachedToName {
            // A date hung on a noun dates that noun's event only: "his 1898 arrest", "(born 1864)".
            return triggers.contains(k) || tree.headsClause(k) && reading.bracketDepth[tree.tokenOfWord[k]] > 0 ? k : nil
        }
        for _ in tree.words.indices {
            if let after = clauseAfterSemicolon(from: k, holding: dated) { return after }
            if triggers.contains(k) { return laterConjunct(of: k, holding: dated) ?? k }
            // "executed by hanging in May 1887": a "by" gerund tells how, and when, the event above it happened.
            if tree.headsClause(k), !isManner(k) { return laterConjunct(of: k, holding: dated) ?? k }
            guard Self.climbing.contains(String(tree.base(k))) || isManner(k), let up = tree.head(k) else { return nil }
            k = up
        }
        return nil
    }

    /// The periodical a date of a day or month is written beside, outside brackets, after
    /// "in" ("in Pravda, November 6, 1918"), whatever word the parse hangs the date on.
    private func periodical(before dated: SentenceReading.Dated) -> Int? {
        guard let date = dated.mention.date, date.precision <= .month, reading.bracketDepth[dated.first] == 0, dated.first > 1,
              reading.tokens[dated.first - 1].isMark(","),
              let work = reading.referents.first(where: { $0.end == dated.first - 1 && $0.participant.type == .work && !$0.isPronoun }),
              let w = tree.headWord(ofTokens: work.first..<work.end, in: reading.tokens), tree.caseWord(of: w) == "in" else { return nil }
        return w
    }

    /// The event noun a verb governs as its object or oblique ("attended the congress").
    private func governedNoun(of w: Int) -> Int? {
        tree.dependents(of: w, ["obj", "obl"]).first { triggers.contains($0) }
    }

    /// An adverbial clause that happens at the time of the clause it modifies: "when …", "as …", "while …".
    private func isSimultaneous(_ k: Int) -> Bool {
        tree.base(k) == "advcl" && EventWords.simultaneityMarks.contains(tree.caseWord(of: k) ?? "")
    }

    /// A gerund after "by" that says how the event above it was done.
    private func isManner(_ k: Int) -> Bool {
        tree.words[k].xpos == "VBG" && ["advcl", "obl"].contains(String(tree.base(k))) && tree.caseWord(of: k) == "by" && tree.head(k) != nil
    }

    /// The date of the event triggered by word `w`, and whether it is only inferred
    /// (a co-ordinated verb's date written after it: "arrested in 1897 and exiled").
    func date(for w: Int, isNoun: Bool) -> (dated: SentenceReading.Dated, inferred: Bool)? {
        let usable = reading.dates.filter { $0.mention.date != nil }
        let owners = usable.map { owner(of: $0) }
        func owned(by word: Int) -> SentenceReading.Dated? {
            let mine = zip(usable, owners).filter { $0.1 == word }.map(\.0)
            let at = tree.tokenOfWord[word]
            // A date inside the subject's phrase ("a summary of his role in 1917 was given … November 6, 1918")
            // dates the clause only when the clause has no other.
            let subject = tree.dependents(of: word, ["nsubj", "nsubj:pass"]).map { tree.tokenSpan(ofSubtree: $0) }
            var outside = mine.filter { dated in !subject.contains { $0.contains(dated.first) } }
            if outside.isEmpty { outside = mine }
            // A time told by a clause of its own ("In May 1890, when she was 20, her uncle died") gives way to one written on the verb.
            let written = outside.filter { dated in tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens).map { tree.base($0) != "advcl" } ?? true }
            return (written.isEmpty ? outside : written).min { abs($0.first - at) < abs($1.first - at) }
        }
        if let own = owned(by: w) { return (own, false) }
        // "In 1897 he was arrested and exiled": a date before the first of co-ordinated verbs dates them all.
        var k = w
        while ["conj", "xcomp"].contains(tree.words[k].relation), let head = tree.head(k), tree.words[head].upos == "VERB" {
            if let shared = owned(by: head) { return (shared, shared.first > tree.tokenOfWord[head]) }
            k = head
        }
        // "who had been arrested": an event told in the past perfect happened before the time
        // the sentence stands at, so no date but one the tree gives it reaches it.
        if isAnterior(w) { return nil }
        // "In January 1925, Stalin was able to arrange for Trotsky to be removed": a date
        // fronted before its clause's verb holds for the clauses below it; "failed in
        // August 1910 when Kamenev resigned": a "when" clause happens at its head's time.
        k = w
        while let head = tree.head(k), ["xcomp", "advcl", "conj"].contains(String(tree.base(k))) {
            if let shared = owned(by: head) ?? governedNoun(of: head).flatMap(owned(by:)), shared.first < tree.tokenOfWord[head] || isSimultaneous(k) {
                return (shared, false)
            }
            if tree.base(k) == "advcl", !isSimultaneous(k), tree.caseWord(of: k) != nil { break }
            k = head
        }
        // "attended the congress of 1903": the event noun the verb governs.
        if let noun = governedNoun(of: w), let dated = owned(by: noun) { return (dated, false) }
        // "condemned at the party congress, held in Riga in May 1906": what is done at a gathering happens
        // when the participle describing the gathering says it was held.
        for noun in tree.dependents(of: w, ["obl"]) where tree.caseWord(of: noun) == "at" && EventLexicon.meetingWords.contains(tree.lemma(noun)) {
            if let dated = tree.dependents(of: noun, ["acl"]).lazy.compactMap(owned(by:)).first { return (dated, false) }
        }
        // "In 1918 he survived an assassination attempt": the verb that governs the noun (not one
        // that reports it: "announced Lenin's death the following day" is the announcement's day).
        if isNoun, let clause = clause(ofNoun: w), !EventWords.reportingVerbs.contains(tree.lemma(clause)), let dated = owned(by: clause) {
            return (dated, false)
        }
        // "After he was freed in 1902, he moved": what the event is placed after or before bounds it (``boundMark(writtenAt:of:)``).
        if let bound = boundingPhrase(of: w) { return (bound.dated, false) }
        return unplaced(near: w, usable: usable, owners: owners)
    }

    /// Whether the date written at `span` may date the event of word `w`: a date from
    /// another sentence, one the parse cannot place, or one on the trigger's own chain of
    /// clauses; never one the parse gives to another event, another clause or a name.
    func mayDate(_ w: Int, with span: TextRange) -> Bool {
        guard let dated = reading.dates.first(where: { $0.mention.range == span }) else { return true }
        if dated.isAttachedToName { return false }
        guard let owner = owner(of: dated) else {
            // "elected him …, and took part in a December demonstration": a date that modifies a noun dates
            // the event only when that noun is the event's own argument ("returned during the 1905 Revolution").
            // A date with a preposition of its own ("In 1930 Herbert Morrison …" parsed onto the name) modifies no noun.
            guard let d = tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens), let noun = tree.head(d),
                  Self.nounModifiers.contains(String(tree.base(d))), !isLoose(d), tree.caseWord(of: d) == nil else { return true }
            // The noun is the event's argument when only nouns lie between them ("refuted the charge in the Guardian (6th February, 1937)").
            var k = noun
            while k != w, Self.climbing.contains(String(tree.base(k))) || Self.nounModifiers.contains(String(tree.base(k))), tree.words[k].upos != "VERB", let up = tree.head(k) { k = up }
            return k == w
        }
        if tree.dominates(owner, w) { return isInScope(w, of: owner) && !isReported(w, by: owner) }
        // A date in a clause below the event's word dates it only along its own chain
        // ("proclaimed that … the year was 1700" is no date of the proclaiming).
        return tree.dominates(w, owner) && !triggers.contains(owner) && !entersClause(from: w, to: owner)
    }

    /// "announced Lenin's death the following day": an event noun whose clause is a verb of
    /// reporting `owner` takes none of that verb's dates (the day told is the telling's).
    private func isReported(_ w: Int, by owner: Int) -> Bool {
        clause(ofNoun: w) == owner && EventWords.reportingVerbs.contains(tree.lemma(owner))
    }

    /// The clause an event noun is an argument of, through the nouns it hangs on.
    private func clause(ofNoun w: Int) -> Int? {
        var k = w
        while let head = tree.head(k), ["obj", "obl", "nmod", "compound", "nsubj"].contains(String(tree.base(k))) {
            if tree.headsClause(head) { return head }
            k = head
        }
        return nil
    }

    /// Whether a date on clause `owner` reaches down to word `w`: not into a relative
    /// clause, a reported clause, an aside or brackets ("In January 1915 he began editing
    /// (with Martov, who soon resigned …)" does not date the resignation).
    private func isInScope(_ w: Int, of owner: Int) -> Bool {
        guard reading.bracketDepth[tree.tokenOfWord[w]] == reading.bracketDepth[tree.tokenOfWord[owner]] else { return false }
        var k = w
        while k != owner, let head = tree.head(k) {
            if ["acl:relcl", "ccomp", "parataxis", "appos", "csubj"].contains(tree.words[k].relation) { return false }
            k = head
        }
        return true
    }

    /// Whether the way down from `w` to `owner` enters a relative, reported or loose clause.
    func entersClause(from w: Int, to owner: Int) -> Bool {
        var k = owner
        while k != w, let head = tree.head(k) {
            // A title parsed as a clause ("his book You Can't Print That! (1929)") is a name, not a clause.
            let t = tree.tokenOfWord[k]
            let inTitle = reading.referents.contains { $0.first <= t && t < $0.end && $0.participant.type == .work }
            if !inTitle, ["acl:relcl", "ccomp", "parataxis", "csubj"].contains(tree.words[k].relation) { return true }
            // "was sent to a camp, but she lived to see her husband cleared in 1956": a clause co-ordinated
            // with a verb's, with a subject of its own, is a clause of its own.
            if !inTitle, tree.base(k) == "conj", tree.words[head].upos == "VERB", !tree.dependents(of: k, ["nsubj"]).isEmpty { return true }
            k = head
        }
        return false
    }

    /// A date the parse hangs on nothing it can read ("The following year Trotsky's son …"
    /// parsed as a compound): the nearest such in the trigger's clause and bracket depth.
    /// A date the tree gives to another clause or to a name is never taken.
    private func unplaced(near w: Int, usable: [SentenceReading.Dated], owners: [Int?]) -> (dated: SentenceReading.Dated, inferred: Bool)? {
        let at = tree.tokenOfWord[w]
        let clause = reading.clause(around: at)
        let depth = reading.bracketDepth[at]
        let candidates = zip(usable, owners).filter { dated, owner in
            owner == nil && !dated.isAttachedToName && clause.contains(dated.first) && reading.bracketDepth[dated.first] == depth
                && tree.headWord(ofTokens: dated.first..<dated.end, in: reading.tokens).map { !Self.nounModifiers.contains(String(tree.base($0))) || isLoose($0) } ?? true
        }.map(\.0)
        return candidates.min { abs($0.first - at) < abs($1.first - at) }.map { ($0, false) }
    }

    /// A date the parse hangs on a word it cannot modify: no noun, or a possessor ("the
    /// following year Trotsky's son" read as "year" modifying "Trotsky").
    private func isLoose(_ w: Int) -> Bool {
        guard let head = tree.head(w) else { return true }
        return !["NOUN", "PROPN"].contains(tree.words[head].upos) || tree.words[head].relation == "nmod:poss"
    }

    /// Whether the event of verb `w` is told in the perfect of the past ("had been arrested",
    /// "having left Vienna"), its own or that of the verb it is co-ordinated with: it
    /// happened before the time the narrative stands at.
    func isAnterior(_ w: Int) -> Bool {
        conjuncts(of: w).contains { k in
            tree.words[k].xpos == "VBN" && tree.dependents(of: k, ["aux"]).contains { tree.lemma($0) == "have" && ["VBD", "VBG"].contains(tree.words[$0].xpos) }
        }
    }

    /// Word `w` and the words it is co-ordinated with, up the chain of `conj` ("arrested in
    /// 1897 and exiled": exiled, then arrested); only verbs above it where `verbsOnly`.
    private func conjuncts(of w: Int, verbsOnly: Bool = true) -> [Int] {
        var chain = [w]
        while let k = chain.last, tree.words[k].relation == "conj", let head = tree.head(k), !verbsOnly || tree.words[head].upos == "VERB",
              chain.count <= tree.words.count {
            chain.append(head)
        }
        return chain
    }

    /// Whether the event of verb `w`, or of the verb it is co-ordinated with, is placed after
    /// another ("After their release, they were arrested", "later moved", "was eventually
    /// elected"): it happened at some later time than the narrative's date.
    func isSequel(_ w: Int) -> Bool {
        conjuncts(of: w).contains { k in
            tree.dependents(of: k, ["obl", "advcl", "advmod"]).contains { d in
                EventWords.sequenceMarks.contains(tree.caseWord(of: d) ?? "") || tree.base(d) == "advmod" && EventWords.sequenceMarks.contains(tree.lemma(d))
            }
        }
    }

    /// Whether the event of verb `w` is set within a span of its own ("While living in England,
    /// Canada, and France, she wrote …"): its time is that span, not the narrative's date.
    func isFramed(_ w: Int) -> Bool {
        tree.dependents(of: w, ["advcl"]).contains { EventWords.frameMarks.contains(tree.caseWord(of: $0) ?? "") }
    }

    /// Whether the event of word `w` is told as a habit or a series ("was routinely
    /// arrested", "published several works"): it has no one date to borrow from the narrative.
    func isSeries(_ w: Int) -> Bool {
        conjuncts(of: w, verbsOnly: false).contains { k in
            tree.dependents(of: k, ["advmod"]).contains { EventWords.habitualAdverbs.contains(tree.lemma($0)) }
                || tree.dependents(of: k, ["obj"]).contains { object in
                    tree.dependents(of: object, ["det", "amod", "nummod"]).contains { EventWords.seriesDeterminers.contains(tree.lemma($0)) }
                }
        }
    }
}
