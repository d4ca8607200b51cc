/// The words that say something happened, by event type, and the conditions under
/// which an ambiguous word ("left", "sent", "signed", "made") counts. General
/// English; nothing here knows any one document.
enum EventLexicon {
    /// How the trigger is used.
    enum Form: Equatable {
        /// "Trotsky arrested …", "he escaped".
        case active
        /// "was arrested", "were expelled": the subject is the one it happened to.
        case passive
        /// "his arrest", "the funeral": a noun naming the event.
        case noun
    }


    struct Trigger {
        var type: EventType
        var first: Int
        var end: Int
        var form: Form
    }

    /// Verb forms (past tense, participle, some infinitives) and the event they name.
    static let verbs = EventTypeTable.shared.words(\.verbs)
    /// Infinitives that count only when negated, attempted or hypothetical.
    static let baseForms = EventTypeTable.shared.words(\.bases)
    /// Nouns naming events; they count when something ties them to a time or a person.
    static let nouns = EventTypeTable.shared.words(\.nouns)

    static let lightVerbs = EventWords.set("light-verbs")
    static let beVerbs = EventWords.set("passive-auxiliaries")
    static let adverbs = EventWords.set("passive-adverbs")
    static let placePrepositions = EventWords.set("journey-cases")
    static let newsWords = EventWords.set("body-words")
    static let meetingWords = EventWords.set("meeting-words")
    static let treatyWords = EventWords.set("treaty-words")
    static let positionWords = EventWords.set("position-words")

    /// The trigger at token `i` of a sentence, if the word there names an event in this use.
    static func trigger(at i: Int, in reading: SentenceReading) -> Trigger? {
        let tokens = reading.tokens
        let token = tokens[i]
        guard token.kind == .word else { return nil }
        let word = token.text
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let clause = reading.clause(around: i)
        let ahead = reading.words((i + 1)..<min(clause.upperBound, i + 9))

        // A bare verb under negation or an attempt: "did not join", "refused to sign", "tried to marry".
        if let type = baseForms[word], i > 0, reading.words(max(0, i - 3)..<i).contains(where: { ["not", "never", "n't", "didn't", "refused", "declined", "tried", "failed", "attempted", "would", "could", "might", "planned", "intended"].contains($0) }) {
            return Trigger(type: type, first: i, end: i + 1, form: .active)
        }
        // Multi-word verbs first: "made his way" is no appointment.
        if word == "made" || word == "making", next?.isWord("his", "her", "their") == true, i + 2 < tokens.count, tokens[i + 2].isWord("way") {
            return Trigger(type: .arrival, first: i, end: i + 3, form: .active)
        }
        if ["assumed", "adopted", "took", "took", "used"].contains(word), ahead.prefix(3).contains(where: { $0 == "name" || $0 == "pseudonym" }) {
            return Trigger(type: .nameChange, first: i, end: i + 1, form: .active)
        }
        if word == "appeared", next?.isWord("before") == true, ahead.contains(where: { ["court", "commission", "tribunal", "committee", "judge", "inquiry"].contains($0) }) {
            return Trigger(type: .trial, first: i, end: i + 2, form: .active)
        }
        if word == "house", next?.isWord("arrest") == true { return Trigger(type: .arrest, first: i, end: i + 2, form: .noun) }
        // "added a postscript to his testament".
        if word == "added", ahead.prefix(3).contains(where: { ["postscript", "appendix", "chapter", "preface", "afterword", "codicil", "epilogue"].contains($0) }) {
            return Trigger(type: .publication, first: i, end: i + 1, form: .active)
        }
        // "He meet Trotsky …" (a slip for "met"); "to meet", "would meet" stay out or are marked by modality.
        if word == "meet" || word == "meets", i > 0, !tokens[i - 1].isWord("to", "not", "could", "would", "might", "should", "will", "can", "did"),
           reading.referents.contains(where: { $0.first == i + 1 && $0.participant.type == .person }) {
            return Trigger(type: .meeting, first: i, end: i + 1, form: .active)
        }
        // "given by Stalin in Pravda, November 6, 1918": words printed in a paper on a day.
        if word == "in", let paper = reading.referents.first(where: { $0.first == i + 1 }), paper.participant.type == .work || paper.participant.type == .org,
           paper.end + 1 < tokens.count, tokens[paper.end].isMark(","),
           let dated = reading.dates.first(where: { $0.first == paper.end + 1 }), dated.mention.date.map({ $0.precision <= .month }) ?? false,
           reading.referents.contains(where: { $0.end <= i && $0.first > 0 && tokens[$0.first - 1].isWord("by") && $0.participant.type == .person }) {
            return Trigger(type: .publication, first: i, end: i + 1, form: .passive)
        }
        if word == "signing", next?.isWord("of") == true { return Trigger(type: .treaty, first: i, end: i + 1, form: .active) }
        if word == "accepted" || word == "accept", ahead.prefix(4).contains(where: { $0 == "terms" || treatyWords.contains($0) }) {
            return Trigger(type: .treaty, first: i, end: i + 1, form: EventLexicon.isPassive(at: i, in: reading) ? .passive : .active)
        }
        if ["offered", "granted", "given", "sought", "received", "denied", "refused"].contains(word), ahead.prefix(3).contains("asylum") {
            return Trigger(type: .asylum, first: i, end: i + 1, form: EventLexicon.isPassive(at: i, in: reading) ? .passive : .active)
        }

        // "entered the workers' movement", "became involved in revolutionary activities": joining a cause.
        let causes: Set<String> = ["movement", "revolutionary", "activities", "politics", "struggle", "underground", "socialist", "party", "resistance"]
        if word == "entered" || (word == "involved" && next?.isWord("in") == true && i > 0 && tokens[i - 1].isWord("became", "got", "was", "been")),
           ahead.prefix(5).contains(where: causes.contains) {
            return Trigger(type: .membership, first: i, end: i + 1, form: .active)
        }
        if let type = verbs[word] {
            // "well organized", "long established": an adjective, not an event.
            if i > 0, tokens[i - 1].isWord("well", "long", "newly", "poorly", "highly", "badly", "so-called", "self", "a", "an", "the") { return nil }
            // "There has been created …": no one is said to act.
            if reading.words(reading.clause(around: i).lowerBound..<i).first == "there" { return nil }
            let passive = isPassive(at: i, in: reading)
            // A verb form capitalised at the start of a line with a date after it is an infobox field: "Born 7 November 1879".
            if i == 0, token.isCapitalized, type == .birth || type == .death, let first = reading.dates.first, first.first <= 2 {
                return Trigger(type: type, first: i, end: i + 1, form: .passive)
            }
            switch word {
            case "born":
                guard passive else { return nil }
            case "tried", "named":
                guard passive, !(next?.isWord("after", "for") ?? false) else { return nil }
                if word == "named" { guard ahead.contains(where: positionWords.contains) || next?.isWord("as") == true else { return nil } }
            case "made":
                guard passive, let next, next.isCapitalized || (next.kind == .word && positionWords.contains(next.text)) else { return nil }
            case "became":
                guard ahead.prefix(4).contains(where: positionWords.contains) else { return nil }
            case "given":
                guard passive, ahead.contains(where: { $0 == "post" || $0 == "posts" || $0 == "command" || $0 == "title" }) else { return nil }
            case "editing", "edited":
                guard ahead.prefix(4).contains(where: { newsWords.contains($0) }) || next?.isCapitalized == true || (next?.isWord("the") ?? false) else { return nil }
            case "sent":
                // "sent him to Odessa", "was sent to the Balkans"; not "sent a letter".
                guard ahead.prefix(4).contains(where: { ["to", "into", "abroad", "back"].contains($0) }),
                      !ahead.prefix(4).contains(where: { ["negotiate", "meet", "see", "ask", "tell", "fight", "command", "persuade"].contains($0) }),
                      !ahead.prefix(3).contains(where: { ["letter", "telegram", "message", "note", "troops", "word"].contains($0) }) else { return nil }
                if ahead.contains(where: { ["educated", "school", "study", "education", "gymnasium", "university"].contains($0) }) {
                    return Trigger(type: .education, first: i, end: i + 1, form: passive ? .passive : .active)
                }
                if ahead.contains("exile") { return Trigger(type: .exile, first: i, end: i + 1, form: passive ? .passive : .active) }
            case "went":
                guard ahead.first == "to" || ahead.first == "into" || ahead.first == "abroad" else { return nil }
                if ahead.prefix(2).contains("exile") { return Trigger(type: .exile, first: i, end: i + 1, form: .active) }
                if ahead.prefix(2).contains("underground") || ahead.prefix(3).contains("hiding") { return nil }
            case "moved", "transferred":
                // To a place, a residence or a home; not "moved to the Left".
                guard hasPlace(after: i, in: reading) || namesPlace(after: i, in: reading) || ahead.contains(where: { ["residence", "home", "house", "apartment", "villa", "abroad"].contains($0) }) else { return nil }
            case "left":
                guard let next, next.isCapitalized || next.isWord("for", "the", "his", "her", "school", "office", "home") else { return nil }
                // "left the Mensheviks": a body, not a place, is left behind as a member.
                if let object = reading.referents.first(where: { $0.first > i && $0.first <= i + 2 && !$0.isPronoun }),
                   object.participant.type == .org || (object.participant.type != .place && next.isWord("the")
                        && (object.participant.type != .person || object.participant.surface.hasSuffix("s"))) {
                    return Trigger(type: .leaving, first: i, end: i + 1, form: .active)
                }
                guard hasPlace(after: i, in: reading) || next.isWord("for", "home") else { return nil }
            case "broke":
                guard next?.isWord("with", "away") == true else { return nil }
            case "withdrew", "quit":
                break
            case "started", "launched", "formed", "created":
                guard ahead.prefix(8).contains(where: newsWords.contains) || reading.referents.contains(where: { $0.first > i && $0.first <= i + 4 && $0.participant.type == .org })
                    || next?.isCapitalized == true else { return nil }
            case "organized", "organised":
                if ahead.prefix(5).contains(where: meetingWords.contains) { return Trigger(type: .meeting, first: i, end: i + 1, form: passive ? .passive : .active) }
            case "signed":
                if !reading.words(clause).contains(where: treatyWords.contains) {
                    // "signed a statement", "signed the platform"; not "signed her name".
                    guard reading.words(max(0, i - 4)..<min(tokens.count, i + 5)).contains(where: { ["statement", "declaration", "letter", "petition", "appeal", "manifesto", "platform", "protest", "decree", "order"].contains($0) }) else { return nil }
                    return Trigger(type: .statement, first: i, end: i + 1, form: passive ? .passive : .active)
                }
            case "ratified":
                guard reading.words(clause).contains(where: treatyWords.contains) else { return nil }
            case "wrote", "written":
                // "She later wrote: "…"" introduces a quotation, not a publication.
                if let next, next.isMark(":", "\"", "\u{201C}", ",") { return nil }
                if ahead.prefix(3).contains("letter") || next?.isWord("to") == true { return Trigger(type: .letter, first: i, end: i + 1, form: passive ? .passive : .active) }
            case "held":
                // "a congress was held", "held a conference"; not "held the post".
                let around = reading.words(max(0, i - 12)..<min(tokens.count, i + 5))
                if !around.contains(where: meetingWords.contains), around.contains(where: { ["inquiry", "commission", "hearing", "hearings", "tribunal", "court-martial"].contains($0) }) {
                    return Trigger(type: .trial, first: i, end: i + 1, form: passive ? .passive : .active)
                }
                guard around.contains(where: meetingWords.contains) else {
                    if ahead.first == "in" || ahead.first == "under", reading.words(clause).contains(where: { ["detention", "custody", "prison", "captivity"].contains($0) }) {
                        return Trigger(type: .imprisonment, first: i, end: i + 1, form: .active)
                    }
                    return nil
                }
            case "delivered":
                guard ahead.prefix(4).contains(where: { ["speech", "lecture", "address", "report", "eulogy", "oration"].contains($0) }) else { return nil }
            case "addressed":
                guard !passive else { return nil }
            case "struck":
                guard ahead.prefix(3).contains(where: { ["him", "her", "down", "them"].contains($0) }), !passive else { return nil }
            case "released":
                if ahead.prefix(3).contains(where: { ["book", "film", "album", "statement", "report"].contains($0) }) { return Trigger(type: .publication, first: i, end: i + 1, form: .active) }
            case "condemned":
                if !ahead.prefix(2).contains("to") { return Trigger(type: .statement, first: i, end: i + 1, form: .active) }
                return Trigger(type: .sentence, first: i, end: i + 1, form: passive ? .passive : .active)
            case "escape":
                // The bare verb counts after "managed to", "failed to", "tried to".
                guard i > 1, tokens[i - 1].isWord("to"), tokens[i - 2].isWord("managed", "able", "helped", "failed", "tried", "attempted", "unable", "planned") else { return nil }
            case "resign":
                guard i > 0, tokens[i - 1].isWord("to"), i > 1, tokens[i - 2].isWord("forced", "compelled", "obliged", "had", "decided", "chose") else { return nil }
            case "negotiate":
                guard i > 0, tokens[i - 1].isWord("to") else { return nil }
            default:
                break
            }
            return Trigger(type: type, first: i, end: i + 1, form: passive ? .passive : .active)
        }

        if let type = nouns[word], isEventNoun(at: i, in: reading) {
            // "a heart attack" is an illness, not an assault.
            if type == .attack, i > 0, tokens[i - 1].isWord("heart") { return Trigger(type: .illness, first: i - 1, end: i + 1, form: .noun) }
            if type == .letter, !reading.words(max(0, i - 4)..<i).contains(where: { ["sent", "wrote", "write", "send", "addressed", "received"].contains($0) }) { return nil }
            return Trigger(type: type, first: i, end: i + 1, form: .noun)
        }
        return nil
    }

    /// "was arrested", "were soon expelled", "had been exiled", "after being released".
    static func isPassive(at i: Int, in reading: SentenceReading) -> Bool {
        var k = i - 1
        while k >= 0, reading.isWord(k, adverbs) { k -= 1 }
        return reading.isWord(k, beVerbs)
    }

    /// Whether a place name follows the trigger in its clause, after a preposition.
    static func hasPlace(after i: Int, in reading: SentenceReading) -> Bool {
        let clause = reading.clause(around: i)
        return reading.referents.contains { referent in
            referent.first > i && referent.first < min(clause.upperBound, i + 8) && referent.participant.type == .place
        }
    }

    /// Whether "to" + a name that is no person or body follows: "transferred to Nikolayev".
    static func namesPlace(after i: Int, in reading: SentenceReading) -> Bool {
        reading.referents.contains { referent in
            referent.first > i && referent.first <= i + 3 && reading.tokens[referent.first - 1].isWord("to", "into", "in")
                && referent.participant.type != .org && !referent.isPronoun
        }
    }

    /// A noun names an event here when it has an owner ("his arrest", "Lenin's death"),
    /// an "of" ("the death of Lenin"), a date right after ("arrest on November 26"),
    /// or a verb that makes it happen ("survived a raid", "put on trial").
    static func isEventNoun(at i: Int, in reading: SentenceReading) -> Bool {
        let tokens = reading.tokens
        // A date right after: "arrest on November 26", "death on January 21, 1924", "after Lenin's death in 1924".
        if reading.dates.contains(where: { $0.first > i && $0.first <= i + 3 && !$0.isAttachedToName }) { return true }
        // "until his death", "After his exile, …": the event as a point in time, not news of it.
        let points: Set<String> = ["until", "after", "before", "since", "following", "upon", "till", "by", "during", "of"]
        var k = i - 1
        while k >= 0, k >= i - 3, !reading.isWord(k, points),
              tokens[k].isPossessive || tokens[k].isWord("his", "her", "their", "the", "its") || (tokens[k].kind == .word && tokens[k].isCapitalized) { k -= 1 }
        if reading.isWord(k, points) { return false }
        let clause = reading.clause(around: i)
        let dated = reading.dates.contains { clause.contains($0.first) && !$0.isAttachedToName && $0.mention.date != nil }
        guard dated else { return false }
        // "The funeral took place on 27th January", "At the XIIth Party Congress in April 1923".
        if ["funeral", "wedding", "trial"].contains(tokens[i].text) { return true }
        // "had a third stroke".
        if nouns[tokens[i].text] == .illness, reading.isWord(i - 1, ["a", "another", "second", "third", "fourth", "final", "first", "severe", "massive"])
            || reading.isWord(i - 2, ["had", "suffered"]) { return true }
        // "arranged his marriage to Eudoxia in 1689": an owner, in a dated clause (the tree then checks the date is the noun's).
        if i > 0, tokens[i - 1].isPossessive || reading.isWord(i - 1, ["his", "her", "their"]) { return true }
        let before = reading.words(max(0, i - 8)..<i)
        if meetingWords.contains(tokens[i].text) { return before.contains(where: { ["at", "attended", "held", "convened", "opened", "addressed", "during", "to"].contains($0) }) }
        return before.contains(where: lightVerbs.contains)
    }
}

extension EventLexicon.Form {
    /// The rule that reads a trigger of this form from the tree, or from the words alone.
    var treeRule: Extractor.Rule { self == .active ? .treeActive : self == .passive ? .treePassive : .treeNoun }
    var wordsRule: Extractor.Rule { self == .active ? .wordsActive : self == .passive ? .wordsPassive : .wordsNoun }
}
