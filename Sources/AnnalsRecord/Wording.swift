/// Numbers in sentences, for people: "1 sentence", "12 sentences", "1,024 sentences".
public enum Wording {
    /// `value` with thousands separated by commas.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `value` and the noun, singular for one ("1 lane") and plural otherwise
    /// ("0 lanes", "2 lanes"); `plural` for nouns that do not just take an s.
    public static func counted(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(grouped(value)) " + (value == 1 ? noun : plural ?? noun + "s")
    }
}
