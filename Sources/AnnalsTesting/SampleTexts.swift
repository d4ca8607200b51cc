/// Short texts written for the tests: an invented life, told with the features real
/// biographies have (headings with year ranges, abbreviations, quotations).
public enum SampleTexts {
    /// A plain-text account with a title, two sections and a quotation.
    public static let plainAccount = """
        Mara Velinskaya

        Early years (1861-1879)

        Mara Velinskaya was born in Dorvik on 12 March 1861. Her father, Dr. Anton Velinsky, taught \
        at St. Andrew's school. She later wrote: "We had little. We wanted less." At the age of \
        eighteen she left for the capital.

        Exile (1880-1884)

        In 1880 she was arrested by the police. Gen. Orlov signed the order. She spent four years \
        in exile at Kursk No. 5 camp.
        """

    /// Words and marks that stress the segmenter, for generated texts.
    public static let trickyTokens = [
        "Gen.", "Dr.", "St.", "Petersburg", "U.S.", "James", "P.", "Cannon", "No.", "5", "the", "war",
        "ended.", "He", "said:", "\"Go.", "Now!\"", "she", "asked?", "Then", "…", "...", "Ramón", "Лев",
        "Троцкий", "🙂", "e\u{301}cole", "1879.", "(1879-1896)", "[3]", "and", "left.", "\n", "\n\n",
        "\r\n", "—", "«quoted»", "V.", "I.", "Lenin", "etc.", "The", "mid-1923.", "  ", "\t", "•", "1.",
        "<p>", "</p>", "<h2>", "</h2>", "<br>", "&amp;", "&#233;", "<script>", "</script>", "<!--", "-->",
        "<li>", "# ", "## Heading", "> ", "```", "(12)", "===",
    ]
}
