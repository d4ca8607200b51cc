/// Words the date extractor understands: general English knowledge of months,
/// seasons, number words and the like.
enum DateVocabulary {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        table["may"] = 5
        return table
    }()

    /// Month abbreviations that are also ordinary words, accepted only before a day number.
    static let ambiguousMonthWords: Set<String> = ["mar", "may", "jun", "jan", "dec", "aug", "oct", "sept", "sep", "nov", "feb", "apr", "jul"]

    static let seasons: [String: DatePoint.Season] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]

    static let parts: [String: DatePoint.Part] = [
        "early": .early, "beginning": .early, "start": .early, "mid": .mid, "middle": .mid,
        "late": .late, "end": .late,
    ]

    static let units: [String: Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "fortnight": .week, "month": .month,
        "months": .month, "year": .year, "years": .year, "decade": .decade, "decades": .decade,
    ]

    enum Unit {
        case day, week, month, year, decade
    }

    static let cardinals: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "several": 3,
        "a few": 3, "few": 3,
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "twenty-first": 21, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    ]

    /// Number words up to 99 ("twenty-three", "twenty three", "nine").
    static func number(fromWords words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        if words.count == 1 {
            if let value = cardinals[first], first != "a", first != "an" { return value }
            guard first.contains("-") else { return nil }
            let pieces = first.split(separator: "-").map(String.init)
            if pieces.count == 2, let tens = cardinals[pieces[0]], let ones = cardinals[pieces[1]], tens >= 20, tens % 10 == 0, ones < 10 {
                return tens + ones
            }
            return nil
        }
        if words.count == 2, let tens = cardinals[words[0]], let ones = cardinals[words[1]], tens >= 20, tens % 10 == 0, ones < 10 {
            return tens + ones
        }
        return nil
    }

    /// Ordinal words and their hyphenated compounds ("twenty-third").
    static func ordinal(fromWord word: String) -> Int? {
        if let value = ordinals[word] { return value }
        guard word.contains("-") else { return nil }
        let pieces = word.split(separator: "-").map(String.init)
        if pieces.count == 2, let tens = cardinals[pieces[0]], let ones = ordinals[pieces[1]], tens >= 20, ones < 10 {
            return tens + ones
        }
        return nil
    }

    /// Nouns that make a four-digit number a quantity, not a year ("1500 men").
    static let quantityNouns: Set<String> = [
        "men", "women", "people", "persons", "troops", "soldiers", "workers", "delegates", "members", "copies",
        "pages", "votes", "miles", "kilometres", "kilometers", "km", "rubles", "roubles", "dollars", "pounds",
        "francs", "marks", "prisoners", "deaths", "dead", "killed", "wounded", "strong", "sailors", "guns",
        "tons", "feet", "metres", "meters", "acres", "horses", "students", "refugees", "casualties", "signatures",
    ]

    /// Words before a number that make it a reference, not a year ("p. 1905", "ISBN 1904341624").
    static let referenceWords: Set<String> = ["p", "pp", "page", "pages", "isbn", "no", "nos", "vol", "vols", "number", "issn", "doi", "fig", "ch", "chapter", "art"]
}
