import Foundation
import AnnalsGrammar

/// General knowledge about names that an entity engine needs: titles, cue words,
/// well-known places, given-name variants across transliterations, and folding of
/// spelling variants. Nothing here is specific to one corpus.
public enum NameLexicon {
    /// Titles and honorifics that announce a person ("General Krasnov", "Comrade Lenin").
    static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "professor", "general", "gen", "colonel", "col", "captain", "capt",
        "admiral", "adm", "major", "lieutenant", "lt", "sergeant", "marshal", "comrade", "tsar", "czar", "tsarina",
        "czarina", "emperor", "empress", "king", "queen", "prince", "princess", "duke", "count", "countess",
        "baron", "sir", "lord", "lady", "father", "bishop", "archbishop", "pope", "president", "premier",
        "minister", "chancellor", "commissar", "senator", "judge", "rev", "reverend", "chevalier", "marquis", "marquess",
        "earl", "viscount", "baroness", "duchess", "dame", "squire", "canon", "dean", "abbot", "cardinal", "governor", "ambassador",
        "duc", "duchesse", "comte", "comtesse", "conte", "baronne", "fra",
    ]

    /// Last words that make a name an organisation.
    static let orgHeads: Set<String> = [
        "party", "committee", "union", "army", "soviet", "soviets", "international", "council", "bureau",
        "police", "guard", "guards", "government", "commissariat", "ministry", "okhrana", "cheka", "league",
        "federation", "opposition", "bloc", "faction", "group", "society", "club", "university", "school",
        "academy", "company", "bank", "navy", "fleet", "politburo", "comintern", "secretariat", "duma",
        "parliament", "assembly", "senate", "court", "tribunal", "organization", "organisation", "movement", "admiralty",
        "brigade", "division", "regiment", "corps", "agency", "department", "institute", "press",
        "commission", "synod", "orchestra", "theatre", "theater", "publishers", "college",
        "inspectorate", "directorate", "collegium",
    ]

    /// Last words (or the word before "of" or "on") that make a name a writing, a law or a creed.
    static let workHeads: Set<String> = [
        "creed", "decree", "decrees", "manifesto", "theses", "catechism", "memoirs", "history", "histories", "gazette",
        "constitution", "charter", "code", "edict", "ukase", "declaration", "proclamation", "programme", "program",
        "law", "laws", "act", "epigram",
    ]

    /// Bodies named by one word of their own (not a kind: "Party" is one of many).
    static let bodyNames: Set<String> = [
        "comintern", "cominform", "profintern", "politburo", "orgburo", "sovnarkom", "cheka", "okhrana", "duma", "komsomol",
        "reichstag", "bundestag", "wehrmacht", "luftwaffe", "gestapo", "sejm", "knesset", "comecon",
    ]

    /// Whether a word heads a body's name, in the singular or the plural ("the People's Courts").
    static func isOrgHead(_ word: String) -> Bool {
        orgHeads.contains(word) || word.hasSuffix("s") && orgHeads.contains(String(word.dropLast()))
    }

    /// Last words that make a name an event.
    static let eventHeads: Set<String> = [
        "revolution", "rebellion", "uprising", "revolt", "war", "wars", "trials", "trial", "treaty", "battle",
        "purge", "purges", "massacre", "affair", "crisis", "conference", "congress", "sunday", "days", "peace",
        "offensive", "campaign", "strike", "mutiny", "putsch", "coup", "commune", "siege", "famine", "debate",
        "plenum", "election", "elections",
    ]

    /// Last words that make a name a place.
    static let placeHeads: Set<String> = [
        "province", "region", "river", "sea", "island", "islands", "city", "street", "square", "mountains",
        "oblast", "gulf", "lake", "bay", "county", "district", "valley", "peninsula", "ocean", "strait",
        "fortress", "palace", "prison", "station", "coast", "governorate", "republic", "empire", "kingdom",
        "state", "states", "cemetery", "monastery", "abbey", "cathedral", "lavra", "canal", "avenue", "harbour",
        "harbor", "desert", "steppe", "library", "museum", "ulitsa", "prospekt", "strasse", "platz",
        "café", "cafe", "inn", "tavern", "hotel", "restaurant", "chapel", "basilica", "hospital",
    ]

    /// Head nouns that a founder's, a saint's or an owner's possessive names: "Saint Isaac's
    /// Cathedral", "King's College", "Guy's Hospital", "Sachs's Café" are one name each.
    static let possessiveHeads: Set<String> = [
        "cathedral", "church", "chapel", "abbey", "basilica", "college", "school", "hospital", "café", "cafe", "inn",
        "tavern", "hotel", "restaurant", "hall", "palace", "park", "square", "bridge", "gate", "tower", "island", "bay",
        "theatre", "theater", "garden", "gardens", "market", "wharf", "lane", "row",
    ]

    /// A lower-case noun that says the name beside it is a place: "the port of Tampico", "the Dnieper river".
    /// A noun that ends the names of bodies and gatherings ("Congress", "Party", "Committee"):
    /// "the Congress" alone refers back to the last one named.
    public static func isBodyOrEventHead(_ word: String) -> Bool {
        let lower = word.lowercased()
        return orgHeads.contains(lower) || eventHeads.contains(lower)
    }

    static func isPlaceNoun(_ word: String) -> Bool {
        placeHeads.contains(word) || ["town", "village", "port", "country", "township", "parish", "hamlet", "harbour", "harbor"].contains(word)
    }

    /// Words before a name that make it a work ("his book", "the newspaper").
    static let workCues: Set<String> = [
        "book", "books", "pamphlet", "newspaper", "journal", "paper", "magazine", "article", "essay", "novel",
        "poem", "play", "memoir", "memoirs", "autobiography", "biography", "letter", "manifesto", "theses",
        "testament", "daily", "weekly", "review", "titled", "entitled", "periodical", "treatise", "essays", "novels",
        "poems", "plays", "pamphlets", "articles", "lecture", "lectures", "sermon", "sermons", "opera", "story", "stories",
    ]

    /// Capitalised words that begin sentences but are not names.
    static let notNames: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my",
        "this", "that", "these", "those", "there", "here", "in", "on", "at", "after", "before", "during", "when",
        "while", "but", "and", "or", "so", "yet", "however", "although", "though", "as", "by", "from", "for",
        "with", "without", "despite", "following", "later", "then", "soon", "meanwhile", "if", "since", "one",
        "both", "some", "many", "most", "all", "according", "under", "upon", "within", "between", "thus",
        "hence", "still", "even", "only", "not", "no", "what", "who", "why", "how", "where", "once", "today",
        "now", "also", "nevertheless", "instead", "until", "because", "each", "every", "another", "other",
        "such", "having", "being", "whereas", "moreover", "furthermore", "indeed", "finally", "eventually",
        "unlike", "like", "to", "of", "was", "is", "were", "did", "do", "had", "have", "would", "could",
        "should", "shortly", "immediately", "initially", "again", "besides", "among", "over", "whether",
        "retrieved", "see", "note", "notes", "chapter", "part", "vol", "volume", "page", "isbn", "born", "died",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "yes", "let", "dear", "oh", "mr", "mrs", "unquestionably", "perhaps", "why", "whose", "which",
        "afterward", "afterwards", "thank", "thanks", "bless", "alas",
        // The deity and its names are no person, place or body of the record.
        "god", "lord", "heaven", "providence", "almighty",
    ]

    /// Adjectives of nation, faith and doctrine that are capitalised but name nothing alone.
    static let adjectives: Set<String> = [
        "russian", "german", "french", "english", "british", "american", "jewish", "polish", "ukrainian", "italian",
        "spanish", "austrian", "hungarian", "czech", "swiss", "swedish", "finnish", "turkish", "chinese", "japanese",
        "mexican", "canadian", "european", "asian", "african", "latvian", "lithuanian", "estonian", "georgian",
        "armenian", "greek", "roman", "christian", "catholic", "orthodox", "protestant", "muslim", "islamic",
        "western", "eastern", "northern", "southern", "soviet", "tsarist", "czarist", "imperial", "anglo",
        "siberian", "cossack", "yiddish", "hebrew", "latin", "dutch", "belgian", "danish", "norwegian",
        "ottoman", "crimean", "tatar", "mongol", "mongolian", "persian", "prussian", "saxon", "bavarian", "scottish", "irish",
        "welsh", "indian", "egyptian", "arab", "serbian", "bulgarian", "romanian", "croatian", "slovak", "byzantine",
        "venetian", "portuguese", "brazilian", "cuban", "korean", "vietnamese", "kazakh", "uzbek", "belarusian", "moldavian",
    ]

    /// The adjectives of nations among them: "the Russian Social Democratic Labour Party" is
    /// also "the Social Democratic Labour Party" where the nation goes without saying.
    static let nationalities: Set<String> = adjectives.subtracting([
        "jewish", "christian", "catholic", "orthodox", "protestant", "muslim", "islamic", "western", "eastern", "northern",
        "southern", "soviet", "tsarist", "czarist", "imperial", "anglo", "cossack", "yiddish", "hebrew", "latin", "roman",
        "european", "asian", "african", "siberian",
    ])

    /// Words before a place's name that say which part or age of it ("Outer Mongolia", "Old Russia").
    static let placeModifiers: Set<String> = ["outer", "inner", "upper", "lower", "greater", "little", "old", "new", "north", "south", "east", "west", "central"]

    /// Whether a word names followers of a party or a creed, in the plural ("Bolsheviks", "Trotskyites", "Decembrists").
    static func isFollowers(_ word: String) -> Bool {
        ["bolsheviks", "mensheviks", "narodniks", "jacobins", "girondins", "whigs", "tories", "cossacks", "puritans", "quakers"].contains(word)
            || ["ists", "ites"].contains { word.hasSuffix($0) && word.count > 6 }
    }

    /// Whether a single word is an adjective or the name of a doctrine or its follower.
    static func isAdjective(_ word: String) -> Bool {
        adjectives.contains(word) || ["ist", "ists", "ism", "isms", "ite", "ites"].contains { word.hasSuffix($0) && word.count > 5 }
    }

    /// Words that follow a noun phrase rather than modify it: prepositions, relatives,
    /// conjunctions and auxiliaries ("a Fellow of …", "a Liberal who …", "a Tory and …").
    static let phraseEnders: Set<String> = [
        "of", "in", "at", "on", "to", "for", "with", "from", "by", "who", "whom", "whose", "which", "that",
        "and", "or", "but", "than", "as", "was", "is", "were", "are", "had", "has", "would", "could", "might",
    ]

    /// Lower-case words allowed inside a name ("Battle of Warsaw", "Leon van der Berg").
    static let connectors: Set<String> = ["of", "de", "von", "van", "der", "den", "del", "della", "di", "da", "du", "la", "le", "y", "al", "bin", "ibn", "and"]

    /// Well-known places: countries, regions and large cities (general knowledge).
    static let places: Set<String> = regions.union(cities)

    /// Whether a place is a country or a region, not a settlement: no answer to "which city".
    public static func isRegion(_ name: String) -> Bool { regions.contains(name.lowercased()) }

    /// Whether a place is a well-known city.
    public static func isCity(_ name: String) -> Bool { cities.contains(name.lowercased()) }

    /// Whether a place's name ends in a word for a larger area ("Kherson Province", "Russian Empire").
    public static func namesAnArea(_ name: String) -> Bool {
        name.split(separator: " ").last.map { ["province", "region", "oblast", "county", "district", "governorate", "republic", "empire", "kingdom", "state"].contains($0.lowercased()) } ?? false
    }

    static let cities: Set<String> = [
        "moscow", "petrograd",
        "leningrad", "st. petersburg", "saint petersburg", "petersburg", "kiev", "kyiv", "odessa", "london",
        "paris", "berlin", "vienna", "geneva", "zurich", "rome", "madrid", "new york", "washington", "chicago",
        "boston", "mexico city", "istanbul", "constantinople", "warsaw", "prague", "budapest", "stockholm",
        "oslo", "copenhagen", "helsinki", "riga", "tbilisi", "tiflis", "baku", "kazan", "simbirsk", "samara",
        "tsaritsyn", "stalingrad", "kronstadt", "halifax", "munich", "hamburg", "brussels", "amsterdam",
        "the hague", "lisbon", "barcelona", "naples", "venice", "milan", "alma-ata", "almaty", "coyoacán", "coyoacan",
    ]

    static let regions: Set<String> = [
        "russia", "ukraine", "germany", "france", "england", "britain", "great britain", "scotland", "ireland",
        "wales", "italy", "spain", "portugal", "austria", "hungary", "austria-hungary", "poland", "finland",
        "sweden", "norway", "denmark", "turkey", "greece", "bulgaria", "romania", "serbia", "switzerland",
        "belgium", "holland", "netherlands", "china", "japan", "india", "mexico", "canada", "america",
        "united states", "siberia", "lithuania", "latvia", "estonia", "georgia", "armenia", "azerbaijan",
        "kazakhstan", "belarus", "crimea", "caucasus", "europe", "asia", "africa", "the ukraine", "soviet union", "ussr", "u.s.s.r.", "usa", "u.s.", "nova scotia", "norway",
        "baltic", "the baltic", "volga", "don", "dnieper", "urals", "manchuria", "mongolia", "persia", "iran",
        "egypt", "palestine", "israel", "australia", "argentina", "brazil", "cuba",
        // Historical regions.
        "livonia", "courland", "estland", "prussia", "bohemia", "moravia", "galicia", "bessarabia", "transylvania",
        "silesia", "pomerania", "flanders", "burgundy", "anatolia", "mesopotamia", "ottoman empire", "russian empire",
        "austrian empire", "holy roman empire", "muscovy", "ingria", "karelia", "turkestan", "transcaucasia", "tartary",
    ]

    /// Given names that mean the same person across transliterations; the first is the group's key.
    static let givenNameGroups: [[String]] = [
        ["lev", "leo", "leon", "lyova"], ["grigory", "gregory", "grigori", "grigorii", "grigoriy"],
        ["nikolai", "nickolai", "nikolay", "nicholas", "nicolai", "nikolaj"], ["yevgeny", "evgeni", "evgeny", "yevgeni", "eugene", "evgenii"],
        ["adolph", "adolf"], ["anatoli", "anatole", "anatoly", "anatolii"], ["yuri", "yury", "iurii", "yurii", "georgi"],
        ["joseph", "josef", "iosif", "yosif"], ["pyotr", "peter", "piotr", "petr"], ["mikhail", "michael", "michail"],
        ["sergei", "sergey", "sergej", "serge"], ["alexander", "aleksandr", "alexandr", "aleksander", "alexandre"],
        ["natalia", "natalya", "nataliya"], ["aleksandra", "alexandra"], ["alexei", "aleksei", "alexey", "aleksey", "alexis"],
        ["vladimir", "wladimir"], ["felix", "feliks"], ["leonid", "leonide"], ["ivan", "john", "johann"],
        ["dmitri", "dmitry", "dmitrii", "dimitri"], ["fyodor", "fedor", "theodore", "feodor"], ["andrei", "andrey", "andrew"],
        ["yakov", "jacob", "iakov"], ["maxim", "maksim"], ["georgy", "georgi", "george", "georgii"], ["nadezhda", "nadejda"],
        ["karl", "carl"], ["vyacheslav", "viacheslav"], ["matvey", "matvei"], ["ilya", "ilia", "elijah"],
    ]

    static let givenNameKey: [String: String] = {
        var table: [String: String] = [:]
        for group in givenNameGroups {
            for name in group where table[name] == nil { table[name] = group[0] }
            // Names are looked up as folded ("Pyotr" as "petr").
            for name in group where table[fold(name)] == nil { table[fold(name)] = group[0] }
        }
        return table
    }()

    /// Short and pet forms of given names, to the full name's group key.
    static let hypocorisms: [String: String] = hypocorismList.reduce(into: [:]) { table, entry in
        table[entry.key] = entry.value
        table[fold(entry.key)] = entry.value
    }

    private static let hypocorismList: [String: String] = [
        "zina": "zinaida", "sasha": "alexander", "kolya": "nikolai", "volodya": "vladimir", "lyova": "lev",
        "misha": "mikhail", "seryozha": "sergei", "sergi": "sergei", "natasha": "natalia", "kostya": "konstantin",
        "dima": "dmitri", "vanya": "ivan", "petya": "pyotr", "lyosha": "alexei", "katya": "ekaterina", "masha": "maria",
        "tanya": "tatiana", "olya": "olga", "grisha": "grigory", "yasha": "yakov", "fedya": "fyodor", "nadya": "nadezhda",
        "lena": "elena", "liza": "elizaveta", "sonya": "sofia", "vera": "vera", "anya": "anna", "zhenya": "yevgeny",
    ]

    /// Given names that mark a person: the variant groups, those below, and the first words
    /// of people's full names in WordNet (``FirstNames``), less connectors and titles.
    static let givenNames: Set<String> = Set(givenNameKey.keys).union(FirstNames.shipped.subtracting(connectors).subtracting(personTitles)).union([
        "olga", "anna", "maria", "mary", "elena", "helen", "sofia", "sophia", "vera", "zinaida", "nina", "julius",
        "james", "robert", "william", "thomas", "henry", "charles", "david", "richard", "edward", "frank", "walter",
        "arthur", "albert", "ernest", "emma", "rosa", "clara", "lydia", "irina", "tatiana", "ekaterina", "catherine",
        "boris", "oleg", "igor", "kliment", "lavr", "viktor", "victor", "christian", "pavel", "paul", "moisei",
        "irakli", "noi", "fedor", "nikita", "vasily", "vasili", "semyon", "stepan", "kirill", "ramón", "ramon",
        "diego", "frida", "jean", "pierre", "louis", "jacques", "hans", "otto", "friedrich", "wilhelm", "rudolf",
        "bertram", "max", "isaac", "eugene", "clare", "morgan", "john", "simon", "george", "herbert", "harold",
        "cass", "sylvia", "leonid", "lavrenty", "genrikh", "nikolai", "avel", "karl", "rosa", "alexandra",
        "dora", "edouard", "edward", "francois", "marie", "marguerite", "margaret", "elizabeth", "elisabeth", "jane", "anne",
        "ann", "alice", "martha", "sarah", "susan", "joan", "jeanne", "louise", "charlotte", "caroline", "emily", "grace",
        "benjamin", "samuel", "daniel", "joseph", "francis", "michel", "andre", "rene", "philippe", "antoine", "claude",
        "giuseppe", "giovanni", "francesco", "antonio", "carlos", "jose", "juan", "manuel", "luis", "pedro", "miguel",
        "heinrich", "ernst", "kurt", "werner", "gustav", "ludwig", "wolfgang", "leopold", "franz", "josef", "wendelin",
        "nathan", "abraham", "moses", "aaron", "solomon", "jakob", "isidor", "leo", "eric", "erik", "lars", "olaf",
        "trygve", "harry", "george", "albert", "alfred", "hugh", "hugo", "oscar", "oskar", "edgar", "edmund", "edwin",
    ])

    /// Whether a word (lower-case, as tokens carry it) is a common given name, accents aside ("Édouard").
    static func isGivenName(_ word: String) -> Bool {
        givenNames.contains(word) || givenNames.contains(fold(word))
    }

    /// A name folded for matching: case and diacritics dropped, transliteration variants
    /// brought together ("Trotskii", "Trotski" → "trotski"; "Piatakov", "Pyatakov" → "piatakov").
    static func fold(_ name: String) -> String {
        var folded = ""
        for scalar in name.lowercased().unicodeScalars {
            // Strip combining marks after decomposition of common Latin letters.
            switch scalar {
            case "á", "à", "â", "ä", "ã", "å": folded.append("a")
            case "é", "è", "ê", "ë": folded.append("e")
            case "í", "ì", "î", "ï": folded.append("i")
            case "ó", "ò", "ô", "ö", "õ", "ø": folded.append("o")
            case "ú", "ù", "û", "ü": folded.append("u")
            case "ñ": folded.append("n")
            case "ç": folded.append("c")
            case "ý", "ÿ": folded.append("y")
            case "š": folded.append("s")
            case "ž": folded.append("z")
            case "č": folded.append("c")
            case "ł": folded.append("l")
            case "ĭ": folded.append("i")
            case "’", "‘": folded.append("'")
            default:
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " || scalar == "'" { folded.unicodeScalars.append(scalar) }
                else if scalar == "-" || scalar == "." { folded.append(" ") }
            }
        }
        let words = folded.split(separator: " ").map { foldWord(String($0)) }
        return words.joined(separator: " ")
    }

    /// Transliteration variants of one word brought to one spelling.
    static func foldWord(_ word: String) -> String {
        var w = Array(word.unicodeScalars)
        softenedO(&w)
        for (from, to) in spellingVariants { replaceAll(&w, from, with: to) }
        for (suffix, replacement) in spellingSuffixes where w.count >= suffix.count + 2 && w.suffix(suffix.count).elementsEqual(suffix) {
            w = Array(w.dropLast(suffix.count)) + replacement
            break
        }
        if w.count > 4, w[0] == "y", w[1] == "e" { w.removeFirst() }
        var folded = ""
        folded.unicodeScalars.append(contentsOf: w)
        return folded
    }

    /// Russian "ё" after a consonant, written "yo" by one transliteration and "e" by another
    /// ("Pyotr", "Petr"; "Khrustalyov", "Khrustalev"), brought to "e".
    private static func softenedO(_ w: inout [Unicode.Scalar]) {
        var k = 1
        while k + 1 < w.count {
            if w[k] == "y", w[k + 1] == "o", w[k - 1].properties.isAlphabetic, !"aeiouy".unicodeScalars.contains(w[k - 1]) {
                w.replaceSubrange(k...(k + 1), with: ["e"])
            }
            k += 1
        }
    }

    /// Spellings one transliteration writes for another's, replaced in this order.
    private static let spellingVariants: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("shtein", "stein"), ("tz", "ts"), ("ph", "f"), ("ya", "ia"), ("yu", "iu"), ("yo", "io"), ("kh", "h"), ("ck", "k"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Russian adjectival endings brought to one spelling ("Trotskiy", "Trotsky" → "trotski").
    private static let spellingSuffixes: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("skiy", "ski"), ("skii", "ski"), ("skij", "ski"), ("sky", "ski"), ("iy", "i"), ("ii", "i"), ("ij", "i"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Replaces every non-overlapping occurrence of `pattern`, left to right, as
    /// `String.replacingOccurrences` does, without leaving the scalars.
    private static func replaceAll(_ scalars: inout [Unicode.Scalar], _ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar]) {
        guard scalars.count >= pattern.count, let first = pattern.first else { return }
        var result: [Unicode.Scalar] = []
        var i = 0, changed = false
        while i < scalars.count {
            if scalars[i] == first, i + pattern.count <= scalars.count, scalars[i..<(i + pattern.count)].elementsEqual(pattern) {
                if !changed { result.reserveCapacity(scalars.count); result.append(contentsOf: scalars[..<i]); changed = true }
                result.append(contentsOf: replacement)
                i += pattern.count
            } else {
                if changed { result.append(scalars[i]) }
                i += 1
            }
        }
        if changed { scalars = result }
    }
}
