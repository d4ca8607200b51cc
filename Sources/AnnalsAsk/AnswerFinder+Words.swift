import AnnalsCore
import Foundation

/// How a passage's words are read for an answer: who acts in it, asides, places, stems and the
/// word lists the finder uses.
extension AnswerFinder {
    /// Whether every use of the verb (any of `stems`) in the passage follows straight on a
    /// person the question does not name, or on their possessive ("Lunacharsky wrote", "Lenin's death").
    static func someoneElseActs(_ stems: Set<String>, in passage: Passage, asked: Set<String>, askedWords: Set<String> = []) -> Bool {
        var senses = stems
        for sense in Self.sameSense where !sense.isDisjoint(with: stems) { senses.formUnion(sense) }
        let pieces = spacedWords(of: passage)
        var uses = 0, byOthers = 0
        for (k, piece) in pieces.enumerated() where k > 0 {
            guard let word = QuestionReader.words(String(piece.text)).first, senses.contains(stem(word)) else { continue }
            uses += 1
            let before = pieces[k - 1]
            let end = before.offset + before.text.unicodeScalars.count
            // "Lunacharsky wrote", "Lenin's death", "his father died" (unless a relative is asked of).
            if let person = passage.names.last(where: { ($0.range.end == end || $0.range.end == end - 2) && $0.type == .person }),
               !asked.contains(person.id) { byOthers += 1 }
            else if !askedWords.isEmpty, let kin = QuestionReader.words(String(before.text)).last?.lowercased(), QuestionReader.kin[kin] != nil, !askedWords.contains(kin) {
                byOthers += 1
            }
        }
        return uses > 0 && byOthers == uses
    }

    /// For an offset in the passage, the bracketed aside it stands in (the offset of its
    /// opening bracket), or nil outside brackets.
    static func asides(of passage: Passage) -> (Int) -> Int? {
        var opened: [Int] = []
        var owner: [Int?] = []
        for (k, scalar) in passage.text.unicodeScalars.enumerated() {
            if scalar == "(" { opened.append(k) }
            owner.append(opened.last)
            if scalar == ")", !opened.isEmpty { opened.removeLast() }
        }
        return { offset in
            let k = offset - passage.range.start
            return k >= 0 && k < owner.count ? owner[k] : nil
        }
    }

    /// The index of the space-separated piece that holds scalar `offset`.
    static func piece(at offset: Int, in pieces: [(text: Substring, offset: Int)]) -> Int? {
        pieces.firstIndex { $0.offset <= offset && offset < $0.offset + $0.text.unicodeScalars.count + 1 }
    }

    /// The word just before an offset in the passage.
    static func word(before offset: Int, in pieces: [(text: Substring, offset: Int)]) -> String? {
        guard let k = piece(at: offset, in: pieces), k > 0 else { return nil }
        return QuestionReader.words(String(pieces[k - 1].text)).last
    }

    /// The preposition that opens the phrase of the word at `offset`, past a determiner or a
    /// possessive before it ("against the League", "with his brother").
    static func preposition(before offset: Int, in pieces: [(text: Substring, offset: Int)]) -> String? {
        word(before: offset, past: AnswerWords.shipped.determiners, in: pieces)
    }

    /// The first word before an offset, lower-cased, that is none of `skipped`.
    static func word(before offset: Int, past skipped: Set<String>, in pieces: [(text: Substring, offset: Int)]) -> String? {
        guard var k = piece(at: offset, in: pieces) else { return nil }
        while k > 0 {
            k -= 1
            guard let word = QuestionReader.words(String(pieces[k].text)).last?.lowercased() else { return nil }
            if !skipped.contains(word) { return word }
        }
        return nil
    }

    /// Whether the words before an offset give a name: "known as the", "called", "named".
    static func isNamedThere(_ offset: Int, in pieces: [(text: Substring, offset: Int)]) -> Bool {
        guard let k = piece(at: offset, in: pieces) else { return false }
        var before = pieces[..<k].suffix(3).map { QuestionReader.words(String($0.text)).last?.lowercased() ?? "" }
        if before.last == "the" || before.last == "a" { before.removeLast() }
        guard let last = before.last else { return false }
        return ["called", "named", "dubbed", "termed", "styled", "nicknamed", "branded", "labelled", "labeled"].contains(last)
            || last == "as" && before.dropLast().contains { ["known", "referred"].contains($0) }
    }

    /// The stems of the verbs of naming (`[naming verbs]`) and "refer" ("referred to as"), and of
    /// their past forms ("dubbed").
    static let namingStems = Set(AnswerWords.shipped.namingVerbs.union(["refer"]).flatMap { verb in
        [verb, verb + "d", verb + "ed", verb + String(verb.last!) + "ed"].map(stem)
    })

    static let subjectPronouns: Set<String> = ["he", "she", "his", "her", "him"]

    /// Verbs that say little of the act: any sentence may answer "What did he do?", "Where did he go?".
    static let genericVerbs: Set<String> = ["do", "be", "have", "go", "get", "make", "become", "say", "come", "take", "use", "play", "spend", "live"]

    /// Where the question's words stand in the passage (scalar offsets).
    func positions(of stems: Set<String>, in passage: Passage) -> [TextRange] {
        Self.spacedWords(of: passage).compactMap { piece in
            let word = QuestionReader.words(String(piece.text)).first?.lowercased() ?? ""
            return !word.isEmpty && stems.contains(Self.stem(word)) ? TextRange(start: piece.offset, end: piece.offset + word.unicodeScalars.count) : nil
        }
    }

    /// The passage split at spaces, each piece with its scalar offset in the document.
    static func spacedWords(of passage: Passage) -> [(text: Substring, offset: Int)] {
        var offset = passage.range.start
        return passage.text.split(separator: " ", omittingEmptySubsequences: false).map { piece in
            defer { offset += piece.unicodeScalars.count + 1 }
            return (piece, offset)
        }
    }

    /// "Streletskaya Ulitsa, Simbirsk", "Yanovka, Kherson Province, Ukraine": a place with the
    /// larger places written after it, as the text gives them. Two cities in a row are a list.
    static func placeChain(from first: Passage.Named, in passage: Passage) -> String? {
        var chain = [first]
        while chain.count < 3, let last = chain.last,
              let next = passage.names.first(where: { $0.type == .place && $0.range.start == last.range.end + 2 }),
              passage.text.unicodeScalars.dropFirst(last.range.end - passage.range.start).first == ",",
              NameLexicon.isRegion(next.name) || NameLexicon.namesAnArea(next.name)
                || (NameLexicon.isCity(next.name) && !NameLexicon.isCity(last.name) && !NameLexicon.isRegion(last.name)) {
            chain.append(next)
        }
        guard chain.count > 1, let end = chain.last?.range.end else { return nil }
        let written = passage.text.unicodeScalars.dropFirst(first.range.start - passage.range.start).prefix(end - first.range.start)
        return String(String.UnicodeScalarView(written))
    }

    /// Where "he" or "she" opens a clause in an article's passage that does not name its subject
    /// or anyone else before the pronoun: the subject acting there.
    static func subjectPronoun(in passage: Passage, for subject: Passage.Named) -> Int? {
        guard subject.type == .person, !passage.names.contains(where: { $0.id == subject.id }) else { return nil }
        for piece in spacedWords(of: passage) {
            let word = piece.text.lowercased().trimmingCharacters(in: edgePunctuation)
            guard word == "he" || word == "she" else { continue }
            if passage.names.contains(where: { $0.type == .person && $0.range.end <= piece.offset }) { return nil }
            return piece.offset
        }
        return nil
    }

    /// Whether a locative preposition stands just before an offset, past "the", "his", "a".
    static func followsLocative(_ offset: Int, in pieces: [(text: Substring, offset: Int)]) -> Bool {
        guard var k = piece(at: offset, in: pieces) else { return true }
        var skipped = 0
        while k > 0, skipped < 3 {
            k -= 1
            let word = pieces[k].text.lowercased().trimmingCharacters(in: edgePunctuation)
            if locatives.contains(word) { return true }
            guard ["the", "his", "her", "their", "a", "an", "its"].contains(word) || word.first?.isUppercase == true else { return false }
            skipped += 1
        }
        return false
    }

    static let locatives: Set<String> = ["in", "at", "near", "to", "from", "into", "outside", "inside", "on", "toward", "towards", "via",
                                         "through", "across", "reached", "entered", "visited", "leaving", "left", "fled", "where"]

    /// The stem of what "how many" counts ("children", "years"); for "how old", "old".
    static func countedUnit(_ question: Question) -> String? {
        let lower = QuestionReader.words(question.text).map { $0.lowercased() }
        if let k = lower.firstIndex(of: "how"), k + 1 < lower.count, lower[k + 1] == "old" { return stem("old") }
        guard let many = lower.firstIndex(of: "many") else { return nil }
        // The noun that ends the words after "many", up to the verb or a preposition: "how many registered
        // nurses were", "how many Saturn V rockets", "how many of the rebels" (after "of" and its determiner).
        let words = AnswerWords.shipped
        var k = many + 1
        if k < lower.count, lower[k] == "of" { k += 1 }
        while k < lower.count, words.determiners.contains(lower[k]) { k += 1 }
        // ("how many kgs of salt", "how many members of the guild": what is counted stands before "of".)
        let run = lower[k...].prefix(3).prefix { !words.auxiliaryForms.contains($0) && !words.placeMarkers.contains($0) && !words.prepositions.contains($0) && $0 != "of" }
        // (A participle after the noun is the question's verb: "how many people died".)
        return (run.last { !$0.hasSuffix("ed") } ?? run.first).map(stem)
    }

    /// The words of a span of the passage (document offsets).
    static func text(of range: TextRange, in passage: Passage) -> String {
        let from = max(0, range.start - passage.range.start)
        let scalars = passage.text.unicodeScalars.dropFirst(from).prefix(max(0, range.end - range.start))
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether a span sits in an apposition (", an unemployed worker and registered Republican,")
    /// that ends before one of the question's words.
    static func insideApposition(_ start: Int, end: Int, before anchors: [TextRange], in passage: Passage) -> Bool {
        let scalars = Array(passage.text.unicodeScalars)
        let from = start - passage.range.start, to = end - passage.range.start
        guard from > 0, to <= scalars.count, let anchor = anchors.first(where: { $0.start >= end })?.start else { return false }
        let before = String(String.UnicodeScalarView(scalars[..<from]))
        guard let comma = before.range(of: ",", options: .backwards) else { return false }
        let opening = before[comma.upperBound...].lowercased()
        guard [" a ", " an ", " the "].contains(where: opening.hasPrefix) else { return false }
        let between = scalars[to..<min(scalars.count, anchor - passage.range.start)]
        return between.contains(",")
    }

    /// Whether the passage writes a date finer than the bare year: a day or month in it,
    /// on its own, as the end of a span ("1672 – 8 February 1725"), or in its claim.
    static func holdsFinerDate(in year: String, _ passage: Passage) -> Bool {
        let dates = passage.dates.map(\.date) + [passage.fact?.date].compactMap { $0 }
        return dates.contains { date in
            [date.start, date.end].compactMap { $0 }.contains { $0.precision < .year && String($0.year) == year }
                || date.value.hasPrefix(year + "-")
        }
    }

    /// Whether a name says nothing the question does not: "Autobiography" for "the title of
    /// his autobiography", "Congress" for "which party congress".
    static func repeats(_ name: String, asked question: Question) -> Bool {
        let words = Set(QuestionReader.words(name).map(folded)).subtracting(["the", "of", "and", "a"])
        let asked = Set(QuestionReader.words(question.text).map(folded))
        return !words.isEmpty && words.isSubset(of: asked)
    }

    /// Whether an answer only says back words of the question ("Saxons" for "Who did the
    /// Saxons besiege?", "Orlov" for "Who did Orlov marry?"), a word's plural counting as the
    /// word. An answer to a question that offers a choice ("Did he prefer AC or DC?") says
    /// back one of its words by right.
    public static func echoes(_ answer: String, question: String) -> Bool {
        let asked = QuestionReader.words(question).map(folded)
        guard !asked.contains("or") else { return false }
        let words = Set(QuestionReader.words(answer).map { singular(folded($0)) }).subtracting(["the", "of", "and", "a", "an"])
        return !words.isEmpty && words.isSubset(of: Set(asked.map(singular)))
    }

    /// A lower-case word without a plural "-s" ("saxons" → "saxon"); short words as written.
    static func singular(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// Whether a candidate only repeats the question's own names.
    /// A short person's name that shares a word with them is taken for a variant ("Bronstein");
    /// a body that shares one is another body ("United Opposition" beside "New Opposition").
    static func repeats(_ name: String, _ nameWords: Set<String>, sharingAWord: Bool = true) -> Bool {
        let words = Set(QuestionReader.words(name).map(folded)), nameWords = Set(nameWords.map(folded))
        return !words.isEmpty && words.isSubset(of: nameWords.union(["the", "of", "and"])) || sharingAWord && !words.isDisjoint(with: nameWords) && words.count <= 2
    }

    /// A word lower-cased and without its diacritics: a question written without them ("Cacak")
    /// names what the text writes with them ("Čačak").
    static func folded(_ word: String) -> String {
        // (Most words are plain ASCII: no folding to pay for.)
        guard word.unicodeScalars.contains(where: { !$0.isASCII }) else { return word.lowercased() }
        return word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }

    /// Meetings that are bodies too: "the Tenth Party Congress adopted…".
    static let bodyHeads: Set<String> = ["congress", "conference", "plenum", "convention", "assembly", "soviet"]

    static let edgePunctuation = CharacterSet(charactersIn: ",.;:()\"'")

    /// `QuestionReader.sameSense` by stem.
    static let sameSense: [Set<String>] = QuestionReader.sameSense.map { Set($0.map(stem)) }

    /// A word's stem for matching: inflections dropped ("joined", "joining" → "join"), then
    /// its first five letters ("ratified", "ratification" → "ratif").
    /// How rare each of `stems` is among the passages (the stems of each given): an inverse
    /// document frequency, scaled so that a word every passage writes weighs 1/2 and one
    /// no passage writes 3/2. Too few passages tell nothing of rarity.
    static func rarity(of stems: Set<String>, in passages: [Set<String>]) -> [String: Double] {
        guard passages.count >= 5 else { return [:] }
        let sets = passages
        let n = Double(passages.count)
        return Dictionary(uniqueKeysWithValues: stems.map { stem in
            let count = Double(sets.filter { $0.contains(stem) }.count)
            return (stem, 0.5 + log((n + 1) / (count + 1)) / log(n + 1))
        })
    }

    static func stem(_ word: String) -> String {
        // ("Lodz" is how a reader without the keyboard writes "Łódź".)
        var word = word.lowercased()
        if !word.utf8.allSatisfy({ $0 < 0x80 }) { word = word.folding(options: .diacriticInsensitive, locale: nil) }
        if let base = irregularVerbs[word] { word = base }
        for suffix in ["ing", "ed", "es", "s"] where word.count - suffix.count >= 3 && word.hasSuffix(suffix) {
            word.removeLast(suffix.count)
            break
        }
        // "editor", "leader", "founder": the doer is the deed's stem.
        if word.count >= 6, word.hasSuffix("er") || word.hasSuffix("or") { word.removeLast(2) }
        if word.count > 3, word.hasSuffix("e") { word.removeLast() }
        return String(word.prefix(6))
    }

    /// Past forms that do not contain their verb, each with the verb ("took": "take"): `[irregular verbs]` in `answer-words.txt`.
    static var irregularVerbs: [String: String] { AnswerWords.shipped.irregularVerbs }

    /// The offset given to candidates read from a claim rather than the words.
    static let fromFact = -1
}
