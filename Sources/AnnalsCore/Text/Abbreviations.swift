/// Word lists the sentence segmenter consults. General English knowledge, not
/// tied to any corpus.
enum Abbreviations {
    /// Abbreviations that never end a sentence: titles and honorifics, and short
    /// forms that always lead into a name or a number.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "msgr", "dr", "prof", "rev", "revd", "fr",
        "gen", "lt", "col", "capt", "cmdr", "comdr", "adm", "maj", "sgt", "cpl", "pvt", "brig",
        "gov", "sen", "rep", "pres", "hon", "supt", "insp", "st", "ste", "mt", "ft", "pt",
        "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "viz", "cf", "approx", "ca", "esp", "incl", "abt", "vols",
        // "tr. Pyotr Velikiy", "lit. the Beginning": a transliteration or translation follows.
        "tr", "transl", "lit",
        // Abbreviated given names: "Ia. Vodarsky", "Wm. Penn", "Geo. Washington".
        "ia", "ya", "yu", "iu", "wm", "geo", "chas", "thos", "jas", "jno", "benj", "robt", "saml",
    ]

    /// Abbreviations that lead into a number ("No. 5", "p. 12", "b. 1888") and are
    /// ordinary words or sentence ends otherwise.
    static let beforeNumber: Set<String> = [
        "no", "nos", "nr", "vol", "p", "pp", "ch", "chap", "art", "fig", "sec", "para", "op",
        "b", "d", "c", "r", "fl", "m", "n", "mar", "jun", "jul",
    ]

    /// Abbreviations that may end a sentence; they do so only when the next word is
    /// one that usually opens a sentence.
    static let ambiguous: Set<String> = [
        "etc", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "al", "ed", "eds", "trans",
        "repr", "est", "dept", "univ", "assn", "ave", "blvd", "rd",
    ]

    /// Words that commonly begin a sentence; after an ambiguous abbreviation or an
    /// initial, they tip the balance towards a sentence boundary.
    static let sentenceStarters: Set<String> = [
        "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
        "their", "our", "my", "this", "that", "these", "those", "there", "here", "in", "on",
        "at", "after", "before", "during", "when", "while", "but", "and", "or", "so", "yet",
        "however", "although", "though", "as", "by", "from", "for", "with", "without",
        "despite", "following", "later", "then", "soon", "meanwhile", "if", "since", "one",
        "both", "some", "many", "most", "all", "according", "under", "upon", "within",
        "between", "thus", "hence", "still", "even", "only", "not", "no", "what", "who",
        "why", "how", "where", "once", "today", "now", "also", "nevertheless", "instead",
        "until", "because", "each", "every", "another", "other", "such", "having", "being",
        "although", "whereas", "moreover", "furthermore", "indeed", "finally", "eventually",
    ]
}
