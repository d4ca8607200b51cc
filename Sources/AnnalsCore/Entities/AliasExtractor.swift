/// A statement in a text that two names belong to one entity, with the span that says so.
public struct AliasEvidence: Hashable, Sendable, Codable {
    /// The name the alias belongs to, as written.
    public var name: String
    /// The other name.
    public var alias: String
    public var document: Int
    /// The words that state the identity (for the citation).
    public var range: TextRange
    /// True for "not to be confused with": the two names are different entities.
    public var isDistinction = false
}

/// Reads identities the text states: "born X", "(he assumed the name X in 1902)",
/// "real name X", "under the name 'X'", "pen name X", "using the name X", "also
/// transliterated A, B and C", a native-script name in brackets, "X (now Y)",
/// "a.k.a. X", "dubbed X", "known as X", "X, alias Y".
struct AliasExtractor {
    func aliases(in text: ScalarText, structure: DocumentStructure, tokens sentenceTokens: SentenceTokens, document: Int, mentions: [EntityMention],
                 subject: String? = nil) -> [AliasEvidence] {
        var found: [AliasEvidence] = []
        let byStart = Dictionary(mentions.map { ($0.range.start, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = mentions.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        for (index, sentence) in structure.sentences.enumerated() where !sentence.isHeading {
            let tokens = sentenceTokens[index]
            let names = Self.mentions(ordered, within: sentence.range)
            /// The name a statement at token `k` is about: the last name before it
            /// (outside the current brackets, for "(he assumed the name …)").
            func owner(before k: Int) -> EntityMention? {
                let offset = tokens[k].range.start
                var depth = 0
                var bracketStart = offset
                for token in tokens[..<k].reversed() {
                    if token.isMark(")") { depth += 1 }
                    if token.isMark("(") { if depth == 0 { bracketStart = token.range.start; break } else { depth -= 1 } }
                }
                return names.last { $0.range.end <= bracketStart && $0.cue != .place } ?? names.last { $0.range.end <= offset }
            }
            /// The name that starts at token `k` (skipping quotes), if any.
            func name(at k: Int) -> EntityMention? {
                var j = k
                while j < tokens.count, tokens[j].isMark("'", "\"", "“", "‘") || tokens[j].isWord("was", "is", "the", "as") { j += 1 }
                guard j < tokens.count else { return nil }
                return byStart[tokens[j].range.start]
            }
            func add(_ owner: EntityMention?, _ alias: EntityMention?, from a: Int, to b: Int, distinct: Bool = false) {
                guard let owner, let alias, owner.folded != alias.folded else { return }
                let end = min(b, tokens.count - 1)
                found.append(AliasEvidence(name: owner.surface, alias: alias.surface, document: document,
                                           range: TextRange(start: tokens[a].range.start, end: max(tokens[end].range.end, alias.range.end)),
                                           isDistinction: distinct))
            }
            /// The name a cue at token `k` is about, only when it stands just before the cue
            /// ("Trotsky was born …", "Georgy Nosar, alias …"); "a faction known as …" has none.
            func nearOwner(before k: Int) -> EntityMention? {
                guard let candidate = owner(before: k), !Self.isComplementOfNoun(candidate, in: tokens) else { return nil }
                let gap = tokens[..<k].filter { $0.range.start >= candidate.range.end }
                let fillers: Set<String> = [",", "(", "was", "is", "were", "also", "better", "commonly", "later", "he", "she", "originally",
                                            "being", "whose", "real", "his", "her", "the", "pen", "assumed", "took"]
                return gap.count <= 4 && gap.allSatisfy({ fillers.contains($0.text) }) ? candidate : (gap.first?.isMark("(") == true ? candidate : nil)
            }
            /// For a name someone goes under ("under the penname Pero, Trotsky…", "Using the
            /// name 'Lvov,' he wrote…"): the name just before, else the sentence's first person,
            /// else the document's subject when the sentence speaks of "he" or "she".
            func bearer(before k: Int, alias: EntityMention?) -> EntityMention? {
                if let near = nearOwner(before: k) { return near }
                if let person = names.first(where: { ($0.cue == .person || ($0.cue == nil && !$0.opensSentence))
                    && $0.range != alias?.range && $0.folded != alias?.folded }) {
                    return person
                }
                if let subject, tokens.contains(where: { $0.isWord("he", "she") }) {
                    return EntityMention(document: document, range: tokens[k].range, surface: subject, cue: .person, isStrongCue: false, opensSentence: false)
                }
                return nil
            }
            leadNames(tokens: tokens, byStart: byStart, add: add)
            // "Nadezhda "Nadya" Krupskaya": the nickname in quotation marks is hers.
            for k in tokens.indices {
                guard let nicknamed = MentionDetector.nicknamedName(tokens, at: k) else { continue }
                let nickname = TextRange(start: tokens[nicknamed.nickname.lowerBound].range.start, end: tokens[nicknamed.nickname.upperBound].range.end)
                found.append(AliasEvidence(name: MentionDetector.nameWithoutNickname(nicknamed, tokens: tokens, text: text), alias: text.string(in: nickname),
                                           document: document, range: TextRange(start: tokens[k].range.start, end: tokens[nicknamed.end - 1].range.end)))
            }
            for k in tokens.indices {
                let token = tokens[k]
                guard token.kind == .word || token.isMark("(") else { continue }
                switch token.text {
                case "name" where k >= 2 && tokens[k - 1].isWord("the") && tokens[k - 2].isWord("under", "using"):
                    let alias = name(at: k + 1)
                    add(bearer(before: k - 2, alias: alias), alias, from: k - 2, to: k + 1)
                case "penname", "pseudonym":
                    let alias = name(at: k + 1)
                    add(bearer(before: k, alias: alias), alias, from: k, to: k + 1)
                case "born" where !(k + 1 < tokens.count && tokens[k + 1].isWord("in", "on", "at", "into", "to")):
                    add(nearOwner(before: k), name(at: k + 1), from: k, to: k + 1)
                case "name" where k >= 1 && tokens[k - 1].isWord("the", "real", "pen", "assumed"):
                    add(nearOwner(before: k), name(at: k + 1), from: k - 1, to: k + 1)
                case "confused" where k >= 3 && tokens[k - 3].isWord("not") && k + 1 < tokens.count && tokens[k + 1].isWord("with"):
                    // "Sergei Kamenev (not to be confused with Lev Kamenev)": two entities, never one.
                    add(owner(before: k - 3), name(at: k + 2), from: k - 3, to: k + 2, distinct: true)
                case "a" where k + 5 < tokens.count && tokens[k + 1].isMark(".") && tokens[k + 2].isWord("k") && tokens[k + 3].isMark(".")
                    && tokens[k + 4].isWord("a"):
                    // "a.k.a."
                    let after = tokens[k + 5].isMark(".") ? k + 6 : k + 5
                    add(nearOwner(before: k), name(at: after), from: k, to: after)
                case "whom" where k >= 1 && tokens[k - 1].isMark(","):
                    // "Ivanov, whom she fondly called Vanya": the name the clause gives the one before it is his.
                    var j = k + 2
                    while j < tokens.count, tokens[j].kind == .word, tokens[j].text.hasSuffix("ly") { j += 1 }
                    if j + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[j].isWord("called", "nicknamed", "dubbed", "named") {
                        add(nearOwner(before: k), name(at: j + 1), from: k, to: j + 1)
                    }
                case "dubbed", "alias", "aka":
                    add(nearOwner(before: k), name(at: k + 1), from: k, to: k + 1)
                case "known" where k + 1 < tokens.count && tokens[k + 1].isWord("as"):
                    // "As a child, he was known as Volodya": "he" or "she" right before is the document's subject.
                    let pronoun = k >= 2 && tokens[k - 1].isWord("was", "is") && tokens[k - 2].isWord("he", "she")
                    add(nearOwner(before: k) ?? (pronoun ? bearer(before: k, alias: name(at: k + 2)) : nil), name(at: k + 2), from: k, to: k + 2)
                case "tr" where k + 1 < tokens.count && tokens[k + 1].isMark("."):
                    // "(Russian: Пётр Великий, tr. Pyotr Velikiy, …)"
                    add(owner(before: k), name(at: k + 2), from: k, to: k + 2)
                case "transliterated":
                    // "also transliterated Leo, Lev, Trotskii, … and Trotzky"
                    var j = k + 1
                    let who = owner(before: k)
                    while j < tokens.count, !tokens[j].isMark(")", ";") {
                        if let alias = byStart[tokens[j].range.start] { add(who, alias, from: k, to: j) }
                        j += 1
                    }
                case "now" where k >= 1 && tokens[k - 1].isMark("("):
                    // "Nikolayev (now Mykolaiv)"; "Kovno, Russian Empire (now Kaunas, Lithuania)": the
                    // place renamed is the first of a "place, region" chain, not its region.
                    if let last = names.lastIndex(where: { $0.range.end <= tokens[k - 1].range.start }) {
                        add(names[Self.chainStart(names, at: last, text: text)], name(at: k + 1), from: k - 1, to: k + 1)
                    }
                case "(":
                    // A native-script name in brackets: "Leon Trotsky (Russian: Лев Давидович Троцкий; …)".
                    var j = k + 1
                    if j + 1 < tokens.count, tokens[j].kind == .word, tokens[j + 1].isMark(":") { j += 2 }
                    if j < tokens.count, let alias = byStart[tokens[j].range.start], !alias.surface.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }),
                       let previous = names.last(where: { $0.range.end <= token.range.start }) {
                        add(previous, alias, from: k, to: j)
                    }
                    // "the Battle of Jutland (German: Skagerrakschlacht, …)", "(simplified Chinese: …; pinyin: Jiěfàng
                    // Zhànzhēng)": what a language's name and a colon introduce is the name before, in that language.
                    if let previous = names.last(where: { $0.range.end <= token.range.start }), previous.range.end + 2 >= token.range.start {
                        for alias in Self.renderingsInLanguages(tokens, open: k, byStart: byStart) { add(previous, alias, from: k, to: k + 1) }
                    }
                    // "New Economic Policy (NEP)", "Communist International (Comintern)": a short form in brackets.
                    if let previous = names.last(where: { $0.range.end <= token.range.start }),
                       previous.range.end + 2 >= token.range.start, previous.surface.contains(" "),
                       k + 2 < tokens.count, tokens[k + 2].isMark(")"), tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized,
                       let short = byStart[tokens[k + 1].range.start], short.range.end == tokens[k + 1].range.end,
                       Self.abbreviates(short.surface, previous.surface) {
                        add(previous, short, from: k, to: k + 2)
                    }
                    // "Nashe Slovo ("Our Word")", "Iskra (Spark)": a paper's or a body's name rendered in English.
                    if let previous = names.last(where: { $0.range.end <= token.range.start }), previous.range.end + 2 >= token.range.start,
                       previous.cue != .person, previous.cue != .place, let (first, last) = Self.bracketedRendering(tokens, open: k),
                       case let range = TextRange(start: tokens[first].range.start, end: tokens[last].range.end),
                       !Self.namesSomeone(text.string(in: range), among: ordered) {
                        add(previous, EntityMention(document: document, range: range, surface: text.string(in: range), cue: previous.cue,
                                                    isStrongCue: false, opensSentence: false), from: k, to: last + 1)
                    }
                    // "Orlov-Velsky (Ivan Velsky, …)": a fuller name with the same surname, in brackets.
                    if let previous = names.last(where: { $0.range.end <= token.range.start }), previous.range.end + 2 >= token.range.start,
                       k + 1 < tokens.count, let full = byStart[tokens[k + 1].range.start], Self.isFullerName(full, of: previous) {
                        add(previous, full, from: k, to: k + 1)
                    }
                    // "(or Bronshtein, 1847–1922)": a second spelling of the name before.
                    if k + 1 < tokens.count, tokens[k + 1].isWord("or"), let previous = names.last(where: { $0.range.end <= token.range.start }),
                       let alias = name(at: k + 2), alias.surface.split(separator: " ").count == 1 {
                        add(previous, alias, from: k, to: k + 2)
                    }
                default:
                    break
                }
            }
        }
        return found
    }

    /// Whether the words right before token `k` announce another name for someone ("his alias
    /// Lenin", "the pseudonym Koba", "better known as Volodya", "his real name Orlov"), so
    /// that the capitalised word at `k` is a name whatever else reads it.
    static func announcesAlias(_ tokens: [ReaderToken], before k: Int) -> Bool {
        // An opening quotation mark may stand between the cue and the name ("the name 'Lvov'").
        var k = k
        while k >= 1, tokens[k - 1].isMark("'", "\"", "“", "‘") { k -= 1 }
        guard k >= 1 else { return false }
        if tokens[k - 1].isWord("alias", "pseudonym", "penname", "dubbed", "nicknamed", "aka") { return true }
        guard k >= 2 else { return false }
        return tokens[k - 1].isWord("as") && tokens[k - 2].isWord("known")
            || tokens[k - 1].isWord("name") && tokens[k - 2].isWord("real", "pen", "assumed", "party", "underground")
            || k >= 3 && tokens[k - 1].isWord("name") && tokens[k - 2].isWord("the") && nameBearingWords.contains(tokens[k - 3].text.lowercased())
    }

    static let nameBearingWords = NameWords.set("name-bearing-words")

    /// The first name of a chain of names joined by commas that ends with `names[last]`
    /// ("Kovno, Russian Empire"): where a place's name is followed by its region's.
    /// Whether a name is the complement of a common noun's "of" ("a faction of the
    /// Bolsheviks known as …"): a phrase after it then describes that noun, not the name.
    /// A place's noun is the name itself ("the town of Kazan, known as …").
    static func isComplementOfNoun(_ name: EntityMention, in tokens: [ReaderToken]) -> Bool {
        guard var j = tokens.lastIndex(where: { $0.range.end <= name.range.start }) else { return false }
        if tokens[j].isWord("the"), j > 0 { j -= 1 }
        guard tokens[j].isWord("of"), j > 0, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized else { return false }
        return !NameLexicon.isPlaceNoun(tokens[j - 1].text)
    }

    static func chainStart(_ names: [EntityMention], at last: Int, text: ScalarText) -> Int {
        var k = last
        while k > 0, names[k - 1].range.end <= names[k].range.start,
              text.string(in: TextRange(start: names[k - 1].range.end, end: names[k].range.start)) == ", " { k -= 1 }
        return k
    }

    /// Whether a person's name of two words or more ends in the surname of the name before
    /// it, or in one half of a double surname ("Ivan Velsky" of "Orlov-Velsky").
    static func isFullerName(_ full: EntityMention, of name: EntityMention) -> Bool {
        let words = full.folded.split(separator: " "), before = name.folded.split(separator: " ")
        guard words.count >= 2, full.cue == .person || full.cue == nil, name.cue == .person || name.cue == nil,
              let surname = words.last, words.dropLast().allSatisfy({ $0.count > 1 }) else { return false }
        return before.last == surname || (name.surface.contains("-") && before.contains(surname))
    }

    /// Whether a short form in brackets stands for the name before it: its initials ("NEP",
    /// "SWP") or the start of its first word ("Comintern" for "Communist International").
    /// "Socialist Workers Party (USA)" says where, not what.
    static func abbreviates(_ short: String, _ name: String) -> Bool {
        let words = name.split(separator: " ").filter { !["of", "the", "and", "for", "de"].contains($0.lowercased()) }
        let initials = String(words.compactMap(\.first)).lowercased()
        let lower = short.lowercased().filter(\.isLetter)
        if !lower.isEmpty, initials.hasPrefix(lower) || lower.hasPrefix(initials) && initials.count >= 2 { return true }
        guard let first = words.first?.lowercased(), lower.count >= 4 else { return false }
        return lower.prefix(3) == first.prefix(3)
    }

    /// An article's opening that lists its subject's names, each with its brackets, the
    /// last after "or": "Peter the Great (…), Peter I (…) or Pyotr Alekseevich (…; 1672 –
    /// 1725) ruled…". With "and" instead of "or" it is a list of people, not one.
    private func leadNames(tokens: [ReaderToken], byStart: [Int: EntityMention],
                           add: (EntityMention?, EntityMention?, Int, Int, Bool) -> Void) {
        guard let first = tokens.first, let subject = byStart[first.range.start] else { return }
        /// The token after the bracket group that opens at `k`, or nil if none opens there.
        func afterBrackets(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].isMark("(") else { return nil }
            var depth = 0, j = k
            while j < tokens.count {
                if tokens[j].isMark("(") { depth += 1 }
                if tokens[j].isMark(")") { depth -= 1; if depth == 0 { return j + 1 } }
                j += 1
            }
            return nil
        }
        func tokenIndex(after mention: EntityMention, from k: Int) -> Int? {
            tokens[k...].firstIndex { $0.range.start >= mention.range.end }
        }
        guard let opened = tokenIndex(after: subject, from: 0), var k = afterBrackets(opened) else { return }
        var chain: [(EntityMention, Int)] = []
        var saidOr = false
        while k + 1 < tokens.count, tokens[k].isMark(",") || tokens[k].isWord("or") {
            saidOr = saidOr || tokens[k].isWord("or")
            guard let name = byStart[tokens[k + 1].range.start], let next = tokenIndex(after: name, from: k + 1) else { break }
            chain.append((name, k + 1))
            guard let after = afterBrackets(next) else { break }
            k = after
        }
        guard saidOr else { return }
        for (name, at) in chain { add(subject, name, 0, at, false) }
    }
}

extension AliasExtractor {
    /// The mentions inside `range`, from mentions sorted by start: found by binary search,
    /// so a document's sentences cost their own mentions, not every mention each.
    static func mentions(_ sorted: [EntityMention], within range: TextRange) -> [EntityMention] {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid].range.start < range.start { low = mid + 1 } else { high = mid }
        }
        var found: [EntityMention] = []
        var i = low
        while i < sorted.count, sorted[i].range.start < range.end {
            if range.contains(sorted[i].range) { found.append(sorted[i]) }
            i += 1
        }
        return found
    }
}
