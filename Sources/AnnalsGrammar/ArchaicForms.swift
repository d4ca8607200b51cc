import Foundation

/// Old forms read as their modern counterparts ("thou hast" as "you have"), from
/// `Resources/archaic-forms.tsv`: the treebanks the grammar learned from are modern, so
/// without this an older text's "hast" is a noun and "Thou" a name. Only the analysis
/// changes; the word and its offsets stay as written.
public enum ArchaicForms {
    /// The modern word for each old form, lower-case.
    public static let table: [String: String] = {
        guard let url = Bundle.module.url(forResource: "archaic-forms", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return parse(text)
    }()

    static func parse(_ text: String) -> [String: String] {
        var table: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t")
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        return table
    }

    /// The word to read for `form`: its modern counterpart (capitalised as it is), or itself.
    public static func reading(_ form: String) -> String {
        guard let first = form.unicodeScalars.first, first.isASCII, form.count <= 8,
              let modern = table[form.lowercased()] else { return form }
        return form.first?.isUppercase == true ? modern.prefix(1).uppercased() + modern.dropFirst() : modern
    }
}
