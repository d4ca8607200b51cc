/// Words about people: offices and the ranks before them, relatives.
extension NameLexicon {
    /// Offices and roles, capitalised before names but names of no one alone.
    static let roles = NameWords.set("roles")

    /// What a person is described as before the name, besides roles and adjectives of
    /// nation or doctrine: "the biographer Christopher Read", "the Bolshevik Grigory Zinoviev",
    /// "the Left Socialist-Revolutionary Yakov Blumkin".
    static let personDescriptors = NameWords.set("person-descriptors")

    /// Words for relatives: one right before a name, or before a comma or a dash and a
    /// name, says the name is a person's ("her sister Helena", "two daughters—Helena and Lena").
    static let kinship = Set(kinshipSingular.keys)

    /// Each word for a relative, singular or plural, to its singular: "daughters" → "daughter".
    static let kinshipSingular: [String: String] = {
        var table: [String: String] = [:]
        for word in NameWords.set("kinship") { (table[word], table[word + "s"]) = (word, word) }
        return table.merging(NameWords.pairs("kinship-plurals")) { _, irregular in irregular }
    }()

    /// Words for classes of people whose possessive is part of a body's name ("the People's
    /// Commissariat", "the Women's Peace Party", "the Soldiers' Soviet", "the Writers' Congress").
    static let classesOfPeople = NameWords.set("classes-of-people")

    /// Words that may stand before an office's word in its name ("First Secretary", "Deputy Chairman").
    static let officeModifiers = NameWords.set("office-modifiers")

    /// Whether capitalised words name an office, not its holder: an office's word heads them,
    /// with only ranks or a nation before it and anything after "of" ("Doctor of Divinity", "the Ottoman Sultan", "Chairman of
    /// Sovnarkom", "First Secretary of the Regional Committee", "Commander-in-Chief").
    static func namesAnOffice(_ words: [String]) -> Bool {
        let head = words.firstIndex(of: "of").map { words[..<$0] } ?? words[...]
        guard let last = head.last else { return false }
        // "the Georgian Kings", "the Ottoman Sultans": rulers in the plural are a class, no one's name.
        if head.count <= 3, last.count > 4, last.hasSuffix("s"), personTitles.contains(String(last.dropLast())) || roles.contains(String(last.dropLast())) {
            return head.dropLast().allSatisfy { nationalities.contains($0) || officeModifiers.contains($0) }
        }
        guard last.split(separator: "-").contains(where: { roles.contains(String($0)) }) else { return false }
        // "the US Secretary", "the Soviet Ambassador": a country's office.
        return head.dropLast().allSatisfy { officeModifiers.contains($0) || roles.contains($0) || nationalities.contains($0) || capitalPlaces.contains($0) }
    }
}
