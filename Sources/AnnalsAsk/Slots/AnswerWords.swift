import Foundation
import AnnalsGrammar

/// The word lists the question frame, the answer-span ranker and the reading of
/// quantities use (`Resources/answer-words.txt`):
/// data, so that a linguist adds a marker of reason there and not in code.
struct AnswerWords: Sendable {
    var questionWords: Set<String>
    var auxiliaries: Set<String>
    var auxiliaryForms: Set<String>
    var askingWords: Set<String>
    /// Commands that ask for an answer ("Name a …", "List …").
    var askingCommands: Set<String>
    /// Words that make what a command asks for plural ("some", "several").
    var pluralQuantifiers: Set<String>
    var actionVerbs: Set<String>
    var reasonMarkers: Set<String>
    /// Nouns that name a reason after "in": "in response to", "in honour of".
    var reasonNouns: Set<String>
    var mannerMarkers: Set<String>
    var timeNouns: Set<String>
    var lightVerbs: Set<String>
    var catenativeVerbs: Set<String>
    var namingVerbs: Set<String>
    var boundingWords: Set<String>
    var scaleWords: Set<String>
    var quantityWords: Set<String>
    var shareWords: Set<String>
    var currencyWords: Set<String>
    var measureAdjectives: Set<String>
    /// Nouns whose "what N" asks for a quantity ("what percentage"); of them, those asking a share, a measure, a sum of money or a count.
    var quantityNouns: Set<String>
    var shareNouns: Set<String>
    var measureNouns: Set<String>
    var moneyNouns: Set<String>
    var countNouns: Set<String>
    var spanStartWords: Set<String>
    var spanEndWords: Set<String>
    var measureUnits: Set<String>
    /// Words that qualify a unit of measure: "cubic feet", "nautical miles".
    var unitModifiers: Set<String>
    /// What each scale word multiplies the number before it by ("million" → 1000000).
    var scaleFactors: [String: Double] = [:]
    var causeVerbs: Set<String>
    var causeMarkers: Set<String>
    var placeMarkers: Set<String>
    var sortNouns: Set<String>
    var prepositions: Set<String>
    var determiners: Set<String>
    /// Words before a number that make it a bound of the question's time ("after 1917").
    var timeBounds: Set<String>
    var negationWords: Set<String>
    /// The nouns whose "which N" asks for a person, a place, a body or a work.
    var personNouns: Set<String>
    var placeNouns: Set<String>
    var organisationNouns: Set<String>
    var workNouns: Set<String>
    /// The nouns whose "which N" asks for a date ("which decade").
    var calendarNouns: Set<String>
    /// The nouns of kinds an answer names without saying the noun ("city", "king").
    var unsaidNouns: Set<String>
    /// Nouns of a day that recurs after an event ("birthday", "anniversary"): its date is not the event's.
    var anniversaryNouns: Set<String>
    /// The span model's hand-set weights, which its training keeps fixed.
    var fixedWeights: [String: Double] = [:]
    /// Past forms that do not contain their verb, with the verb ("took": "take").
    var irregularVerbs: [String: String] = [:]

    static let shipped: AnswerWords = {
        guard let url = Bundle.module.url(forResource: "answer-words", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("answer-words.txt is missing from AnnalsAsk's resources")
        }
        return AnswerWords(text: text)
    }()

    init(text: String) {
        let lists = WordListFile.parse(text)
        func set(_ name: String) -> Set<String> {
            guard let lines = lists[name] else { preconditionFailure("answer-words.txt has no list [\(name)]") }
            return Set(lines.joined())
        }
        questionWords = set("question words")
        auxiliaries = set("auxiliaries")
        auxiliaryForms = set("auxiliary forms")
        askingWords = set("asking words")
        askingCommands = set("asking commands")
        pluralQuantifiers = set("plural quantifiers")
        actionVerbs = set("action verbs")
        reasonMarkers = set("reason markers")
        reasonNouns = set("reason nouns")
        mannerMarkers = set("manner markers")
        timeNouns = set("time nouns")
        lightVerbs = set("light verbs")
        catenativeVerbs = set("catenative verbs")
        namingVerbs = set("naming verbs")
        boundingWords = set("bounding words")
        scaleWords = set("scale words")
        quantityWords = set("quantity words")
        shareWords = set("share words")
        currencyWords = set("currency words")
        measureAdjectives = set("measure adjectives")
        quantityNouns = set("quantity nouns")
        shareNouns = set("share nouns")
        measureNouns = set("measure nouns")
        moneyNouns = set("money nouns")
        countNouns = set("count nouns")
        spanStartWords = set("span start words")
        spanEndWords = set("span end words")
        measureUnits = set("measure units")
        unitModifiers = set("unit modifiers")
        causeVerbs = set("cause verbs")
        causeMarkers = set("cause markers")
        placeMarkers = set("place markers")
        sortNouns = set("sort nouns")
        prepositions = set("prepositions")
        determiners = set("determiners")
        timeBounds = set("time bounds")
        negationWords = set("negation words")
        personNouns = set("person nouns")
        placeNouns = set("place nouns")
        organisationNouns = set("organisation nouns")
        workNouns = set("work nouns")
        calendarNouns = set("calendar nouns")
        unsaidNouns = set("unsaid nouns")
        anniversaryNouns = set("anniversary nouns")
        for line in lists["scale factors"] ?? [] where line.count == 2 {
            guard let value = Double(line[1]) else { preconditionFailure("answer-words.txt: scale factor \(line[0]) is not a number") }
            scaleFactors[line[0]] = value
        }
        for line in lists["irregular verbs"] ?? [] where line.count == 2 { irregularVerbs[line[0]] = line[1] }
        for line in lists["weights"] ?? [] where line.count == 2 {
            guard let value = Double(line[1]) else { preconditionFailure("answer-words.txt: weight \(line[0]) is not a number") }
            fixedWeights[line[0]] = value
        }
    }
}
