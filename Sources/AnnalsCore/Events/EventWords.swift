import Foundation

/// The event reader's word lists, read once from `event-words.txt` in the package's
/// resources (the same format as the name and date stages' lists).
enum EventWords {
    static let lists: [String: [[String]]] = NameWords.load("event-words")

    /// Every entry of a list.
    static func set(_ name: String) -> Set<String> {
        guard let lines = lists[name] else { preconditionFailure("event-words.txt has no list [\(name)]") }
        return Set(lines.joined())
    }

    /// A list of event type names.
    static func types(_ name: String) -> Set<EventType> {
        Set(set(name).map { word in
            guard let type = EventType(rawValue: word) else { preconditionFailure("event-words.txt: [\(name)] names no event type \(word)") }
            return type
        })
    }

    static let reportingVerbs = set("reporting-verbs")
    static let quotingVerbs = set("quoting-verbs")
    static let stayVerbs = set("stay-verbs")
    static let deliveryVerbs = set("delivery-verbs")
    static let joiningIdioms = set("joining-idioms")
    static let confinementNouns = set("confinement-nouns")
    static let institutionNouns = set("institution-nouns")
    static let sequelWords = set("sequel-words")
    static let priorWords = set("prior-words")
    static let objectVerbs = set("object-verbs")
    static let workNouns = set("work-nouns")
    static let portrayalVerbs = set("portrayal-verbs")
    static let ideaNouns = set("idea-nouns")
    static let orderNouns = set("order-nouns")
    static let intransitiveEventVerbs = set("intransitive-event-verbs")
    static let habitualAdverbs = set("habitual-adverbs")
    static let seriesDeterminers = set("series-determiners")
    static let reportingAdverbs = set("reporting-adverbs")
    static let negatingVerbs = set("negating-verbs")
    static let attemptVerbs = set("attempt-verbs")
    static let survivalVerbs = set("survival-verbs")
    static let attemptNouns = set("attempt-nouns")
    static let intentionVerbs = set("intention-verbs")
    static let modalAuxiliaries = set("modal-auxiliaries")
    static let conditionalMarks = set("conditional-marks")
    static let futureAuxiliaries = set("future-auxiliaries")
    static let negationWords = set("negation-words")
    static let causativeMotionVerbs = set("causative-motion-verbs")
    static let motionCases = set("motion-cases")
    static let placeCases = set("place-cases")
    static let relativePronouns = set("relative-pronouns")
    static let personalPronouns = set("personal-pronouns")
    static let thirdPersonPronouns = set("third-person-pronouns")
    static let writerPronouns = set("writer-pronouns")
    static let directiveVerbs = set("directive-verbs")
    static let askingForVerbs = set("asking-for-verbs")
    static let orderingVerbs = set("ordering-verbs")
    static let nameNouns = set("name-nouns")
    static let presupposingMarks = set("presupposing-marks")
    static let timeNouns = set("time-nouns")
    static let bodyNouns = set("body-nouns")
    static let simultaneityMarks = set("simultaneity-marks")
    static let sequenceMarks = set("sequence-marks")
    static let frameMarks = set("frame-marks")
    static let narrativeRelatives = set("narrative-relatives")
    static let denialMarks = set("denial-marks")
    static let laterBoundMarks = set("later-bound-marks")
    static let earlierBoundMarks = set("earlier-bound-marks")
    static let groupNouns = set("group-nouns")
    static let femaleKin = set("female-kin")
    static let bodyHeads = set("body-heads")
    static let placeNouns = set("place-nouns")
    static let parenthoodVerbs = set("parenthood-verbs")
    static let hearingNouns = set("hearing-nouns")
    static let thwartedEvents = types("thwarted-events")
    static let attitudeVerbs = set("attitude-verbs")
    static let implicativeVerbs = set("implicative-verbs")
    /// "edit = editor": verbs whose work is an office, and the office.
    static let officeVerbs: [String: String] = Dictionary(uniqueKeysWithValues: set("office-verbs").map { entry in
        let parts = entry.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { preconditionFailure("event-words.txt: [office-verbs] entry \(entry)") }
        return (parts[0], parts[1])
    })
}
