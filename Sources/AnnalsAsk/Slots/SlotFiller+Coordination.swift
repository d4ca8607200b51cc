import AnnalsCore
import AnnalsGrammar

/// "Who" is asked without number: where the person answering is one of names joined by "and"
/// ("Ivan Orlov and Pavel Lanin", "Orlov, Petrova and Liepa"), all of them answer; so do
/// all the places or bodies joined where a plural noun asks for them ("What countries…"), and
/// all the places joined where "where" asks ("Germany and Scandinavia").
extension SlotFiller {
    /// `answering` with a first answer that names a person widened to the co-ordination of
    /// names it stands in, when the question names none of the others.
    func coordinated(_ answering: Answering, questionWords: [Word], passages: [Passage], parsed: (Int) -> Parsed?) -> Answering {
        guard let first = answering.answers.first,
              first.kind == .person || first.kind == .place && Self.asksWhere(questionWords) || first.kind.entityType != nil && Self.asksMany(questionWords),
              let index = first.passages.first,
              passages.indices.contains(index), let sentence = parsed(index) else { return answering }
        let passage = passages[index], start = passage.range.start, asked = Set(questionWords.map { $0.form.lowercased() })
        guard let mention = passage.names.first(where: { $0.name == first.value }),
              let k = sentence.spans.firstIndex(where: { $0.contains(mention.range.start - start) }) else { return answering }
        let text: String
        if let range = Self.coordination(of: k, in: sentence.words, asked: asked) {
            text = String(String.UnicodeScalarView(sentence.scalars[sentence.spans[range.lowerBound].lowerBound..<sentence.spans[range.upperBound - 1].upperBound]))
        } else if let listed = Self.listedNames(around: mention, in: passage, asked: asked) {
            text = listed
        } else { return answering }
        var widened = answering
        widened.answers[0].text = text
        widened.explanation.append("phrase: the names joined with it: \(text)")
        return widened
    }

    /// Whether the question asks for things by a plural noun: "What countries…", "Which two
    /// cities…".
    static func asksMany(_ question: [Word]) -> Bool {
        guard let wh = question.firstIndex(where: { ["what", "which"].contains($0.form.lowercased()) }) else { return false }
        return question[(wh + 1)...].prefix(3).first { $0.upos == "NOUN" }?.xpos == "NNS"
    }

    /// Whether the question asks "where", which is asked without number as "who" is.
    static func asksWhere(_ question: [Word]) -> Bool {
        question.contains { $0.form.lowercased() == "where" }
    }

    /// The words from the first to the last of the names joined with the name word `k` ("A, B
    /// and C"), or nil when it is joined with none, a conjunct is no name, or the question
    /// (`asked`, its lower-cased words) names one of them.
    static func coordination(of k: Int, in words: [Word], asked: Set<String>) -> Range<Int>? {
        guard words[k].upos == "PROPN" else { return nil }
        func nameHead(_ w: Int) -> Int {
            var at = w
            while ["flat", "compound"].contains(where: words[at].deprel.hasPrefix), let up = words[at].head, up > 0, words[up - 1].upos == "PROPN" { at = up - 1 }
            return at
        }
        var root = nameHead(k)
        while words[root].deprel == "conj", let up = words[root].head, up > 0, words[up - 1].upos == "PROPN" { root = nameHead(up - 1) }
        let conjuncts = [root] + words.indices.filter { words[$0].head == root + 1 && words[$0].deprel == "conj" }
        guard conjuncts.count > 1, conjuncts.allSatisfy({ words[$0].upos == "PROPN" }) else { return nil }
        let names = conjuncts.map { SpanRanker.name(of: $0, in: words) }
        guard names.allSatisfy({ !$0.isEmpty }),
              !names.joined().contains(where: { asked.contains(words[$0].form.lowercased()) }) else { return nil }
        let from = names.joined().min()!, to = names.joined().max()!
        // (Only the names, commas and "and" between them: "Lane and his friend Vail" is not a list of names.)
        let between = (from...to).filter { w in !names.joined().contains(w) }
        // ("Neither Tesla nor Edison", "Lane or Vail": no list of those who did.)
        // ("Germany and the United Kingdom": a conjunct's own article, or a capitalised word of it the
        // parse hangs on it as a modifier, may stand between.)
        func ownWord(_ w: Int) -> Bool {
            guard let head = words[w].head, conjuncts.contains(head - 1) else { return false }
            return words[w].deprel == "det" || words[w].deprel == "amod" && words[w].form.first?.isUppercase == true
        }
        guard between.allSatisfy({ words[$0].deprel == "punct" || words[$0].deprel == "cc" && ["and", "&"].contains(words[$0].form.lowercased())
            || ownWord($0) }) else { return nil }
        return from..<(to + 1)
    }

    /// Where the parse makes no list of the names (it hangs the second on another noun, or a
    /// name is written with "of": "William of Dorvik and John of Harlow"), the names the
    /// recognizer found beside `mention` of its type, with only commas and "and" between them
    /// and an "and" among those ("Orlov, Lanin and Sokolov"; commas alone make no list:
    /// "Suspecting Orlov, Lanin wrote"); nil when there are none or the question names one.
    static func listedNames(around mention: Passage.Named, in passage: Passage, asked: Set<String>) -> String? {
        let named = passage.names.filter { $0.type == mention.type }.sorted { $0.range.start < $1.range.start }
        func text(_ from: Int, _ to: Int) -> String { AnswerFinder.text(of: TextRange(start: from, end: to), in: passage) }
        func joining(_ a: Int) -> String? {
            guard a + 1 < named.count, named[a].id != named[a + 1].id else { return nil }
            let between = text(named[a].range.end, named[a + 1].range.start)
            return [", ", " and ", ", and "].contains(between) ? between : nil
        }
        guard var last = named.firstIndex(where: { $0.range == mention.range }) else { return nil }
        var first = last
        while first > 0, joining(first - 1) != nil { first -= 1 }
        while joining(last) != nil { last += 1 }
        guard first < last, (first..<last).contains(where: { joining($0)?.contains("and") == true }),
              named[first...last].allSatisfy({ QuestionReader.words($0.name).allSatisfy { !asked.contains($0.lowercased()) } }) else { return nil }
        return text(named[first].range.start, named[last].range.end)
    }
}
