/// Kinship as claims: "his father, David Bronstein", "Natalia Sedova, his wife",
/// "Trotsky's son Sergei", "X was the daughter of Y", "who became his wife",
/// "They had two children, A and B". The predicate is what the object is to the
/// subject ("father": the object is the subject's father).
struct RelationExtractor {
    let text: ScalarText

    /// Kinship words (`[kinship]` in `name-words.txt`), to their singular form.
    static let kin = NameLexicon.kinshipSingular

    static func kinship(_ word: String) -> String? { kin[word] }

    /// "was portrayed as a close friend of Stalin's": a kin or tie word a few words after a
    /// verb of portrayal and "as" tells how someone was shown, not what they were.
    static func isPortrayed(before k: Int, in tokens: [ReaderToken]) -> Bool {
        (max(1, k - 5)..<k).contains { tokens[$0].isWord("as") && EventWords.portrayalVerbs.contains(tokens[$0 - 1].text) }
    }

    func relations(in reading: SentenceReading) -> [Claim] {
        var claims: [Claim] = []
        let tokens = reading.tokens
        let people = reading.referents.filter { $0.participant.type == .person || $0.participant.type == nil }
        func add(_ owner: SentenceReading.Referent, _ kin: String, _ relative: SentenceReading.Referent, rule: Extractor.Rule, at k: Int) {
            guard owner.participant.name != relative.participant.name, !relative.participant.name.contains("'s "), !relative.isPronoun else { return }
            for subject in [owner.participant] + owner.group {
                var claim = Claim(kind: .relation, predicate: kin, subject: subject, object: relative.participant, evidence: reading.range,
                                  trigger: tokens[k].range, extractor: Extractor(rule), confidence: 0.75)
                if Self.isPortrayed(before: k, in: tokens) { claim.modality = .reported }
                claims.append(claim)
            }
        }
        for k in tokens.indices {
            guard let kin = Self.kinship(tokens[k].text) else { continue }
            // "Father of His Country", "the Mother of God": a kinship word written as a title names no relative.
            if k > 0 && tokens[k].isCapitalized && !tokens[k - 1].isMark("\"", "\u{201C}", "(") || reading.isQuoted[k] && tokens[k].isCapitalized { continue }
            // The owner: "his", "her", "their" or "Name's" right before the kin word.
            let owner = reading.referents.last { $0.end == k && $0.isPossessive }
            if let owner {
                // "his father, David Bronstein", "Trotsky's son Sergei", "their children, A and B".
                var m = k + 1
                if m < tokens.count, tokens[m].isMark(",") || tokens[m].isWord("named", "called") { m += 1 }
                // "her father, Dr. Anton Velinsky": a title before the name.
                if m < tokens.count, tokens[m].kind == .word, NameLexicon.personTitles.contains(tokens[m].text) {
                    m += 1
                    if m < tokens.count, tokens[m].isMark(".") { m += 1 }
                }
                var listed: [SentenceReading.Referent] = []
                while let relative = people.first(where: { $0.first == m && !$0.isPronoun }) {
                    listed.append(relative)
                    m = relative.end
                    // Skip a bracketed aside: "Leon Sedov (b. 1906) and …".
                    if m < tokens.count, tokens[m].isMark("(") { while m < tokens.count, !tokens[m].isMark(")") { m += 1 }; m += 1 }
                    guard kin != reading.tokens[k].text, m < tokens.count, tokens[m].isMark(",") || tokens[m].isWord("and") else { break }
                    m += 1
                    if m < tokens.count, tokens[m].isWord("and") { m += 1 }
                }
                for relative in listed { add(owner, kin, relative, rule: .apposition, at: k) }
                // "Natalia Sedova, his wife": the name before.
                if listed.isEmpty, k >= 3, tokens[k - 2].isMark(","), let relative = people.last(where: { $0.end == k - 2 && !$0.isPronoun }) {
                    add(owner, kin, relative, rule: .apposition, at: k)
                }
                // "who … became his wife", "X was his brother".
                if listed.isEmpty, k >= 2, reading.words(max(0, k - 4)..<k).contains(where: { ["became", "was", "is", "remained"].contains($0) }),
                   let relative = people.last(where: { $0.end < k - 1 && !reading.isPrepositional($0.first) && !$0.isPossessive && $0.participant.name != owner.participant.name }) {
                    add(owner, kin, relative, rule: .copula, at: k)
                }
            } else if k + 1 < tokens.count, tokens[k + 1].isWord("of"),
                      let owner = people.first(where: { $0.first == k + 2 || ($0.first == k + 3 && tokens[k + 2].isWord("the")) }),
                      let relative = people.last(where: { $0.end <= k - 1 && !reading.isPrepositional($0.first) && !$0.isPossessive }) {
                // "X, the son of Y", "X was the daughter of Y".
                add(owner, kin, relative, rule: .of, at: k)
            } else if ["child", "son", "daughter"].contains(kin), k >= 2, reading.words(max(0, k - 4)..<k).contains("had"),
                      let owner = reading.referents.last(where: { $0.end <= k && !$0.isPossessive && !reading.isPrepositional($0.first) }) {
                // "They had two children together, A and B".
                var m = k + 1
                while m < tokens.count, tokens[m].isWord("together") || tokens[m].isMark(",", ":") { m += 1 }
                while let relative = people.first(where: { $0.first == m && !$0.isPronoun }) {
                    add(owner, kin, relative, rule: .had, at: k)
                    m = relative.end
                    if m < tokens.count, tokens[m].isMark("(") { while m < tokens.count, !tokens[m].isMark(")") { m += 1 }; m += 1 }
                    guard m < tokens.count, tokens[m].isMark(",") || tokens[m].isWord("and") else { break }
                    m += 1
                    if m < tokens.count, tokens[m].isWord("and") { m += 1 }
                }
            }
        }
        return claims
    }

    /// Marriages as relations: both spouses, each way.
    static func spouses(from events: [Claim]) -> [Claim] {
        events.filter { $0.eventType == .marriage && $0.modality.isFactual }.flatMap { event -> [Claim] in
            guard let spouse = event.object, spouse.type == .person else { return [] }
            var claim = Claim(kind: .relation, predicate: "spouse", subject: event.subject, object: spouse, date: event.date, dateSpan: event.dateSpan,
                              evidence: event.evidence, trigger: event.trigger, extractor: Extractor(.marriage), confidence: event.confidence)
            claim.dateIsInferred = event.dateIsInferred
            return [claim]
        }
    }
}
