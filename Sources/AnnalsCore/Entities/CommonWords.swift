public import AnnalsGrammar
import Foundation

/// What the dictionary says of a capitalised word: the grammar's lexicon (which words
/// are English nouns) and the entity model's gazetteer (which words WordNet writes in
/// capitals, in any sense). A singular noun it lists only in lower case ("Embassy",
/// "Ministry", "Cathedral") is a common noun when the text gives it a capital; "Trinity",
/// "Bolshevik" and "Volga" are written in capitals there, and stay names.
public struct CommonWords: Sendable {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    public static let none = CommonWords(lexicon: .empty, gazetteer: .empty)

    /// Whether there is no dictionary to ask (the rules alone read the text).
    var isEmpty: Bool { lexicon.count == 0 }

    /// Whether the grammar's dictionary lists the word as an adjective ("golden", "iron").
    func isAdjectiveWord(_ lowered: String) -> Bool { lexicon.parts(of: lowered)?.contains(.adjective) ?? false }

    /// Whether the grammar's dictionary lists the word at all, in any part of speech and
    /// any case ("red", "army"; not "inessa").
    func lists(_ lowered: String) -> Bool { lexicon.parts(of: lowered) != nil || lexicon.parts(of: Self.capitalised(lowered)) != nil }

    public init(lexicon: Lexicon, gazetteer: Gazetteer) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// Whether a head noun alone ("senate", "party", lower-cased) is strong evidence of a
    /// name: when the dictionary writes it in capitals ("the Senate", "the Army"; not "the
    /// Party", "the Revolution"), or when there is no dictionary to ask.
    func namesAlone(_ lowered: String) -> Bool {
        gazetteer.count == 0 || RecognizedName.isCapitalised(Self.capitalised(lowered), gazetteer)
    }

    /// Whether `form` (one word as written; `lowered`, the detector's lower-case spelling)
    /// is a singular common noun and no given name, place or body the rules know.
    func isCommonNoun(_ form: String, lowered: String) -> Bool {
        guard let parts = lexicon.parts(of: form), parts.contains(.noun), !parts.contains(.plural) else { return false }
        return !RecognizedName.isCapitalised(form, gazetteer) && !NameLexicon.isGivenName(lowered)
            && !NameLexicon.places.contains(lowered) && !NameLexicon.bodyNames.contains(lowered)
    }

    /// Whether `form` is a plural common noun written small in the dictionary ("Schooldays", "Travels").
    func isPluralCommonNoun(_ form: String, lowered: String) -> Bool {
        guard lowered.hasSuffix("s"), let parts = lexicon.parts(of: lowered), parts.contains(.plural) || parts.contains(.noun) else { return false }
        return !RecognizedName.isCapitalised(form, gazetteer) && !NameLexicon.isGivenName(lowered) && !NameLexicon.isFollowers(lowered)
    }

    /// Whether the dictionary knows a word as an English noun or adjective, written small
    /// ("iron", "steel", "defence", "surgeons"; not "Trotsky"); false without a dictionary.
    func isEnglishWord(_ lowered: String) -> Bool {
        // "counter-revolution", "steel-rolling": a compound of English words is one.
        if lowered.contains("-") {
            let parts = lowered.split(separator: "-")
            return parts.count >= 2 && parts.allSatisfy { isEnglishWord(String($0)) }
        }
        guard let parts = lexicon.parts(of: lowered), !parts.isDisjoint(with: [.noun, .plural, .adjective]) else { return false }
        return !RecognizedName.isCapitalised(Self.capitalised(lowered), gazetteer)
    }

    /// What the dictionary alone says a name (words as written) is, when all its senses
    /// agree: a place for "Kazan" and "Siberia" (WordNet files them under locations only), a
    /// person for "Proudhon"; nil when it names several kinds of thing, or none.
    func kind(of name: [String]) -> EntityType? {
        let mark = gazetteer.mark(of: name)
        guard mark & Gazetteer.instanceBit != 0 else { return nil }
        // GeoNames' mark agrees with WordNet's locations and says nothing of other kinds.
        switch mark & ~(Gazetteer.instanceBit | Gazetteer.geoNamesBit) {
        case 1 << Self.locationFile: return .place
        case 1 << Self.personFile: return .person
        // "the Psalms", "the Koran": a writing WordNet knows by name.
        case 1 << Self.communicationFile: return .work
        default: return nil
        }
    }

    /// Whether the dictionary knows a capitalised word as a kind of person, not one person
    /// ("Republican", "Tory", "Quaker": WordNet's people that are no instance).
    func namesAKindOfPerson(_ written: String) -> Bool {
        let mark = gazetteer.mark(of: [written])
        // The mark keeps one instance bit for all senses: only a person's instance alone ("Proudhon") is one person.
        let files = mark & ~(Gazetteer.instanceBit | Gazetteer.geoNamesBit)
        return files & (1 << Self.personFile) != 0 && (mark & Gazetteer.instanceBit == 0 || files != 1 << Self.personFile)
    }

    /// Whether a capitalised word is a nation's or a town's adjective that also names one of
    /// its people ("Iranian", "Kenyan", "Parisian", "Iraqi"): a kind of person and an adjective, no one's name.
    func isDemonym(_ written: String, lowered: String) -> Bool {
        guard namesAKindOfPerson(written) else { return false }
        // A nation's ending ("-an", "-ian", "-ese", "-ish", "-i"): "Brown" and "White" are surnames too.
        guard (MentionDetector.adjectiveEndings + ["an", "i"]).contains(where: { lowered.hasSuffix($0) && lowered.count > $0.count + 2 }) else { return false }
        return [written, lowered].contains { lexicon.parts(of: $0)?.contains(.adjective) == true }
    }

    /// Whether the dictionary knows a name only as a stretch of time or a way of reckoning it
    /// ("the Middle Ages", "Advent", "the Julian Calendar", which WordNet writes "Julian
    /// calendar"): a period or a calendar, which the record keeps as dates, not as an entity.
    func namesAPeriod(_ name: [String]) -> Bool {
        let spellings = name.count > 1 ? [name, [name[0]] + name.dropFirst().map { $0.lowercased() }] : [name]
        return spellings.contains { gazetteer.mark(of: $0) & ~(Gazetteer.geoNamesBit | Gazetteer.instanceBit) == 1 << Self.timeFile }
    }

    /// Whether GeoNames names a town, a region or a country so ("Tikrit", "Kaesŏng" as "Kaesong").
    func isGazetteerPlace(_ name: [String]) -> Bool {
        let folded = name.map { $0.folding(options: .diacriticInsensitive, locale: nil) }
        return [name, folded].contains { gazetteer.mark(of: $0) & Gazetteer.geoNamesBit != 0 }
    }

    /// A lower-cased word as a name is written ("europe" → "Europe").
    static func capitalised(_ lowered: String) -> String { lowered.prefix(1).uppercased() + lowered.dropFirst() }

    /// WordNet's lexicographer files for locations (noun.location) and people (noun.person).
    static let locationFile = 15, personFile = 18
    /// Files for writings and speech (noun.communication) and for stretches of time (noun.time).
    static let communicationFile = 10, timeFile = 28
}
